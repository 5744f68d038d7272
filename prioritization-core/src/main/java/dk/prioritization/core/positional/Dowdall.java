package dk.prioritization.core.positional;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.Map;

/**
 * The Dowdall system (Nauru): the candidate in position p (from 1) scores 1/p; most points win.
 *
 * <p>Scores are exact fractions: a candidate ranked first, second and third by three voters has
 * 1 + 1/2 + 1/3 = 11/6.
 *
 * <p><b>Source:</b> J. Fraenkel and B. Grofman, "The Borda Count and its real-world
 * alternatives: Comparing scoring rules in Nauru and Slovenia", <i>Australian Journal of
 * Political Science</i> 49(2), 2014.
 *
 * <p><b>Complexity:</b> O(d·m) for d distinct ballots and m candidates; the tally holds longs over
 * the common denominator lcm(1..m), so m up to about 40 (an {@link ArithmeticException} says so
 * beyond).
 *
 * <p><b>Properties:</b> anonymous, neutral, Pareto, monotonic, reinforcing; not
 * Condorcet-consistent.
 *
 * <p><b>Ties:</b> tied ballots are refused. <b>Truncated ballots:</b> by default the ranked
 * candidates take 1, 1/2, ... and unranked ones nothing ({@link TruncatedBallots#RANKED_ONLY});
 * {@link #withTruncated} can refuse them instead.
 */
public final class Dowdall extends AbstractPositionalRule {
  private static final Dowdall DEFAULT = new Dowdall(TruncatedBallots.RANKED_ONLY);

  private final TruncatedBallots truncated;

  private Dowdall(TruncatedBallots truncated) {
    this.truncated = requireNonNull(truncated, "truncated");
  }

  /**
   * Returns the Dowdall rule, letting unranked candidates score nothing.
   *
   * @return the rule
   */
  public static Dowdall rule() {
    return DEFAULT;
  }

  /**
   * Returns this rule with the given treatment of truncated ballots.
   *
   * @param truncated the treatment
   * @return the rule
   */
  public Dowdall withTruncated(TruncatedBallots truncated) {
    return new Dowdall(truncated);
  }

  @Override
  public String id() {
    return "dowdall";
  }

  @Override
  public String description() {
    return "Position p scores 1/p (Nauru); most points win.";
  }

  @Override
  public Map<String, String> options() {
    return truncated == TruncatedBallots.RANKED_ONLY ? Map.of() : Map.of("truncated", truncated.id());
  }

  @Override
  Text measure() {
    return new Text("Dowdall points", "Dowdall-point");
  }

  @Override
  public <C> PositionalTally<C> tally(RankedProfile<C> profile) {
    Rational[] vector = new Rational[profile.candidateCount()];
    for (int p = 0; p < vector.length; p++) {
      vector[p] = Rational.of(1, p + 1);
    }
    return countVector(profile, vector, truncated);
  }
}
