package dk.prioritization.json;

import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.ChangeLogEntry;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Undoes a portfolio's change log to find a version the log can be replayed on.
 *
 * <p>The portfolio model builds a portfolio with a change log only by applying the changes, so a
 * reader that holds the current content and the log needs the version before the first logged
 * change. The log does not keep everything a change overwrote (a rename keeps the new name, not
 * the old; a move keeps the target, not the source; a cost change keeps the new cost, not the old;
 * a merge of initiatives drops them), so this
 * class makes a <i>stand-in</i> for that version: the current content with each change undone in
 * reverse order, and values the log does not know filled with placeholders that the changes
 * overwrite again (an old name differs from the new one; a moved task starts in another existing
 * initiative; a merged-away initiative copies the merged one's focus area, owner, scope and
 * perspectives). Replaying the log on the stand-in gives exactly the stated content and log; the
 * caller checks that, so the stand-in never leaves this package and is never written.
 */
final class PortfolioLogs {
  private PortfolioLogs() {}

  /**
   * Returns a stand-in for the version before {@code log}'s first entry.
   *
   * @throws IllegalArgumentException if no such version can be built
   */
  static Portfolio undo(Portfolio current, List<ChangeLogEntry> log) {
    List<FocusArea> areas = new ArrayList<>(current.focusAreas());
    List<Initiative> inits = new ArrayList<>(current.initiatives());
    List<Task> tasks = new ArrayList<>(current.tasks());
    List<BoardMember> members = new ArrayList<>(current.members());
    Set<String> createdInits = new HashSet<>();
    for (ChangeLogEntry e : log) {
      if (e.change() instanceof Change.AddInitiative a) {
        createdInits.add(a.initiative().id());
      } else if (e.change() instanceof Change.MergeInitiatives m) {
        createdInits.add(m.merged().id());
      }
    }
    for (int k = log.size() - 1; k >= 0; k--) {
      Change c = log.get(k).change();
      if (c instanceof Change.AddFocusArea a) {
        String id = a.focusArea().id();
        areas.removeIf(f -> f.id().equals(id));
        String other = areas.isEmpty() ? id : areas.get(0).id();
        inits.replaceAll(i -> i.focusArea().equals(id) ? withFocusArea(i, other) : i);
      } else if (c instanceof Change.AddInitiative a) {
        String id = a.initiative().id();
        inits.removeIf(i -> i.id().equals(id));
        String other = pick(inits, x -> !createdInits.contains(x), id);
        tasks.replaceAll(t -> t.initiative().equals(id) ? withInitiative(t, other) : t);
      } else if (c instanceof Change.AddTask a) {
        tasks.removeIf(t -> t.id().equals(a.task().id()));
      } else if (c instanceof Change.AddMember a) {
        members.removeIf(m -> m.id().equals(a.member().id()));
      } else if (c instanceof Change.RenameTask r) {
        String earlier = placeholder(r.newName());
        edit(tasks, Task::id, r.taskId(), t -> new Task(t.id(), earlier, t.initiative(), t.caseOwner(),
            t.perspectives(), t.tags(), t.retired(), t.mergedInto(), t.cost()));
      } else if (c instanceof Change.RenameInitiative r) {
        String earlier = placeholder(r.newName());
        edit(inits, Initiative::id, r.initiativeId(), i -> new Initiative(i.id(), earlier, i.focusArea(),
            i.description(), i.owner(), i.scope(), i.perspectives(), i.tags()));
      } else if (c instanceof Change.RetireTask r) {
        edit(tasks, Task::id, r.taskId(), PortfolioLogs::active);
      } else if (c instanceof Change.MoveTask m) {
        String from = pick(inits, x -> !createdInits.contains(x) && !x.equals(m.toInitiative()), m.toInitiative());
        edit(tasks, Task::id, m.taskId(), t -> withInitiative(t, from));
      } else if (c instanceof Change.SetTaskCost sc) {
        // the earlier cost is not logged: any other value (none for a set, 0 for a clear) replays
        edit(tasks, Task::id, sc.taskId(), t -> sc.cost().isPresent() ? t.withoutCost() : t.withCost(0));
      } else if (c instanceof Change.MergeTasks m) {
        tasks.removeIf(t -> t.id().equals(m.merged().id()));
        for (String id : m.taskIds()) {
          edit(tasks, Task::id, id, PortfolioLogs::active);
        }
      } else if (c instanceof Change.MergeInitiatives m) {
        Initiative into = m.merged();
        int at = -1;
        for (int i = 0; i < inits.size(); i++) {
          if (inits.get(i).id().equals(into.id())) {
            at = i;
          }
        }
        if (at < 0 || m.initiativeIds().isEmpty()) {
          continue; // the replay reports it
        }
        inits.remove(at);
        List<Initiative> parts = new ArrayList<>();
        for (String id : m.initiativeIds()) {
          parts.add(new Initiative(id, placeholder(id), into.focusArea(), placeholder(into.description()),
              into.owner(), into.scope(), into.perspectives(), Set.of()));
        }
        inits.addAll(at, parts);
        String target = m.initiativeIds().stream().filter(x -> !createdInits.contains(x)).findFirst()
            .orElse(m.initiativeIds().get(0));
        tasks.replaceAll(t -> t.initiative().equals(into.id()) ? withInitiative(t, target) : t);
      }
    }
    int version = current.version() - log.size();
    Portfolio.Builder b = Portfolio.builder().version(version);
    current.costUnit().ifPresent(b::costUnit);
    areas.forEach(b::focusArea);
    inits.forEach(b::initiative);
    tasks.forEach(b::task);
    members.forEach(b::member);
    return b.build();
  }

  /** A text that differs from {@code text} and is not blank. */
  private static String placeholder(String text) {
    return text + " (before the logged change)";
  }

  /** The first initiative's id matching {@code preferred}, else the first other than {@code not}. */
  private static String pick(List<Initiative> inits, Predicate<String> preferred, String not) {
    Optional<String> p = inits.stream().map(Initiative::id).filter(preferred).findFirst();
    return p.orElseGet(() -> inits.stream().map(Initiative::id).filter(x -> !x.equals(not)).findFirst().orElse(not));
  }

  private static <T> void edit(List<T> list, java.util.function.Function<T, String> id, String wanted,
      UnaryOperator<T> edit) {
    list.replaceAll(t -> id.apply(t).equals(wanted) ? edit.apply(t) : t);
  }

  private static Task active(Task t) {
    return new Task(t.id(), t.name(), t.initiative(), t.caseOwner(), t.perspectives(), t.tags(), false,
        Optional.empty(), t.cost());
  }

  private static Task withInitiative(Task t, String initiative) {
    return new Task(t.id(), t.name(), initiative, t.caseOwner(), t.perspectives(), t.tags(), t.retired(),
        t.mergedInto(), t.cost());
  }

  private static Initiative withFocusArea(Initiative i, String area) {
    return new Initiative(i.id(), i.name(), area, i.description(), i.owner(), i.scope(), i.perspectives(), i.tags());
  }
}
