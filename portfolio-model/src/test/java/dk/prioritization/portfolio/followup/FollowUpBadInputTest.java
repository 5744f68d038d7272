package dk.prioritization.portfolio.followup;

import static dk.prioritization.portfolio.followup.Fixture.D1;
import static dk.prioritization.portfolio.followup.Fixture.Q1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One test per kind of bad report; each problem must name the item at fault. */
class FollowUpBadInputTest {

  private static FollowUpException fails(FollowUp.Builder b) {
    return catchThrowableOfType(FollowUpException.class, b::build);
  }

  private static FollowUp.Builder builder() {
    return FollowUp.builder(Fixture.portfolio());
  }

  @Test
  void unknownTask() {
    FollowUpException e = fails(builder().task("T-99", Q1, Status.ON_TRACK, "ok", D1));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FollowUpProblem.Kind.UNKNOWN_ITEM);
      assertThat(p.element()).isEqualTo("task 'T-99'");
      assertThat(p.message()).isEqualTo(
          "the 2025-Q1 report names unknown task 'T-99'; portfolio version 1 has no such task");
    });
  }

  @Test
  void unknownInitiativeEvenIfATaskHasThatId() {
    FollowUpException e = fails(builder().initiative("T1", Q1, Status.ON_TRACK, "ok", D1));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FollowUpProblem.Kind.UNKNOWN_ITEM);
      assertThat(p.element()).isEqualTo("initiative 'T1'");
    });
  }

  @Test
  void twoReportsForOneItemAndQuarterAreOneProblem() {
    FollowUpException e = fails(builder()
        .task("T1", Q1, Status.ON_TRACK, "first", D1)
        .task("T1", Q1, Status.AT_RISK, "second", D1)
        .task("T1", Q1, Status.DONE, "third", D1)
        .task("T1", Q1.next(), Status.DONE, "next quarter is fine", LocalDate.of(2025, 5, 1))
        .initiative("I1", Q1, Status.DONE, "another item is fine", D1));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FollowUpProblem.Kind.DUPLICATE_REPORT);
      assertThat(p.element()).isEqualTo("task 'T1'");
      assertThat(p.message()).isEqualTo("task 'T1' has two or more reports for 2025-Q1; give one per quarter");
    });
  }

  @Test
  void dateOutsideItsQuarter() {
    FollowUpException e = fails(builder()
        .task("T1", Q1, Status.ON_TRACK, "first day is fine", LocalDate.of(2025, 1, 1))
        .task("T2", Q1, Status.ON_TRACK, "last day is fine", LocalDate.of(2025, 3, 31))
        .task("T3", Q1, Status.ON_TRACK, "a day late", LocalDate.of(2025, 4, 1))
        .task("T4", Q1, Status.ON_TRACK, "a year off", LocalDate.of(2024, 2, 1)));
    assertThat(e.problems()).extracting(FollowUpProblem::kind)
        .containsOnly(FollowUpProblem.Kind.DATE_OUTSIDE_QUARTER);
    assertThat(e.problems()).extracting(FollowUpProblem::element).containsExactly("task 'T3'", "task 'T4'");
    assertThat(e.problems().get(0).message()).isEqualTo(
        "the 2025-Q1 report on task 'T3' is dated 2025-04-01, outside the quarter (2025-01-01 to 2025-03-31)");
  }

  @Test
  void emptyComment() {
    FollowUpException e = fails(builder()
        .task("T1", Q1, Status.ON_TRACK, "", D1)
        .initiative("I2", Q1, Status.ON_TRACK, " \t", D1));
    assertThat(e.problems()).extracting(FollowUpProblem::kind).containsOnly(FollowUpProblem.Kind.EMPTY_COMMENT);
    assertThat(e.problems()).extracting(FollowUpProblem::message).containsExactly(
        "the 2025-Q1 report on task 'T1' has an empty comment",
        "the 2025-Q1 report on initiative 'I2' has an empty comment");
  }

  @Test
  void everyProblemAtOnceInTheOrderFound() {
    FollowUpException e = fails(builder()
        .task("T-99", Q1, Status.ON_TRACK, "ok", D1)
        .task("T1", Q1, Status.ON_TRACK, "ok", D1)
        .task("T1", Q1, Status.ON_TRACK, "ok", D1)
        .task("T2", Q1, Status.ON_TRACK, "ok", LocalDate.of(2025, 7, 1))
        .initiative("I1", Q1, Status.ON_TRACK, "", D1));
    assertThat(e.problems()).extracting(p -> p.kind() + " " + p.element()).containsExactly(
        "UNKNOWN_ITEM task 'T-99'", "DUPLICATE_REPORT task 'T1'", "DATE_OUTSIDE_QUARTER task 'T2'",
        "EMPTY_COMMENT initiative 'I1'");
    assertThat(e.getMessage()).startsWith("the follow-up has 4 problems:\n  the 2025-Q1 report names unknown task");
  }

  @Test
  void aRetiredTaskMayBeReported() {
    assertThat(builder().task("T5", Q1, Status.DONE, "merged", D1).build().reports()).hasSize(1);
  }
}
