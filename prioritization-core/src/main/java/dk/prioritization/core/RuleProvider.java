package dk.prioritization.core;

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
}
