/**
 * Approval committee rules: choosing {@code k} of {@code m} candidates from approval ballots.
 *
 * <p>The rules ({@link dk.prioritization.core.committee.CommitteeRule}):
 * {@link dk.prioritization.core.committee.ApprovalTopK} ({@code av-committee}),
 * {@link dk.prioritization.core.committee.SatisfactionTopK} ({@code sav-committee}),
 * {@link dk.prioritization.core.committee.Pav} ({@code pav}, {@code seq-pav}),
 * {@link dk.prioritization.core.committee.ChamberlinCourant} ({@code cc}, {@code greedy-cc}),
 * {@link dk.prioritization.core.committee.Phragmen} ({@code seq-phragmen}) and
 * {@link dk.prioritization.core.committee.EqualShares} ({@code equal-shares}). Each returns a
 * {@link dk.prioritization.core.committee.Committee} with an explanation (rounds, loads, budgets)
 * and reports any tie it broke by candidate order.
 *
 * <p>{@link dk.prioritization.core.committee.Proportionality} checks a committee for justified
 * representation (JR, PJR, EJR) and names an unrepresented group of voters when it fails.
 *
 * <p>The main reference is Lackner &amp; Skowron, <i>Multi-Winner Voting with Approval
 * Preferences</i>, Springer 2023.
 */
package dk.prioritization.core.committee;
