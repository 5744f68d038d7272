package dk.prioritization.portfolio.round;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.budget.GreedyByVotes;
import dk.prioritization.core.committee.ApprovalTopK;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link Round#select} and {@link Round#fitCapacity} on seeded random rounds
 * ({@link RandomRounds}), for every committee and budget rule of the standard registry: the
 * selection has k tasks or never exceeds the capacity, every active task has a reason, the next one
 * out is not chosen, the totals and roll-ups add up, the answer is the same every time; and, as an
 * oracle written without the code under test, approval top k and greedy-by-approvals computed
 * directly from the nominations.
 */
class SelectionPropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  private static final List<CommitteeRule> COMMITTEE_RULES = RuleRegistry.standard().committeeRules();
  private static final List<BudgetRule> BUDGET_RULES = RuleRegistry.standard().budgetRules();

  /** How many nominations each active task has, in portfolio order. */
  private static Map<Task, Integer> approvals(Round round) {
    Map<Task, Integer> a = new LinkedHashMap<>();
    round.portfolio().activeTasks().forEach(t -> a.put(t, 0));
    for (Nomination n : round.nominations()) {
      n.tasks().forEach(t -> a.merge(t, 1, Integer::sum));
    }
    return a;
  }

  private static long cost(Task t) {
    return t.cost().orElseThrow();
  }

  /** The checks every selection must pass, whatever the rule. */
  private static void assertWellFormed(Round round, Selection s, String at) {
    Portfolio p = round.portfolio();
    List<Task> active = p.activeTasks();
    assertThat(new HashSet<>(s.chosen())).as(at + ": chosen tasks are distinct").hasSize(s.chosen().size());
    assertThat(active).as(at).containsAll(s.chosen());
    assertThat(s.reasons().keySet()).as(at + ": a reason for every active task, in portfolio order")
        .containsExactlyElementsOf(active);
    assertThat(s.reasons().values()).allSatisfy(t -> {
      assertThat(t.english()).as(at).isNotBlank();
      assertThat(t.danish()).as(at).isNotBlank();
    });
    s.nextOut().ifPresent(t -> {
      assertThat(s.chosen()).as(at + ": the next one out is not chosen").doesNotContain(t);
      assertThat(active).as(at).contains(t);
      assertThat(s.nextOutReason()).as(at).contains(s.reasons().get(t));
    });
    long total = 0;
    boolean known = true;
    for (Task t : s.chosen()) {
      known &= t.cost().isPresent();
      total += t.cost().orElse(0);
    }
    assertThat(s.totalCost().isPresent()).as(at).isEqualTo(known);
    if (known) {
      assertThat(s.totalCost().getAsLong()).as(at).isEqualTo(total);
    }
    // roll-ups: every group, in portfolio order, holding exactly its chosen tasks
    assertThat(s.byInitiative()).extracting(SelectionGroup::id).as(at)
        .containsExactlyElementsOf(p.initiatives().stream().map(Initiative::id).toList());
    assertThat(s.byFocusArea()).extracting(SelectionGroup::id).as(at)
        .containsExactlyElementsOf(p.focusAreas().stream().map(FocusArea::id).toList());
    for (SelectionGroup g : s.byInitiative()) {
      assertThat(g.chosen()).as(at).containsExactlyElementsOf(
          s.chosen().stream().filter(t -> t.initiative().equals(g.id())).toList());
      assertThat(g.activeTasks()).as(at).isEqualTo(
          (int) active.stream().filter(t -> t.initiative().equals(g.id())).count());
      assertThat(g.chosenCost().getAsLong()).as(at).isEqualTo(g.chosen().stream().mapToLong(t -> cost(t)).sum());
    }
    for (SelectionGroup g : s.byFocusArea()) {
      assertThat(g.chosen()).as(at).containsExactlyElementsOf(
          s.chosen().stream().filter(t -> p.focusAreaOf(t).id().equals(g.id())).toList());
    }
    assertThat(s.byFocusArea().stream().mapToInt(g -> g.chosen().size()).sum()).as(at).isEqualTo(s.chosen().size());
    assertThat(s.costUnit()).isEqualTo(p.costUnit());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void select_hasKTasks_aReasonForEach_andANextOneOutThatIsNotChosen(long seed) {
    Round round = RandomRounds.generate(seed).round();
    int m = round.portfolio().activeTasks().size();
    for (CommitteeRule rule : COMMITTEE_RULES) {
      for (int k = 1; k <= m; k++) {
        String at = "seed " + seed + ", " + rule.id() + ", k " + k;
        Selection s = round.select(rule, k);
        assertThat(s.chosen()).as(at).hasSize(k);
        assertThat(s.k()).as(at).hasValue(k);
        assertThat(s.capacity()).as(at).isEmpty();
        assertThat(s.capacityLeft()).as(at).isEmpty();
        assertThat(s.ruleId()).as(at).isEqualTo(rule.id());
        assertThat(s.nextOut().isPresent()).as(at + ": a next one out while tasks are left").isEqualTo(k < m);
        assertWellFormed(round, s, at);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fitCapacity_neverExceedsIt_andAccountsForWhatIsLeft(long seed) {
    Round round = RandomRounds.generate(seed).round();
    SplittableRandom r = new SplittableRandom(seed);
    long all = round.portfolio().activeTasks().stream().mapToLong(SelectionPropertiesTest::cost).sum();
    for (BudgetRule rule : BUDGET_RULES) {
      for (long capacity : new long[] {1, 1 + r.nextInt(12), 1 + r.nextInt((int) all + 1), all + 1}) {
        String at = "seed " + seed + ", " + rule.id() + ", capacity " + capacity;
        Selection s = round.fitCapacity(rule, capacity);
        long total = s.chosen().stream().mapToLong(SelectionPropertiesTest::cost).sum();
        assertThat(total).as(at).isLessThanOrEqualTo(capacity);
        assertThat(s.totalCost()).as(at).hasValue(total);
        assertThat(s.capacityLeft()).as(at).hasValue(capacity - total);
        assertThat(s.capacity()).as(at).hasValue(capacity);
        assertThat(s.k()).as(at).isEmpty();
        assertThat(s.ruleOptions()).as(at).isEqualTo(rule.options());
        // a task nobody nominated is never chosen
        Map<Task, Integer> a = approvals(round);
        assertThat(s.chosen()).as(at).allSatisfy(t -> assertThat(a.get(t)).isPositive());
        assertWellFormed(round, s, at);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void selectAndFitCapacity_areDeterministic(long seed) {
    RandomRounds g = RandomRounds.generate(seed);
    Round one = g.round();
    Round two = g.round();
    int k = 1 + (int) (seed % one.portfolio().activeTasks().size());
    for (CommitteeRule rule : COMMITTEE_RULES) {
      Selection a = one.select(rule, k);
      assertThat(two.select(rule, k)).isEqualTo(a);
      assertThat(two.select(rule, k).explain(Locale.ENGLISH)).isEqualTo(a.explain(Locale.ENGLISH));
      assertThat(List.copyOf(a.reasons().keySet())).isEqualTo(one.portfolio().activeTasks());
    }
    for (BudgetRule rule : BUDGET_RULES) {
      Selection a = one.fitCapacity(rule, 10);
      assertThat(two.fitCapacity(rule, 10)).isEqualTo(a);
      assertThat(two.fitCapacity(rule, 10).explain(Locale.forLanguageTag("da")))
          .isEqualTo(a.explain(Locale.forLanguageTag("da")));
    }
  }

  /**
   * Approval top k (Lackner and Skowron, <i>Multi-Winner Voting with Approval Preferences</i>,
   * Springer 2023, section 2.2, "AV"): the k tasks with the most nominations, ties at the last
   * place by portfolio order (the engine's candidate order); the next one out is the best task
   * left out by the same order.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void approvalTopK_isTheKMostNominatedTasks(long seed) {
    Round round = RandomRounds.generate(seed).round();
    Map<Task, Integer> a = approvals(round);
    List<Task> byCount = new ArrayList<>(a.keySet());
    byCount.sort(Comparator.comparing((Task t) -> -a.get(t))); // stable: portfolio order on equal counts
    for (int k = 1; k <= byCount.size(); k++) {
      Selection s = round.select(ApprovalTopK.rule(), k);
      assertThat(s.chosen()).as("seed %s, k %s", seed, k).containsExactlyInAnyOrderElementsOf(byCount.subList(0, k));
      assertThat(s.nextOut()).as("seed %s, k %s", seed, k)
          .isEqualTo(k < byCount.size() ? java.util.Optional.of(byCount.get(k)) : java.util.Optional.empty());
    }
  }

  /**
   * Greedy by approvals (Aziz and Shah, "Participatory budgeting: models and approaches", 2021,
   * greedy rules): walk the tasks by nominations, most first, ties by portfolio order, and take
   * each nominated task that still fits; the next one out is the first nominated task of that walk
   * that was not taken.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void greedyByApprovals_takesEachNominatedTaskThatStillFits(long seed) {
    Round round = RandomRounds.generate(seed).round();
    Map<Task, Integer> a = approvals(round);
    List<Task> walk = new ArrayList<>(a.keySet());
    walk.sort(Comparator.comparing((Task t) -> -a.get(t)));
    for (long capacity = 1; capacity <= 40; capacity += 3) {
      long left = capacity;
      List<Task> taken = new ArrayList<>();
      java.util.Optional<Task> next = java.util.Optional.empty();
      for (Task t : walk) {
        if (a.get(t) == 0) {
          continue;
        }
        if (cost(t) <= left) {
          taken.add(t);
          left -= cost(t);
        } else if (next.isEmpty()) {
          next = java.util.Optional.of(t);
        }
      }
      Selection s = round.fitCapacity(GreedyByVotes.rule(), capacity);
      assertThat(s.chosen()).as("seed %s, capacity %s", seed, capacity).containsExactlyElementsOf(taken);
      assertThat(s.capacityLeft()).as("seed %s, capacity %s", seed, capacity).hasValue(left);
      assertThat(s.nextOut()).as("seed %s, capacity %s", seed, capacity).isEqualTo(next);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fitCapacity_withTasksWithoutCost_namesExactlyThoseTasks(long seed) {
    RandomRounds g = RandomRounds.generate(seed);
    SplittableRandom r = new SplittableRandom(seed);
    Portfolio p = g.portfolio;
    List<String> cleared = new ArrayList<>();
    for (Task t : g.portfolio.activeTasks()) {
      if (r.nextInt(3) == 0) {
        p = p.apply(Change.SetTaskCost.clear(t.id()), "");
        cleared.add(t.id());
      }
    }
    Round.Builder b = Round.builder(p).policy(NominationPolicy.standard().withMaxPerMember(g.max));
    g.nominations.forEach(b::nominate);
    Round round = b.build();
    if (cleared.isEmpty()) {
      assertThat(round.fitCapacity(GreedyByVotes.rule(), 5).capacity()).hasValue(5);
      return;
    }
    RoundException e = org.assertj.core.api.Assertions.catchThrowableOfType(RoundException.class,
        () -> round.fitCapacity(GreedyByVotes.rule(), 5));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(RoundProblem::kind).containsOnly(RoundProblem.Kind.MISSING_COST);
    assertThat(e.problems()).extracting(pr -> pr.task().orElseThrow()).containsExactlyElementsOf(cleared);
    // a committee rule needs no cost; the total is then unknown if a chosen task has none
    Selection all = round.select(ApprovalTopK.rule(), round.portfolio().activeTasks().size());
    assertThat(all.totalCost()).isEmpty();
  }

  /**
   * The generator makes the interesting cases often enough: a next one out, a greedy walk that
   * skips a task that does not fit and then takes a cheaper one, initiatives left without a chosen
   * task, and capacities that take every nominated task.
   */
  @Test
  void theGeneratedRoundsExerciseTheInterestingCases() {
    int nextOut = 0;
    int skipThenTake = 0;
    int emptyInitiative = 0;
    int noneLeft = 0;
    for (long seed : seeds().toArray()) {
      Round round = RandomRounds.generate(seed).round();
      Selection three = round.select(ApprovalTopK.rule(), Math.min(3, round.portfolio().activeTasks().size()));
      nextOut += three.nextOut().isPresent() ? 1 : 0;
      emptyInitiative += three.byInitiative().stream().anyMatch(g -> g.chosen().isEmpty()) ? 1 : 0;
      Selection ten = round.fitCapacity(GreedyByVotes.rule(), 10);
      Set<Task> chosen = new HashSet<>(ten.chosen());
      Map<Task, Integer> a = approvals(round);
      List<Task> walk = new ArrayList<>(a.keySet());
      walk.sort(Comparator.comparing((Task t) -> -a.get(t)));
      boolean skipped = false;
      boolean tookAfter = false;
      for (Task t : walk) {
        if (a.get(t) > 0 && !chosen.contains(t)) {
          skipped = true;
        } else if (skipped && chosen.contains(t)) {
          tookAfter = true;
        }
      }
      skipThenTake += tookAfter ? 1 : 0;
      noneLeft += ten.nextOut().isEmpty() ? 1 : 0;
    }
    assertThat(nextOut).isGreaterThan(100);
    assertThat(skipThenTake).isGreaterThan(10);
    assertThat(emptyInitiative).isGreaterThan(50);
    assertThat(noneLeft).isGreaterThan(10);
  }
}
