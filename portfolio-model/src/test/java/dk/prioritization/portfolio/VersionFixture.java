package dk.prioritization.portfolio;

/** A small hand-made portfolio, version 1, for the tests of changes, versions and diffs. */
final class VersionFixture {
  private VersionFixture() {}

  /**
   * Focus areas F1 Economy, F2 Climate; initiatives I1 Budget (F1), I2 Green transition (F2),
   * I3 Digital services (F1); tasks T1, T2 under I1, T3 under I2, T4, T5 under I3; members CEO and
   * DIR-TM.
   */
  static Portfolio v1() {
    return Portfolio.builder()
        .focusArea(new FocusArea("F1", "Economy"))
        .focusArea(new FocusArea("F2", "Climate"))
        .initiative(Initiative.of("I1", "Budget", "F1", "A balanced budget every year.", "Chief executive",
            Scope.CROSS_CUTTING, Perspective.UPWARD))
        .initiative(Initiative.of("I2", "Green transition", "F2", "Lower emissions in the municipality.",
            "Director of Technical and Environment", Scope.department("Technical and Environment"),
            Perspective.OUTWARD))
        .initiative(Initiative.of("I3", "Digital services", "F1", "Self-service for citizens.", "Chief executive",
            Scope.CROSS_CUTTING, Perspective.OUTWARD, Perspective.DOWNWARD))
        .task(Task.of("T1", "Budget process 2026", "I1", "Head of finance", Perspective.UPWARD))
        .task(Task.of("T2", "Savings catalogue", "I1", "Head of finance", Perspective.UPWARD))
        .task(Task.of("T3", "Climate plan", "I2", "Head of environment", Perspective.OUTWARD))
        .task(Task.of("T4", "Self-service portal", "I3", "Head of digitalisation", Perspective.OUTWARD))
        .task(Task.of("T5", "Case handling times", "I3", "Head of digitalisation", Perspective.DOWNWARD))
        .member(BoardMember.withoutDepartment("CEO", "Chief executive"))
        .member(BoardMember.of("DIR-TM", "Director of Technical and Environment", "Technical and Environment"))
        .build();
  }
}
