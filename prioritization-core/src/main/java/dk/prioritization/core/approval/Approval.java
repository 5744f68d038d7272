package dk.prioritization.core.approval;

import static com.google.common.base.Preconditions.checkArgument;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.Text;
import dk.prioritization.core.UnsupportedBallotException;
import dk.prioritization.core.internal.Ballots;
import java.util.Map;

/**
 * Approval voting: each voter approves any number of candidates (or at most a cap); the candidates
 * with most approvals win.
 *
 * <p>This is the default rule of a prioritisation round with unranked nominations: "each board
 * member nominates up to 5 tasks" is approval voting with cap 5.
 *
 * <p><b>Source:</b> S. J. Brams and P. C. Fishburn, "Approval voting", <i>American Political
 * Science Review</i> 72(3), 1978; pref_voting's {@code approval}.
 *
 * <p><b>Complexity:</b> O(total approvals), one pass over the distinct ballots.
 *
 * <p><b>Properties:</b> anonymous, neutral, monotonic (approving a candidate never hurts it),
 * reinforcing, Pareto (a candidate approved by a superset of another's approvers ranks at least
 * as high); not Condorcet-consistent in terms of the underlying preferences.
 *
 * <p><b>Ties:</b> candidates with equal approvals share a tier. <b>Cap:</b> {@link #withCap}
 * refuses a profile with a ballot approving more than the cap, naming the ballot; the profile
 * builder's {@link ApprovalProfile.Builder#cap(int)} checks it on the way in. Empty ballots are
 * counted as voters who approve nobody.
 */
public final class Approval implements Rule {
  private static final Approval RULE = new Approval(-1);

  private final int cap;

  private Approval(int cap) {
    this.cap = cap;
  }

  /**
   * Returns approval voting without a cap.
   *
   * @return the rule
   */
  public static Approval rule() {
    return RULE;
  }

  /**
   * Returns approval voting that refuses ballots approving more than {@code cap} candidates.
   *
   * @param cap the cap, positive
   * @return the rule
   * @throws IllegalArgumentException if {@code cap} is not positive
   */
  public static Approval withCap(int cap) {
    checkArgument(cap > 0, "cap must be positive but was: %s", cap);
    return new Approval(cap);
  }

  @Override
  public String id() {
    return "approval";
  }

  @Override
  public String description() {
    return "Most approvals win; optionally at most k approvals per ballot.";
  }

  @Override
  public BallotKind ballotKind() {
    return BallotKind.APPROVAL;
  }

  @Override
  public Map<String, String> options() {
    return cap < 0 ? Map.of() : Map.of("cap", Integer.toString(cap));
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    ApprovalProfile<C> p = Ballots.approval(this, profile);
    if (cap >= 0) {
      var ballots = p.ballots();
      for (int b = 0; b < ballots.size(); b++) {
        var w = ballots.get(b);
        if (w.ballot().approved().size() > cap) {
          throw new UnsupportedBallotException(id(), "rule approval with cap " + cap + " cannot count the ballot "
              + w.ballot().approved() + " (cast by " + w.count() + " voters): it approves "
              + w.ballot().approved().size() + " candidates");
        }
      }
    }
    Map<C, Rational> scores = ApprovalTally.of(p).approvals();
    return Result.of(this, profile, Ranking.byDescendingScores(scores), scores,
        Explanation.of(new Explanation.Tally<>(new Text("approvals", "godkendelser"), scores)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Approval a && a.cap == cap;
  }

  @Override
  public int hashCode() {
    return cap;
  }

  @Override
  public String toString() {
    return cap < 0 ? "approval" : "approval(cap=" + cap + ")";
  }
}
