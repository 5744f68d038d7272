package dk.prioritization.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random instances, m at most 10, against a brute force over all subsets. */
class BudgetPropertiesTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  private record Case(ApprovalProfile<String> profile, BudgetInstance<String> instance, long[] approvals) {}

  private static Case draw(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 1 + r.nextInt(10);
    List<String> c = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      c.add("T" + i);
    }
    long[] approvals = new long[m];
    ApprovalProfile.Builder<String> b = Profile.approval(c);
    int ballots = 1 + r.nextInt(8);
    for (int v = 0; v < ballots; v++) {
      List<String> approved = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        if (r.nextInt(3) == 0) {
          approved.add(c.get(i));
        }
      }
      long count = 1 + r.nextInt(4);
      for (String a : approved) {
        approvals[c.indexOf(a)] += count;
      }
      b.add(ApprovalBallot.of(approved), count);
    }
    Map<String, Long> cost = new LinkedHashMap<>();
    for (String x : c) {
      cost.put(x, (long) r.nextInt(11));
    }
    return new Case(b.build(), BudgetInstance.of(cost, 1 + r.nextInt(30)), approvals);
  }

  private static long approvals(Case k, List<String> chosen) {
    long sum = 0;
    for (String x : chosen) {
      sum += k.approvals[k.profile.indexOf(x)];
    }
    return sum;
  }

  /** The brute-force oracle: the most approvals of any subset within the budget. */
  private static long bruteForceOptimum(Case k) {
    int m = k.approvals.length;
    long best = 0;
    for (int set = 0; set < 1 << m; set++) {
      long cost = 0;
      long value = 0;
      for (int i = 0; i < m; i++) {
        if ((set >> i & 1) != 0) {
          cost += k.instance.costs().get("T" + i);
          value += k.approvals[i];
        }
      }
      if (cost <= k.instance.budget()) {
        best = Math.max(best, value);
      }
    }
    return best;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void selectionsFitTheBudgetAndKnapsackIsOptimal(long seed) {
    Case k = draw(seed);
    long optimum = bruteForceOptimum(k);
    for (BudgetRule rule : List.of(GreedyByVotes.rule(), GreedyByVotesPerCost.rule(), Knapsack.rule(),
        EqualSharesBudget.rule())) {
      BudgetSelection<String> s = rule.select(k.profile, k.instance);
      long cost = s.chosen().stream().mapToLong(k.instance::cost).sum();
      assertThat(cost).as("%s seed %s", rule.id(), seed).isEqualTo(s.totalCost()).isLessThanOrEqualTo(k.instance.budget());
      assertThat(s.budgetLeft()).isEqualTo(k.instance.budget() - cost);
      assertThat(s.chosen()).doesNotHaveDuplicates();
      assertThat(s.reasons()).hasSize(k.approvals.length);
      assertThat(approvals(k, s.chosen())).as("%s seed %s", rule.id(), seed).isLessThanOrEqualTo(optimum);
      if (rule instanceof Knapsack) {
        assertThat(approvals(k, s.chosen())).as("knapsack seed %s", seed).isEqualTo(optimum);
      }
      if (!(rule instanceof EqualSharesBudget)) {
        // exhaustive: no approved candidate left out still fits
        for (String x : k.profile.candidates()) {
          if (!s.chosen().contains(x) && k.approvals[k.profile.indexOf(x)] > 0) {
            assertThat(k.instance.cost(x)).as("%s seed %s: %s", rule.id(), seed, x).isGreaterThan(s.budgetLeft());
          }
        }
      }
    }
  }

  /** The runner-up is an approved candidate left out, the first of the rule's own order. */
  @ParameterizedTest
  @MethodSource("seeds")
  void theRunnerUpIsTheBestLeftOut(long seed) {
    Case k = draw(seed);
    for (BudgetRule rule : List.of(GreedyByVotes.rule(), GreedyByVotesPerCost.rule(), Knapsack.rule(),
        EqualSharesBudget.rule())) {
      BudgetSelection<String> s = rule.select(k.profile, k.instance);
      List<String> left = new ArrayList<>();
      for (String x : k.profile.candidates()) {
        if (!s.chosen().contains(x) && k.approvals[k.profile.indexOf(x)] > 0) {
          left.add(x);
        }
      }
      assertThat(s.runnerUp().isEmpty()).as("%s seed %s", rule.id(), seed).isEqualTo(left.isEmpty());
      if (left.isEmpty()) {
        continue;
      }
      String expected = left.get(0);
      for (String x : left) {
        long ax = k.approvals[k.profile.indexOf(x)];
        long ae = k.approvals[k.profile.indexOf(expected)];
        boolean better = rule instanceof GreedyByVotesPerCost
            // ax / cost(x) > ae / cost(e); approved free candidates are always chosen, so costs are positive
            ? ax * k.instance.cost(expected) > ae * k.instance.cost(x)
            : ax > ae;
        if (better) {
          expected = x;
        }
      }
      if (rule instanceof EqualSharesBudget) {
        assertThat(left).as("equal shares seed %s", seed).contains(s.runnerUp().orElseThrow());
      } else {
        assertThat(s.runnerUp()).as("%s seed %s", rule.id(), seed).contains(expected);
      }
    }
  }
}
