package dk.prioritization.portfolio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator of small valid portfolios (1-3 focus areas, 2-5 initiatives, 3-12 tasks, about
 * two in three with a cost of 0-19, 1-4 members) and of changes that apply to a given version. Ids of generated elements carry the step
 * number, so they never clash.
 */
final class SeededPortfolios {
  private SeededPortfolios() {}

  static Set<Perspective> perspectives(SplittableRandom r) {
    Set<Perspective> s = EnumSet.noneOf(Perspective.class);
    for (Perspective p : Perspective.values()) {
      if (r.nextInt(3) == 0) {
        s.add(p);
      }
    }
    if (s.isEmpty()) {
      s.add(Perspective.values()[r.nextInt(Perspective.values().length)]);
    }
    return s;
  }

  static Task task(SplittableRandom r, String id, String initiative) {
    return new Task(id, "Task " + id, initiative, "Case owner " + r.nextInt(4), perspectives(r), Set.of(), false,
        Optional.empty(), r.nextInt(3) > 0 ? OptionalLong.of(r.nextInt(20)) : OptionalLong.empty());
  }

  static Initiative initiative(SplittableRandom r, String id, String focusArea) {
    return new Initiative(id, "Initiative " + id, focusArea, "About " + id + ".", "Owner " + r.nextInt(3),
        r.nextBoolean() ? Scope.CROSS_CUTTING : Scope.department("Department " + r.nextInt(3)), perspectives(r),
        Set.of());
  }

  static Portfolio portfolio(SplittableRandom r) {
    Portfolio.Builder b = Portfolio.builder();
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
      b.task(task(r, "T" + t, "I" + (1 + r.nextInt(inits))));
    }
    int members = 1 + r.nextInt(4);
    for (int m = 1; m <= members; m++) {
      b.member(BoardMember.of("M" + m, "Director " + m, "Department " + m));
    }
    return b.build();
  }

  private static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  /** Picks {@code n} distinct items in random order. */
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
            if (t.cost().isPresent() && r.nextInt(3) == 0) {
              return Change.SetTaskCost.clear(t.id());
            }
            long c = r.nextInt(20);
            return Change.SetTaskCost.of(t.id(), t.cost().isPresent() && t.cost().getAsLong() == c ? c + 1 : c);
          }
          break;
        default:
          if (inits.size() >= 2) {
            List<String> ids = pickDistinct(r, inits, 2);
            return new Change.MergeInitiatives(ids, initiative(r, "I-s" + step, pick(r, areas)));
          }
          break;
      }
    }
  }
}
