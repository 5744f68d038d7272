package dk.prioritization.portfolio.followup;

import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Scope;
import dk.prioritization.portfolio.Task;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A small portfolio for the follow-up tests.
 *
 * <pre>
 * F1 Economy     I1 Budget (upward)                     T1 Budget 2026 (upward)
 *                                                       T2 Procurement (upward, downward)
 * F2 People      I2 Workplace (downward, inward)        T3 Recruitment (downward)
 *                                                       T4 Leadership (inward)
 *                                                       T5 Old survey (downward; retired, merged into T3)
 * </pre>
 */
final class Fixture {
  static final Quarter Q1 = new Quarter(2025, 1);
  static final Quarter Q2 = new Quarter(2025, 2);
  static final LocalDate D1 = LocalDate.of(2025, 3, 26);
  static final LocalDate D2 = LocalDate.of(2025, 6, 25);

  private Fixture() {}

  static Portfolio portfolio() {
    return Portfolio.builder()
        .focusArea(new FocusArea("F1", "Economy"))
        .focusArea(new FocusArea("F2", "People"))
        .initiative(Initiative.of("I1", "Budget", "F1", "About the budget.", "Chief executive",
            Scope.CROSS_CUTTING, Perspective.UPWARD))
        .initiative(Initiative.of("I2", "Workplace", "F2", "About the workplace.", "Director of staff",
            Scope.CROSS_CUTTING, Perspective.DOWNWARD, Perspective.INWARD))
        .task(Task.of("T1", "Budget 2026", "I1", "Head of finance", Perspective.UPWARD))
        .task(Task.of("T2", "Procurement", "I1", "Head of procurement", Perspective.UPWARD, Perspective.DOWNWARD))
        .task(Task.of("T3", "Recruitment", "I2", "Head of HR", Perspective.DOWNWARD))
        .task(Task.of("T4", "Leadership", "I2", "Head of HR", Perspective.INWARD))
        .task(new Task("T5", "Old survey", "I2", "Head of HR", Set.of(Perspective.DOWNWARD), Set.of(), true,
            Optional.of("T3"), OptionalLong.empty()))
        .member(BoardMember.withoutDepartment("CEO", "Chief executive"))
        .build();
  }

  /**
   * The worked example's reports.
   *
   * <pre>
   *        2025-Q1       2025-Q2
   * I1     on track      on track
   * T1     on track      at risk
   * T2     not started   on track
   * I2     at risk       off track
   * T3     done          -
   * T4     -             not started
   * T5     off track     -
   * </pre>
   *
   * <p>Added deliberately out of reading order.
   */
  static FollowUp followUp() {
    return FollowUp.builder(portfolio())
        .task("T4", Q2, Status.NOT_STARTED, "Not begun yet", D2)
        .task("T1", Q1, Status.ON_TRACK, "Timetable agreed", D1)
        .initiative("I2", Q2, Status.OFF_TRACK, "Two tasks stalled", D2)
        .task("T2", Q1, Status.NOT_STARTED, "Waits for the tender", D1)
        .initiative("I1", Q1, Status.ON_TRACK, "Fine", D1)
        .initiative("I2", Q1, Status.AT_RISK, "Short of staff", D1)
        .task("T3", Q1, Status.DONE, "All posts filled", D1)
        .task("T5", Q1, Status.OFF_TRACK, "Merged into recruitment", D1)
        .initiative("I1", Q2, Status.ON_TRACK, "Fine", D2)
        .task("T1", Q2, Status.AT_RISK, "Late input from departments", D2)
        .task("T2", Q2, Status.ON_TRACK, "Tender out", D2)
        .build();
  }
}
