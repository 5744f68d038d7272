package dk.prioritization.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates a budget rule chose, what they cost, and why each candidate is in or out.
 *
 * @param ruleId the id of the rule
 * @param chosen the chosen candidates, in the order the rule chose them
 * @param totalCost the total cost of the chosen candidates
 * @param budgetLeft the budget minus the total cost
 * @param reasons for every candidate, in candidate order, why it is in or out, e.g. "does not
 *     fit: costs 8, 3 left"
 * @param runnerUp the approved candidate left out that the rule would take next: the next in the
 *     greedy order for the greedy rules, the most approved for the knapsack, and for Equal Shares
 *     the one whose supporters have the most money left per unit of its cost; ties by candidate
 *     order; empty when every approved candidate is chosen
 * @param explanation the steps of the count
 * @param <C> the candidate type
 */
public record BudgetSelection<C>(String ruleId, List<C> chosen, long totalCost, long budgetLeft,
    Map<C, Text> reasons, Optional<C> runnerUp, Explanation<C> explanation) {

  /**
   * Creates a selection, copying the collections.
   *
   * @param ruleId the rule id
   * @param chosen the chosen candidates
   * @param totalCost their total cost
   * @param budgetLeft the budget left
   * @param reasons the reason for each candidate
   * @param runnerUp the candidate the rule would take next, if any
   * @param explanation the explanation
   * @throws IllegalArgumentException if the runner-up is chosen
   */
  public BudgetSelection {
    requireNonNull(ruleId, "ruleId");
    chosen = ImmutableList.copyOf(chosen);
    reasons = ImmutableMap.copyOf(reasons);
    requireNonNull(runnerUp, "runnerUp");
    if (runnerUp.isPresent() && chosen.contains(runnerUp.get())) {
      throw new IllegalArgumentException("the runner-up " + runnerUp.get() + " is chosen");
    }
    requireNonNull(explanation, "explanation");
  }
}
