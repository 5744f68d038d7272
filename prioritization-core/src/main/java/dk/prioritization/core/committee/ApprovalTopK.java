package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;

/**
 * Approval voting for a committee ({@code av-committee}): the {@code k} candidates with the most
 * approvals.
 *
 * <p>Source: Lackner &amp; Skowron, <i>Multi-Winner Voting with Approval Preferences</i>, Springer
 * 2023, Section 2.2 (AV). Complexity: {@code O(m log m + total ballot length)}. Properties: it
 * maximises the total number of approved members (utilitarian) and is committee monotone, but it
 * fails justified representation: a majority can take every seat ({@link Proportionality}).
 *
 * <p>Ties at the last seat are broken by candidate order; the result says so
 * ({@link Committee#tied()}) and its explanation names the tied candidates. The score is the
 * committee's total approvals.
 */
public final class ApprovalTopK implements CommitteeRule {
  private static final ApprovalTopK INSTANCE = new ApprovalTopK();

  private ApprovalTopK() {}

  /**
   * Returns the rule.
   *
   * @return approval voting for a committee
   */
  public static ApprovalTopK rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return "av-committee";
  }

  @Override
  public String description() {
    return "Approval voting committee: the k candidates with the most approvals";
  }

  @Override
  public <C> Committee<C> select(ApprovalProfile<C> profile, int k) {
    Approvals<C> a = Approvals.of(profile, k);
    Rational[] scores = new Rational[a.m];
    for (int c = 0; c < a.m; c++) {
      scores[c] = Rational.of(a.approvals(c));
    }
    return TopK.select(a, k, scores, id(), new Text("approvals", "godkendelser"),
        new Text("approval", "godkendelse"));
  }

  @Override
  public String toString() {
    return id();
  }
}
