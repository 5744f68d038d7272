package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Rational;
import dk.prioritization.portfolio.round.Balance;
import dk.prioritization.portfolio.round.BalancedTopK;
import dk.prioritization.portfolio.round.MemberComparison;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's "Running a prioritisation round" example does what the README says. */
class ReadmeRoundExampleTest {

  @Test
  void readmeRound_asDocumented() {
    Portfolio portfolio = Portfolio.builder()
        .focusArea(new FocusArea("F1", "Økonomi og styring"))
        .focusArea(new FocusArea("F2", "Ledelse og arbejdsfællesskaber"))
        .initiative(Initiative.of("I1", "Økonomi", "F1", "Half a page on what the initiative is about ...",
            "Kommunaldirektør", Scope.CROSS_CUTTING, Perspective.UPWARD))
        .initiative(Initiative.of("I2", "Sammen om ledelse", "F2", "Half a page ...",
            "Direktør for Økonomi og Personale", Scope.department("Økonomi og Personale"), Perspective.DOWNWARD))
        .task(Task.of("T1", "Budgetproces 2026", "I1", "Økonomichef", Perspective.UPWARD))
        .task(Task.of("T2", "Anlægsplan", "I1", "Økonomichef", Perspective.UPWARD, Perspective.OUTWARD))
        .task(Task.of("T3", "Lederudviklingsprogram", "I2", "HR-chef", Perspective.DOWNWARD, Perspective.INWARD))
        .task(Task.of("T4", "Nedbringelse af sygefravær", "I2", "HR-chef", Perspective.DOWNWARD))
        .member(BoardMember.withoutDepartment("KD", "Kommunaldirektør"))
        .member(BoardMember.of("DIR-BU", "Direktør for Børn og Unge", "Børn og Unge"))
        .member(BoardMember.of("DIR-OP", "Direktør for Økonomi og Personale", "Økonomi og Personale"))
        .build();
    Portfolio v2 = portfolio.apply(new Change.RenameTask("T1", "Budgetproces 2026-2029"), "Fireårigt budget");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.task("T1")).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Budgetproces 2026-2029"));
    assertThat(portfolio.task("T1")).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Budgetproces 2026"));

    PriorityList list = Round.builder(v2)
        .nominate("KD", "T1", "T3")
        .nominate("DIR-BU", "T1", "T4")
        .nominate("DIR-OP", "T1", "T3", "T4", "T2")
        .build()
        .priorityList();

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
  }
}
