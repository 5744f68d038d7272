package dk.prioritization.core.positional;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.Arrays;
import java.util.Map;

/**
 * Plurality ("first past the post"): a candidate scores one point for each ballot that ranks it
 * first; the candidates with most first places win.
 *
 * <p><b>Source:</b> the oldest positional rule; see Zwicker, "Introduction to the theory of
 * voting", ch. 2 of the <i>Handbook of Computational Social Choice</i> (2016). Agrees with
 * pref_voting's {@code plurality}, {@code plurality_ranking} and {@code plurality_scores}.
 *
 * <p><b>Complexity:</b> O(d) for d distinct ballots.
 *
 * <p><b>Properties:</b> anonymous, neutral, Pareto (a Pareto-dominated candidate is ranked below
 * the one dominating it: it holds no first place the other lacks), monotonic, reinforcing,
 * consistent; not Condorcet-consistent, fails the Condorcet loser criterion and independence of
 * clones (vote splitting).
 *
 * <p><b>Ties:</b> candidates with equal first places share a tier. A ballot whose first tier
 * ties several candidates is refused ({@link dk.prioritization.core.UnsupportedBallotException}).
 *
 * <p><b>Truncated ballots:</b> by default ({@link TruncatedBallots#RANKED_ONLY}) a truncated ballot
 * counts for its first candidate, and an empty ballot counts for nobody, as in pref_voting;
 * {@link #withTruncated} can refuse them instead.
 */
public final class Plurality extends AbstractPositionalRule {
  private static final Plurality DEFAULT = new Plurality(TruncatedBallots.RANKED_ONLY);

  private final TruncatedBallots truncated;

  private Plurality(TruncatedBallots truncated) {
    this.truncated = requireNonNull(truncated, "truncated");
  }

  /**
   * Returns plurality, counting a truncated ballot for its first candidate.
   *
   * @return the rule
   */
  public static Plurality rule() {
    return DEFAULT;
  }

  /**
   * Returns this rule with the given treatment of truncated ballots.
   *
   * @param truncated the treatment
   * @return the rule
   */
  public Plurality withTruncated(TruncatedBallots truncated) {
    return new Plurality(truncated);
  }

  @Override
  public String id() {
    return "plurality";
  }

  @Override
  public String description() {
    return "Most first places win (first past the post).";
  }

  @Override
  public Map<String, String> options() {
    return truncated == TruncatedBallots.RANKED_ONLY ? Map.of() : Map.of("truncated", truncated.id());
  }

  @Override
  Text measure() {
    return new Text("first places", "førstepladser");
  }

  @Override
  public <C> PositionalTally<C> tally(RankedProfile<C> profile) {
    Rational[] vector = new Rational[profile.candidateCount()];
    Arrays.fill(vector, Rational.ZERO);
    vector[0] = Rational.ONE;
    return countVector(profile, vector, truncated);
  }
}
