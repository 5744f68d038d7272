package dk.prioritization.portfolio.round;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.prioritization.core.Rational;

/**
 * One initiative or focus area in a roll-up of the priority list.
 *
 * @param tier its tier, 1 for the first; equal values share a tier
 * @param id the initiative's or focus area's id
 * @param name its name
 * @param value the roll-up value: the sum of its active tasks' scores (see {@link RollUp#measure()})
 * @param activeTasks how many active tasks it holds
 * @param nominations how many nominations its tasks received in all
 * @param nominatedTasks how many of its tasks were nominated at least once
 */
public record RollUpEntry(int tier, String id, String name, Rational value, int activeTasks, int nominations,
    int nominatedTasks) {

  /**
   * Creates an entry.
   *
   * @param tier the tier, at least 1
   * @param id the id
   * @param name the name
   * @param value the value
   * @param activeTasks the number of active tasks
   * @param nominations the number of nominations
   * @param nominatedTasks the number of nominated tasks
   */
  public RollUpEntry {
    checkArgument(tier >= 1, "tier %s; tiers count from 1", tier);
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(value, "value");
  }
}
