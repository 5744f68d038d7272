/**
 * Prioritisation rounds: board members nominate tasks, a rule from the engine aggregates the
 * nominations into the board's priority list, and the list is rolled up, checked for balance and
 * compared with each member's own list.
 *
 * <p>Start at {@link dk.prioritization.portfolio.round.Round#builder}: it checks the nominations
 * against a {@link dk.prioritization.portfolio.round.NominationPolicy} and reports every problem
 * at once ({@link dk.prioritization.portfolio.round.RoundException}). The round's
 * {@link dk.prioritization.portfolio.round.PriorityList} holds the tiers, scores, nominators and
 * explanation, and answers the questions a board asks of it: the top k, roll-ups to initiatives
 * and focus areas, perspective coverage, a balanced top k, and how each member's list compares
 * with the common one.
 *
 * <p>From the same nominations a round also chooses a set: the best k tasks by an approval
 * committee rule ({@link dk.prioritization.portfolio.round.Round#select}) or the tasks that fit a
 * capacity by a budget rule and the tasks' costs
 * ({@link dk.prioritization.portfolio.round.Round#fitCapacity}), each a
 * {@link dk.prioritization.portfolio.round.Selection} that says why every task is in or out.
 */
package dk.prioritization.portfolio.round;
