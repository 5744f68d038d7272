package dk.prioritization.portfolio.round;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Rational;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of rounds over 200 seeded random portfolios and nominations. */
class RoundPropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 200).map(s -> 0x5EEDL * 1_000 + s);
  }

  /** The ids ranked strictly above {@code id}, given an id's tier. */
  private static Set<String> above(Map<String, Integer> tiers, String id) {
    int t = tiers.get(id);
    return tiers.entrySet().stream().filter(e -> e.getValue() < t).map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  private static Map<String, Integer> taskTiers(PriorityList l) {
    Map<String, Integer> m = new HashMap<>();
    l.entries().forEach(e -> m.put(e.task().id(), e.tier()));
    return m;
  }

  private static Map<String, Integer> rollUpTiers(RollUp r) {
    Map<String, Integer> m = new HashMap<>();
    r.entries().forEach(e -> m.put(e.id(), e.tier()));
    return m;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void underApprovalAnotherNominationNeverLowersTaskInitiativeOrFocusArea(long seed) {
    RandomRounds g = RandomRounds.generate(seed);
    Portfolio p = g.portfolio;
    PriorityList before = g.round().priorityList();
    // Every (member with room, task they did not nominate) pair: add that one nomination.
    for (Map.Entry<String, List<String>> n : g.nominations.entrySet()) {
      if (n.getValue().size() >= g.max) {
        continue;
      }
      for (Task t : p.activeTasks()) {
        if (n.getValue().contains(t.id())) {
          continue;
        }
        Map<String, List<String>> more = new LinkedHashMap<>(g.nominations);
        List<String> list = new ArrayList<>(n.getValue());
        list.add(t.id());
        more.put(n.getKey(), list);
        PriorityList after = g.round(more).priorityList();
        String what = "seed " + seed + ", " + n.getKey() + " adds " + t.id();
        assertThat(above(taskTiers(after), t.id())).as(what).isSubsetOf(above(taskTiers(before), t.id()));
        assertThat(after.entry(t.id()).score().orElseThrow())
            .isEqualTo(before.entry(t.id()).score().orElseThrow().plus(Rational.ONE));
        String ini = t.initiative();
        assertThat(above(rollUpTiers(after.byInitiative()), ini)).as(what)
            .isSubsetOf(above(rollUpTiers(before.byInitiative()), ini));
        String area = p.focusAreaOf(t).id();
        assertThat(above(rollUpTiers(after.byFocusArea()), area)).as(what)
            .isSubsetOf(above(rollUpTiers(before.byFocusArea()), area));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void balancedTopKHasKTasksAndEqualsThePlainTopKWhenThatIsBalanced(long seed) {
    RandomRounds g = RandomRounds.generate(seed);
    Portfolio p = g.portfolio;
    PriorityList list = g.round().priorityList();
    Set<String> nominated = new HashSet<>();
    g.nominations.values().forEach(nominated::addAll);
    int n = p.activeTasks().size();
    for (Balance balance : Balance.values()) {
      // Groups as an independent oracle: group key -> membership test.
      Map<String, Function<Task, Boolean>> groups = new LinkedHashMap<>();
      if (balance == Balance.FOCUS_AREA) {
        p.focusAreas().forEach(f -> groups.put(f.id(), t -> p.focusAreaOf(t).id().equals(f.id())));
      } else {
        for (Perspective q : Perspective.values()) {
          groups.put(q.name(), t -> t.perspectives().contains(q));
        }
      }
      List<String> withCandidates = groups.keySet().stream().filter(gr -> p.activeTasks().stream()
          .anyMatch(t -> nominated.contains(t.id()) && groups.get(gr).apply(t))).collect(Collectors.toList());
      for (int k = 1; k <= n + 1; k++) {
        BalancedTopK b = list.balancedTopK(k, balance);
        List<Task> plain = list.topK(k).tasks();
        String what = "seed " + seed + ", " + balance + ", k " + k;
        assertThat(b.tasks()).as(what).hasSize(Math.min(k, n)).doesNotHaveDuplicates();
        assertThat(b.plain()).isEqualTo(plain);
        boolean plainMeets = withCandidates.stream().allMatch(gr -> plain.stream()
            .anyMatch(t -> nominated.contains(t.id()) && groups.get(gr).apply(t)));
        if (plainMeets) {
          assertThat(b.tasks()).as(what).isEqualTo(plain);
          assertThat(b.changed()).isFalse();
        }
        if (balance == Balance.FOCUS_AREA ? withCandidates.size() <= k : b.unmet().isEmpty()) {
          // Every group with a candidate is met.
          for (String gr : withCandidates) {
            assertThat(b.tasks()).as(what + ", group " + gr)
                .anyMatch(t -> nominated.contains(t.id()) && groups.get(gr).apply(t));
          }
        }
        // Came in + kept = balanced; went out + kept = plain; the list is in the board's order.
        assertThat(b.cameIn().size()).isEqualTo(b.wentOut().size());
        List<Task> order = list.order();
        assertThat(b.tasks()).isSortedAccordingTo((x, y) -> Integer.compare(order.indexOf(x), order.indexOf(y)));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void kendallDistanceIsZeroOnItselfSymmetricAndATriangle(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(12);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add("x" + i);
    }
    Map<String, Integer> a = randomTiers(items, r);
    Map<String, Integer> b = randomTiers(items, r);
    Map<String, Integer> c = randomTiers(items, r);
    assertThat(Kendall.distance(items, a, a)).isEqualTo(Rational.ZERO);
    assertThat(Kendall.distance(items, a, b)).isEqualTo(Kendall.distance(items, b, a));
    assertThat(Kendall.distance(items, a, c))
        .isLessThanOrEqualTo(Kendall.distance(items, a, b).plus(Kendall.distance(items, b, c)));
    assertThat(Kendall.normalised(items, a, b)).isBetween(Rational.ZERO, Rational.ONE);
    // An independent count over ordered pairs (each unordered pair seen twice): a discordant
    // ordered pair adds 1/2, an ordered pair tied in exactly one ranking adds 1/4.
    long quarters = 0;
    for (String x : items) {
      for (String y : items) {
        if (x.equals(y)) {
          continue;
        }
        boolean aTie = a.get(x).equals(a.get(y));
        boolean bTie = b.get(x).equals(b.get(y));
        if (aTie != bTie) {
          quarters += 1;
        } else if (a.get(x) < a.get(y) && b.get(x) > b.get(y) || a.get(x) > a.get(y) && b.get(x) < b.get(y)) {
          quarters += 2;
        }
      }
    }
    assertThat(Kendall.distance(items, a, b)).isEqualTo(Rational.of(quarters, 4));
  }

  private static Map<String, Integer> randomTiers(List<String> items, SplittableRandom r) {
    Map<String, Integer> m = new HashMap<>();
    int tiers = 1 + r.nextInt(items.size());
    for (String x : items) {
      m.put(x, r.nextInt(tiers));
    }
    return m;
  }

  @Test
  void theGeneratedRoundsExerciseBothBranchesOfTheBalance() {
    int changed = 0;
    int unchanged = 0;
    int unmet = 0;
    for (long seed : seeds().toArray()) {
      PriorityList list = RandomRounds.generate(seed).round().priorityList();
      for (int k = 1; k <= list.order().size(); k++) {
        for (Balance balance : Balance.values()) {
          BalancedTopK b = list.balancedTopK(k, balance);
          changed += b.changed() ? 1 : 0;
          unchanged += b.changed() ? 0 : 1;
          unmet += b.unmet().isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(changed).isGreaterThan(50);
    assertThat(unchanged).isGreaterThan(50);
    assertThat(unmet).isGreaterThan(10);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void memberComparisonAgainstTheListItself(long seed) {
    RandomRounds g = RandomRounds.generate(seed);
    PriorityList list = g.round().priorityList();
    for (int k = 1; k <= list.order().size(); k++) {
      List<Task> top = list.topK(k).tasks();
      for (MemberComparison c : list.comparisons(k)) {
        assertThat(c.overlapCount() + c.notPrioritised().size()).isEqualTo(c.nominated().size());
        assertThat(c.overlap()).allMatch(top::contains);
        assertThat(c.notPrioritised()).noneMatch(top::contains);
        assertThat(c.normalisedDistance()).isBetween(Rational.ZERO, Rational.ONE);
      }
    }
  }
}
