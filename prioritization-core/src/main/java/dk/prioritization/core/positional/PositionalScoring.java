package dk.prioritization.core.positional;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A positional rule with any score vector you choose: position p (from 0) scores
 * {@code scores[p]}, positions past the vector score 0.
 *
 * <pre>{@code
 * PositionalScoring f1 = PositionalScoring.of(25, 18, 15, 12, 10, 8, 6, 4, 2, 1); // Formula 1
 * PositionalScoring top3 = PositionalScoring.of(1, 1, 1);                         // 3-approval
 * }</pre>
 *
 * <p><b>Source:</b> scoring rules in Young, "Social choice scoring functions", <i>SIAM Journal
 * on Applied Mathematics</i> 28(4), 1975, which characterises them by anonymity, neutrality,
 * reinforcement (consistency) and continuity.
 *
 * <p><b>Complexity:</b> O(d·m) for d distinct ballots and m candidates.
 *
 * <p><b>Properties:</b> anonymous, neutral, reinforcing, monotonic (the vector is non-increasing);
 * Pareto when the vector is strictly decreasing over the positions; never Condorcet-consistent
 * (Fishburn 1974 shows no scoring rule is).
 *
 * <p><b>Ties:</b> tied ballots are refused. <b>Truncated ballots:</b> refused by default;
 * {@link TruncatedBallots#RANKED_ONLY} lets ranked candidates score by position and unranked ones
 * nothing.
 */
public final class PositionalScoring extends AbstractPositionalRule {
  private final ImmutableList<Rational> scores;
  private final TruncatedBallots truncated;

  private PositionalScoring(List<Rational> scores, TruncatedBallots truncated) {
    checkArgument(!scores.isEmpty(), "a score vector needs at least one score");
    for (int p = 0; p < scores.size(); p++) {
      Rational s = requireNonNull(scores.get(p), "score");
      checkArgument(s.signum() >= 0, "score %s at position %s is negative", s, p);
      if (p > 0 && s.compareTo(scores.get(p - 1)) > 0) {
        throw new IllegalArgumentException("the score vector must not increase but position " + p + " scores " + s
            + " after " + scores.get(p - 1));
      }
    }
    this.scores = ImmutableList.copyOf(scores);
    this.truncated = requireNonNull(truncated, "truncated");
  }

  /**
   * Returns the rule with the given integer score vector, refusing truncated ballots.
   *
   * @param scores the scores by position, non-negative and non-increasing
   * @return the rule
   * @throws IllegalArgumentException if the vector is empty, negative or increasing
   */
  public static PositionalScoring of(long... scores) {
    return new PositionalScoring(Arrays.stream(scores).mapToObj(Rational::of).collect(Collectors.toList()),
        TruncatedBallots.REJECT);
  }

  /**
   * Returns the rule with the given exact score vector, refusing truncated ballots.
   *
   * @param scores the scores by position, non-negative and non-increasing
   * @return the rule
   * @throws IllegalArgumentException if the vector is empty, negative or increasing
   */
  public static PositionalScoring of(List<Rational> scores) {
    return new PositionalScoring(scores, TruncatedBallots.REJECT);
  }

  /**
   * Returns this rule with the given treatment of truncated ballots.
   *
   * @param truncated the treatment
   * @return the rule
   */
  public PositionalScoring withTruncated(TruncatedBallots truncated) {
    return new PositionalScoring(scores, truncated);
  }

  /**
   * Returns the score vector.
   *
   * @return the scores by position
   */
  public List<Rational> scores() {
    return scores;
  }

  @Override
  public String id() {
    return "positional";
  }

  @Override
  public String description() {
    return "Any positional score vector; most points win.";
  }

  @Override
  public Map<String, String> options() {
    return ImmutableMap.of(
        "scores", scores.stream().map(Rational::toString).collect(Collectors.joining(",")),
        "truncated", truncated.id());
  }

  @Override
  Text measure() {
    return new Text("points for positions " + scores, "point for placeringer " + scores);
  }

  @Override
  public <C> PositionalTally<C> tally(RankedProfile<C> profile) {
    Rational[] vector = new Rational[profile.candidateCount()];
    for (int p = 0; p < vector.length; p++) {
      vector[p] = p < scores.size() ? scores.get(p) : Rational.ZERO;
    }
    return countVector(profile, vector, truncated);
  }
}
