package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalProfile;

/**
 * The approval Chamberlin-Courant rule: the committee that maximises the number of voters who
 * approve at least one member. Two variants:
 *
 * <ul>
 *   <li>{@link #exact()} ({@code cc}): by branch and bound, as for {@link Pav#exact()} (the
 *       coverage function is submodular, so the sum of the largest marginal gains is an
 *       admissible bound); refuses more than {@value Thiele#MAX_COMMITTEES} committees, or a
 *       search of more than {@value Thiele#MAX_NODES} nodes, with
 *       {@link dk.prioritization.core.ProblemTooLargeException}; among equally good committees
 *       the first in candidate order, tie reported.
 *   <li>{@link #greedy()} ({@code greedy-cc}): members added one at a time, each covering the
 *       most voters not yet covered; ties by candidate order, reported. A {@code (1 - 1/e)}
 *       approximation of the optimum. {@code O(k · m · L)}.
 * </ul>
 *
 * <p>Source: Chamberlin &amp; Courant, "Representative deliberations and representative
 * decisions", APSR 77 (1983); Procaccia, Rosenschein &amp; Zohar, Social Choice and Welfare 30
 * (2008) (NP-hardness); Lackner &amp; Skowron 2023, Section 2.3. Properties: exact CC satisfies
 * justified representation (JR) but not PJR, and so does greedy CC (Aziz, Brill, Conitzer, Elkind,
 * Freeman &amp; Walsh, Social Choice and Welfare 48, 2017); once every voter is covered, further members are
 * chosen by candidate order among the candidates adding nothing. The score is the number of
 * covered voters.
 */
public final class ChamberlinCourant implements CommitteeRule {
  private static final ChamberlinCourant EXACT = new ChamberlinCourant(true);
  private static final ChamberlinCourant GREEDY = new ChamberlinCourant(false);

  private final boolean exact;

  private ChamberlinCourant(boolean exact) {
    this.exact = exact;
  }

  /**
   * Returns the exact rule.
   *
   * @return the rule {@code cc}
   */
  public static ChamberlinCourant exact() {
    return EXACT;
  }

  /**
   * Returns the greedy rule.
   *
   * @return the rule {@code greedy-cc}
   */
  public static ChamberlinCourant greedy() {
    return GREEDY;
  }

  @Override
  public String id() {
    return exact ? "cc" : "greedy-cc";
  }

  @Override
  public String description() {
    return exact ? "Chamberlin-Courant: the committee covering the most voters (exact)"
        : "Greedy Chamberlin-Courant: members added one at a time by voters newly covered";
  }

  @Override
  public <C> Committee<C> select(ApprovalProfile<C> profile, int k) {
    Approvals<C> a = Approvals.of(profile, k);
    Thiele t = new Thiele(false, id());
    return exact ? t.exact(a, k) : t.sequential(a, k);
  }

  @Override
  public String toString() {
    return id();
  }
}
