package dk.prioritization.core;

import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.committee.CommitteeRule;
import java.util.List;

/**
 * The service interface through which a jar adds rules to the {@link RuleRegistry}.
 *
 * <p>Implement it with a public no-argument constructor and register the class in
 * {@code META-INF/services/dk.prioritization.core.RuleProvider} (or with {@code provides} in your
 * {@code module-info.java}); {@link RuleRegistry#standard()} finds it with
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * public final class MyRules implements RuleProvider {
 *   public List<Rule> rules() { return List.of(new MyRule()); }
 * }
 * }</pre>
 */
public interface RuleProvider {

  /**
   * Returns the rules this provider adds; their ids must not clash with any other rule's.
   *
   * @return the rules
   */
  List<Rule> rules();

  /**
   * Returns the approval committee rules this provider adds; none by default. Their ids share
   * the one namespace of every rule.
   *
   * @return the committee rules
   */
  default List<CommitteeRule> committeeRules() {
    return List.of();
  }

  /**
   * Returns the budget rules this provider adds; none by default. Their ids share the one
   * namespace of every rule.
   *
   * @return the budget rules
   */
  default List<BudgetRule> budgetRules() {
    return List.of();
  }
}
