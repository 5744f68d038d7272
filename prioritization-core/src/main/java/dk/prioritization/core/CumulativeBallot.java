package dk.prioritization.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A cumulative ballot: points spread over the candidates from a budget the profile declares.
 *
 * <p>Candidates the ballot does not mention get no points. The points are checked when the ballot
 * is added to a profile: none negative, and no more than the budget in all (see
 * {@link ScoreProfile#cumulative(java.util.List, int)}).
 *
 * @param points the points given to each candidate
 * @param <C> the candidate type
 */
public record CumulativeBallot<C>(Map<C, Integer> points) implements Ballot<C> {

  /**
   * Creates a ballot, copying the map and keeping its iteration order.
   *
   * @param points the points; no key or value may be null
   */
  public CumulativeBallot {
    points = ImmutableMap.copyOf(points);
  }

  /**
   * Returns a ballot with the given points.
   *
   * @param points the points
   * @param <C> the candidate type
   * @return the ballot
   */
  public static <C> CumulativeBallot<C> of(Map<? extends C, Integer> points) {
    return new CumulativeBallot<>(ImmutableMap.copyOf(points));
  }

  @Override
  public BallotKind kind() {
    return BallotKind.CUMULATIVE;
  }
}
