package dk.prioritization.core.cardinal;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import java.util.Map;

/**
 * Cumulative voting: each voter spreads a budget of points over the candidates, any number on
 * one; the candidates with most points win.
 *
 * <p>A voter may put the whole budget on one candidate ("plumping"), which is what lets a
 * cohesive minority lift its candidate; this is why companies use it to elect directors. A ballot
 * may spend less than the budget (the {@link CumulativeProfile} builder refuses one that spends
 * more), and a ballot giving no points counts as a voter who supports nobody. Scores are the
 * exact sums of points. This rule ranks all candidates; to fill k seats take the first k (and
 * break any tie at the cut with a {@link dk.prioritization.core.TieBreaker}).
 *
 * <pre>{@code
 * CumulativeProfile<String> p = Profile.cumulative(List.of("A", "B", "C"), 3)
 *     .add(CumulativeBallot.of(Map.of("A", 1, "B", 1, "C", 1)), 2)
 *     .add(CumulativeBallot.of(Map.of("C", 3)), 1)
 *     .build();
 * CumulativeVoting.rule().rank(p).ranking();   // C > {A, B}  (points 5, 2, 2)
 * }</pre>
 *
 * <p><b>Source:</b> C. Glasser, "Game theory and cumulative voting for corporate directors",
 * <i>Management Science</i> 5(2), 1959; S. Bowler, T. Donovan and D. Brockington, <i>Electoral
 * Reform and Minority Representation: Local Experiments with Alternative Elections</i>, Ohio State
 * University Press, 2003; pref_voting's {@code cumulative_voting}; Wikipedia, "Cumulative voting".
 *
 * <p><b>Complexity:</b> O(d·m) for d distinct ballots over m candidates, one pass with exact
 * {@code long} arithmetic.
 *
 * <p><b>Properties:</b> anonymous, neutral, monotonic (giving a candidate more points, from
 * unspent budget or from another candidate, never lowers it), Pareto in points (if every voter
 * gives a at least as many points as b and one gives more, a ranks above b), reinforcing
 * (consistent); fails the majority and Condorcet criteria (a majority that spreads its points
 * can lose to a minority that plumps).
 *
 * <p><b>Ties:</b> candidates with equal points share a tier; the rule breaks no tie itself.
 */
public final class CumulativeVoting implements Rule {
  private static final CumulativeVoting RULE = new CumulativeVoting();
  private static final Text POINTS = new Text("points", "point");

  private CumulativeVoting() {}

  /**
   * Returns cumulative voting.
   *
   * @return the rule
   */
  public static CumulativeVoting rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "cumulative";
  }

  @Override
  public String description() {
    return "Cumulative voting: each voter spreads a budget of points; most points win.";
  }

  @Override
  public BallotKind ballotKind() {
    return BallotKind.CUMULATIVE;
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    CumulativeProfile<C> p = Ballots.cumulative(this, profile);
    Map<C, Rational> points = Texts.values(p.candidates(), ScoreTally.sums(Access.points(p)));
    return Result.of(this, profile, Ranking.byDescendingScores(points), points,
        Explanation.of(new Explanation.Tally<>(POINTS, points)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CumulativeVoting;
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
