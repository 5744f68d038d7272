/**
 * Multi-criteria scoring: {@link dk.prioritization.core.criteria.WeightedScoring} (criteria with
 * weights and integer scales, several evaluators, disagreement flags) and
 * {@link dk.prioritization.core.criteria.Ahp} (Saaty's Analytic Hierarchy Process with its
 * consistency ratio). Both say what they found in English and Danish
 * ({@link dk.prioritization.core.criteria.Scoring#explanation()},
 * {@link dk.prioritization.core.criteria.Ahp#message()}).
 *
 * <h2>Combining a criteria score with the board's nominations</h2>
 *
 * <p>The board's nominations are ballots counted by a rule; a criteria score is an assessment of
 * the options. Use them together in one of two documented ways, never by silently adding them.
 *
 * <p><b>As a tie-break</b> (the nominations decide; the criteria only order what the nominations
 * tie). The tie-breaks are recorded in the result and enter its fingerprint:
 *
 * <pre>{@code
 * Scoring<String> assessed = WeightedScoring.of(tasks, criteria, 2).evaluate(evaluations);
 * Result<String> r = Approval.withCap(5).rank(nominations,
 *     TieBreaker.fixedOrder(assessed.ranking().candidates()).then(TieBreaker.candidateOrder()));
 * }</pre>
 *
 * <p>{@code fixedOrder} keeps candidates in the order the list gives them, so options the
 * criteria score equally are ordered by their position in {@code ranking().candidates()}; the
 * final {@code candidateOrder()} makes that explicit.
 *
 * <p><b>As a second ballot</b> (the criteria ranking counts as one more voter, or as several):
 * build a ranked profile of the nominations and add the criteria ranking as a ballot with the
 * weight the board agrees on, then count with any ranked rule:
 *
 * <pre>{@code
 * RankedProfile<String> p = Profile.ranked(tasks)
 *     .addAll(boardBallots)
 *     .add(RankedBallot.ofTiers(assessed.ranking().tiers()), 2)  // the assessment counts as 2 voters
 *     .build();
 * Result<String> r = Schulze.rule().rank(p);
 * }</pre>
 *
 * <p>AHP priorities can serve as criterion weights: {@code Rational}-approximate them or use them
 * to order criteria; check {@link dk.prioritization.core.criteria.Ahp#consistent()} first.
 */
package dk.prioritization.core.criteria;
