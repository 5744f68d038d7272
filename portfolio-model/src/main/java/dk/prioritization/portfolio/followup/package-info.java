/**
 * The quarterly follow-up of a portfolio: per task and initiative and per quarter a status, a
 * comment and a date; what changed between quarters; a summary per focus area and leadership
 * perspective.
 *
 * <p>Start at {@link dk.prioritization.portfolio.followup.FollowUp}, built against a
 * {@link dk.prioritization.portfolio.Portfolio} by
 * {@link dk.prioritization.portfolio.followup.FollowUp#builder(dk.prioritization.portfolio.Portfolio)},
 * which reports every problem at once
 * ({@link dk.prioritization.portfolio.followup.FollowUpException}). Whether a change is for the
 * better or the worse follows the health order documented at
 * {@link dk.prioritization.portfolio.followup.Status}.
 */
package dk.prioritization.portfolio.followup;
