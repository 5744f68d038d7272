package dk.prioritization.core.approval;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Ballots;
import java.util.Map;

/**
 * Satisfaction approval voting: each voter has one point, split evenly over the candidates they
 * approve; most points win.
 *
 * <p>A voter approving three candidates gives each 1/3. Scores are exact fractions.
 *
 * <p><b>Source:</b> S. J. Brams and D. M. Kilgour, "Satisfaction approval voting", in <i>Voting
 * Power and Procedures</i>, Springer 2014.
 *
 * <p><b>Complexity:</b> O(total approvals) to tally, then O(m²) exact additions.
 *
 * <p><b>Properties:</b> anonymous, neutral, reinforcing; unlike approval voting it is not
 * monotonic in the number of approvals a voter gives (approving one more candidate lowers the
 * share of the others). Empty ballots give nothing.
 *
 * <p><b>Ties:</b> candidates with equal points share a tier.
 */
public final class SatisfactionApproval implements Rule {
  private static final SatisfactionApproval RULE = new SatisfactionApproval();

  private SatisfactionApproval() {}

  /**
   * Returns satisfaction approval voting.
   *
   * @return the rule
   */
  public static SatisfactionApproval rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "satisfaction-approval";
  }

  @Override
  public String description() {
    return "Each voter's one point is split evenly over the candidates they approve.";
  }

  @Override
  public BallotKind ballotKind() {
    return BallotKind.APPROVAL;
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    ApprovalProfile<C> p = Ballots.approval(this, profile);
    Map<C, Rational> scores = ApprovalTally.of(p).satisfaction();
    return Result.of(this, profile, Ranking.byDescendingScores(scores), scores,
        Explanation.of(new Explanation.Tally<>(new Text("satisfaction points", "tilfredshedspoint"), scores)));
  }

  @Override
  public String toString() {
    return id();
  }
}
