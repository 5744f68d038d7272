package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.budget.GreedyByVotes;
import dk.prioritization.core.committee.Phragmen;
import dk.prioritization.portfolio.round.Balance;
import dk.prioritization.portfolio.round.BalancedTopK;
import dk.prioritization.portfolio.round.MemberComparison;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.Selection;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's "Running a prioritisation round" example does what the README says. */
class ReadmeRoundExampleTest {

  @Test
  void readmeRound_asDocumented() {
    Portfolio portfolio = Portfolio.builder()
        .costUnit(new Text("person-months", "personmåneder"))
        .focusArea(new FocusArea("F1", "Økonomi og styring"))
        .focusArea(new FocusArea("F2", "Ledelse og arbejdsfællesskaber"))
        .initiative(Initiative.of("I1", "Økonomi", "F1", "Half a page on what the initiative is about ...",
            "Kommunaldirektør", Scope.CROSS_CUTTING, Perspective.UPWARD))
        .initiative(Initiative.of("I2", "Sammen om ledelse", "F2", "Half a page ...",
            "Direktør for Økonomi og Personale", Scope.department("Økonomi og Personale"), Perspective.DOWNWARD))
        .task(Task.of("T1", "Budgetproces 2026", "I1", "Økonomichef", Perspective.UPWARD).withCost(3))
        .task(Task.of("T2", "Anlægsplan", "I1", "Økonomichef", Perspective.UPWARD, Perspective.OUTWARD).withCost(6))
        .task(Task.of("T3", "Lederudviklingsprogram", "I2", "HR-chef", Perspective.DOWNWARD, Perspective.INWARD)
            .withCost(4))
        .task(Task.of("T4", "Nedbringelse af sygefravær", "I2", "HR-chef", Perspective.DOWNWARD).withCost(2))
        .member(BoardMember.withoutDepartment("KD", "Kommunaldirektør"))
        .member(BoardMember.of("DIR-BU", "Direktør for Børn og Unge", "Børn og Unge"))
        .member(BoardMember.of("DIR-OP", "Direktør for Økonomi og Personale", "Økonomi og Personale"))
        .build();
    Portfolio v2 = portfolio.apply(new Change.RenameTask("T1", "Budgetproces 2026-2029"), "Fireårigt budget");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.task("T1")).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Budgetproces 2026-2029"));
    assertThat(portfolio.task("T1")).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Budgetproces 2026"));

    Round round = Round.builder(v2)
        .nominate("KD", "T1", "T3")
        .nominate("DIR-BU", "T1", "T4")
        .nominate("DIR-OP", "T1", "T3", "T4", "T2")
        .build();
    PriorityList list = round.priorityList();

    // T1 by all three; T3 by KD and DIR-OP; T4 by DIR-BU and DIR-OP; T2 by DIR-OP.
    assertThat(list.result().ranking().toString())
        .isEqualTo("T1 Budgetproces 2026-2029 > {T3 Lederudviklingsprogram, T4 Nedbringelse af sygefravær} > T2 Anlægsplan");
    assertThat(list.explain(Locale.forLanguageTag("da"))).contains("nomineret af KD, DIR-BU, DIR-OP");
    // I1 = T1 3 + T2 1 = 4; I2 = T3 2 + T4 2 = 4.
    assertThat(list.byInitiative().entries()).allSatisfy(e -> {
      assertThat(e.tier()).isEqualTo(1);
      assertThat(e.value()).isEqualTo(Rational.of(4));
    });
    // Top 3 = T1 (up), T3 (down, inward), T4 (down): outward is empty.
    assertThat(list.coverage(3).covered()).containsExactly(Perspective.UPWARD, Perspective.DOWNWARD, Perspective.INWARD);
    assertThat(list.coverage(3).empty()).containsExactly(Perspective.OUTWARD);
    // T2 is the only nominated outward task; T4 is the lowest of the top 3 and no perspective needs
    // it (T3 covers downward), so it makes room.
    BalancedTopK balanced = list.balancedTopK(3, Balance.PERSPECTIVE);
    assertThat(balanced.cameIn()).extracting(Task::id).containsExactly("T2");
    assertThat(balanced.wentOut()).extracting(Task::id).containsExactly("T4");
    // KD nominated T1 and T3, both in the top 3.
    MemberComparison kd = list.comparison("KD", 3);
    assertThat(kd.overlap()).extracting(Task::id).containsExactly("T1", "T3");
    assertThat(kd.notPrioritised()).isEmpty();

    // Sequential Phragmén (Lackner and Skowron 2023, section 2.5): round 1 elects T1 (3 approvers,
    // load 1/3 each); round 2: T3 (KD, DIR-OP) and T4 (DIR-BU, DIR-OP) both give (1 + 2/3)/2 = 5/6,
    // T2 (DIR-OP) 1 + 1/3 = 4/3, so T3 by portfolio order. Next: T4 would give DIR-BU (1/3) and
    // DIR-OP (5/6) (1 + 1/3 + 5/6)/2 = 13/12, T2 1 + 5/6 = 11/6: T4.
    Selection two = round.select(Phragmen.sequential(), 2);
    assertThat(two.chosen()).extracting(Task::id).containsExactly("T1", "T3");
    assertThat(two.nextOut()).map(Task::id).contains("T4");
    // Greedy by approvals within 8 (Aziz and Shah 2021): T1 (3 approvals, cost 3; 5 left), T3 (2,
    // cost 4; 1 left), T4 (2, cost 2) does not fit, T2 (1, cost 6) does not fit: 7, 1 left.
    Selection fits = round.fitCapacity(GreedyByVotes.rule(), 8);
    assertThat(fits.chosen()).extracting(Task::id).containsExactly("T1", "T3");
    assertThat(fits.totalCost()).hasValue(7);
    assertThat(fits.capacityLeft()).hasValue(1);
    assertThat(fits.nextOut()).map(Task::id).contains("T4");
    assertThat(fits.reasons().get(v2.task("T4").orElseThrow()).english()).isEqualTo("does not fit: costs 2, 1 left");
    assertThat(fits.explain(Locale.forLanguageTag("da"))).contains("T1 Budgetproces 2026-2029 (3 personmåneder)",
        "Samlet omkostning: 7 personmåneder, tilbage: 1 personmåneder");
  }
}
