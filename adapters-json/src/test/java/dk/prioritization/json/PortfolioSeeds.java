package dk.prioritization.json;

import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Scope;
import dk.prioritization.portfolio.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator for the JSON round trips: small valid portfolios (with tags, departments, some
 * retired tasks, costs on about half the tasks and a cost unit on about half the portfolios),
 * changes that apply to a given version, and portfolios with a change log.
 */
final class PortfolioSeeds {
  private PortfolioSeeds() {}

  static Set<Perspective> perspectives(SplittableRandom r) {
    Set<Perspective> s = EnumSet.noneOf(Perspective.class);
    for (Perspective p : Perspective.values()) {
      if (r.nextInt(3) == 0) {
        s.add(p);
      }
    }
    if (s.isEmpty()) {
      s.add(Perspective.values()[r.nextInt(4)]);
    }
    return s;
  }

  static Set<String> tags(SplittableRandom r) {
    Set<String> tags = new java.util.HashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      tags.add(List.of("økonomi", "klima", "børn \"unge\"", "data/IT", "æøå").get(r.nextInt(5)));
    }
    return tags;
  }

  static Task task(SplittableRandom r, String id, String initiative) {
    return new Task(id, "Task " + id, initiative, "Case owner " + r.nextInt(4), perspectives(r), tags(r), false,
        Optional.empty(), r.nextBoolean() ? OptionalLong.of(cost(r)) : OptionalLong.empty());
  }

  /** A cost: usually small, sometimes zero, now and then very large. */
  static long cost(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> 0;
      case 1 -> (long) Integer.MAX_VALUE * (1 + r.nextInt(1000));
      default -> 1 + r.nextInt(40);
    };
  }

  static Initiative initiative(SplittableRandom r, String id, String focusArea) {
    return new Initiative(id, "Initiative " + id, focusArea, "About " + id + ".\nSecond line.",
        "Owner " + r.nextInt(3), r.nextBoolean() ? Scope.CROSS_CUTTING : Scope.department("Department " + r.nextInt(3)),
        perspectives(r), tags(r));
  }

  static Portfolio portfolio(SplittableRandom r) {
    Portfolio.Builder b = Portfolio.builder().version(1 + (r.nextInt(4) == 0 ? r.nextInt(5) : 0));
    if (r.nextBoolean()) {
      b.costUnit(new dk.prioritization.core.Text("person-months", "personmåneder \"pm\""));
    }
    int areas = 1 + r.nextInt(3);
    for (int f = 1; f <= areas; f++) {
      b.focusArea(new FocusArea("F" + f, "Focus area " + f));
    }
    int inits = 2 + r.nextInt(4);
    for (int i = 1; i <= inits; i++) {
      b.initiative(initiative(r, "I" + i, "F" + (1 + r.nextInt(areas))));
    }
    int tasks = 3 + r.nextInt(10);
    for (int t = 1; t <= tasks; t++) {
      Task task = task(r, "T" + t, "I" + (1 + r.nextInt(inits)));
      if (t > 3 && r.nextInt(5) == 0) {
        task = new Task(task.id(), task.name(), task.initiative(), task.caseOwner(), task.perspectives(), task.tags(),
            true, r.nextBoolean() ? Optional.of("T1") : Optional.empty(), task.cost());
      }
      b.task(task);
    }
    int members = 1 + r.nextInt(4);
    for (int m = 1; m <= members; m++) {
      b.member(m == 1 && r.nextBoolean() ? BoardMember.withoutDepartment("M1", "Chief executive")
          : BoardMember.of("M" + m, "Director " + m, "Department " + m));
    }
    return b.build();
  }

  /** Returns {@code p} with {@code changes} random changes applied, some with author and date. */
  static Portfolio withLog(SplittableRandom r, Portfolio p, int changes) {
    for (int step = 1; step <= changes; step++) {
      Change c = change(r, p, step);
      p = r.nextBoolean() ? p.apply(c, r.nextBoolean() ? "" : "Note " + step)
          : p.apply(c, "Decided at meeting " + step, "Board secretariat", LocalDate.of(2025, 1 + r.nextInt(12), 15));
    }
    return p;
  }

  private static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private static <T> List<T> pickDistinct(SplittableRandom r, List<T> items, int n) {
    List<T> pool = new ArrayList<>(items);
    List<T> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(pool.remove(r.nextInt(pool.size())));
    }
    return out;
  }

  /** Returns a change that applies to {@code p}; {@code step} makes new ids unique. */
  static Change change(SplittableRandom r, Portfolio p, int step) {
    List<Task> active = p.activeTasks();
    List<String> inits = p.initiatives().stream().map(Initiative::id).toList();
    List<String> areas = p.focusAreas().stream().map(FocusArea::id).toList();
    while (true) {
      switch (r.nextInt(11)) {
        case 0:
          return new Change.AddFocusArea(new FocusArea("F-s" + step, "Focus area of step " + step));
        case 1:
          return new Change.AddInitiative(initiative(r, "I-s" + step, pick(r, areas)));
        case 2:
          return new Change.AddTask(task(r, "T-s" + step, pick(r, inits)));
        case 3:
          return new Change.AddMember(BoardMember.withoutDepartment("M-s" + step, "Member of step " + step));
        case 4:
          if (!active.isEmpty()) {
            return new Change.RenameTask(pick(r, active).id(), "Renamed at step " + step);
          }
          break;
        case 5:
          return new Change.RenameInitiative(pick(r, inits), "Renamed at step " + step);
        case 6:
          if (!active.isEmpty()) {
            return new Change.RetireTask(pick(r, active).id());
          }
          break;
        case 7:
          if (!active.isEmpty() && inits.size() >= 2) {
            Task t = pick(r, active);
            List<String> others = inits.stream().filter(i -> !i.equals(t.initiative())).toList();
            return new Change.MoveTask(t.id(), pick(r, others));
          }
          break;
        case 8:
          if (active.size() >= 2) {
            List<String> ids = pickDistinct(r, active, 2 + r.nextInt(Math.min(3, active.size() - 1))).stream()
                .map(Task::id).toList();
            return new Change.MergeTasks(ids, task(r, "T-s" + step, pick(r, inits)));
          }
          break;
        case 9:
          if (!active.isEmpty()) {
            Task t = pick(r, active);
            if (t.cost().isPresent() && r.nextBoolean()) {
              return Change.SetTaskCost.clear(t.id());
            }
            long c = cost(r);
            return Change.SetTaskCost.of(t.id(), t.cost().isPresent() && t.cost().getAsLong() == c ? c + 1 : c);
          }
          break;
        default:
          if (inits.size() >= 2) {
            List<String> ids = pickDistinct(r, inits, 2 + r.nextInt(Math.min(2, inits.size() - 1)));
            return new Change.MergeInitiatives(ids, initiative(r, "I-s" + step, pick(r, areas)));
          }
          break;
      }
    }
  }
}
