package dk.prioritization.core.pairwise;

import dk.prioritization.core.Text;

/**
 * The Minimax method (Simpson-Kramer): each candidate's score is minus its largest pairwise
 * margin of defeat (0 if nobody beats it); the highest score, that is the mildest worst defeat,
 * wins.
 *
 * <p><b>Source:</b> P. B. Simpson, "On defining areas of voter choice", <i>Quarterly Journal of
 * Economics</i> 83, 1969; G. H. Kramer, "A dynamical model of political equilibrium", <i>Journal
 * of Economic Theory</i> 16, 1977; pref_voting {@code minimax}, {@code minimax_scores}.
 *
 * <p><b>Complexity:</b> O(m²) on the pairwise tally.
 *
 * <p><b>Properties:</b> Condorcet-consistent, monotonic, anonymous, neutral; not Smith-consistent
 * (a candidate outside the Smith set can have the mildest worst defeat), fails the Condorcet
 * loser criterion and independence of clones.
 *
 * <p><b>Ties in the result:</b> equal scores share a tier. <b>Truncated and tied ballots:</b>
 * counted; an unranked candidate compares as the {@link Unranked} option says.
 */
public final class Minimax extends AbstractPairwiseRule {
  static final Text MEASURE = new Text("Minimax scores (minus the largest margin of defeat)",
      "Minimax-point (minus marginen i det største nederlag)");
  private static final Minimax RULE = new Minimax(Unranked.BELOW);

  private Minimax(Unranked unranked) {
    super(unranked);
  }

  /**
   * Returns the Minimax method, counting unranked candidates below the ranked ones.
   *
   * @return the rule {@code minimax}
   */
  public static Minimax rule() {
    return RULE;
  }

  @Override
  public Minimax withUnranked(Unranked unranked) {
    return unranked == this.unranked ? this : new Minimax(unranked);
  }

  @Override
  public String id() {
    return "minimax";
  }

  @Override
  public String description() {
    return "Minimax (Simpson-Kramer): the smallest largest pairwise defeat wins.";
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    int m = tally.candidates().size();
    long[] margin = tally.marginArray();
    long[] score = new long[m];
    for (int j = 0; j < m; j++) {
      long worst = 0;
      for (int i = 0; i < m; i++) {
        worst = Math.max(worst, margin[i * m + j]);
      }
      score[j] = -worst;
    }
    return Scores.decision(tally.candidates(), score, MEASURE);
  }
}
