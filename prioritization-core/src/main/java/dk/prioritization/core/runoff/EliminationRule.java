package dk.prioritization.core.runoff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What instant runoff, Coombs and Baldwin share: the answer to ties for elimination, the fixed
 * order for {@link EliminationTies#FIXED}, the ids with their {@code -tb} and {@code -put}
 * suffixes, the options, and the call into the elimination engine.
 */
abstract class EliminationRule extends AbstractRunoffRule {
  final EliminationTies ties;
  /** The fixed tie order, or null for the profile's candidate order. */
  final List<?> order;

  EliminationRule(EliminationTies ties, List<?> order) {
    this.ties = requireNonNull(ties, "ties");
    this.order = order;
  }

  /** The id without the suffix for ties, e.g. {@code "coombs"}. */
  abstract String baseId();

  /** Options besides {@code ties} and {@code order}; none by default. */
  Map<String, String> moreOptions() {
    return Map.of();
  }

  /**
   * Returns what this rule does with a tie for elimination.
   *
   * @return the choice
   */
  public final EliminationTies ties() {
    return ties;
  }

  /**
   * Returns the rule's id: the base id, with {@code -tb} for a fixed order and {@code -put} for
   * parallel-universe tie-breaking.
   *
   * @return the id
   */
  @Override
  public final String id() {
    return switch (ties) {
      case ALL -> baseId();
      case FIXED -> baseId() + "-tb";
      case PARALLEL_UNIVERSE -> baseId() + "-put";
    };
  }

  /**
   * Returns the options: {@code ties}, and {@code order} when a fixed order was given, with the
   * rule's own.
   *
   * @return the options, sorted by name
   */
  @Override
  public final Map<String, String> options() {
    Map<String, String> all = new TreeMap<>(moreOptions());
    if (order != null) {
      all.put("order", order.toString());
    }
    all.put("ties", ties.id());
    return ImmutableMap.copyOf(all);
  }

  /** Runs the elimination with this rule's answer to ties. */
  final <C> Engine.Outcome<C> eliminate(List<C> candidates, Engine.Count<C> count) {
    return Engine.run(candidates, count, ties, ties == EliminationTies.FIXED ? fixedRank(candidates, order) : null);
  }
}
