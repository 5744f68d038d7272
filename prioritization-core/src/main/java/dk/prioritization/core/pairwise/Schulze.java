package dk.prioritization.core.pairwise;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Text;
import java.util.List;
import java.util.Map;

/**
 * Schulze's beat-path method with margins as strengths: the strength of a path of majority wins
 * is its weakest margin; x beats y if x's strongest path to y is stronger than y's strongest path
 * to x; the candidates nobody beats win.
 *
 * <p>The beat-path relation is a strict partial order, so the ranking is its layers: the unbeaten
 * candidates, then those unbeaten among the rest, and so on.
 *
 * <p><b>Source:</b> M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and
 * Condorcet-consistent single-winner election method", <i>Social Choice and Welfare</i> 36, 2011;
 * pref_voting {@code beat_path} (algorithm {@code floyd_warshall}).
 *
 * <p><b>Complexity:</b> O(m³) time, O(m²) memory, after the tally: Floyd-Warshall widest paths
 * on row arrays, held as {@code int}s when the margins fit. A thousand candidates take well under
 * a second on one core.
 *
 * <p><b>Properties:</b> Condorcet-consistent, chooses within the Smith and Schwartz sets,
 * monotonic, independent of clones, reversal symmetric; fails participation and the consistency
 * (reinforcement) axiom, like every Condorcet method.
 *
 * <p><b>Ties in the result:</b> candidates in the same layer share a tier. <b>Truncated and tied
 * ballots:</b> counted; an unranked candidate compares as the {@link Unranked} option says.
 */
public final class Schulze extends AbstractPairwiseRule {
  static final Text STRENGTHS = new Text("strongest path strengths (row to column)",
      "styrken af de stærkeste stier (fra række til kolonne)");
  private static final Schulze RULE = new Schulze(Unranked.BELOW);

  private Schulze(Unranked unranked) {
    super(unranked);
  }

  /**
   * Returns Schulze's method, counting unranked candidates below the ranked ones.
   *
   * @return the rule {@code schulze}
   */
  public static Schulze rule() {
    return RULE;
  }

  @Override
  public Schulze withUnranked(Unranked unranked) {
    return unranked == this.unranked ? this : new Schulze(unranked);
  }

  @Override
  public String id() {
    return "schulze";
  }

  @Override
  public String description() {
    return "Schulze (beat path): x beats y if its strongest path of margins to y is the stronger.";
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    List<C> candidates = tally.candidates();
    int m = candidates.size();
    long[] p = WidestPaths.strengths(m, tally.marginArray());
    List<int[]> layers = Relations.layers(m, (i, j) -> p[i * m + j] > p[j * m + i]);
    return new Decision<>(Relations.ranking(candidates, layers), Map.of(), List.of(
        new Explanation.Matrix<>(STRENGTHS, candidates, p),
        new Explanation.Note<>(new Text(
            "A path's strength is its weakest margin; a candidate beats another when its strongest path to it"
                + " is stronger than the strongest path back. The ranking takes the unbeaten candidates first,"
                + " then the unbeaten among the rest, and so on.",
            "En stis styrke er dens svageste margin; en kandidat slår en anden, når dens stærkeste sti til den"
                + " er stærkere end den stærkeste sti tilbage. Rangordningen tager først de uslåede kandidater,"
                + " så de uslåede blandt resten, og så videre."))));
  }
}
