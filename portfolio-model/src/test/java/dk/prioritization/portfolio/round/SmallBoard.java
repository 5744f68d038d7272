package dk.prioritization.portfolio.round;

import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Scope;
import dk.prioritization.portfolio.Task;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A small hand-made portfolio for the worked examples.
 *
 * <pre>
 * F1 Economy
 *   I1 Budget            cross-cutting        UPWARD      T1 (UP), T2 (UP, DOWN), T8 (UP, retired into T1)
 *   I2 Day care          department Children  DOWNWARD    T3 (DOWN), T4 (DOWN, IN)
 * F2 Growth
 *   I3 Business service  department Business  OUTWARD     T5 (OUT), T6 (OUT, UP), T7 (IN)
 * Members: CEO (no department), DIR-CY (Children), DIR-BU (Business), DIR-HE (Health)
 * </pre>
 */
final class SmallBoard {
  private SmallBoard() {}

  static Portfolio portfolio() {
    return Portfolio.builder()
        .focusArea(new FocusArea("F1", "Economy"))
        .focusArea(new FocusArea("F2", "Growth"))
        .initiative(Initiative.of("I1", "Budget", "F1", "A balanced budget.", "Chief executive", Scope.CROSS_CUTTING,
            Perspective.UPWARD))
        .initiative(Initiative.of("I2", "Day care", "F1", "More day-care places.", "Director of Children and Youth",
            Scope.department("Children"), Perspective.DOWNWARD))
        .initiative(Initiative.of("I3", "Business service", "F2", "One door for businesses.",
            "Director of Business", Scope.department("Business"), Perspective.OUTWARD))
        .task(Task.of("T1", "Budget process", "I1", "Head of finance", Perspective.UPWARD))
        .task(Task.of("T2", "Savings catalogue", "I1", "Head of finance", Perspective.UPWARD, Perspective.DOWNWARD))
        .task(Task.of("T3", "New nursery", "I2", "Head of day care", Perspective.DOWNWARD))
        .task(Task.of("T4", "Staff retention", "I2", "Head of day care", Perspective.DOWNWARD, Perspective.INWARD))
        .task(Task.of("T5", "Business portal", "I3", "Head of business", Perspective.OUTWARD))
        .task(Task.of("T6", "Council briefing on growth", "I3", "Head of business", Perspective.OUTWARD,
            Perspective.UPWARD))
        .task(Task.of("T7", "Leadership coaching", "I3", "Head of HR", Perspective.INWARD))
        .task(new Task("T8", "Old budget model", "I1", "Head of finance", Set.of(Perspective.UPWARD), Set.of(), true,
            Optional.of("T1"), OptionalLong.empty()))
        .member(BoardMember.withoutDepartment("CEO", "Chief executive"))
        .member(BoardMember.of("DIR-CY", "Director of Children and Youth", "Children"))
        .member(BoardMember.of("DIR-BU", "Director of Business", "Business"))
        .member(BoardMember.of("DIR-HE", "Director of Health", "Health"))
        .build();
  }
}
