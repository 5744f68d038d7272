package dk.prioritization.core.pairwise;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Split Cycle: x defeats y when margin(x, y) is positive and larger than the strength of the
 * strongest path from y back to x (a path's strength being its weakest margin); in every majority
 * cycle the weakest wins are discarded. The undefeated candidates win.
 *
 * <p>The defeat relation is acyclic, so the ranking is its layers: the undefeated, then the
 * undefeated among the rest, and so on.
 *
 * <p><b>Source:</b> W. H. Holliday and E. Pacuit, "Split Cycle: a new Condorcet-consistent voting
 * method independent of clones and immune to spoilers", <i>Public Choice</i> 197, 2023;
 * pref_voting {@code split_cycle}.
 *
 * <p><b>Complexity:</b> O(m³) time, O(m²) memory after the tally (the widest paths Schulze's
 * method computes).
 *
 * <p><b>Properties:</b> Condorcet-consistent, chooses within the Smith set (with zero margins not
 * always within the Schwartz set: the property tests meet such a profile),
 * independent of clones, immune to spoilers and to stealers, monotonic. Every Schulze winner and
 * every Ranked Pairs winner is a Split Cycle winner (Holliday and Pacuit), so it is less decisive
 * than both: it discards only the weakest win of each cycle.
 *
 * <p><b>Ties in the result:</b> candidates in the same layer share a tier. <b>Truncated and tied
 * ballots:</b> counted; an unranked candidate compares as the {@link Unranked} option says.
 */
public final class SplitCycle extends AbstractPairwiseRule {
  private static final SplitCycle RULE = new SplitCycle(Unranked.BELOW);

  private SplitCycle(Unranked unranked) {
    super(unranked);
  }

  /**
   * Returns Split Cycle, counting unranked candidates below the ranked ones.
   *
   * @return the rule {@code split-cycle}
   */
  public static SplitCycle rule() {
    return RULE;
  }

  @Override
  public SplitCycle withUnranked(Unranked unranked) {
    return unranked == this.unranked ? this : new SplitCycle(unranked);
  }

  @Override
  public String id() {
    return "split-cycle";
  }

  @Override
  public String description() {
    return "Split Cycle: a majority win defeats unless a path back is at least as strong; undefeated win.";
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    List<C> candidates = tally.candidates();
    int m = candidates.size();
    long[] margin = tally.marginArray();
    long[] p = WidestPaths.strengths(m, margin);
    List<int[]> layers = Relations.layers(m, (i, j) -> defeats(margin, p, m, i, j));
    List<Explanation.Step<C>> steps = new ArrayList<>();
    steps.add(new Explanation.Matrix<>(Schulze.STRENGTHS, candidates, p));
    for (int j = 0; j < m; j++) {
      List<String> en = new ArrayList<>();
      List<String> da = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        if (defeats(margin, p, m, i, j)) {
          String back = Long.toString(p[j * m + i]);
          en.add(candidates.get(i) + " (margin " + margin[i * m + j] + ", strongest path back " + back + ")");
          da.add(candidates.get(i) + " (margin " + margin[i * m + j] + ", stærkeste sti tilbage " + back + ")");
        }
      }
      C y = candidates.get(j);
      steps.add(new Explanation.Note<>(en.isEmpty()
          ? new Text(y + " is undefeated.", y + " er ubesejret.")
          : new Text(y + " is defeated by " + Names.join(en) + ".", y + " er besejret af " + Names.join(da) + ".")));
    }
    return new Decision<>(Relations.ranking(candidates, layers), Map.of(), steps);
  }

  private static boolean defeats(long[] margin, long[] p, int m, int i, int j) {
    long e = margin[i * m + j];
    return e > 0 && e > p[j * m + i];
  }
}
