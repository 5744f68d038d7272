package dk.prioritization.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What changed between two versions of a portfolio, computed from the two versions' contents alone
 * (so it works between any two versions, not only neighbours). Every list is in portfolio order
 * (the later version's order for added elements, the earlier version's otherwise).
 *
 * <p>Between versions 1 and 3, a task added in version 2 and merged in version 3 shows as added
 * (and, in {@link #lines()}, as since merged); a task moved twice shows as one move from its first
 * initiative to its last. An initiative that is gone from the later version is reported as merged
 * into the initiative that now holds all its tasks, or as removed if it had no tasks or its tasks
 * went to different initiatives.
 *
 * <pre>{@code
 * PortfolioDiff d = PortfolioDiff.between(v1, v3);
 * d.tasksMerged();            // e.g. [Merged[id=T1, into=T9], Merged[id=T2, into=T9]]
 * d.lines().get(0).danish();  // e.g. "Opgaven T9 One budget process er tilføjet under indsatsen I1"
 * }</pre>
 *
 * @param fromVersion the earlier version's number
 * @param toVersion the later version's number
 * @param focusAreasAdded focus areas in the later version only
 * @param initiativesAdded initiatives in the later version only
 * @param initiativesRenamed initiatives in both whose names differ
 * @param initiativesMerged initiatives gone from the later version whose tasks all went to one
 *     initiative
 * @param initiativesRemoved initiatives gone from the later version otherwise
 * @param tasksAdded tasks in the later version only, as they are there
 * @param tasksRenamed tasks in both whose names differ
 * @param tasksMoved tasks in both whose initiatives differ
 * @param tasksCostChanged tasks in both whose costs differ (set, changed or cleared)
 * @param tasksRetired tasks active in the earlier version and retired without a merge in the later
 *     one, as they are there
 * @param tasksMerged tasks active in the earlier version and merged in the later one
 * @param membersAdded board members in the later version only
 * @param costUnit the later version's cost unit, for {@link #lines()}
 */
public record PortfolioDiff(int fromVersion, int toVersion, List<FocusArea> focusAreasAdded,
    List<Initiative> initiativesAdded, List<Renamed> initiativesRenamed, List<Merged> initiativesMerged,
    List<Initiative> initiativesRemoved, List<Task> tasksAdded, List<Renamed> tasksRenamed, List<Moved> tasksMoved,
    List<CostChanged> tasksCostChanged, List<Task> tasksRetired, List<Merged> tasksMerged,
    List<BoardMember> membersAdded, Optional<Text> costUnit) {

  /**
   * A task or initiative whose name changed.
   *
   * @param id its id
   * @param oldName the name in the earlier version
   * @param newName the name in the later version
   */
  public record Renamed(String id, String oldName, String newName) {
    /**
     * Creates the record.
     *
     * @param id the id
     * @param oldName the old name
     * @param newName the new name
     */
    public Renamed {
      requireNonNull(id, "id");
      requireNonNull(oldName, "oldName");
      requireNonNull(newName, "newName");
    }
  }

  /**
   * A task that belongs to another initiative.
   *
   * @param id the task's id
   * @param from its initiative in the earlier version
   * @param to its initiative in the later version
   */
  public record Moved(String id, String from, String to) {
    /**
     * Creates the record.
     *
     * @param id the task's id
     * @param from the earlier initiative's id
     * @param to the later initiative's id
     */
    public Moved {
      requireNonNull(id, "id");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }
  }

  /**
   * A task whose cost was set, changed or cleared.
   *
   * @param id the task's id
   * @param from its cost in the earlier version; empty if not estimated there
   * @param to its cost in the later version; empty if not estimated there
   */
  public record CostChanged(String id, OptionalLong from, OptionalLong to) {
    /**
     * Creates the record.
     *
     * @param id the task's id
     * @param from the earlier cost, if any
     * @param to the later cost, if any
     */
    public CostChanged {
      requireNonNull(id, "id");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }
  }

  /**
   * A task or initiative merged into another.
   *
   * @param id its id
   * @param into the id of the task or initiative it was merged into
   */
  public record Merged(String id, String into) {
    /**
     * Creates the record.
     *
     * @param id the id
     * @param into the id it was merged into
     */
    public Merged {
      requireNonNull(id, "id");
      requireNonNull(into, "into");
    }
  }

  /**
   * Creates a diff, copying the lists.
   *
   * @param fromVersion the earlier version
   * @param toVersion the later version
   * @param focusAreasAdded focus areas added
   * @param initiativesAdded initiatives added
   * @param initiativesRenamed initiatives renamed
   * @param initiativesMerged initiatives merged
   * @param initiativesRemoved initiatives removed
   * @param tasksAdded tasks added
   * @param tasksRenamed tasks renamed
   * @param tasksMoved tasks moved
   * @param tasksCostChanged tasks whose cost changed
   * @param tasksRetired tasks retired
   * @param tasksMerged tasks merged
   * @param membersAdded members added
   * @param costUnit the cost unit
   */
  public PortfolioDiff {
    focusAreasAdded = ImmutableList.copyOf(focusAreasAdded);
    initiativesAdded = ImmutableList.copyOf(initiativesAdded);
    initiativesRenamed = ImmutableList.copyOf(initiativesRenamed);
    initiativesMerged = ImmutableList.copyOf(initiativesMerged);
    initiativesRemoved = ImmutableList.copyOf(initiativesRemoved);
    tasksAdded = ImmutableList.copyOf(tasksAdded);
    tasksRenamed = ImmutableList.copyOf(tasksRenamed);
    tasksMoved = ImmutableList.copyOf(tasksMoved);
    tasksCostChanged = ImmutableList.copyOf(tasksCostChanged);
    tasksRetired = ImmutableList.copyOf(tasksRetired);
    tasksMerged = ImmutableList.copyOf(tasksMerged);
    membersAdded = ImmutableList.copyOf(membersAdded);
    requireNonNull(costUnit, "costUnit");
  }

  /**
   * Returns what changed from one version to a later one (or the same one: then nothing).
   *
   * <p>Versions never lose tasks, focus areas or members, so the diff does not look for any that
   * are gone.
   *
   * @param from the earlier version
   * @param to the later version
   * @return the diff
   * @throws IllegalArgumentException if {@code from} is a later version than {@code to}
   */
  public static PortfolioDiff between(Portfolio from, Portfolio to) {
    checkArgument(from.version() <= to.version(), "cannot diff version %s against the earlier version %s",
        from.version(), to.version());
    List<FocusArea> areasAdded = new ArrayList<>();
    for (FocusArea f : to.focusAreas()) {
      if (from.focusArea(f.id()).isEmpty()) {
        areasAdded.add(f);
      }
    }
    List<Initiative> initsAdded = new ArrayList<>();
    for (Initiative i : to.initiatives()) {
      if (from.initiative(i.id()).isEmpty()) {
        initsAdded.add(i);
      }
    }
    List<Renamed> initsRenamed = new ArrayList<>();
    List<Merged> initsMerged = new ArrayList<>();
    List<Initiative> initsRemoved = new ArrayList<>();
    for (Initiative i : from.initiatives()) {
      Optional<Initiative> later = to.initiative(i.id());
      if (later.isPresent()) {
        if (!later.get().name().equals(i.name())) {
          initsRenamed.add(new Renamed(i.id(), i.name(), later.get().name()));
        }
        continue;
      }
      List<String> holders = from.tasksOf(i.id()).stream().map(t -> to.task(t.id()).map(Task::initiative).orElse(""))
          .distinct().toList();
      if (holders.size() == 1 && !holders.get(0).isEmpty()) {
        initsMerged.add(new Merged(i.id(), holders.get(0)));
      } else {
        initsRemoved.add(i);
      }
    }
    List<Task> tasksAdded = new ArrayList<>();
    for (Task t : to.tasks()) {
      if (from.task(t.id()).isEmpty()) {
        tasksAdded.add(t);
      }
    }
    List<Renamed> renamed = new ArrayList<>();
    List<Moved> moved = new ArrayList<>();
    List<CostChanged> costs = new ArrayList<>();
    List<Task> retired = new ArrayList<>();
    List<Merged> merged = new ArrayList<>();
    for (Task t : from.tasks()) {
      Optional<Task> later = to.task(t.id());
      if (later.isEmpty()) {
        continue;
      }
      Task u = later.get();
      if (!u.name().equals(t.name())) {
        renamed.add(new Renamed(t.id(), t.name(), u.name()));
      }
      if (!u.initiative().equals(t.initiative())) {
        moved.add(new Moved(t.id(), t.initiative(), u.initiative()));
      }
      if (!u.cost().equals(t.cost())) {
        costs.add(new CostChanged(t.id(), t.cost(), u.cost()));
      }
      if (t.active() && u.retired()) {
        if (u.mergedInto().isPresent()) {
          merged.add(new Merged(t.id(), u.mergedInto().get()));
        } else {
          retired.add(u);
        }
      }
    }
    List<BoardMember> membersAdded = new ArrayList<>();
    for (BoardMember m : to.members()) {
      if (from.member(m.id()).isEmpty()) {
        membersAdded.add(m);
      }
    }
    return new PortfolioDiff(from.version(), to.version(), areasAdded, initsAdded, initsRenamed, initsMerged,
        initsRemoved, tasksAdded, renamed, moved, costs, retired, merged, membersAdded, to.costUnit());
  }

  /**
   * Returns whether nothing changed.
   *
   * @return whether every list is empty
   */
  public boolean isEmpty() {
    return lines().isEmpty();
  }

  /**
   * Returns the diff as sentences in English and Danish, one per change, in this order: focus areas
   * added; initiatives added, renamed, merged, removed; tasks added, renamed, moved, cost changed,
   * retired, merged; members added.
   *
   * @return the sentences; empty if nothing changed
   */
  public List<Text> lines() {
    List<Text> out = new ArrayList<>();
    for (FocusArea f : focusAreasAdded) {
      out.add(new Text("Focus area " + f + " added", "Fokusområdet " + f + " er tilføjet"));
    }
    for (Initiative i : initiativesAdded) {
      out.add(new Text("Initiative " + i + " added under focus area " + i.focusArea(),
          "Indsatsen " + i + " er tilføjet under fokusområdet " + i.focusArea()));
    }
    for (Renamed r : initiativesRenamed) {
      out.add(new Text("Initiative " + r.id() + " renamed from '" + r.oldName() + "' to '" + r.newName() + "'",
          "Indsatsen " + r.id() + " er omdøbt fra '" + r.oldName() + "' til '" + r.newName() + "'"));
    }
    for (Merged m : initiativesMerged) {
      out.add(new Text("Initiative " + m.id() + " merged into initiative " + m.into(),
          "Indsatsen " + m.id() + " er lagt sammen i indsatsen " + m.into()));
    }
    for (Initiative i : initiativesRemoved) {
      out.add(new Text("Initiative " + i + " removed", "Indsatsen " + i + " er fjernet"));
    }
    for (Task t : tasksAdded) {
      Text since = t.mergedInto().map(m -> new Text(" (since merged into task " + m + ")",
          " (siden lagt sammen i opgaven " + m + ")"))
          .orElse(t.retired() ? new Text(" (since retired)", " (siden udfaset)") : new Text("", ""));
      out.add(new Text("Task " + t + " added under initiative " + t.initiative() + since.english(),
          "Opgaven " + t + " er tilføjet under indsatsen " + t.initiative() + since.danish()));
    }
    for (Renamed r : tasksRenamed) {
      out.add(new Text("Task " + r.id() + " renamed from '" + r.oldName() + "' to '" + r.newName() + "'",
          "Opgaven " + r.id() + " er omdøbt fra '" + r.oldName() + "' til '" + r.newName() + "'"));
    }
    for (Moved m : tasksMoved) {
      out.add(new Text("Task " + m.id() + " moved from initiative " + m.from() + " to initiative " + m.to(),
          "Opgaven " + m.id() + " er flyttet fra indsatsen " + m.from() + " til indsatsen " + m.to()));
    }
    for (CostChanged c : tasksCostChanged) {
      out.add(costLine(c));
    }
    for (Task t : tasksRetired) {
      out.add(new Text("Task " + t + " retired", "Opgaven " + t + " er udfaset"));
    }
    for (Merged m : tasksMerged) {
      out.add(new Text("Task " + m.id() + " merged into task " + m.into(),
          "Opgaven " + m.id() + " er lagt sammen i opgaven " + m.into()));
    }
    for (BoardMember m : membersAdded) {
      out.add(new Text("Board member " + m.id() + " (" + m.roleTitle() + ") added",
          "Direktionsmedlemmet " + m.id() + " (" + m.roleTitle() + ") er tilføjet"));
    }
    return ImmutableList.copyOf(out);
  }

  private Text costLine(CostChanged c) {
    String id = c.id();
    if (c.to().isEmpty()) {
      Text from = Portfolio.costText(costUnit, c.from().getAsLong());
      return new Text("Cost of task " + id + " cleared (was " + from.english() + ")",
          "Omkostningen for opgaven " + id + " er fjernet (var " + from.danish() + ")");
    }
    Text to = Portfolio.costText(costUnit, c.to().getAsLong());
    if (c.from().isEmpty()) {
      return new Text("Cost of task " + id + " set to " + to.english(),
          "Omkostningen for opgaven " + id + " er sat til " + to.danish());
    }
    return new Text("Cost of task " + id + " changed from " + c.from().getAsLong() + " to " + to.english(),
        "Omkostningen for opgaven " + id + " er ændret fra " + c.from().getAsLong() + " til " + to.danish());
  }

  /**
   * Returns the diff as one text: a heading line and one line per change, e.g. "Changes from
   * version 1 to version 3:" / "Ændringer fra version 1 til version 3:".
   *
   * @return the text in English and Danish
   */
  public Text describe() {
    List<Text> lines = lines();
    if (lines.isEmpty()) {
      return new Text("No changes from version " + fromVersion + " to version " + toVersion,
          "Ingen ændringer fra version " + fromVersion + " til version " + toVersion);
    }
    StringBuilder en = new StringBuilder("Changes from version " + fromVersion + " to version " + toVersion + ":");
    StringBuilder da = new StringBuilder("Ændringer fra version " + fromVersion + " til version " + toVersion + ":");
    for (Text t : lines) {
      en.append("\n- ").append(t.english());
      da.append("\n- ").append(t.danish());
    }
    return new Text(en.toString(), da.toString());
  }
}
