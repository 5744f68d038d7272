/**
 * Budgeted selection (participatory budgeting): choose candidates whose total cost fits a budget,
 * for example "the priorities that fit our capacity of 24 person-months", from approval ballots
 * (the board's nominations).
 *
 * <p>Describe the costs and the budget with a {@link dk.prioritization.core.budget.BudgetInstance}
 * and apply a {@link dk.prioritization.core.budget.BudgetRule}:
 *
 * <ul>
 *   <li>{@link dk.prioritization.core.budget.GreedyByVotes} ({@code greedy-approval}): most
 *       approved first, each that still fits;
 *   <li>{@link dk.prioritization.core.budget.GreedyByVotesPerCost} ({@code greedy-cost}): most
 *       approvals per unit of cost first;
 *   <li>{@link dk.prioritization.core.budget.Knapsack} ({@code knapsack}): the exact maximum of
 *       total approvals within the budget;
 *   <li>{@link dk.prioritization.core.budget.EqualSharesBudget} ({@code equal-shares-cost}): the
 *       proportional Method of Equal Shares, with exact rational shares.
 * </ul>
 *
 * <pre>{@code
 * BudgetInstance<String> capacity = BudgetInstance.of(Map.of("T1", 8L, "T2", 5L, "T3", 12L), 20);
 * BudgetSelection<String> s = Knapsack.rule().select(nominations, capacity);
 * s.chosen();          // e.g. [T3, T1]
 * s.reasons().get("T2"); // "not in the best set: does not fit: costs 5, 0 left; ..."
 * }</pre>
 *
 * <p>Every selection reports, for each candidate, why it is in or out, the total cost and the
 * budget left. None of the rules exceeds the budget.
 */
package dk.prioritization.core.budget;
