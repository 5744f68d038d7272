package dk.prioritization.core.budget;

import dk.prioritization.core.ApprovalProfile;
import java.util.Map;

/**
 * A rule that chooses a set of candidates whose total cost fits a budget, from approval ballots.
 *
 * <p>Rules are immutable and thread-safe; the same profile and instance always give the same
 * selection.
 */
public interface BudgetRule {

  /**
   * Returns the rule's stable id, e.g. {@code "knapsack"}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a one-sentence description of the rule.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the rule's options as canonical strings; empty for the default.
   *
   * @return the options
   */
  Map<String, String> options();

  /**
   * Chooses candidates within the budget.
   *
   * @param profile the approval ballots
   * @param instance the costs and the budget
   * @param <C> the candidate type
   * @return the selection, with a reason for every candidate
   * @throws BudgetException if a candidate has no cost or a cost names an unknown candidate
   */
  <C> BudgetSelection<C> select(ApprovalProfile<C> profile, BudgetInstance<C> instance);
}
