package dk.prioritization.core.positional;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.Arrays;

/**
 * Anti-plurality (veto): each ballot vetoes its last candidate; the candidates with fewest last
 * places win.
 *
 * <p>Scores are the positional vector (1, ..., 1, 0): a candidate's score is the number of
 * voters who do <em>not</em> rank it last, so more is better and the ranking is pref_voting's
 * {@code anti_plurality_ranking}.
 *
 * <p><b>Source:</b> Zwicker, ch. 2 of the <i>Handbook of Computational Social Choice</i> (2016);
 * pref_voting's {@code anti_plurality}.
 *
 * <p><b>Complexity:</b> O(d·m) for d distinct ballots and m candidates.
 *
 * <p><b>Properties:</b> anonymous, neutral, monotonic, reinforcing; not Pareto-efficient in
 * general for the winner set (a Pareto-dominated candidate can tie the top when nobody ranks
 * either last), not Condorcet-consistent.
 *
 * <p><b>Ties and truncation:</b> defined on complete strict ballots only: which candidate a
 * truncated or tied ballot vetoes is not defined, so such ballots are refused with an
 * {@link dk.prioritization.core.UnsupportedBallotException} naming the ballot.
 */
public final class AntiPlurality extends AbstractPositionalRule {
  private static final AntiPlurality RULE = new AntiPlurality();

  private AntiPlurality() {}

  /**
   * Returns the anti-plurality rule.
   *
   * @return the rule
   */
  public static AntiPlurality rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "anti-plurality";
  }

  @Override
  public String description() {
    return "Fewest last places win (veto); complete strict ballots only.";
  }

  @Override
  Text measure() {
    return new Text("ballots not ranking the candidate last", "stemmesedler, der ikke sætter kandidaten sidst");
  }

  @Override
  public <C> PositionalTally<C> tally(RankedProfile<C> profile) {
    Rational[] vector = new Rational[profile.candidateCount()];
    Arrays.fill(vector, Rational.ONE);
    vector[vector.length - 1] = Rational.ZERO;
    return countVector(profile, vector, TruncatedBallots.REJECT);
  }
}
