package dk.prioritization.portfolio.round;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Rational;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on {@link SmallBoard}; every expected value is worked out by hand below.
 *
 * <p>The unranked round: CEO nominates T1, T2, T5; DIR-CY T1, T3, T4; DIR-BU T1, T2, T6; DIR-HE
 * T2, T3. Approvals: T1 = 3 (CEO, DIR-CY, DIR-BU), T2 = 3 (CEO, DIR-BU, DIR-HE), T3 = 2 (DIR-CY,
 * DIR-HE), T4 = 1, T5 = 1, T6 = 1, T7 = 0; T8 is retired and no candidate. Tiers: {T1, T2} 3,
 * {T3} 2, {T4, T5, T6} 1, {T7} 0. Board order (ties by portfolio order): T1 T2 T3 T4 T5 T6 T7.
 */
class RoundWorkedExamplesTest {
  private final Portfolio portfolio = SmallBoard.portfolio();

  private PriorityList unranked() {
    return Round.builder(portfolio)
        .nominate("CEO", "T1", "T2", "T5")
        .nominate("DIR-CY", "T1", "T3", "T4")
        .nominate("DIR-BU", "T1", "T2", "T6")
        .nominate("DIR-HE", "T2", "T3")
        .build().priorityList();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).collect(Collectors.toList());
  }

  @Test
  void unrankedRoundUsesCappedApprovalAndKeepsTies() {
    Round round = Round.builder(portfolio).nominate("CEO", "T1").build();
    assertThat(round.rule().id()).isEqualTo("approval");
    assertThat(round.rule().options()).containsEntry("cap", "5");
    assertThat(round.tieBreaker().id()).isEqualTo("none");
  }

  @Test
  void priorityListTiersScoresAndNominators() {
    PriorityList list = unranked();
    assertThat(list.entries()).extracting(e -> e.task().id() + "@" + e.tier() + "=" + e.score().orElseThrow())
        .containsExactly("T1@1=3", "T2@1=3", "T3@2=2", "T4@3=1", "T5@3=1", "T6@3=1", "T7@4=0");
    assertThat(list.tierCount()).isEqualTo(4);
    assertThat(list.entry("T1").nominatedBy()).extracting(n -> n.member().id())
        .containsExactly("CEO", "DIR-CY", "DIR-BU");
    assertThat(list.entry("T1").nominatedBy()).allMatch(n -> n.position().isEmpty());
    assertThat(list.entry("T2").nominatedBy()).extracting(n -> n.member().id())
        .containsExactly("CEO", "DIR-BU", "DIR-HE");
    assertThat(list.entry("T7").nominatedBy()).isEmpty();
    assertThat(list.result().ruleId()).isEqualTo("approval");
    assertThat(list.fingerprint()).hasSize(64);
    assertThat(list.explain(Locale.ENGLISH)).contains("Tier 1: T1 Budget process, 3 (nominated by CEO, DIR-CY, DIR-BU)")
        .contains("T7 Leadership coaching, 0 (not nominated)");
    assertThat(list.explain(Locale.forLanguageTag("da"))).contains("Niveau 1: T1 Budget process, 3 (nomineret af");
  }

  @Test
  void nominationsInTheSameOrderWhateverTheCallOrder() {
    PriorityList other = Round.builder(portfolio)
        .nominate("DIR-HE", "T2", "T3")
        .nominate("DIR-BU", "T1", "T2", "T6")
        .nominate("CEO", "T1", "T2", "T5")
        .nominate("DIR-CY", "T1", "T3", "T4")
        .build().priorityList();
    assertThat(other.fingerprint()).isEqualTo(unranked().fingerprint());
    assertThat(other.entries()).isEqualTo(unranked().entries());
  }

  @Test
  void topKWithAndWithoutATieAtTheCut() {
    PriorityList list = unranked();
    // Top 3: T1, T2, T3; tier 2 = {T3} ends exactly at 3, no tie cut.
    TopK three = list.topK(3);
    assertThat(ids(three.tasks())).containsExactly("T1", "T2", "T3");
    assertThat(three.cutsATie()).isFalse();
    assertThat(three.note()).isEmpty();
    // Top 4: tier 3 = {T4, T5, T6} straddles it; portfolio order keeps T4, leaves out T5, T6.
    TopK four = list.topK(4);
    assertThat(ids(four.tasks())).containsExactly("T1", "T2", "T3", "T4");
    assertThat(ids(four.tiedAtCut())).containsExactly("T4", "T5", "T6");
    assertThat(ids(four.leftOut())).containsExactly("T5", "T6");
    assertThat(four.explain(Locale.ENGLISH)).contains("Tier 3 (T4, T5, T6) straddles the cut at 4")
        .contains("portfolio order decided: in T4; out T5, T6");
    assertThat(four.explain(Locale.forLanguageTag("da"))).contains("porteføljens rækkefølge afgjorde");
    // More than there are: all seven active tasks.
    assertThat(list.topK(20).tasks()).hasSize(7);
  }

  @Test
  void aTieBreakerFromTheRoundDecidesBeforePortfolioOrder() {
    // Reverse fixed order among the tied: T6 before T5 before T4, so top 4 takes T6.
    Portfolio p = portfolio;
    List<Task> reverse = List.of(p.task("T7").orElseThrow(), p.task("T6").orElseThrow(), p.task("T5").orElseThrow(),
        p.task("T4").orElseThrow(), p.task("T3").orElseThrow(), p.task("T2").orElseThrow(), p.task("T1").orElseThrow());
    PriorityList list = Round.builder(p).tieBreaker(TieBreaker.fixedOrder(reverse))
        .nominate("CEO", "T1", "T2", "T5")
        .nominate("DIR-CY", "T1", "T3", "T4")
        .nominate("DIR-BU", "T1", "T2", "T6")
        .nominate("DIR-HE", "T2", "T3")
        .build().priorityList();
    // Ties broken: T2 before T1; T6, T5, T4 in that order; seven single tiers.
    assertThat(ids(list.order())).containsExactly("T2", "T1", "T3", "T6", "T5", "T4", "T7");
    assertThat(list.tierCount()).isEqualTo(7);
    assertThat(list.topK(4).cutsATie()).isFalse();
    assertThat(ids(list.topK(4).tasks())).containsExactly("T2", "T1", "T3", "T6");
    assertThat(list.result().tieBreaks()).hasSize(2);
  }

  @Test
  void rollUpsSumTheTasksScores() {
    PriorityList list = unranked();
    // I1 = T1 + T2 = 3 + 3 = 6 (T8 retired, not counted), 6 nominations, 2 of 2 active tasks nominated.
    // I2 = T3 + T4 = 2 + 1 = 3, 3 nominations, 2 of 2. I3 = T5 + T6 + T7 = 1 + 1 + 0 = 2, 2 nominations, 2 of 3.
    RollUp initiatives = list.byInitiative();
    assertThat(initiatives.entries()).extracting(e -> e.tier() + ":" + e.id() + "=" + e.value() + "/" + e.nominations()
        + "/" + e.nominatedTasks() + "of" + e.activeTasks())
        .containsExactly("1:I1=6/6/2of2", "2:I2=3/3/2of2", "3:I3=2/2/2of3");
    // F1 = I1 + I2 = 9, 9 nominations, 4 of 4; F2 = I3 = 2, 2 nominations, 2 of 3.
    RollUp areas = list.byFocusArea();
    assertThat(areas.entries()).extracting(e -> e.tier() + ":" + e.id() + "=" + e.value() + "/" + e.nominations()
        + "/" + e.nominatedTasks() + "of" + e.activeTasks())
        .containsExactly("1:F1=9/9/4of4", "2:F2=2/2/2of3");
    assertThat(areas.measure().english()).contains("sum");
    assertThat(areas.explain(Locale.forLanguageTag("da"))).contains("F1 Economy: 9 (9 nomineringer, 4 af 4 opgaver");
  }

  @Test
  void rollUpTiesShareATier() {
    // CEO nominates T1 and T5 only: I1 = 1, I2 = 0, I3 = 1; F1 = 1, F2 = 1.
    PriorityList list = Round.builder(portfolio).nominate("CEO", "T1", "T5").build().priorityList();
    assertThat(list.byInitiative().entries()).extracting(e -> e.tier() + ":" + e.id())
        .containsExactly("1:I1", "1:I3", "2:I2");
    assertThat(list.byFocusArea().entries()).extracting(e -> e.tier() + ":" + e.id())
        .containsExactly("1:F1", "1:F2");
  }

  @Test
  void coverageOfTheTopK() {
    PriorityList list = unranked();
    // Top 3 = T1 (UP), T2 (UP, DOWN), T3 (DOWN): covers UP, DOWN; OUT and IN are empty.
    Coverage three = list.coverage(3);
    assertThat(three.covered()).containsExactly(Perspective.UPWARD, Perspective.DOWNWARD);
    assertThat(three.empty()).containsExactly(Perspective.OUTWARD, Perspective.INWARD);
    assertThat(ids(three.tasksByPerspective().get(Perspective.UPWARD))).containsExactly("T1", "T2");
    assertThat(three.tasksByPerspective().get(Perspective.OUTWARD)).isEmpty();
    assertThat(three.explain(Locale.ENGLISH))
        .isEqualTo("The top 3 covers upward leadership, downward leadership; left empty: outward leadership,"
            + " inward leadership.");
    assertThat(three.explain(Locale.forLanguageTag("da")))
        .isEqualTo("Top 3 dækker ledelse opad, ledelse nedad; tomme: ledelse udad, ledelse indad.");
    // Top 4 adds T4 (DOWN, IN): only OUT is empty.
    assertThat(list.coverage(4).empty()).containsExactly(Perspective.OUTWARD);
    // Top 5 adds T5 (OUT): all four covered.
    assertThat(list.coverage(5).empty()).isEmpty();
  }

  @Test
  void balancedTopKByFocusAreaBringsInTheBestTaskOfAnEmptyArea() {
    // Plain top 3 = T1, T2, T3, all in F1. F2's nominated tasks: T5 (rank 5), T6 (rank 6); T7 is
    // not nominated. F2's representative is T5; T1 represents F1; the third place goes to T2.
    BalancedTopK b = unranked().balancedTopK(3, Balance.FOCUS_AREA);
    assertThat(ids(b.tasks())).containsExactly("T1", "T2", "T5");
    assertThat(ids(b.cameIn())).containsExactly("T5");
    assertThat(ids(b.wentOut())).containsExactly("T3");
    assertThat(b.unmet()).isEmpty();
    assertThat(b.changed()).isTrue();
    assertThat(b.explain(Locale.ENGLISH)).contains("T5 Business portal (rank 5) came in for focus area F2 Growth")
        .contains("T3 New nursery (rank 3) went out to make room");
    assertThat(b.explain(Locale.forLanguageTag("da"))).contains("kom med for fokusområdet F2 Growth")
        .contains("gik ud for at give plads");
  }

  @Test
  void balancedTopKUnchangedWhenThePlainTopKAlreadyMeetsIt() {
    // Plain top 5 = T1..T5: F1 by T1, F2 by T5 (nominated). Nothing changes.
    BalancedTopK b = unranked().balancedTopK(5, Balance.FOCUS_AREA);
    assertThat(b.tasks()).isEqualTo(b.plain());
    assertThat(ids(b.tasks())).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(b.changed()).isFalse();
    assertThat(b.explain(Locale.ENGLISH)).contains("the constraint changes nothing");
    assertThat(b.explain(Locale.forLanguageTag("da"))).contains("kravet ændrer intet");
  }

  @Test
  void balancedTopKByPerspective() {
    PriorityList list = unranked();
    // Best nominated task per perspective: UP T1 (rank 1), DOWN T2 (rank 2), IN T4 (rank 4),
    // OUT T5 (rank 5). Top 4: representatives T1, T2 (T1 is not DOWN), T4, T5; T3 goes out.
    BalancedTopK four = list.balancedTopK(4, Balance.PERSPECTIVE);
    assertThat(ids(four.tasks())).containsExactly("T1", "T2", "T4", "T5");
    assertThat(ids(four.cameIn())).containsExactly("T5");
    assertThat(ids(four.wentOut())).containsExactly("T3");
    assertThat(four.explain(Locale.ENGLISH)).contains("came in for the perspective outward leadership");
    // Top 3: four groups, three places. UP, DOWN, IN rank highest (T1, T2, T4); OUT gets none.
    BalancedTopK three = list.balancedTopK(3, Balance.PERSPECTIVE);
    assertThat(ids(three.tasks())).containsExactly("T1", "T2", "T4");
    assertThat(ids(three.cameIn())).containsExactly("T4");
    assertThat(ids(three.wentOut())).containsExactly("T3");
    assertThat(three.unmet()).containsExactly("OUTWARD");
    assertThat(three.explain(Locale.ENGLISH)).contains("the perspective outward leadership got no place");
    assertThat(three.explain(Locale.forLanguageTag("da"))).contains("perspektivet ledelse udad fik ingen plads");
    // Top 6 = T1..T6 covers all four with nominated tasks: unchanged.
    assertThat(list.balancedTopK(6, Balance.PERSPECTIVE).changed()).isFalse();
  }

  @Test
  void memberComparisonOverlapAndKendallDistance() {
    PriorityList list = unranked();
    // Board tiers: T1 1, T2 1, T3 2, T4 3, T5 3, T6 3, T7 4; top 3 = T1, T2, T3. 21 pairs.
    //
    // CEO (T1, T2, T5 tied first, the rest tied last). Pairs tied in exactly one ranking (1/2 each):
    // T1-T5, T2-T5 (CEO ties, board orders), T3-T4, T3-T6, T3-T7, T4-T7, T6-T7 (CEO ties),
    // T4-T5, T5-T6 (board ties) = 9 halves; discordant: T3-T5 (CEO: T5 first; board: T3 first) = 1.
    // Distance 9/2 + 1 = 11/2; normalised 11/2 / 21 = 11/42.
    MemberComparison ceo = list.comparison("CEO", 3);
    assertThat(ids(ceo.overlap())).containsExactly("T1", "T2");
    assertThat(ceo.overlapCount()).isEqualTo(2);
    assertThat(ids(ceo.notPrioritised())).containsExactly("T5");
    assertThat(ceo.kendallDistance()).isEqualTo(Rational.of(11, 2));
    assertThat(ceo.normalisedDistance()).isEqualTo(Rational.of(11, 42));
    // DIR-CY (T1, T3, T4 first). Halves: T1-T2, T1-T3, T1-T4, T2-T5, T2-T6, T2-T7, T3-T4, T4-T5,
    // T4-T6, T5-T7, T6-T7 = 11; discordant: T2-T3, T2-T4 = 2. Distance 11/2 + 2 = 15/2; 15/42 = 5/14.
    MemberComparison cy = list.comparison("DIR-CY", 3);
    assertThat(ids(cy.overlap())).containsExactly("T1", "T3");
    assertThat(ids(cy.notPrioritised())).containsExactly("T4");
    assertThat(cy.kendallDistance()).isEqualTo(Rational.of(15, 2));
    assertThat(cy.normalisedDistance()).isEqualTo(Rational.of(5, 14));
    // DIR-HE (T2, T3 first). Halves: T1-T2, T1-T4, T1-T5, T1-T6, T1-T7, T2-T3, T4-T7, T5-T7, T6-T7
    // = 9; discordant: T1-T3 = 1. Distance 11/2. Both nominations are in the top 3.
    MemberComparison he = list.comparison("DIR-HE", 3);
    assertThat(ids(he.overlap())).containsExactly("T2", "T3");
    assertThat(he.notPrioritised()).isEmpty();
    assertThat(he.kendallDistance()).isEqualTo(Rational.of(11, 2));
    assertThat(he.explain(Locale.ENGLISH)).contains("Every nominated task is prioritised");
    assertThat(ceo.explain(Locale.forLanguageTag("da"))).contains("Nomineret, men ikke prioriteret: T5 Business portal");
    // Every nominating member, in portfolio order.
    assertThat(list.comparisons(3)).extracting(c -> c.member().id())
        .containsExactly("CEO", "DIR-CY", "DIR-BU", "DIR-HE");
  }

  @Test
  void rankedRoundUsesModifiedBorda() {
    // CEO: T2, T1, T5 -> 3, 2, 1. DIR-CY: T3, T1 -> 2, 1. DIR-BU: T6, T2, T1, T5 -> 4, 3, 2, 1.
    // DIR-HE: T3 -> 1. Totals: T1 = 2 + 1 + 2 = 5, T2 = 3 + 3 = 6, T3 = 2 + 1 = 3, T4 = 0,
    // T5 = 1 + 1 = 2, T6 = 4, T7 = 0. Tiers: T2 6, T1 5, T6 4, T3 3, T5 2, {T4, T7} 0.
    PriorityList list = Round.builder(portfolio).policy(NominationPolicy.standard().withRanked(true))
        .nominate("CEO", "T2", "T1", "T5")
        .nominate("DIR-CY", "T3", "T1")
        .nominate("DIR-BU", "T6", "T2", "T1", "T5")
        .nominate("DIR-HE", "T3")
        .build().priorityList();
    assertThat(list.result().ruleId()).isEqualTo("borda-modified");
    assertThat(list.entries()).extracting(e -> e.task().id() + "@" + e.tier() + "=" + e.score().orElseThrow())
        .containsExactly("T2@1=6", "T1@2=5", "T6@3=4", "T3@4=3", "T5@5=2", "T4@6=0", "T7@6=0");
    assertThat(list.entry("T1").nominatedBy()).extracting(Nominator::toString)
        .containsExactly("CEO #2", "DIR-CY #2", "DIR-BU #3");
    assertThat(list.entry("T5").nominatedBy()).extracting(n -> n.position())
        .containsExactly(OptionalInt.of(3), OptionalInt.of(4));
    // DIR-BU's own ranking: T6 0, T2 1, T1 2, T5 3, {T3, T4, T7} 4 (tied last). Board: T2 1, T1 2,
    // T6 3, T3 4, T5 5, T4 6, T7 6. Discordant: T1-T6, T2-T6 (DIR-BU puts T6 first), T3-T5 (DIR-BU:
    // T5 above T3; board: T3 above T5) = 3. Tied in one: T3-T4, T3-T7 (DIR-BU ties, board orders) = 2
    // halves; T4-T7 tied in both. Distance 3 + 1 = 4; normalised 4/21.
    MemberComparison bu = list.comparison("DIR-BU", 3);
    assertThat(ids(bu.overlap())).containsExactly("T6", "T2", "T1");
    assertThat(ids(bu.notPrioritised())).containsExactly("T5");
    assertThat(bu.kendallDistance()).isEqualTo(Rational.of(4));
    assertThat(bu.normalisedDistance()).isEqualTo(Rational.of(4, 21));
  }

  @Test
  void anyRuleOfTheRightKindFromTheRegistry() {
    // Averaged Borda on the ranked nominations CEO: T2, T1 and DIR-BU: T1. m = 7.
    // CEO: T2 gets m-1-0 = 6, T1 gets 5, the five unranked share positions 2..6: (4+3+2+1+0)/5 = 2.
    // DIR-BU: T1 gets 6, the six unranked share (5+4+3+2+1+0)/6 = 5/2.
    // T1 = 5 + 6 = 11, T2 = 6 + 5/2 = 17/2, others = 2 + 5/2 = 9/2.
    PriorityList list = Round.builder(portfolio).policy(NominationPolicy.standard().withRanked(true))
        .rule(RuleRegistry.standard().get("borda-averaged"))
        .nominate("CEO", "T2", "T1")
        .nominate("DIR-BU", "T1")
        .build().priorityList();
    assertThat(list.entry("T1").score()).contains(Rational.of(11));
    assertThat(list.entry("T2").score()).contains(Rational.of(17, 2));
    assertThat(list.entry("T7").score()).contains(Rational.of(9, 2));
    assertThat(list.tierCount()).isEqualTo(3);
  }

  @Test
  void ownDepartmentMeansTheInitiativesDepartment() {
    // Own-department tasks refused: DIR-CY may still nominate cross-cutting T1 and DIR-BU's T5;
    // the CEO (no department) may nominate anything.
    Round round = Round.builder(portfolio).policy(NominationPolicy.standard().withOwnDepartmentAllowed(false))
        .nominate("DIR-CY", "T1", "T5")
        .nominate("CEO", "T3", "T5")
        .nominate("DIR-BU", "T3")
        .build();
    assertThat(round.nominations()).hasSize(3);
    assertThat(round.priorityList().entry("T3").nominations()).isEqualTo(2);
  }
}
