package dk.prioritization.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.TieBreaker;
import java.util.List;

/**
 * A choice of rule and tie-break chain, as a user saves or sends it: what to run on a profile.
 *
 * <p>In JSON it is a value (no {@code format} field), for example
 *
 * <pre>{@code
 * {"rule": "approval", "options": {}, "tieBreak": [{"type": "byRule", "rule": "borda"}, {"type": "random", "seed": 42}]}
 * }</pre>
 *
 * <p>Reading resolves rule ids through a {@link dk.prioritization.core.RuleRegistry}: the
 * standard one, or one given as the reader attribute {@code RuleRegistry.class}
 * ({@code mapper.reader().withAttribute(RuleRegistry.class, registry)}). Rules are built by their
 * own factories, not from options, so the registry's instance is used and the {@code options}
 * written are checked against that instance's options: an option the rule does not have, or has
 * with another value, is a problem at its path ({@code $.options.cap}). To read a choice with
 * non-default options, give a registry holding the configured instance.
 *
 * @param rule the rule
 * @param tieBreak the tie-breakers to apply in order; empty to keep ties
 */
public record RuleChoice(Rule rule, List<TieBreak> tieBreak) {

  /**
   * Creates a choice, copying the chain.
   *
   * @param rule the rule
   * @param tieBreak the tie-breakers, in order
   */
  public RuleChoice {
    requireNonNull(rule, "rule");
    tieBreak = ImmutableList.copyOf(tieBreak);
  }

  /**
   * Returns a choice of {@code rule} with the given tie-breakers.
   *
   * @param rule the rule
   * @param tieBreak the tie-breakers, in order
   * @return the choice
   */
  public static RuleChoice of(Rule rule, TieBreak... tieBreak) {
    return new RuleChoice(rule, List.of(tieBreak));
  }

  /**
   * Returns the tie-break chain as one tie-breaker: {@link TieBreaker#none()} if it is empty.
   *
   * @return the tie-breaker
   */
  public TieBreaker tieBreaker() {
    TieBreaker t = null;
    for (TieBreak b : tieBreak) {
      t = t == null ? b.tieBreaker() : t.then(b.tieBreaker());
    }
    return t == null ? TieBreaker.none() : t;
  }

  /**
   * Ranks {@code profile} with the rule and breaks ties with the chain.
   *
   * @param profile the profile
   * @param <C> the candidate type
   * @return the result
   */
  public <C> Result<C> rank(Profile<C> profile) {
    return rule.rank(profile, tieBreaker());
  }

  /** One link of a tie-break chain, with its JSON type name. */
  public sealed interface TieBreak {
    /**
     * Returns the engine's tie-breaker for this link.
     *
     * @return the tie-breaker
     */
    TieBreaker tieBreaker();
  }

  /** Ties broken by the profile's candidate order; JSON {@code {"type": "candidateOrder"}}. */
  public record CandidateOrder() implements TieBreak {
    @Override
    public TieBreaker tieBreaker() {
      return TieBreaker.candidateOrder();
    }
  }

  /**
   * Ties broken by a fixed order; JSON {@code {"type": "fixedOrder", "order": [...]}}.
   *
   * @param order the candidates, first preferred
   */
  public record FixedOrder(List<Object> order) implements TieBreak {
    /**
     * Creates the link, copying the order.
     *
     * @param order the candidates, first preferred
     */
    public FixedOrder {
      order = ImmutableList.copyOf(order);
    }

    @Override
    public TieBreaker tieBreaker() {
      return TieBreaker.fixedOrder(order);
    }
  }

  /**
   * Ties broken by another rule; JSON {@code {"type": "byRule", "rule": "borda", "options": {}}}.
   *
   * @param rule the second rule
   */
  public record ByRule(Rule rule) implements TieBreak {
    /**
     * Creates the link.
     *
     * @param rule the second rule
     */
    public ByRule {
      requireNonNull(rule, "rule");
    }

    @Override
    public TieBreaker tieBreaker() {
      return TieBreaker.byRule(rule);
    }
  }

  /**
   * Ties broken by a seeded random draw; JSON {@code {"type": "random", "seed": 42}}.
   *
   * @param seed the seed
   */
  public record Random(long seed) implements TieBreak {
    @Override
    public TieBreaker tieBreaker() {
      return TieBreaker.random(seed);
    }
  }
}
