package dk.prioritization.portfolio.round;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Rational;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.Optional;

/**
 * One task on the board's priority list.
 *
 * @param tier the task's tier, 1 for the first; tasks with equal standing share a tier
 * @param task the task
 * @param score the rule's exact score for it (approvals, Borda points, ...), or empty for a rule
 *     that ranks without a numeric score
 * @param nominatedBy the members who nominated it, in the portfolio's member order, with the place
 *     they gave it in a ranked round
 */
public record PriorityEntry(int tier, Task task, Optional<Rational> score, List<Nominator> nominatedBy) {

  /**
   * Creates an entry, copying the list.
   *
   * @param tier the tier, at least 1
   * @param task the task
   * @param score the score, if the rule gives one
   * @param nominatedBy the nominators
   */
  public PriorityEntry {
    checkArgument(tier >= 1, "tier %s; tiers count from 1", tier);
    requireNonNull(task, "task");
    requireNonNull(score, "score");
    nominatedBy = ImmutableList.copyOf(nominatedBy);
  }

  /**
   * Returns how many members nominated the task.
   *
   * @return the number of nominations
   */
  public int nominations() {
    return nominatedBy.size();
  }
}
