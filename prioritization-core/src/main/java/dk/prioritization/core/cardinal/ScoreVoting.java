package dk.prioritization.core.cardinal;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import java.util.Map;

/**
 * Score voting (range voting): each voter grades every candidate on a common scale; the
 * candidates with the highest sum of grades win.
 *
 * <p>Every ballot in a {@link ScoreProfile} grades every candidate (a grade the profile declares
 * for ungraded candidates is filled in), so every candidate has exactly as many grades as there
 * are voters, and ranking by the sum and ranking by the mean grade are the same. Scores are the
 * exact sums. The scale may include negative grades.
 *
 * <pre>{@code
 * ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 5)
 *     .add(ScoreBallot.of(Map.of("A", 5, "B", 3, "C", 0)), 2)
 *     .add(ScoreBallot.of(Map.of("A", 0, "B", 5, "C", 4)), 1)
 *     .build();
 * ScoreVoting.rule().rank(p).ranking();   // B > A > C  (sums 11, 10, 4)
 * }</pre>
 *
 * <p><b>Source:</b> W. D. Smith, "Range voting", 2000 (rangevoting.org); C. Hillinger, "The case
 * for utilitarian voting", <i>Homo Oeconomicus</i> 22(3), 2005; pref_voting's
 * {@code score_voting}; Wikipedia, "Score voting".
 *
 * <p><b>Complexity:</b> O(d·m) for d distinct ballots over m candidates, one pass with exact
 * {@code long} arithmetic.
 *
 * <p><b>Properties:</b> anonymous, neutral, monotonic (raising a candidate's grade never lowers
 * it), Pareto (if every voter grades a at least as high as b and one grades it higher, a ranks
 * above b), reinforcing (consistent), satisfies participation and independence of irrelevant
 * alternatives (a candidate's sum does not depend on the others); fails the Condorcet criterion,
 * the majority criterion and later-no-harm.
 *
 * <p><b>Ties:</b> candidates with equal sums share a tier; the rule breaks no tie itself.
 */
public final class ScoreVoting implements Rule {
  private static final ScoreVoting RULE = new ScoreVoting();

  private ScoreVoting() {}

  /**
   * Returns score voting.
   *
   * @return the rule
   */
  public static ScoreVoting rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "score";
  }

  @Override
  public String description() {
    return "Score (range) voting: the highest sum of grades wins.";
  }

  @Override
  public BallotKind ballotKind() {
    return BallotKind.SCORE;
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    ScoreProfile<C> p = Ballots.score(this, profile);
    Map<C, Rational> sums = Texts.values(p.candidates(), ScoreTally.sums(Access.grades(p)));
    return Result.of(this, profile, Ranking.byDescendingScores(sums), sums,
        Explanation.of(new Explanation.Tally<>(Texts.SCORE_SUMS, sums)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreVoting;
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return id();
  }
}
