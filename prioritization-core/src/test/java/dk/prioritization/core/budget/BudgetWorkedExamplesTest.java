package dk.prioritization.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Published worked examples of the budget rules.
 *
 * <p>Sources, cited at each test:
 *
 * <ul>
 *   <li>[ES] equalshares.net, "Explanation of the Method of Equal Shares" (page
 *       {@code docs/explanation.mdx} of github.com/equalshares/equalshares.net), Examples 1 and 2;
 *       and its page "How to break ties?" ({@code docs/implementation/tie-breaking.mdx}).
 *   <li>[PB] pabutools (github.com/COMSOC-Community/pabutools), {@code tests/test_rule.py}: the
 *       elections {@code AppEx_1}, {@code AppEx_2}, {@code AppEx_4} and "RunningEx LackSkow23" with
 *       their lists of all outcomes, and the tests {@code test_completion} and
 *       {@code test_mes_analytics} (voters' money after each round).
 *   <li>[PPS] D. Peters, G. Pierczyński &amp; P. Skowron, "Proportional participatory budgeting
 *       with additive utilities", NeurIPS 2021: the Method of Equal Shares for additive utilities.
 * </ul>
 *
 * <p>Conventions, checked against the sources:
 *
 * <ul>
 *   <li>pabutools' greedy rule picks by satisfaction gain per unit of cost. With cost
 *       satisfaction ({@code Cost_Sat}: a voter's satisfaction is the cost of what they approve)
 *       that is "most approvals first" = {@link GreedyByVotes}; with cardinality satisfaction
 *       ({@code Cardinality_Sat}) it is "most approvals per unit of cost" =
 *       {@link GreedyByVotesPerCost}. {@link Knapsack} maximises total approvals =
 *       {@code max_additive_utilitarian_welfare} with {@code Cardinality_Sat}.
 *   <li>{@link EqualSharesBudget} is Equal Shares with cost utilities (a voter's utility of an
 *       approved project is its cost; they pay {@code min(money, ρ · cost)}), which is the approval
 *       version explained on equalshares.net (the project of the highest "effective vote count"
 *       cost / q is bought) and pabutools' {@code method_of_equal_shares} with {@code Cost_Sat}. It
 *       is not [PPS]'s approval utilities (utility 1 per approved project, pabutools'
 *       {@code Cardinality_Sat}); with unit costs the two coincide. Differences pinned below: no
 *       completion (equalshares.net completes by raising the budget); ties by candidate order
 *       (equalshares.net: lowest cost, then most votes, then by lot); a project that costs nothing
 *       is chosen (pabutools with {@code Cost_Sat} gives it utility 0 and never chooses it).
 *   <li>Costs here are whole numbers; pabutools' costs 0.9 and 1.09 are scaled by 100, which
 *       changes no rule's choice (every rule compares costs with costs and money with money).
 * </ul>
 */
class BudgetWorkedExamplesTest {

  private static Map<String, Long> costs(Object... pairs) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return m;
  }

  private static final List<String> PROJECTS = List.of("bike", "gym", "park", "playground", "library");
  private static final BudgetInstance<String> EXAMPLE_COSTS = BudgetInstance.of(
      costs("bike", 700, "gym", 400, "park", 250, "playground", 200, "library", 100), 1100);

  /**
   * [ES] Example 1: eleven voters, budget 1100 (100 each). Voters 1-6 approve the bike path and
   * the outdoor gym, voters 2, 4, 5 also the park; voter 7 the park, playground and library;
   * voter 8 the playground; voter 9 the playground and library; voter 10 the park, playground
   * and library; voter 11 the bike path (Example 2: the outdoor gym instead).
   */
  private static ApprovalProfile<String> equalSharesNetExample(boolean eleventhVotesGym) {
    return Profile.approval(PROJECTS)
        .add(3, "bike", "gym").add(3, "bike", "gym", "park").add(2, "park", "playground", "library")
        .add(1, "playground").add(1, "playground", "library").add(1, eleventhVotesGym ? "gym" : "bike").build();
  }

  @Test
  void select_equalSharesNetExample1_equalSharesFundsBikePlaygroundAndLibrary() {
    // [ES] Example 1: the bike path (7 x 100), then the playground (4 x 50), then the library
    // (3 x 33.3); nothing else is affordable
    BudgetSelection<String> s = EqualSharesBudget.rule().select(equalSharesNetExample(false), EXAMPLE_COSTS);
    assertThat(s.chosen()).containsExactly("bike", "playground", "library");
    assertThat(s.totalCost()).isEqualTo(1000);
    assertThat(s.reasons().get("bike").english()).isEqualTo("chosen in round 1: costs 700; its 7 supporters pay at most 100 each");
    assertThat(s.reasons().get("playground").english())
        .isEqualTo("chosen in round 2: costs 200; its 4 supporters pay at most 50 each");
    assertThat(s.reasons().get("library").english())
        .isEqualTo("chosen in round 3: costs 100; its 3 supporters pay at most 100/3 each");
    // [ES]: after the bike path the gym's supporters have nothing left (effective vote count 0)
    assertThat(s.reasons().get("gym").english()).isEqualTo("not affordable: costs 400, its supporters have 0 left");
  }

  @Test
  void select_equalSharesNetExample1_greedyFundsBikeAndGym() {
    // [ES] Example 1: "they would select the bike path (with 7 votes), and then the outdoor gym
    // (with 6 votes), and then stop because the budget is exhausted"
    BudgetSelection<String> s = GreedyByVotes.rule().select(equalSharesNetExample(false), EXAMPLE_COSTS);
    assertThat(s.chosen()).containsExactly("bike", "gym");
    assertThat(s.budgetLeft()).isZero();
  }

  @Test
  void select_equalSharesNetExample1_greedyPerCostAndKnapsackByHand() {
    // Hand-worked on [ES] Example 1's instance (the page states no outcome for these rules).
    // Approvals per unit of cost: library 3/100, park 5/250 = playground 4/200 (candidate order:
    // park first), gym 6/400, bike 7/700: library, park, playground, gym (950), bike does not fit.
    // The utilitarian optimum: {gym, park, playground, library} has 6 + 5 + 4 + 3 = 18 approvals
    // for 950; any set with the bike path has at most 7 + 5 + 3 = 15.
    ApprovalProfile<String> p = equalSharesNetExample(false);
    BudgetSelection<String> perCost = GreedyByVotesPerCost.rule().select(p, EXAMPLE_COSTS);
    assertThat(perCost.chosen()).containsExactly("library", "park", "playground", "gym");
    assertThat(perCost.reasons().get("bike").english()).isEqualTo("does not fit: costs 700, 150 left");
    BudgetSelection<String> best = Knapsack.rule().select(p, EXAMPLE_COSTS);
    assertThat(Set.copyOf(best.chosen())).isEqualTo(Set.of("gym", "park", "playground", "library"));
    assertThat(best.explanation().render(Locale.ENGLISH))
        .contains("the largest total of approvals within the budget is 18");
  }

  @Test
  void select_equalSharesNetExample2_splitsTheParkUnequally() {
    // [ES] Example 2: the gym (7 voters, 400/7 = 57.14 each), then the park, split unequally
    // because three of its supporters have only 300/7 left: they pay that, the other two pay
    // (250 - 900/7) / 2 = 425/7 each (the page rounds 300/7 to 43 and shows 60.5); then the
    // playground, whose two park voters have 275/7 left: (200 - 550/7) / 2 = 425/7 for the other
    // two; then the library is unaffordable
    BudgetSelection<String> s = EqualSharesBudget.rule().select(equalSharesNetExample(true), EXAMPLE_COSTS);
    assertThat(s.chosen()).containsExactly("gym", "park", "playground");
    assertThat(s.reasons().get("gym").english()).isEqualTo("chosen in round 1: costs 400; its 7 supporters pay at most 400/7 each");
    assertThat(s.reasons().get("park").english()).isEqualTo("chosen in round 2: costs 250; its 5 supporters pay at most 425/7 each");
    assertThat(s.reasons().get("playground").english())
        .isEqualTo("chosen in round 3: costs 200; its 4 supporters pay at most 425/7 each");
    // at the end the bike path's supporters have 3 x 300/7 (the three park voters paid all theirs;
    // in round 2 all six had 300/7, the page's "6 x 43 = 258" < 700), the library's 0 + 275/7 + 0
    assertThat(s.reasons().get("bike").english()).isEqualTo("not affordable: costs 700, its supporters have 900/7 left");
    assertThat(s.reasons().get("library").english()).isEqualTo("not affordable: costs 100, its supporters have 275/7 left");
  }

  @Test
  void select_equalSharesNetTieBreaking_candidateOrderInsteadOfLowestCost() {
    // [ES] "How to break ties?" recommends: among projects of equal effective vote count, the
    // lowest cost first. Ours takes candidate order (a documented convention difference). Four
    // voters approve X (cost 4) and Y (cost 2), budget 4: both have effective vote count 4
    // (4/1 and 2/(1/2)). X first spends everything, so Y is unaffordable; the page's rule would
    // buy Y first and then X would be unaffordable.
    ApprovalProfile<String> xFirst = Profile.approval(List.of("X", "Y")).add(4, "X", "Y").build();
    ApprovalProfile<String> yFirst = Profile.approval(List.of("Y", "X")).add(4, "X", "Y").build();
    BudgetInstance<String> inst = BudgetInstance.of(costs("X", 4, "Y", 2), 4);
    assertThat(EqualSharesBudget.rule().select(xFirst, inst).chosen()).containsExactly("X");
    assertThat(EqualSharesBudget.rule().select(yFirst, inst).chosen()).containsExactly("Y");
    assertThat(EqualSharesBudget.rule().select(xFirst, inst).explanation().render(Locale.ENGLISH))
        .contains("equal prices are decided in candidate order");
  }

  // [PB] AppEx_1: p0 (cost 1), p1 (3), p2 (2), p3 (1); budget 3; two voters approve everything.
  private static final ApprovalProfile<String> APP_EX_1 = Profile.approval(List.of("p0", "p1", "p2", "p3"))
      .add(2, "p0", "p1", "p2", "p3").build();
  private static final BudgetInstance<String> APP_EX_1_COSTS = BudgetInstance.of(
      costs("p0", 1, "p1", 3, "p2", 2, "p3", 1), 3);

  @Test
  void select_pabutoolsAppEx1_greedyByVotesIsGreedyWithCostSatisfaction() {
    // [PB] greedy_utilitarian_welfare with Cost_Sat: {p0,p2}, {p0,p3}, {p1}, {p2,p3} (all tied);
    // ours takes candidate order: p0, p1 does not fit, p2
    BudgetSelection<String> s = GreedyByVotes.rule().select(APP_EX_1, APP_EX_1_COSTS);
    assertThat(List.of(Set.of("p0", "p2"), Set.of("p0", "p3"), Set.of("p1"), Set.of("p2", "p3")))
        .contains(Set.copyOf(s.chosen()));
    assertThat(s.chosen()).containsExactly("p0", "p2");
  }

  @Test
  void select_pabutoolsAppEx1_greedyPerCostIsGreedyWithCardinalitySatisfaction() {
    // [PB] greedy_utilitarian_welfare with Cardinality_Sat: the only outcome {p0, p3}
    BudgetSelection<String> s = GreedyByVotesPerCost.rule().select(APP_EX_1, APP_EX_1_COSTS);
    assertThat(s.chosen()).containsExactly("p0", "p3");
    assertThat(s.budgetLeft()).isEqualTo(1);
  }

  @Test
  void select_pabutoolsAppEx1_knapsackIsOneOfTheWelfareMaximisers() {
    // [PB] max_additive_utilitarian_welfare with Cardinality_Sat: {p0,p3}, {p0,p2}, {p2,p3}
    BudgetSelection<String> s = Knapsack.rule().select(APP_EX_1, APP_EX_1_COSTS);
    assertThat(List.of(Set.of("p0", "p3"), Set.of("p0", "p2"), Set.of("p2", "p3"))).contains(Set.copyOf(s.chosen()));
  }

  @Test
  void select_pabutoolsAppEx2_equalSharesWithCostUtilities() {
    // [PB] AppEx_2, costs x 100: p0 100, p1 90, p2 200, p3 109; budget 400; ballots {p0},
    // 2 x {p1,p2,p3}, {p2}. method_of_equal_shares with Cost_Sat: {p0, p2}; with
    // Cardinality_Sat (the [PPS] approval utilities): {p0, p1, p3}. Ours is the cost version: p2
    // (its three supporters pay 200/3 each, 1/3 per unit of cost), then p0 (100, its only
    // supporter's whole share); p1 and p3 are then unaffordable (2 x 100/3 < 90)
    ApprovalProfile<String> p = Profile.approval(List.of("p0", "p1", "p2", "p3"))
        .add(1, "p0").add(2, "p1", "p2", "p3").add(1, "p2").build();
    BudgetSelection<String> s = EqualSharesBudget.rule().select(p,
        BudgetInstance.of(costs("p0", 100, "p1", 90, "p2", 200, "p3", 109), 400));
    assertThat(s.chosen()).containsExactly("p2", "p0");
    assertThat(s.reasons().get("p1").english()).isEqualTo("not affordable: costs 90, its supporters have 200/3 left");
  }

  // [PB] AppEx_4: p0 costs nothing; p1 1, p2 2; budget 2; ballots {p0}, {p0,p1,p2}, {p2}.
  private static final ApprovalProfile<String> APP_EX_4 = Profile.approval(List.of("p0", "p1", "p2"))
      .add(1, "p0").add(1, "p0", "p1", "p2").add(1, "p2").build();
  private static final BudgetInstance<String> APP_EX_4_COSTS = BudgetInstance.of(costs("p0", 0, "p1", 1, "p2", 2), 2);

  @Test
  void select_pabutoolsAppEx4_greedyRulesWithAFreeProject() {
    // [PB] greedy with Cost_Sat: {p0, p2}; greedy with Cardinality_Sat: {p0, p1} or {p0, p2}
    // (p1 1/1 and p2 2/2 tie; ours takes p1 by candidate order); welfare maximum with
    // Cardinality_Sat: {p0, p2}
    assertThat(GreedyByVotes.rule().select(APP_EX_4, APP_EX_4_COSTS).chosen()).containsExactly("p0", "p2");
    assertThat(GreedyByVotesPerCost.rule().select(APP_EX_4, APP_EX_4_COSTS).chosen()).containsExactly("p0", "p1");
    assertThat(Set.copyOf(Knapsack.rule().select(APP_EX_4, APP_EX_4_COSTS).chosen())).isEqualTo(Set.of("p0", "p2"));
  }

  @Test
  void select_pabutoolsAppEx4_equalSharesChoosesTheFreeProjectUnlikePabutoolsCostSat() {
    // [PB] method_of_equal_shares: with Cost_Sat the outcome is empty (p0 costs 0, so under cost
    // utilities nobody gains from it, and p1, p2 are unaffordable: 2/3 < 1 and 4/3 < 2); with
    // Cardinality_Sat it is {p0}. Ours chooses a supported free project first, as its Javadoc
    // says: {p0}, the Cardinality_Sat answer. A convention difference for free projects only.
    BudgetSelection<String> s = EqualSharesBudget.rule().select(APP_EX_4, APP_EX_4_COSTS);
    assertThat(s.chosen()).containsExactly("p0");
    assertThat(s.reasons().get("p0").english()).isEqualTo("chosen in round 1: costs nothing");
    assertThat(s.reasons().get("p2").english()).isEqualTo("not affordable: costs 2, its supporters have 4/3 left");
  }

  @Test
  void select_pabutoolsRunningExampleLacknerSkowron_equalSharesBuysOnlyA() {
    // [PB] "RunningEx LackSkow23" (Lackner & Skowron 2023, Example 2.1 with unit costs, budget
    // 4): method_of_equal_shares gives [a] for Cost_Sat and Cardinality_Sat; seq-Phragmén, not
    // one of our budget rules, gives {a, b, c, d}
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d", "e", "f", "g"))
        .add(3, "a", "b").add(3, "a", "c").add(2, "a", "d").add(1, "b", "c", "f").add(1, "e").add(1, "f")
        .add(1, "g").build();
    Map<String, Long> unit = new LinkedHashMap<>();
    p.candidates().forEach(c -> unit.put(c, 1L));
    BudgetSelection<String> s = EqualSharesBudget.rule().select(p, BudgetInstance.of(unit, 4));
    assertThat(s.chosen()).containsExactly("a");
    assertThat(s.budgetLeft()).isEqualTo(3);
  }

  @Test
  void select_pabutoolsCompletionTests_equalSharesWithoutCompletion() {
    // [PB] test_completion: a 1, b 2, c 2, d 1, e 1, f 1, budget 5; 2 x {a,b}, {a}, 3 x {a,c},
    // 2 x {a,d}, {f}, {e}: method_of_equal_shares gives [a] (pabutools then completes with the
    // greedy rule; ours does not complete)
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d", "e", "f"))
        .add(2, "a", "b").add(1, "a").add(3, "a", "c").add(2, "a", "d").add(1, "f").add(1, "e").build();
    BudgetSelection<String> s = EqualSharesBudget.rule().select(p,
        BudgetInstance.of(costs("a", 1, "b", 2, "c", 2, "d", 1, "e", 1, "f", 1), 5));
    assertThat(s.chosen()).containsExactly("a");
    // [PB] same test: p1 2, p2 2, p3 3, budget 4; 5 x {p1}, {p2}, 2 x {p3}: [p1]
    ApprovalProfile<String> q = Profile.approval(List.of("p1", "p2", "p3")).add(5, "p1").add(1, "p2").add(2, "p3")
        .build();
    assertThat(EqualSharesBudget.rule().select(q, BudgetInstance.of(costs("p1", 2, "p2", 2, "p3", 3), 4)).chosen())
        .containsExactly("p1");
  }

  /**
   * [PB] test_mes_analytics: projects a..e with the given costs, budget 5, ten voters with 1/2
   * each: 2 x {a,b}, {a}, the third and fourth ballots given, {a,c}, 2 x {a,d}, 2 x {e}.
   */
  private static BudgetSelection<String> analytics(long[] cost, Set<String> third, Set<String> fourth) {
    List<String> cs = List.of("a", "b", "c", "d", "e");
    ApprovalProfile<String> p = Profile.approval(cs).add(2, "a", "b").add(1, "a").add(ApprovalBallot.of(third))
        .add(ApprovalBallot.of(fourth)).add(1, "a", "c").add(2, "a", "d").add(2, "e").build();
    Map<String, Long> c = new LinkedHashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      c.put(cs.get(i), cost[i]);
    }
    return EqualSharesBudget.rule().select(p, BudgetInstance.of(c, 5));
  }

  private static Map<String, Rational> moneyLeft(BudgetSelection<String> s) {
    for (Explanation.Step<String> step : s.explanation().steps()) {
      if (step instanceof Explanation.Tally<String> t && t.measure().english().startsWith("money")) {
        return t.values();
      }
    }
    throw new AssertionError("no tally of the money left");
  }

  @Test
  void select_pabutoolsMesAnalytics_paymentsMatchTheRecordedBudgets() {
    // [PB] test_mes_analytics, its five parameter sets; the expected voters' money after each
    // round is listed there and the payments below follow from it
    long[] cheapA = {1, 1, 2, 1, 2};
    // (1) third and fourth {a,c}: only a, each of its 8 supporters pays 1/8 (3/8 left)
    BudgetSelection<String> one = analytics(cheapA, Set.of("a", "c"), Set.of("a", "c"));
    assertThat(one.chosen()).containsExactly("a");
    assertThat(one.reasons().get("a").english()).isEqualTo("chosen in round 1: costs 1; its 8 supporters pay at most 1/8 each");
    // (2) third {a,b,c}, fourth {a}: a, then b from three voters with 3/8 each (1/24 left)
    BudgetSelection<String> two = analytics(cheapA, Set.of("a", "b", "c"), Set.of("a"));
    assertThat(two.chosen()).containsExactly("a", "b");
    assertThat(two.reasons().get("b").english()).isEqualTo("chosen in round 2: costs 1; its 3 supporters pay at most 1/3 each");
    // (3) third and fourth {a,b,c}: a, then b from four voters (1/4 each, 1/8 left)
    BudgetSelection<String> three = analytics(cheapA, Set.of("a", "b", "c"), Set.of("a", "b", "c"));
    assertThat(three.chosen()).containsExactly("a", "b");
    assertThat(three.reasons().get("b").english()).isEqualTo("chosen in round 2: costs 1; its 4 supporters pay at most 1/4 each");
    // (4) a costs 5: b (1/4 each), then d (its two supporters pay all their 1/2); pabutools'
    // money after round 2: 1/4, 1/4, 1/2, 1/4, 1/4, 1/2, 0, 0, 1/2, 1/2, so a's supporters (the
    // first eight) have 2 left and e's have 1
    BudgetSelection<String> four = analytics(new long[] {5, 1, 2, 1, 2}, Set.of("a", "b", "c"), Set.of("a", "b", "c"));
    assertThat(four.chosen()).containsExactly("b", "d");
    assertThat(four.reasons().get("d").english()).isEqualTo("chosen in round 2: costs 1; its 2 supporters pay at most 1/2 each");
    assertThat(moneyLeft(four)).containsEntry("a", Rational.of(2)).containsEntry("e", Rational.ONE);
    // (5) everything costs 5: nothing is affordable (a's eight supporters have 4)
    BudgetSelection<String> five = analytics(new long[] {5, 5, 5, 5, 5}, Set.of("a", "b", "c"), Set.of("a", "b", "c"));
    assertThat(five.chosen()).isEmpty();
    assertThat(five.reasons().get("a").english()).isEqualTo("not affordable: costs 5, its supporters have 4 left");
  }
}
