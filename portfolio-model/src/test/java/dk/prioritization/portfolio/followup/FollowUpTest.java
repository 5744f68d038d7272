package dk.prioritization.portfolio.followup;

import static dk.prioritization.portfolio.followup.Fixture.Q1;
import static dk.prioritization.portfolio.followup.Fixture.Q2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Perspective;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of {@link Fixture#followUp()}, every expectation worked out by hand. */
class FollowUpTest {
  private static final Locale DA = Locale.forLanguageTag("da");
  private final FollowUp f = Fixture.followUp();

  @Test
  void statusPerItemAndQuarterWithoutCarryingOver() {
    assertThat(f.status(Item.task("T1"), Q1)).contains(Status.ON_TRACK);
    assertThat(f.status(Item.task("T1"), Q2)).contains(Status.AT_RISK);
    assertThat(f.status(Item.initiative("I2"), Q2)).contains(Status.OFF_TRACK);
    // T3 was done in Q1 and has no Q2 report: no status is carried over
    assertThat(f.status(Item.task("T3"), Q2)).isEmpty();
    assertThat(f.status(Item.task("T4"), Q1)).isEmpty();
    // an initiative id asked for as a task, and an unknown id: no report
    assertThat(f.status(Item.task("I1"), Q1)).isEmpty();
    assertThat(f.status(Item.task("T99"), Q1)).isEmpty();
    assertThat(f.status(Item.task("T1"), new Quarter(2025, 3))).isEmpty();
    assertThat(f.report(Item.task("T1"), Q2).orElseThrow().comment()).isEqualTo("Late input from departments");
  }

  @Test
  void reportsByQuarterThenReadingOrder() {
    // reading order: I1, T1, T2, I2, T3, T4, T5; Q1 has I1 T1 T2 I2 T3 T5, Q2 has I1 T1 T2 I2 T4
    assertThat(f.quarters()).containsExactly(Q1, Q2);
    assertThat(f.reports()).extracting(r -> r.quarter() + " " + r.item())
        .containsExactly("2025-Q1 initiative 'I1'", "2025-Q1 task 'T1'", "2025-Q1 task 'T2'",
            "2025-Q1 initiative 'I2'", "2025-Q1 task 'T3'", "2025-Q1 task 'T5'",
            "2025-Q2 initiative 'I1'", "2025-Q2 task 'T1'", "2025-Q2 task 'T2'", "2025-Q2 initiative 'I2'",
            "2025-Q2 task 'T4'");
    assertThat(f.reports(Q2)).hasSize(5);
    assertThat(f.reports(new Quarter(2024, 4))).isEmpty();
  }

  @Test
  void changesFromQ1ToQ2() {
    // I1 on track both: left out. T1 on track -> at risk: worse. T2 not started -> on track: better.
    // I2 at risk -> off track: worse. T3 done -> none: left out (done needs no more reports).
    // T4 none -> not started: new. T5 off track -> none: went quiet (retired, but reported before).
    List<StatusChange> changes = f.changes(Q1, Q2);
    assertThat(changes).extracting(c -> c.item().id() + " " + c.kind())
        .containsExactly("T1 WORSE", "T2 BETTER", "I2 WORSE", "T4 NEW", "T5 WENT_QUIET");
    StatusChange t1 = changes.get(0);
    assertThat(t1.from()).contains(Status.ON_TRACK);
    assertThat(t1.to()).contains(Status.AT_RISK);
    assertThat(t1.name()).isEqualTo("Budget 2026");
    assertThat(t1.text().english()).isEqualTo("task 'T1' Budget 2026: on track → at risk (worse)");
    assertThat(t1.text().in(DA)).isEqualTo("opgave 'T1' Budget 2026: følger planen → i risiko (forværret)");
    assertThat(changes.get(2).text().in(DA))
        .isEqualTo("indsats 'I2' Workplace: i risiko → ude af kurs (forværret)");
    assertThat(changes.get(3).text().english()).isEqualTo("task 'T4' Leadership: no report → not started (new)");
    assertThat(changes.get(3).text().in(DA))
        .isEqualTo("opgave 'T4' Leadership: ingen rapport → ikke påbegyndt (ny)");
    assertThat(changes.get(4).text().in(DA))
        .isEqualTo("opgave 'T5' Old survey: ude af kurs → ingen rapport (ikke længere rapporteret)");
  }

  @Test
  void changesSinceRunsToTheLatestQuarter() {
    assertThat(f.changesSince(Q1)).isEqualTo(f.changes(Q1, Q2));
    assertThat(f.changesSince(Q2)).isEmpty();
    assertThat(f.changesSince(new Quarter(2025, 4))).isEmpty();
    // from 2024-Q4 (no reports) to Q2: every Q2 report is new, in reading order
    assertThat(f.changesSince(new Quarter(2024, 4))).extracting(c -> c.item().id() + " " + c.kind())
        .containsExactly("I1 NEW", "T1 NEW", "T2 NEW", "I2 NEW", "T4 NEW");
  }

  @Test
  void changesRefuseQuartersOutOfOrder() {
    assertThatThrownBy(() -> f.changes(Q2, Q1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-Q2 to 2025-Q1");
    assertThatThrownBy(() -> f.changes(Q1, Q1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summaryOfQ1() {
    Summary s = f.summary(Q1);
    List<FocusArea> areas = List.copyOf(s.byFocusArea().keySet());
    assertThat(areas).extracting(FocusArea::id).containsExactly("F1", "F2");
    // F1: T1 on track, T2 not started; I1 on track
    Summary.Line f1 = s.byFocusArea().get(areas.get(0));
    assertThat(f1.tasks()).isEqualTo(counts(Map.of(Status.ON_TRACK, 1, Status.NOT_STARTED, 1), 0));
    assertThat(f1.initiatives()).isEqualTo(counts(Map.of(Status.ON_TRACK, 1), 0));
    // F2: T3 done, T5 off track (retired but reported), T4 unreported; I2 at risk
    Summary.Line f2 = s.byFocusArea().get(areas.get(1));
    assertThat(f2.tasks()).isEqualTo(counts(Map.of(Status.DONE, 1, Status.OFF_TRACK, 1), 1));
    assertThat(f2.tasks().reported()).isEqualTo(2);
    assertThat(f2.initiatives()).isEqualTo(counts(Map.of(Status.AT_RISK, 1), 0));
    // perspectives: upward T1 on track, T2 not started; I1 on track
    //               downward T2 not started, T3 done, T5 off track; I2 at risk
    //               outward nothing; inward T4 unreported; I2 at risk
    assertThat(s.byPerspective().keySet()).containsExactly(Perspective.values());
    assertThat(s.byPerspective().get(Perspective.UPWARD))
        .isEqualTo(new Summary.Line(counts(Map.of(Status.ON_TRACK, 1, Status.NOT_STARTED, 1), 0),
            counts(Map.of(Status.ON_TRACK, 1), 0)));
    assertThat(s.byPerspective().get(Perspective.DOWNWARD)).isEqualTo(new Summary.Line(
        counts(Map.of(Status.NOT_STARTED, 1, Status.DONE, 1, Status.OFF_TRACK, 1), 0),
        counts(Map.of(Status.AT_RISK, 1), 0)));
    assertThat(s.byPerspective().get(Perspective.OUTWARD))
        .isEqualTo(new Summary.Line(counts(Map.of(), 0), counts(Map.of(), 0)));
    assertThat(s.byPerspective().get(Perspective.INWARD))
        .isEqualTo(new Summary.Line(counts(Map.of(), 1), counts(Map.of(Status.AT_RISK, 1), 0)));
  }

  @Test
  void summaryOfQ2InBothLanguages() {
    // F2 in Q2: T3 active and unreported, T4 not started, T5 retired and unreported: not counted
    Summary s = f.summary(Q2);
    assertThat(s.text().english()).isEqualTo("""
        Follow-up 2025-Q2
        By focus area:
          Economy: tasks 1 on track, 1 at risk; initiatives 1 on track
          People: tasks 1 not started, 1 not reported; initiatives 1 off track
        By leadership perspective:
          upward leadership: tasks 1 on track, 1 at risk; initiatives 1 on track
          downward leadership: tasks 1 on track, 1 not reported; initiatives 1 off track
          outward leadership: tasks none; initiatives none
          inward leadership: tasks 1 not started; initiatives 1 off track""");
    assertThat(s.text().in(DA)).isEqualTo("""
        Opfølgning 2025-Q2
        Efter fokusområde:
          Economy: opgaver 1 følger planen, 1 i risiko; indsatser 1 følger planen
          People: opgaver 1 ikke påbegyndt, 1 ikke rapporteret; indsatser 1 ude af kurs
        Efter ledelsesperspektiv:
          ledelse opad: opgaver 1 følger planen, 1 i risiko; indsatser 1 følger planen
          ledelse nedad: opgaver 1 følger planen, 1 ikke rapporteret; indsatser 1 ude af kurs
          ledelse udad: opgaver ingen; indsatser ingen
          ledelse indad: opgaver 1 ikke påbegyndt; indsatser 1 ude af kurs""");
  }

  @Test
  void summaryOfAQuarterWithoutReportsCountsEverythingUnreported() {
    Summary s = f.summary(new Quarter(2025, 3));
    List<Summary.Line> lines = List.copyOf(s.byFocusArea().values());
    // F1: T1, T2, I1; F2: T3, T4 (T5 retired, left out), I2
    assertThat(lines.get(0)).isEqualTo(new Summary.Line(counts(Map.of(), 2), counts(Map.of(), 1)));
    assertThat(lines.get(1)).isEqualTo(new Summary.Line(counts(Map.of(), 2), counts(Map.of(), 1)));
  }

  @Test
  void anEmptyFollowUpHasNoQuartersAndNoChanges() {
    FollowUp empty = FollowUp.builder(Fixture.portfolio()).build();
    assertThat(empty.quarters()).isEmpty();
    assertThat(empty.reports()).isEmpty();
    assertThat(empty.changesSince(Q1)).isEmpty();
    assertThat(empty.changes(Q1, Q2)).isEmpty();
  }

  @Test
  void equalContentGivesEqualFollowUps() {
    assertThat(Fixture.followUp()).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(f).hasToString("follow-up of portfolio version 1: 11 reports in 2 quarters");
  }

  @Test
  void aChangeNeedsAReportOnItsOwnItem() {
    assertThatThrownBy(() -> new StatusChange(Item.task("T1"), "x", java.util.Optional.empty(), java.util.Optional.empty()))
        .hasMessageContaining("task 'T1'");
    StatusReport other = StatusReport.task("T2", Q1, Status.DONE, "c", Fixture.D1);
    assertThatThrownBy(() -> new StatusChange(Item.task("T1"), "x", java.util.Optional.of(other), java.util.Optional.empty()))
        .hasMessageContaining("another item");
  }

  private static Summary.Counts counts(Map<Status, Integer> byStatus, int unreported) {
    return new Summary.Counts(byStatus, unreported);
  }
}
