package dk.prioritization.portfolio.round;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.OptionalLong;

/**
 * One initiative or focus area in a selection's roll-up: which of its tasks were chosen, out of
 * how many active ones, and what they cost together.
 *
 * @param id the initiative's or focus area's id
 * @param name its name
 * @param chosen its chosen tasks, in the selection's order; empty if none was chosen
 * @param activeTasks how many active tasks it holds (the candidates it had)
 * @param chosenCost the total cost of its chosen tasks: 0 if none was chosen, empty if a chosen
 *     task has no cost
 */
public record SelectionGroup(String id, String name, List<Task> chosen, int activeTasks, OptionalLong chosenCost) {

  /**
   * Creates a group, copying the list.
   *
   * @param id the id
   * @param name the name
   * @param chosen the chosen tasks
   * @param activeTasks the number of active tasks
   * @param chosenCost the chosen tasks' total cost, if every one has a cost
   * @throws IllegalArgumentException if more tasks are chosen than it has active tasks
   */
  public SelectionGroup {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    chosen = ImmutableList.copyOf(chosen);
    checkArgument(chosen.size() <= activeTasks, "%s of %s's tasks are chosen, but it has %s active tasks",
        chosen.size(), id, activeTasks);
    requireNonNull(chosenCost, "chosenCost");
  }
}
