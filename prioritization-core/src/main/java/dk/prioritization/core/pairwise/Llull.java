package dk.prioritization.core.pairwise;

import dk.prioritization.core.Text;

/**
 * Llull's method: a candidate scores one point for every candidate it beats or ties with
 * pairwise; most points win. It is Copeland's method with a full point for a tie, and ranks as
 * Copeland does whenever no pairwise margin is 0.
 *
 * <p><b>Source:</b> Ramon Llull, <i>Artifitium electionis personarum</i> (c. 1275), as read by
 * G. Hägele and F. Pukelsheim, "Llull's writings on electoral systems", <i>Studia Lulliana</i> 41,
 * 2001; pref_voting {@code llull}.
 *
 * <p><b>Complexity:</b> O(m²) on the pairwise tally.
 *
 * <p><b>Properties:</b> as {@link Copeland}: Condorcet-consistent, Condorcet loser, monotonic;
 * not independent of clones. With zero margins it can rank differently from Copeland: a
 * candidate tying often gains on one that both wins and loses.
 *
 * <p><b>Ties in the result:</b> equal scores share a tier. <b>Truncated and tied ballots:</b>
 * counted; an unranked candidate compares as the {@link Unranked} option says.
 */
public final class Llull extends AbstractPairwiseRule {
  static final Text MEASURE = new Text("Llull scores (candidates beaten or tied with)",
      "Llull-point (kandidater slået eller stået lige med)");
  private static final Llull RULE = new Llull(Unranked.BELOW);

  private Llull(Unranked unranked) {
    super(unranked);
  }

  /**
   * Returns Llull's method, counting unranked candidates below the ranked ones.
   *
   * @return the rule {@code llull}
   */
  public static Llull rule() {
    return RULE;
  }

  @Override
  public Llull withUnranked(Unranked unranked) {
    return unranked == this.unranked ? this : new Llull(unranked);
  }

  @Override
  public String id() {
    return "llull";
  }

  @Override
  public String description() {
    return "Llull: pairwise wins plus pairwise ties; most win.";
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    int m = tally.candidates().size();
    long[][] wtl = Scores.winsTiesLosses(m, tally.marginArray());
    long[] score = new long[m];
    for (int i = 0; i < m; i++) {
      score[i] = wtl[0][i] + wtl[1][i];
    }
    return Scores.decision(tally.candidates(), score, MEASURE);
  }
}
