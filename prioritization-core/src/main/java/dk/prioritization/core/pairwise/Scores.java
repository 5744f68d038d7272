package dk.prioritization.core.pairwise;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The decision of a rule that ranks by one whole-number score per candidate. */
final class Scores {
  private Scores() {}

  /** Returns the decision ranking by descending score, with the scores as a tally step. */
  static <C> AbstractPairwiseRule.Decision<C> decision(List<C> candidates, long[] score, Text measure) {
    Map<C, Rational> scores = new LinkedHashMap<>();
    for (int i = 0; i < score.length; i++) {
      scores.put(candidates.get(i), Rational.of(score[i]));
    }
    Ranking<C> ranking = Ranking.byDescendingScores(scores);
    return new AbstractPairwiseRule.Decision<>(ranking, scores, List.of(new Explanation.Tally<>(measure, scores)));
  }

  /**
   * Counts, per candidate, the wins (positive margins), ties (zero margins) and losses (negative
   * margins) against the others: {@code out[0]} wins, {@code out[1]} ties, {@code out[2]} losses.
   */
  static long[][] winsTiesLosses(int m, long[] margin) {
    long[][] out = new long[3][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (i != j) {
          long e = margin[i * m + j];
          out[e > 0 ? 0 : e == 0 ? 1 : 2][i]++;
        }
      }
    }
    return out;
  }
}
