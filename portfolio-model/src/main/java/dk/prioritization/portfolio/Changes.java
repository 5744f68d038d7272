package dk.prioritization.portfolio;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies one change to a portfolio version: checks the change against that version, reporting
 * every problem at once, edits copies of the element lists, and builds the next version through
 * the portfolio builder (which checks what is left: blank names, unknown references, perspectives).
 */
final class Changes {
  private Changes() {}

  static Portfolio apply(Portfolio before, ChangeLogEntry entry) {
    checkArgument(entry.version() == before.version() + 1, "a change to version %s must produce version %s, not %s",
        before.version(), before.version() + 1, entry.version());
    Editor e = new Editor(before);
    Change c = entry.change();
    if (c instanceof Change.AddFocusArea a) {
      e.addFocusArea(a.focusArea());
    } else if (c instanceof Change.AddInitiative a) {
      e.addInitiative(a.initiative());
    } else if (c instanceof Change.AddTask a) {
      e.addTask(a.task(), "add");
    } else if (c instanceof Change.AddMember a) {
      e.addMember(a.member());
    } else if (c instanceof Change.RenameTask r) {
      e.renameTask(r);
    } else if (c instanceof Change.RenameInitiative r) {
      e.renameInitiative(r);
    } else if (c instanceof Change.RetireTask r) {
      e.retireTask(r);
    } else if (c instanceof Change.MoveTask m) {
      e.moveTask(m);
    } else if (c instanceof Change.SetTaskCost sc) {
      e.setTaskCost(sc);
    } else if (c instanceof Change.MergeTasks m) {
      e.mergeTasks(m);
    } else if (c instanceof Change.MergeInitiatives m) {
      e.mergeInitiatives(m);
    } else {
      throw new AssertionError("unknown change " + c); // Change is sealed
    }
    if (!e.problems.isEmpty()) {
      throw new PortfolioException(e.problems);
    }
    Portfolio.Builder b = Portfolio.builder().version(entry.version()).costUnit(before.costUnit());
    e.areas.forEach(b::focusArea);
    e.inits.forEach(b::initiative);
    e.tasks.forEach(b::task);
    e.members.forEach(b::member);
    return b.changeLog(ImmutableList.<ChangeLogEntry>builder().addAll(before.changeLog()).add(entry).build()).build();
  }

  /** Mutable copies of one version's elements, edited in portfolio order, and the problems found. */
  private static final class Editor {
    final Portfolio before;
    final List<FocusArea> areas;
    final List<Initiative> inits;
    final List<Task> tasks;
    final List<BoardMember> members;
    final List<PortfolioProblem> problems = new ArrayList<>();

    Editor(Portfolio before) {
      this.before = before;
      this.areas = new ArrayList<>(before.focusAreas());
      this.inits = new ArrayList<>(before.initiatives());
      this.tasks = new ArrayList<>(before.tasks());
      this.members = new ArrayList<>(before.members());
    }

    void problem(PortfolioProblem.Kind kind, String element, String message) {
      problems.add(new PortfolioProblem(kind, element, message));
    }

    void addFocusArea(FocusArea f) {
      String at = "focus area '" + f.id() + "'";
      if (before.focusArea(f.id()).isPresent()) {
        problem(PortfolioProblem.Kind.DUPLICATE_ID, at, "cannot add " + at + ": version " + before.version()
            + " already has a focus area with that id");
      }
      areas.add(f);
    }

    void addInitiative(Initiative i) {
      String at = "initiative '" + i.id() + "'";
      if (before.initiative(i.id()).isPresent()) {
        problem(PortfolioProblem.Kind.DUPLICATE_ID, at, "cannot add " + at + ": version " + before.version()
            + " already has an initiative with that id");
      }
      inits.add(i);
    }

    void addMember(BoardMember m) {
      String at = "member '" + m.id() + "'";
      if (before.member(m.id()).isPresent()) {
        problem(PortfolioProblem.Kind.DUPLICATE_ID, at, "cannot add " + at + ": version " + before.version()
            + " already has a member with that id");
      }
      members.add(m);
    }

    /** Adds a new active task; {@code verb} says how, for messages ("add", "merge into"). */
    void addTask(Task t, String verb) {
      String at = "task '" + t.id() + "'";
      before.task(t.id()).ifPresent(old -> problem(PortfolioProblem.Kind.DUPLICATE_ID, at, "cannot " + verb + " "
          + at + ": version " + before.version() + " already has a task with that id (" + old
          + (old.retired() ? ", retired; ids of retired tasks stay taken" : "") + ")"));
      if (t.retired() || t.mergedInto().isPresent()) {
        problem(PortfolioProblem.Kind.BAD_CHANGE, at, "cannot " + verb + " " + at
            + ": it is marked retired or merged; a new task starts active");
      }
      tasks.add(t);
    }

    /** Returns the task if it exists and is active, else records why not. */
    Optional<Task> activeTask(String id, String verb, PortfolioProblem.Kind retiredKind) {
      String at = "task '" + id + "'";
      Optional<Task> t = before.task(id);
      if (t.isEmpty()) {
        problem(PortfolioProblem.Kind.DANGLING_REFERENCE, at, "cannot " + verb + " unknown " + at);
      } else if (t.get().retired()) {
        problem(retiredKind, at, "cannot " + verb + " " + at + ": it is retired"
            + t.get().mergedInto().map(m -> " (merged into '" + m + "')").orElse(""));
        return Optional.empty();
      }
      return t;
    }

    void replaceTask(String id, UnaryOperator<Task> edit) {
      tasks.replaceAll(t -> t.id().equals(id) ? edit.apply(t) : t);
    }

    void renameTask(Change.RenameTask r) {
      String at = "task '" + r.taskId() + "'";
      Optional<Task> t = activeTask(r.taskId(), "rename", PortfolioProblem.Kind.BAD_CHANGE);
      if (r.newName().isBlank()) {
        problem(PortfolioProblem.Kind.EMPTY_FIELD, at, "cannot rename " + at + " to a blank name");
      } else if (t.isPresent() && t.get().name().equals(r.newName())) {
        problem(PortfolioProblem.Kind.BAD_CHANGE, at, at + " is already named '" + r.newName() + "'");
      }
      replaceTask(r.taskId(), x -> new Task(x.id(), r.newName(), x.initiative(), x.caseOwner(), x.perspectives(),
          x.tags(), x.retired(), x.mergedInto(), x.cost()));
    }

    void renameInitiative(Change.RenameInitiative r) {
      String at = "initiative '" + r.initiativeId() + "'";
      Optional<Initiative> i = before.initiative(r.initiativeId());
      if (i.isEmpty()) {
        problem(PortfolioProblem.Kind.DANGLING_REFERENCE, at, "cannot rename unknown " + at);
      }
      if (r.newName().isBlank()) {
        problem(PortfolioProblem.Kind.EMPTY_FIELD, at, "cannot rename " + at + " to a blank name");
      } else if (i.isPresent() && i.get().name().equals(r.newName())) {
        problem(PortfolioProblem.Kind.BAD_CHANGE, at, at + " is already named '" + r.newName() + "'");
      }
      inits.replaceAll(x -> x.id().equals(r.initiativeId()) ? new Initiative(x.id(), r.newName(), x.focusArea(),
          x.description(), x.owner(), x.scope(), x.perspectives(), x.tags()) : x);
    }

    void retireTask(Change.RetireTask r) {
      activeTask(r.taskId(), "retire", PortfolioProblem.Kind.BAD_CHANGE);
      replaceTask(r.taskId(), x -> retired(x, Optional.empty()));
    }

    void moveTask(Change.MoveTask m) {
      String at = "task '" + m.taskId() + "'";
      Optional<Task> t = activeTask(m.taskId(), "move", PortfolioProblem.Kind.BAD_CHANGE);
      if (before.initiative(m.toInitiative()).isEmpty()) {
        problem(PortfolioProblem.Kind.DANGLING_REFERENCE, at,
            "cannot move " + at + " to unknown initiative '" + m.toInitiative() + "'");
      } else if (t.isPresent() && t.get().initiative().equals(m.toInitiative())) {
        problem(PortfolioProblem.Kind.BAD_CHANGE, at,
            at + " already belongs to initiative '" + m.toInitiative() + "'");
      }
      replaceTask(m.taskId(), x -> withInitiative(x, m.toInitiative()));
    }

    void setTaskCost(Change.SetTaskCost c) {
      String at = "task '" + c.taskId() + "'";
      Optional<Task> t = activeTask(c.taskId(), "set the cost of", PortfolioProblem.Kind.BAD_CHANGE);
      if (t.isPresent() && t.get().cost().equals(c.cost())) {
        problem(PortfolioProblem.Kind.BAD_CHANGE, at, c.cost().isPresent()
            ? at + " already costs " + c.cost().getAsLong() : at + " has no cost to clear");
      }
      replaceTask(c.taskId(), x -> c.cost().isPresent() ? x.withCost(c.cost().getAsLong()) : x.withoutCost());
    }

    void mergeTasks(Change.MergeTasks m) {
      String into = m.merged().id();
      if (m.taskIds().size() < 2) {
        problem(PortfolioProblem.Kind.BAD_MERGE, "task '" + into + "'", "the merge into task '" + into + "' names "
            + m.taskIds().size() + (m.taskIds().size() == 1 ? " task" : " tasks") + "; merge two or more");
      }
      Set<String> seen = new HashSet<>();
      for (String id : m.taskIds()) {
        if (!seen.add(id)) {
          problem(PortfolioProblem.Kind.BAD_MERGE, "task '" + id + "'",
              "task '" + id + "' is named twice in the merge into task '" + into + "'");
        } else {
          activeTask(id, "merge", PortfolioProblem.Kind.BAD_MERGE);
        }
      }
      for (String id : m.taskIds()) {
        replaceTask(id, x -> retired(x, Optional.of(into)));
      }
      addTask(m.merged(), "merge into");
    }

    void mergeInitiatives(Change.MergeInitiatives m) {
      Initiative merged = m.merged();
      String intoAt = "initiative '" + merged.id() + "'";
      if (m.initiativeIds().size() < 2) {
        problem(PortfolioProblem.Kind.BAD_MERGE, intoAt, "the merge into " + intoAt + " names "
            + m.initiativeIds().size() + (m.initiativeIds().size() == 1 ? " initiative" : " initiatives")
            + "; merge two or more");
      }
      Set<String> seen = new HashSet<>();
      for (String id : m.initiativeIds()) {
        String at = "initiative '" + id + "'";
        if (!seen.add(id)) {
          problem(PortfolioProblem.Kind.BAD_MERGE, at, at + " is named twice in the merge into " + intoAt);
        } else if (before.initiative(id).isEmpty()) {
          problem(PortfolioProblem.Kind.DANGLING_REFERENCE, at, "cannot merge unknown " + at);
        }
      }
      if (before.initiative(merged.id()).isPresent()) {
        problem(PortfolioProblem.Kind.DUPLICATE_ID, intoAt, "cannot merge into " + intoAt + ": version "
            + before.version() + " already has an initiative with that id; the merged initiative is a new one");
      }
      int at = inits.size();
      for (int k = 0; k < inits.size(); k++) {
        if (seen.contains(inits.get(k).id())) {
          at = Math.min(at, k);
        }
      }
      inits.removeIf(x -> seen.contains(x.id()));
      inits.add(Math.min(at, inits.size()), merged);
      tasks.replaceAll(x -> seen.contains(x.initiative()) ? withInitiative(x, merged.id()) : x);
    }

    static Task retired(Task t, Optional<String> mergedInto) {
      return new Task(t.id(), t.name(), t.initiative(), t.caseOwner(), t.perspectives(), t.tags(), true, mergedInto,
          t.cost());
    }

    static Task withInitiative(Task t, String initiative) {
      return new Task(t.id(), t.name(), initiative, t.caseOwner(), t.perspectives(), t.tags(), t.retired(),
          t.mergedInto(), t.cost());
    }
  }
}
