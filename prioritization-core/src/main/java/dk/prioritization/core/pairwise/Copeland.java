package dk.prioritization.core.pairwise;

import dk.prioritization.core.Text;

/**
 * Copeland's method: a candidate scores one point for every candidate it beats by a positive
 * margin and loses one for every candidate that beats it; ties count 0. Most points win.
 *
 * <p><b>Source:</b> A. H. Copeland, "A 'reasonable' social welfare function", seminar on
 * applications of mathematics to the social sciences, University of Michigan, 1951; pref_voting
 * {@code copeland}, {@code copeland_scores}, {@code copeland_ranking}. {@link Llull} gives a tie a
 * full point instead.
 *
 * <p><b>Complexity:</b> O(m²) on the pairwise tally (counting the tally is O(L²) per distinct
 * ballot ranking L candidates).
 *
 * <p><b>Properties:</b> Condorcet-consistent (the Condorcet winner alone scores m-1), chooses
 * within the Smith set, satisfies the Condorcet loser criterion, monotonic, anonymous, neutral;
 * fails independence of clones and is often indecisive: it counts who wins a pair, not by how
 * much, so on a majority cycle of three all three tie.
 *
 * <p><b>Ties in the result:</b> equal scores share a tier. <b>Truncated and tied ballots:</b>
 * counted; an unranked candidate compares as the {@link Unranked} option says.
 */
public final class Copeland extends AbstractPairwiseRule {
  static final Text MEASURE = new Text("Copeland scores (candidates beaten minus candidates beating it)",
      "Copeland-point (kandidater slået minus kandidater, der slår den)");
  private static final Copeland RULE = new Copeland(Unranked.BELOW);

  private Copeland(Unranked unranked) {
    super(unranked);
  }

  /**
   * Returns Copeland's method, counting unranked candidates below the ranked ones.
   *
   * @return the rule {@code copeland}
   */
  public static Copeland rule() {
    return RULE;
  }

  @Override
  public Copeland withUnranked(Unranked unranked) {
    return unranked == this.unranked ? this : new Copeland(unranked);
  }

  @Override
  public String id() {
    return "copeland";
  }

  @Override
  public String description() {
    return "Copeland: pairwise wins minus pairwise losses; most win.";
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    int m = tally.candidates().size();
    long[][] wtl = Scores.winsTiesLosses(m, tally.marginArray());
    long[] score = new long[m];
    for (int i = 0; i < m; i++) {
      score[i] = wtl[0][i] - wtl[2][i];
    }
    return Scores.decision(tally.candidates(), score, MEASURE);
  }
}
