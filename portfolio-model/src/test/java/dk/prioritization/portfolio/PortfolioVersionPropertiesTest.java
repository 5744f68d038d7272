package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of versions over seeded random portfolios and random sequences of valid changes:
 * no task is ever lost, every task that stops being active is explained by the change that made
 * the version, earlier versions stay as they were, the latest version agrees with an independent
 * replay of its log, and diffs between any two versions agree with set differences.
 */
class PortfolioVersionPropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * The oracle: tasks as a plain model (initiative, active, merged into, cost), in insertion order,
   * driven by the change log alone and written without the code under test.
   */
  static final class Model {
    final Map<String, String> initiative = new LinkedHashMap<>();
    final Set<String> retired = new LinkedHashSet<>();
    final Map<String, String> mergedInto = new LinkedHashMap<>();
    final Map<String, OptionalLong> cost = new LinkedHashMap<>();

    Model(Portfolio first) {
      for (Task t : first.tasks()) {
        initiative.put(t.id(), t.initiative());
        cost.put(t.id(), t.cost());
        if (t.retired()) {
          retired.add(t.id());
        }
      }
    }

    void replay(Change c) {
      if (c instanceof Change.AddTask a) {
        initiative.put(a.task().id(), a.task().initiative());
        cost.put(a.task().id(), a.task().cost());
      } else if (c instanceof Change.SetTaskCost sc) {
        cost.put(sc.taskId(), sc.cost());
      } else if (c instanceof Change.RetireTask rt) {
        retired.add(rt.taskId());
      } else if (c instanceof Change.MoveTask m) {
        initiative.put(m.taskId(), m.toInitiative());
      } else if (c instanceof Change.MergeTasks m) {
        for (String id : m.taskIds()) {
          retired.add(id);
          mergedInto.put(id, m.merged().id());
        }
        initiative.put(m.merged().id(), m.merged().initiative());
        cost.put(m.merged().id(), m.merged().cost());
      } else if (c instanceof Change.MergeInitiatives m) {
        initiative.replaceAll((task, init) -> m.initiativeIds().contains(init) ? m.merged().id() : init);
      }
    }

    List<String> active() {
      return initiative.keySet().stream().filter(id -> !retired.contains(id)).toList();
    }
  }

  private static Set<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void versionsNeverLoseTasksAndExplainEveryRetirement(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Portfolio first = SeededPortfolios.portfolio(r);
    int steps = 5 + r.nextInt(25);
    List<Change> applied = new ArrayList<>();
    List<Portfolio> snapshots = new ArrayList<>();
    PortfolioHistory h = PortfolioHistory.start(first);
    for (int step = 1; step <= steps; step++) {
      Portfolio prev = h.latest();
      Portfolio snapshot = prev.toBuilder().build();
      Change c = SeededPortfolios.change(r, prev, step);
      h = h.apply(c, "step " + step);
      applied.add(c);
      snapshots.add(snapshot);
      Portfolio next = h.latest();
      String at = "seed " + seed + ", step " + step + ", " + c;

      assertThat(prev).as(at).isEqualTo(snapshot);
      assertThat(next.version()).as(at).isEqualTo(prev.version() + 1);
      assertThat(next.changeLog()).as(at).hasSize(prev.changeLog().size() + 1);
      assertThat(next.changeLog().subList(0, prev.changeLog().size())).as(at).isEqualTo(prev.changeLog());
      ChangeLogEntry last = next.changeLog().get(next.changeLog().size() - 1);
      assertThat(last.change()).as(at).isEqualTo(c);
      assertThat(last.version()).as(at).isEqualTo(next.version());
      assertThat(last.note()).as(at).isEqualTo("step " + step);

      for (Task before : prev.tasks()) {
        Optional<Task> after = next.task(before.id());
        assertThat(after).as(at + ": task %s is lost", before.id()).isPresent();
        if (before.retired()) {
          assertThat(after.get().retired()).as(at + ": retired task %s came back", before.id()).isTrue();
          assertThat(after.get().mergedInto()).as(at).isEqualTo(before.mergedInto());
        } else if (after.get().retired()) {
          // stopped being active: the change must say so
          boolean retire = c instanceof Change.RetireTask rt && rt.taskId().equals(before.id());
          boolean merge = c instanceof Change.MergeTasks m && m.taskIds().contains(before.id());
          assertThat(retire || merge).as(at + ": task %s retired without a retire or merge", before.id()).isTrue();
          assertThat(after.get().mergedInto()).as(at)
              .isEqualTo(merge ? Optional.of(((Change.MergeTasks) c).merged().id()) : Optional.empty());
        }
      }
    }

    // the latest version agrees with the oracle replaying its log
    Portfolio latest = h.latest();
    assertThat(latest.changeLog()).extracting(ChangeLogEntry::change).containsExactlyElementsOf(applied);
    Model model = new Model(first);
    latest.changeLog().forEach(e -> model.replay(e.change()));
    assertThat(latest.activeTasks()).extracting(Task::id).as("seed %s", seed).containsExactlyElementsOf(model.active());
    assertThat(latest.tasks()).extracting(Task::id).containsExactlyElementsOf(model.initiative.keySet());
    for (Task t : latest.tasks()) {
      assertThat(t.initiative()).as("seed %s, task %s", seed, t.id()).isEqualTo(model.initiative.get(t.id()));
      assertThat(t.mergedInto()).as("seed %s, task %s", seed, t.id())
          .isEqualTo(Optional.ofNullable(model.mergedInto.get(t.id())));
      assertThat(t.cost()).as("seed %s, task %s", seed, t.id()).isEqualTo(model.cost.get(t.id()));
    }
    assertThat(latest.costUnit()).isEqualTo(first.costUnit());
    // replaying the log with the library gives back every version
    assertThat(PortfolioHistory.replay(first, latest.changeLog())).isEqualTo(h);
    // every earlier version is as it was when the next change was applied to it
    for (int k = 0; k < snapshots.size(); k++) {
      assertThat(h.versions().get(k)).isEqualTo(snapshots.get(k));
    }
  }

  /** The generator makes each kind of change, cost changes that set and that clear included. */
  @Test
  void generator_makesEveryKindOfChange() {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    int clears = 0;
    for (long seed : seeds().toArray()) {
      SplittableRandom r = new SplittableRandom(seed);
      Portfolio p = SeededPortfolios.portfolio(r);
      for (int step = 1; step <= 10; step++) {
        Change c = SeededPortfolios.change(r, p, step);
        kinds.merge(c.getClass().getSimpleName(), 1, Integer::sum);
        clears += c instanceof Change.SetTaskCost sc && sc.cost().isEmpty() ? 1 : 0;
        p = p.apply(c, "");
      }
    }
    assertThat(kinds.keySet()).containsExactlyInAnyOrder("AddFocusArea", "AddInitiative", "AddTask", "AddMember",
        "RenameTask", "RenameInitiative", "RetireTask", "MoveTask", "SetTaskCost", "MergeTasks", "MergeInitiatives");
    assertThat(Change.class.getPermittedSubclasses()).hasSize(kinds.size());
    assertThat(clears).as("cost changes that clear a cost").isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void diffsAgreeWithSetDifferences(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    PortfolioHistory h = PortfolioHistory.start(SeededPortfolios.portfolio(r));
    int steps = 5 + r.nextInt(20);
    for (int step = 1; step <= steps; step++) {
      h = h.apply(SeededPortfolios.change(r, h.latest(), step), "");
    }
    for (int k = 0; k < 10; k++) {
      int i = 1 + r.nextInt(steps + 1);
      int j = 1 + r.nextInt(steps + 1);
      Portfolio from = h.version(Math.min(i, j));
      Portfolio to = h.version(Math.max(i, j));
      PortfolioDiff d = h.diff(from.version(), to.version());
      String at = "seed " + seed + ", diff " + from.version() + " to " + to.version();

      Set<String> added = ids(to.tasks());
      added.removeAll(ids(from.tasks()));
      assertThat(ids(d.tasksAdded())).as(at).containsExactlyElementsOf(added);

      Set<String> stopped = ids(from.activeTasks());
      stopped.removeAll(ids(to.activeTasks()));
      Set<String> explained = new LinkedHashSet<>(ids(d.tasksRetired()));
      d.tasksMerged().forEach(m -> explained.add(m.id()));
      assertThat(explained).as(at).containsExactlyInAnyOrderElementsOf(stopped);

      for (PortfolioDiff.Moved m : d.tasksMoved()) {
        assertThat(from.task(m.id()).orElseThrow().initiative()).as(at).isEqualTo(m.from());
        assertThat(to.task(m.id()).orElseThrow().initiative()).as(at).isEqualTo(m.to());
      }
      long movedCount = from.tasks().stream()
          .filter(t -> !to.task(t.id()).orElseThrow().initiative().equals(t.initiative())).count();
      assertThat(d.tasksMoved()).as(at).hasSize((int) movedCount);

      List<String> costChanged = from.tasks().stream()
          .filter(t -> !to.task(t.id()).orElseThrow().cost().equals(t.cost())).map(Task::id).toList();
      assertThat(d.tasksCostChanged()).extracting(PortfolioDiff.CostChanged::id).as(at)
          .containsExactlyElementsOf(costChanged);
      for (PortfolioDiff.CostChanged c : d.tasksCostChanged()) {
        assertThat(c.from()).as(at).isEqualTo(from.task(c.id()).orElseThrow().cost());
        assertThat(c.to()).as(at).isEqualTo(to.task(c.id()).orElseThrow().cost());
      }
      assertThat(d.isEmpty()).as(at).isEqualTo(from.version() == to.version());
    }
  }
}
