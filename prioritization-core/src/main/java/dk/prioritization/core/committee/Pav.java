package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalProfile;

/**
 * Proportional Approval Voting: a voter with {@code j} approved members contributes
 * {@code 1 + 1/2 + ... + 1/j}, and the committee of the highest total is chosen. Two variants:
 *
 * <ul>
 *   <li>{@link #exact()} ({@code pav}): the committee of the highest PAV score, found by branch
 *       and bound. The search starts from the sequential committee improved by single swaps,
 *       keeps every candidate's marginal gain up to date as members are added and removed (only
 *       the new member's approvers change), and always decides next on the open candidate of the
 *       largest gain, with it first. The bound adds to the score of the members chosen so far the
 *       {@code r} largest marginal gains of the candidates still open; it is admissible because
 *       the PAV score is submodular (a voter's next member is worth less). Each node costs
 *       {@code O(L + m · k)} for total ballot length {@code L}, and there are at worst
 *       {@code O(m · C(m, k))} nodes; the rule refuses, with
 *       {@link dk.prioritization.core.ProblemTooLargeException}, more than
 *       {@value Thiele#MAX_COMMITTEES} committees up front, a search that visits more than
 *       {@value Thiele#MAX_NODES} nodes (k = 9 of 50 candidates with 1,000 impartial voters visits
 *       about 25,000 nodes, some 30 ms), and scores too large for exact 64-bit arithmetic (voters
 *       × lcm(1..k) × k above 2^62). Among equally good committees it returns the first in
 *       candidate order and reports the tie, whatever order the search met them in.
 *   <li>{@link #sequential()} ({@code seq-pav}): members are added one at a time, each the
 *       candidate of the largest marginal PAV score; ties by candidate order, reported. {@code O(k
 *       · m · L)}.
 * </ul>
 *
 * <p>Source: Thiele (1895); Aziz, Brill, Conitzer, Elkind, Freeman &amp; Walsh, "Justified
 * representation in approval-based committee voting", Social Choice and Welfare 48 (2017);
 * Lackner &amp; Skowron, <i>Multi-Winner Voting with Approval Preferences</i>, Springer 2023,
 * Sections 2.3 and 2.4. Properties: exact PAV satisfies extended justified representation (EJR)
 * and hence PJR and JR; computing it is NP-hard. Sequential PAV satisfies JR for small {@code k}
 * only and fails EJR in general. Scores are exact rationals.
 */
public final class Pav implements CommitteeRule {
  private static final Pav EXACT = new Pav(true);
  private static final Pav SEQUENTIAL = new Pav(false);

  private final boolean exact;

  private Pav(boolean exact) {
    this.exact = exact;
  }

  /**
   * Returns exact PAV.
   *
   * @return the rule {@code pav}
   */
  public static Pav exact() {
    return EXACT;
  }

  /**
   * Returns sequential PAV.
   *
   * @return the rule {@code seq-pav}
   */
  public static Pav sequential() {
    return SEQUENTIAL;
  }

  @Override
  public String id() {
    return exact ? "pav" : "seq-pav";
  }

  @Override
  public String description() {
    return exact ? "Proportional Approval Voting: the committee of the highest PAV score (exact)"
        : "Sequential PAV: members added one at a time by marginal PAV score";
  }

  @Override
  public <C> Committee<C> select(ApprovalProfile<C> profile, int k) {
    Approvals<C> a = Approvals.of(profile, k);
    Thiele t = new Thiele(true, id());
    return exact ? t.exact(a, k) : t.sequential(a, k);
  }

  @Override
  public String toString() {
    return id();
  }
}
