package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Task;
import java.util.List;

/**
 * One member's nominations in a round, as checked by the round builder.
 *
 * @param member the member
 * @param tasks the nominated tasks, in the member's order (first most important in a ranked
 *     round; in an unranked round the order carries no meaning)
 */
public record Nomination(BoardMember member, List<Task> tasks) {

  /**
   * Creates a nomination, copying the list.
   *
   * @param member the member
   * @param tasks the tasks
   */
  public Nomination {
    requireNonNull(member, "member");
    tasks = ImmutableList.copyOf(tasks);
  }
}
