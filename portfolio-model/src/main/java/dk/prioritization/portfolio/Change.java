package dk.prioritization.portfolio;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Text;
import java.util.List;
import java.util.OptionalLong;

/**
 * One change to a task portfolio, such as the secretariat's consolidations: add, rename, retire,
 * move or merge tasks, set or clear a task's cost, add or merge initiatives. Applying a change makes a new portfolio version
 * with the change in its log ({@link Portfolio#apply(Change, String)}); nothing is edited in place.
 *
 * <p>A change names elements by id; whether it applies is checked against the version it is applied
 * to, and a change that does not apply throws a {@link PortfolioException} naming the element.
 * Tasks are never deleted: retiring or merging marks them, and they stay in every later version.
 *
 * <pre>{@code
 * Portfolio v2 = v1.apply(new Change.MoveTask("T4", "I2"), "Belongs with the climate plan");
 * Portfolio v3 = v2.apply(new Change.MergeTasks(List.of("T1", "T2"),
 *     Task.of("T9", "One budget process", "I1", "Head of finance", Perspective.UPWARD)),
 *     "Two budget tasks become one");
 * // in v3, T1 and T2 are retired with mergedInto "T9"; T9 is active
 * }</pre>
 */
public sealed interface Change {

  /**
   * Returns the change as one sentence in English and Danish, for the change log.
   *
   * @return the sentence
   */
  Text describe();

  /**
   * A new focus area.
   *
   * @param focusArea the focus area; its id must be new
   */
  record AddFocusArea(FocusArea focusArea) implements Change {
    /**
     * Creates the change.
     *
     * @param focusArea the focus area
     */
    public AddFocusArea {
      requireNonNull(focusArea, "focusArea");
    }

    @Override
    public Text describe() {
      return new Text("Focus area " + focusArea + " added", "Fokusområdet " + focusArea + " tilføjet");
    }
  }

  /**
   * A new strategic initiative under an existing focus area.
   *
   * @param initiative the initiative; its id must be new
   */
  record AddInitiative(Initiative initiative) implements Change {
    /**
     * Creates the change.
     *
     * @param initiative the initiative
     */
    public AddInitiative {
      requireNonNull(initiative, "initiative");
    }

    @Override
    public Text describe() {
      return new Text("Initiative " + initiative + " added under focus area " + initiative.focusArea(),
          "Indsatsen " + initiative + " tilføjet under fokusområdet " + initiative.focusArea());
    }
  }

  /**
   * A new active task under an existing initiative.
   *
   * @param task the task; its id must be new, and it must be active and not merged
   */
  record AddTask(Task task) implements Change {
    /**
     * Creates the change.
     *
     * @param task the task
     */
    public AddTask {
      requireNonNull(task, "task");
    }

    @Override
    public Text describe() {
      return new Text("Task " + task + " added under initiative " + task.initiative(),
          "Opgaven " + task + " tilføjet under indsatsen " + task.initiative());
    }
  }

  /**
   * A new member of the board.
   *
   * @param member the member; the id must be new
   */
  record AddMember(BoardMember member) implements Change {
    /**
     * Creates the change.
     *
     * @param member the member
     */
    public AddMember {
      requireNonNull(member, "member");
    }

    @Override
    public Text describe() {
      return new Text("Board member " + member.id() + " (" + member.roleTitle() + ") added",
          "Direktionsmedlemmet " + member.id() + " (" + member.roleTitle() + ") tilføjet");
    }
  }

  /**
   * A new name for an active task; its id stays.
   *
   * @param taskId the task's id
   * @param newName the new name, not blank and not the current one
   */
  record RenameTask(String taskId, String newName) implements Change {
    /**
     * Creates the change.
     *
     * @param taskId the task's id
     * @param newName the new name
     */
    public RenameTask {
      requireNonNull(taskId, "taskId");
      requireNonNull(newName, "newName");
    }

    @Override
    public Text describe() {
      return new Text("Task " + taskId + " renamed to '" + newName + "'",
          "Opgaven " + taskId + " omdøbt til '" + newName + "'");
    }
  }

  /**
   * A new name for an initiative; its id stays.
   *
   * @param initiativeId the initiative's id
   * @param newName the new name, not blank and not the current one
   */
  record RenameInitiative(String initiativeId, String newName) implements Change {
    /**
     * Creates the change.
     *
     * @param initiativeId the initiative's id
     * @param newName the new name
     */
    public RenameInitiative {
      requireNonNull(initiativeId, "initiativeId");
      requireNonNull(newName, "newName");
    }

    @Override
    public Text describe() {
      return new Text("Initiative " + initiativeId + " renamed to '" + newName + "'",
          "Indsatsen " + initiativeId + " omdøbt til '" + newName + "'");
    }
  }

  /**
   * Retires an active task: it stays in the portfolio, marked retired, and can no longer be
   * nominated.
   *
   * @param taskId the task's id
   */
  record RetireTask(String taskId) implements Change {
    /**
     * Creates the change.
     *
     * @param taskId the task's id
     */
    public RetireTask {
      requireNonNull(taskId, "taskId");
    }

    @Override
    public Text describe() {
      return new Text("Task " + taskId + " retired", "Opgaven " + taskId + " udfaset");
    }
  }

  /**
   * Moves an active task to another existing initiative.
   *
   * @param taskId the task's id
   * @param toInitiative the id of the initiative it moves to, not its current one
   */
  record MoveTask(String taskId, String toInitiative) implements Change {
    /**
     * Creates the change.
     *
     * @param taskId the task's id
     * @param toInitiative the initiative's id
     */
    public MoveTask {
      requireNonNull(taskId, "taskId");
      requireNonNull(toInitiative, "toInitiative");
    }

    @Override
    public Text describe() {
      return new Text("Task " + taskId + " moved to initiative " + toInitiative,
          "Opgaven " + taskId + " flyttet til indsatsen " + toInitiative);
    }
  }

  /**
   * Sets or clears an active task's cost (in the portfolio's cost unit).
   *
   * <pre>{@code
   * Portfolio v2 = v1.apply(Change.SetTaskCost.of("T4", 6), "Estimated at the spring meeting");
   * Portfolio v3 = v2.apply(Change.SetTaskCost.clear("T4"), "The estimate is withdrawn");
   * }</pre>
   *
   * @param taskId the task's id
   * @param cost the new cost, zero or more; empty to clear it (not estimated). It must differ from
   *     the task's current cost.
   */
  record SetTaskCost(String taskId, OptionalLong cost) implements Change {
    /**
     * Creates the change; the cost is checked when the change is applied.
     *
     * @param taskId the task's id
     * @param cost the new cost, or empty to clear it
     */
    public SetTaskCost {
      requireNonNull(taskId, "taskId");
      requireNonNull(cost, "cost");
    }

    /**
     * Returns the change that sets a task's cost.
     *
     * @param taskId the task's id
     * @param cost the cost, zero or more
     * @return the change
     */
    public static SetTaskCost of(String taskId, long cost) {
      return new SetTaskCost(taskId, OptionalLong.of(cost));
    }

    /**
     * Returns the change that clears a task's cost.
     *
     * @param taskId the task's id
     * @return the change
     */
    public static SetTaskCost clear(String taskId) {
      return new SetTaskCost(taskId, OptionalLong.empty());
    }

    @Override
    public Text describe() {
      return cost.isPresent()
          ? new Text("Cost of task " + taskId + " set to " + cost.getAsLong(),
              "Omkostningen for opgaven " + taskId + " sat til " + cost.getAsLong())
          : new Text("Cost of task " + taskId + " cleared (not estimated)",
              "Omkostningen for opgaven " + taskId + " fjernet (ikke vurderet)");
    }
  }

  /**
   * Merges two or more active tasks into one new task. The result is always a new task with a new
   * id, added active at the end of the portfolio; each merged task stays, retired, with
   * {@link Task#mergedInto()} naming the new task. (To keep one of them, merge the others into a
   * new task that carries its name, or retire them.)
   *
   * @param taskIds the ids of the tasks merged: two or more, distinct, active
   * @param merged the new task; its id must be new, and it must be active and not merged
   */
  record MergeTasks(List<String> taskIds, Task merged) implements Change {
    /**
     * Creates the change, copying the list.
     *
     * @param taskIds the ids of the tasks merged
     * @param merged the new task
     */
    public MergeTasks {
      taskIds = ImmutableList.copyOf(taskIds);
      requireNonNull(merged, "merged");
    }

    @Override
    public Text describe() {
      return new Text("Tasks " + Change.join(taskIds, "and") + " merged into the new task " + merged,
          "Opgaverne " + Change.join(taskIds, "og") + " lagt sammen i den nye opgave " + merged);
    }
  }

  /**
   * Merges two or more initiatives into one new initiative. Every task of the merged initiatives,
   * retired ones included, moves to the new initiative; the merged initiatives then hold no tasks
   * and leave the portfolio (initiatives have no retired mark; earlier versions and the change log
   * keep them). The new initiative takes the place of the first merged one in portfolio order.
   *
   * @param initiativeIds the ids of the initiatives merged: two or more, distinct, existing
   * @param merged the new initiative; its id must be new
   */
  record MergeInitiatives(List<String> initiativeIds, Initiative merged) implements Change {
    /**
     * Creates the change, copying the list.
     *
     * @param initiativeIds the ids of the initiatives merged
     * @param merged the new initiative
     */
    public MergeInitiatives {
      initiativeIds = ImmutableList.copyOf(initiativeIds);
      requireNonNull(merged, "merged");
    }

    @Override
    public Text describe() {
      return new Text(
          "Initiatives " + Change.join(initiativeIds, "and") + " merged into the new initiative " + merged,
          "Indsatserne " + Change.join(initiativeIds, "og") + " lagt sammen i den nye indsats " + merged);
    }
  }

  /** Joins ids as "A, B and C" (English) or "A, B og C" (Danish). */
  private static String join(List<String> ids, String and) {
    if (ids.size() <= 1) {
      return String.join("", ids);
    }
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " " + and + " " + ids.get(ids.size() - 1);
  }
}
