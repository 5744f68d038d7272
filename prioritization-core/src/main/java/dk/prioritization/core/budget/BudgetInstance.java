package dk.prioritization.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The costs of the candidates and the budget to spend on them, in whole units such as
 * person-months.
 *
 * <p>Costs are non-negative; the budget is positive. A rule checks the instance against the
 * profile: every candidate of the profile needs a cost and every cost must belong to a candidate
 * of the profile ({@link BudgetException} names the candidate otherwise).
 *
 * @param costs each candidate's cost, in the caller's order (copied)
 * @param budget the budget, positive
 * @param <C> the candidate type
 */
public record BudgetInstance<C>(Map<C, Long> costs, long budget) {

  /**
   * Creates and validates an instance.
   *
   * @param costs each candidate's cost
   * @param budget the budget
   * @throws BudgetException naming the candidate with a negative cost, or for a budget that is
   *     not positive
   */
  public BudgetInstance {
    requireNonNull(costs, "costs");
    if (budget <= 0) {
      throw new BudgetException(BudgetException.Problem.NON_POSITIVE_BUDGET, null,
          "the budget must be positive but was " + budget);
    }
    for (Map.Entry<C, Long> e : costs.entrySet()) {
      requireNonNull(e.getKey(), "candidate");
      requireNonNull(e.getValue(), "cost");
      if (e.getValue() < 0) {
        throw new BudgetException(BudgetException.Problem.NEGATIVE_COST, e.getKey(),
            "the cost of " + e.getKey() + " is negative: " + e.getValue());
      }
    }
    costs = ImmutableMap.copyOf(costs);
  }

  /**
   * Returns an instance.
   *
   * @param costs each candidate's cost
   * @param budget the budget
   * @param <C> the candidate type
   * @return the instance
   * @throws BudgetException for a negative cost or a budget that is not positive
   */
  public static <C> BudgetInstance<C> of(Map<C, Long> costs, long budget) {
    return new BudgetInstance<>(costs, budget);
  }

  /**
   * Returns the cost of a candidate.
   *
   * @param candidate the candidate
   * @return its cost
   * @throws BudgetException if the instance has no cost for it
   */
  public long cost(Object candidate) {
    Long c = costs.get(candidate);
    if (c == null) {
      throw new BudgetException(BudgetException.Problem.MISSING_COST, candidate,
          "no cost is given for " + candidate);
    }
    return c;
  }
}
