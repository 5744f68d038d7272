package dk.prioritization.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

  private static Map<String, Long> costs(Object... pairs) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return m;
  }

  // Hand-worked: approvals A 5, B 4, C 4, D 1; costs A 6, B 5, C 5, D 1; budget 10.
  // Greedy by approvals: A (4 left), B and C do not fit, D (3 left): 6 approvals.
  // Greedy by approvals per cost: D (1/1), A (5/6), B and C (4/5) do not fit: 6 approvals.
  // Knapsack: {B, C} costs 10 and has 8 approvals; {A, D} 6, {A} 5, {B, D} 5: 8 is the optimum.
  private static final ApprovalProfile<String> HAND = Profile.approval(List.of("A", "B", "C", "D"))
      .add(ApprovalBallot.of("A"), 5)
      .add(ApprovalBallot.of("B", "C"), 4)
      .add(ApprovalBallot.of("D"), 1)
      .build();
  private static final BudgetInstance<String> HAND_COSTS =
      BudgetInstance.of(costs("A", 6, "B", 5, "C", 5, "D", 1), 10);

  @Test
  void greedyByVotesSkipsWhatDoesNotFit() {
    BudgetSelection<String> s = GreedyByVotes.rule().select(HAND, HAND_COSTS);
    assertThat(s.chosen()).containsExactly("A", "D");
    assertThat(s.totalCost()).isEqualTo(7);
    assertThat(s.budgetLeft()).isEqualTo(3);
    assertThat(s.reasons().get("B").english()).isEqualTo("does not fit: costs 5, 4 left");
    assertThat(s.reasons().get("B").danish()).isEqualTo("passer ikke: koster 5, 4 tilbage");
    assertThat(s.reasons().get("A").english()).isEqualTo("chosen as number 1: 5 approvals, costs 6, 4 left");
    assertThat(s.explanation().render(Locale.ENGLISH)).contains("spent 7 of the budget 10, 3 left");
    assertThat(s.explanation().render(Locale.forLanguageTag("da"))).contains("brugt 7 af budgettet 10, 3 tilbage");
    assertThat(s.ruleId()).isEqualTo("greedy-approval");
    // next in the greedy order: B (4 approvals, tied with C, first by candidate order)
    assertThat(s.runnerUp()).contains("B");
  }

  @Test
  void greedyByVotesPerCostTakesCheapFirst() {
    BudgetSelection<String> s = GreedyByVotesPerCost.rule().select(HAND, HAND_COSTS);
    assertThat(s.chosen()).containsExactly("D", "A");
    assertThat(s.reasons().get("C").english()).isEqualTo("does not fit: costs 5, 3 left");
    assertThat(s.ruleId()).isEqualTo("greedy-cost");
    assertThat(s.runnerUp()).contains("B");
  }

  @Test
  void knapsackFindsTheOptimum() {
    BudgetSelection<String> s = Knapsack.rule().select(HAND, HAND_COSTS);
    assertThat(s.chosen()).containsExactly("B", "C");
    assertThat(s.totalCost()).isEqualTo(10);
    assertThat(s.budgetLeft()).isZero();
    assertThat(s.reasons().get("A").english()).startsWith("not in the best set: does not fit: costs 6, 0 left");
    assertThat(s.explanation().render(Locale.ENGLISH)).contains("the largest total of approvals within the budget is 8");
    // the most approved left out: A (5)
    assertThat(s.runnerUp()).contains("A");
  }

  // Hand-worked, by the definition in Peters, Pierczyński and Skowron (NeurIPS 2021) with cost
  // utilities as on equalshares.net: budget 12, 4 voters with 3 each; ballots 2 x {A,B}, 1 x {B},
  // 1 x {C}; costs A 4, B 6, C 3. Round 1: A needs 2 each of 2 voters (price 2/4 = 1/2), B 2 each
  // of 3 (2/6 = 1/3), C 3 of 1 (3/3 = 1): B. Now {A,B} voters have 1 each, so A (cost 4, their
  // money 2) is out. Round 2: C. Spent 9, 3 left.
  @Test
  void equalSharesHandWorked() {
    ApprovalProfile<String> p = Profile.approval(List.of("A", "B", "C"))
        .add(ApprovalBallot.of("A", "B"), 2).add(ApprovalBallot.of("B")).add(ApprovalBallot.of("C")).build();
    BudgetInstance<String> inst = BudgetInstance.of(costs("A", 4, "B", 6, "C", 3), 12);
    BudgetSelection<String> s = EqualSharesBudget.rule().select(p, inst);
    assertThat(s.chosen()).containsExactly("B", "C");
    assertThat(s.budgetLeft()).isEqualTo(3);
    assertThat(s.reasons().get("A").english()).isEqualTo("not affordable: costs 4, its supporters have 2 left");
    assertThat(s.reasons().get("B").english()).isEqualTo("chosen in round 1: costs 6; its 3 supporters pay at most 2 each");
    // A is the only approved candidate left out
    assertThat(s.runnerUp()).contains("A");
    // the same profile by greedy approval: B, A, then C does not fit
    BudgetSelection<String> g = GreedyByVotes.rule().select(p, inst);
    assertThat(g.chosen()).containsExactly("B", "A");
    assertThat(g.reasons().get("C").english()).isEqualTo("does not fit: costs 3, 2 left");
  }

  // Hand-worked partial payment: budget 16, 4 voters with 4 each; ballots 1 x {P}, 2 x {P,Q},
  // 1 x {Q}; costs P 6, Q 7. Round 1: P needs 2 each of 3 (2/6 = 1/3), Q 7/3 each (7/3 / 7 = 1/3):
  // equal, P first by candidate order. The {P,Q} voters then have 2 each and {Q} 4; Q costs 7: the
  // two {P,Q} voters pay all their 2 + 2, the {Q} voter pays the other 3, so q = 3 (exact).
  @Test
  void equalSharesCapsPaymentsAtWhatVotersHave() {
    ApprovalProfile<String> p = Profile.approval(List.of("P", "Q"))
        .add(ApprovalBallot.of("P")).add(ApprovalBallot.of("P", "Q"), 2).add(ApprovalBallot.of("Q")).build();
    BudgetSelection<String> s = EqualSharesBudget.rule().select(p, BudgetInstance.of(costs("P", 6, "Q", 7), 16));
    assertThat(s.chosen()).containsExactly("P", "Q");
    assertThat(s.totalCost()).isEqualTo(13);
    assertThat(s.reasons().get("Q").english()).isEqualTo("chosen in round 2: costs 7; its 3 supporters pay at most 3 each");
    assertThat(s.explanation().render(Locale.ENGLISH)).contains("each of the 4 voters gets an equal share of the budget: 4");
  }

  // Wikipedia, "Method of equal shares", section Motivation: 51% support 10 red projects, 49% 10
  // blue ones, money for 10. Greedy (and knapsack) take the 10 red ones. Worked by hand for 100
  // voters, unit costs, budget 10 (0.1 each): a red project costs each red voter 1/51, a blue one
  // each blue voter 1/49; red first while affordable: 5 (0.1 - 5/51 = 1/510 left each), then 4
  // blue (0.1 - 4/49 = 9/490 < 1/49). Without completion 9 are chosen; Wikipedia's 5 + 5 includes
  // completing the last unit.
  @Test
  void equalSharesIsProportionalWhereGreedyIsNot() {
    List<String> c = new ArrayList<>();
    List<String> red = new ArrayList<>();
    List<String> blue = new ArrayList<>();
    Map<String, Long> cost = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      red.add("R" + i);
      blue.add("B" + i);
    }
    c.addAll(red);
    c.addAll(blue);
    c.forEach(x -> cost.put(x, 1L));
    ApprovalProfile<String> p = Profile.approval(c)
        .add(ApprovalBallot.of(red), 51).add(ApprovalBallot.of(blue), 49).build();
    BudgetInstance<String> inst = BudgetInstance.of(cost, 10);
    assertThat(GreedyByVotes.rule().select(p, inst).chosen()).containsExactlyElementsOf(red);
    BudgetSelection<String> s = EqualSharesBudget.rule().select(p, inst);
    assertThat(s.chosen()).containsExactly("R1", "R2", "R3", "R4", "R5", "B1", "B2", "B3", "B4");
    assertThat(s.budgetLeft()).isEqualTo(1);
    assertThat(s.reasons().get("B5").english()).isEqualTo("not affordable: costs 1, its supporters have 9/10 left");
  }

  @Test
  void zeroCostCandidatesAreChosenAndUnapprovedNever() {
    ApprovalProfile<String> p = Profile.approval(List.of("A", "B", "C")).add(ApprovalBallot.of("A", "B")).build();
    BudgetInstance<String> inst = BudgetInstance.of(costs("A", 0, "B", 3, "C", 0), 2);
    for (BudgetRule r : List.of(GreedyByVotes.rule(), GreedyByVotesPerCost.rule(), Knapsack.rule(),
        EqualSharesBudget.rule())) {
      BudgetSelection<String> s = r.select(p, inst);
      assertThat(s.chosen()).as(r.id()).containsExactly("A");
      assertThat(s.reasons().get("C")).as(r.id())
          .isEqualTo(new Text("not chosen: nobody approves it", "ikke valgt: ingen har godkendt den"));
    }
  }

  @Test
  void negativeCostIsRefusedNamingTheCandidate() {
    assertThatThrownBy(() -> BudgetInstance.of(costs("A", 1, "B", -2), 5))
        .isInstanceOf(BudgetException.class).hasMessageContaining("B")
        .satisfies(e -> assertThat(((BudgetException) e).problem()).isEqualTo(BudgetException.Problem.NEGATIVE_COST));
  }

  @Test
  void zeroBudgetIsRefused() {
    assertThatThrownBy(() -> BudgetInstance.of(costs("A", 1), 0))
        .isInstanceOf(BudgetException.class).hasMessageContaining("positive but was 0")
        .satisfies(e -> assertThat(((BudgetException) e).problem())
            .isEqualTo(BudgetException.Problem.NON_POSITIVE_BUDGET));
  }

  @Test
  void unknownCandidateIsRefused() {
    assertThatThrownBy(() -> GreedyByVotes.rule().select(HAND,
        BudgetInstance.of(costs("A", 6, "B", 5, "C", 5, "D", 1, "E", 2), 10)))
        .isInstanceOf(BudgetException.class).hasMessageContaining("E, which is not a candidate");
  }

  @Test
  void missingCostIsRefused() {
    assertThatThrownBy(() -> Knapsack.rule().select(HAND, BudgetInstance.of(costs("A", 6, "B", 5, "C", 5), 10)))
        .isInstanceOf(BudgetException.class).hasMessageContaining("no cost is given for D")
        .satisfies(e -> assertThat(((BudgetException) e).candidate()).contains("D"));
  }

  @Test
  void knapsackRefusesATooLargeBudget() {
    // 4 candidates times (25 + 1) = 104 cells > 100
    assertThatThrownBy(() -> Knapsack.withLimit(100).select(HAND, BudgetInstance.of(HAND_COSTS.costs(), 25)))
        .isInstanceOf(ProblemTooLargeException.class).hasMessageContaining("knapsack")
        .satisfies(e -> assertThat(((ProblemTooLargeException) e).size()).isEqualTo(104));
    assertThatThrownBy(() -> Knapsack.rule().select(HAND, BudgetInstance.of(HAND_COSTS.costs(), Long.MAX_VALUE)))
        .isInstanceOf(ProblemTooLargeException.class);
    assertThat(Knapsack.withLimit(104).select(HAND, BudgetInstance.of(HAND_COSTS.costs(), 25)).chosen())
        .containsExactlyInAnyOrder("A", "B", "C", "D");
  }

  @Test
  void rulesHaveStableIdsAndValueSemantics() {
    assertThat(List.of(GreedyByVotes.rule().id(), GreedyByVotesPerCost.rule().id(), Knapsack.rule().id(),
        EqualSharesBudget.rule().id())).containsExactly("greedy-approval", "greedy-cost", "knapsack", "equal-shares-cost");
    assertThat(Knapsack.withLimit(Knapsack.DEFAULT_LIMIT)).isEqualTo(Knapsack.rule());
    assertThat(Knapsack.withLimit(10).options()).containsEntry("limit", "10");
    assertThat(Knapsack.rule().options()).isEmpty();
  }
}
