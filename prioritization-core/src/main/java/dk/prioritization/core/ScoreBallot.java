package dk.prioritization.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A score ballot: an integer grade for each candidate, on a scale the profile declares.
 *
 * <p>Grades are checked against the scale when the ballot is added to a profile (see
 * {@link ScoreProfile#scores(java.util.List, int, int)}); a candidate the ballot does not grade is
 * an error unless the profile declares a grade for ungraded candidates.
 *
 * @param grades the grade of each graded candidate
 * @param <C> the candidate type
 */
public record ScoreBallot<C>(Map<C, Integer> grades) implements Ballot<C> {

  /**
   * Creates a ballot, copying the map and keeping its iteration order.
   *
   * @param grades the grades; no key or value may be null
   */
  public ScoreBallot {
    grades = ImmutableMap.copyOf(grades);
  }

  /**
   * Returns a ballot with the given grades.
   *
   * @param grades the grades
   * @param <C> the candidate type
   * @return the ballot
   */
  public static <C> ScoreBallot<C> of(Map<? extends C, Integer> grades) {
    return new ScoreBallot<>(ImmutableMap.copyOf(grades));
  }

  @Override
  public BallotKind kind() {
    return BallotKind.SCORE;
  }
}
