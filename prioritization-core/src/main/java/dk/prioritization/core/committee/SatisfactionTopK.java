package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;

/**
 * Satisfaction approval voting for a committee ({@code sav-committee}): each voter splits one
 * point equally among the candidates they approve, and the {@code k} candidates with the most
 * points are chosen.
 *
 * <p>Source: Brams &amp; Kilgour, "Satisfaction approval voting", in <i>Voting Power and
 * Procedures</i>, Springer 2014; Lackner &amp; Skowron 2023, Section 2.2 (SAV). Complexity:
 * {@code O(m log m + total ballot length)}, exact rational points. An empty ballot gives no
 * points. Properties: it maximises the total satisfaction {@code |A ∩ W| / |A|}; it fails
 * justified representation.
 *
 * <p>Ties at the last seat are broken by candidate order and reported, as for
 * {@link ApprovalTopK}. The score is the committee's total points.
 */
public final class SatisfactionTopK implements CommitteeRule {
  private static final SatisfactionTopK INSTANCE = new SatisfactionTopK();

  private SatisfactionTopK() {}

  /**
   * Returns the rule.
   *
   * @return satisfaction approval voting for a committee
   */
  public static SatisfactionTopK rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return "sav-committee";
  }

  @Override
  public String description() {
    return "Satisfaction approval committee: each voter's point split over their approvals; the k highest";
  }

  @Override
  public <C> Committee<C> select(ApprovalProfile<C> profile, int k) {
    Approvals<C> a = Approvals.of(profile, k);
    Rational[] scores = new Rational[a.m];
    java.util.Arrays.fill(scores, Rational.ZERO);
    for (int b = 0; b < a.ballots; b++) {
      int len = a.approved[b].length;
      if (len == 0) {
        continue;
      }
      Rational share = Rational.of(a.counts[b], len);
      for (int c : a.approved[b]) {
        scores[c] = scores[c].plus(share);
      }
    }
    return TopK.select(a, k, scores, id(), new Text("satisfaction points", "tilfredshedspoint"),
        new Text("satisfaction point", "tilfredshedspoint"));
  }

  @Override
  public String toString() {
    return id();
  }
}
