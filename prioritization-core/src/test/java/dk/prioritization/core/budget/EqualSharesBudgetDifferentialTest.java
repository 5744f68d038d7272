package dk.prioritization.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.generate.ImpartialApproval;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import dk.prioritization.core.internal.EqualSharesMarket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link EqualSharesBudget} against {@link EqualSharesBudgetReference}, the rule as it first
 * computed: the same candidates in the same order, the same payment in every round, and the same
 * money left behind each candidate, on every profile of three candidates and up to three voters
 * under every cost vector from {0, 1, 2} and several budgets, and on 500 seeded random instances
 * (costs including 0 and repeated costs, so that equal prices occur).
 */
class EqualSharesBudgetDifferentialTest {

  /** What the samples exercised, to show that ties and capped payments occur. */
  private static final class Counts {
    int tiedRounds;
    int cappedRounds;
    int rounds;
  }

  private static void agree(String origin, ApprovalProfile<String> p, BudgetInstance<String> inst, Violations v,
      Counts counts) {
    EqualSharesBudgetReference.Result want = EqualSharesBudgetReference.run(p, inst);
    counts.tiedRounds += want.tiedRounds();
    counts.cappedRounds += want.cappedRounds();
    counts.rounds += want.payments().size();
    BudgetSelection<String> got = EqualSharesBudget.rule().select(p, inst);
    List<String> wantChosen = new ArrayList<>();
    long wantCost = 0;
    for (int i : want.chosen()) {
      wantChosen.add(p.candidates().get(i));
      wantCost += inst.cost(p.candidates().get(i));
    }
    long cost = wantCost;
    v.check(got.chosen().equals(wantChosen) && got.totalCost() == cost && got.budgetLeft() == inst.budget() - cost,
        () -> origin + " " + inst + ": chose " + got.chosen() + " for " + got.totalCost() + ", reference "
            + wantChosen + " for " + cost + "; profile " + SmallProfiles.describe(p));
    // the engine itself: round by round
    Work<String> w = new Work<>(p, inst);
    boolean[] considered = new boolean[w.m];
    for (int i = 0; i < w.m; i++) {
      considered[i] = w.approvals[i] > 0 && w.cost[i] > 0;
    }
    EqualSharesMarket market = new EqualSharesMarket(w.data.counts, EqualSharesMarket.supporters(w.data), w.cost, considered,
        p.voterCount() == 0 ? Rational.ZERO : Rational.of(inst.budget(), p.voterCount()));
    List<Integer> order = new ArrayList<>();
    List<Rational> payments = new ArrayList<>();
    for (int c = market.next(); c >= 0; c = market.next()) {
      order.add(c);
      payments.add(market.nextPayment());
      market.pay(c, market.nextPayment());
    }
    List<Rational> left = new ArrayList<>();
    for (int i = 0; i < p.candidateCount(); i++) {
      left.add(market.left(i));
    }
    List<Integer> paid = want.chosen().subList(want.chosen().size() - want.payments().size(), want.chosen().size());
    v.check(order.equals(paid) && payments.equals(want.payments()) && left.equals(want.left()),
        () -> origin + " " + inst + ": engine bought " + order + " paying " + payments + " leaving " + left
            + ", reference " + paid + " paying " + want.payments() + " leaving " + want.left() + "; profile "
            + SmallProfiles.describe(p));
  }

  @Test
  void equalShares_everyProfileOfThreeCandidatesAndUpToThreeVoters_agreesWithReference() {
    Violations v = new Violations("equal-shares-cost equals the reference");
    Counts counts = new Counts();
    List<String> abc = SmallProfiles.ABC;
    for (Sample<ApprovalProfile<String>> s : SmallProfiles.approvalSamples(abc, 1, 3)) {
      for (int costs = 0; costs < 27; costs++) {
        Map<String, Long> cost = new LinkedHashMap<>();
        cost.put("a", (long) (costs % 3));
        cost.put("b", (long) (costs / 3 % 3));
        cost.put("c", (long) (costs / 9));
        for (long budget : new long[] {1, 2, 3, 5}) {
          agree(s.origin(), s.profile(), BudgetInstance.of(cost, budget), v, counts);
        }
      }
    }
    v.assertNone();
    assertThat(counts.tiedRounds).as("rounds with equal prices").isGreaterThan(1000);
    assertThat(counts.cappedRounds).as("rounds where a supporter paid all it had").isGreaterThan(50);
  }

  /**
   * A seeded random instance: 1 to 15 candidates, 1 to 30 ballot draws each cast by 1 to 5
   * voters, approval probability 0.1 to 0.6, costs 0 to 20 (every fourth seed from {0, 5, 10}
   * only, so prices repeat), budget 1 to 150.
   */
  private static void drawAndAgree(long seed, Violations v, Counts counts) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 1 + r.nextInt(15);
    double p = 0.1 + 0.1 * r.nextInt(6);
    List<String> cs = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      cs.add("P" + i);
    }
    ApprovalProfile.Builder<String> b = Profile.approval(cs);
    int draws = 1 + r.nextInt(30);
    for (int j = 0; j < draws; j++) {
      List<String> approved = new ArrayList<>();
      for (String c : cs) {
        if (r.nextDouble() < p) {
          approved.add(c);
        }
      }
      b.add(ApprovalBallot.of(approved), 1 + r.nextInt(5));
    }
    Map<String, Long> cost = new LinkedHashMap<>();
    for (String c : cs) {
      cost.put(c, seed % 4 == 0 ? 5L * r.nextInt(3) : (long) r.nextInt(21));
    }
    agree("seed " + seed, b.build(), BudgetInstance.of(cost, 1 + r.nextInt(150)), v, counts);
  }

  @Test
  void equalShares_seededInstances_agreeWithReference() {
    Violations v = new Violations("equal-shares-cost equals the reference");
    Counts counts = new Counts();
    for (long seed = 0; seed < 500; seed++) {
      drawAndAgree(seed, v, counts);
    }
    v.assertNone();
    assertThat(counts.rounds).as("rounds").isGreaterThan(1000);
    assertThat(counts.tiedRounds).as("rounds with equal prices").isGreaterThan(20);
    assertThat(counts.cappedRounds).as("rounds where a supporter paid all it had").isGreaterThan(200);
  }

  @Test
  void equalShares_largerImpartialInstances_agreeWithReference() {
    Violations v = new Violations("equal-shares-cost equals the reference");
    Counts counts = new Counts();
    for (long seed = 0; seed < 10; seed++) {
      List<String> cs = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        cs.add("P" + i);
      }
      ApprovalProfile<String> p = ImpartialApproval.of(cs, 0.1 + 0.02 * seed).generate(200 + 40 * seed, seed);
      SplittableRandom r = new SplittableRandom(seed);
      Map<String, Long> cost = new LinkedHashMap<>();
      for (String c : cs) {
        cost.put(c, 10L + r.nextInt(91));
      }
      agree("impartial seed " + seed, p, BudgetInstance.of(cost, 1_000), v, counts);
    }
    v.assertNone();
    assertThat(counts.rounds).as("rounds").isGreaterThan(50);
  }
}
