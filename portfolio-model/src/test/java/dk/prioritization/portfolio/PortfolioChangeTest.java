package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each kind of change, applied to the fixture's version 1: the new version's content, its number
 * and log entry, and version 1 left as it was (compared with a freshly built version 1).
 */
class PortfolioChangeTest {
  private final Portfolio v1 = VersionFixture.v1();

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).toList();
  }

  private void assertNextVersion(Portfolio v2, Change change, String note) {
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.changeLog()).containsExactly(new ChangeLogEntry(2, change, note, Optional.empty(), Optional.empty()));
    assertThat(v1).isEqualTo(VersionFixture.v1());
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.changeLog()).isEmpty();
  }

  @Test
  void addFocusAreaAppendsIt() {
    Change c = new Change.AddFocusArea(new FocusArea("F3", "Children"));
    Portfolio v2 = v1.apply(c, "New theme for the year");
    assertNextVersion(v2, c, "New theme for the year");
    assertThat(v2.focusAreas()).extracting(FocusArea::id).containsExactly("F1", "F2", "F3");
    assertThat(v1.focusAreas()).extracting(FocusArea::id).containsExactly("F1", "F2");
    assertThat(c.describe()).isEqualTo(new Text("Focus area F3 Children added", "Fokusområdet F3 Children tilføjet"));
  }

  @Test
  void addInitiativeAppendsIt() {
    Initiative i4 = Initiative.of("I4", "Housing", "F2", "More housing.", "Chief executive", Scope.CROSS_CUTTING,
        Perspective.OUTWARD);
    Change c = new Change.AddInitiative(i4);
    Portfolio v2 = v1.apply(c, "");
    assertNextVersion(v2, c, "");
    assertThat(v2.initiatives()).extracting(Initiative::id).containsExactly("I1", "I2", "I3", "I4");
    assertThat(v2.initiative("I4")).contains(i4);
    assertThat(v1.initiative("I4")).isEmpty();
  }

  @Test
  void addTaskAppendsItActive() {
    Task t6 = Task.of("T6", "Heat plan", "I2", "Head of environment", Perspective.OUTWARD);
    Change c = new Change.AddTask(t6);
    Portfolio v2 = v1.apply(c, "From the climate council");
    assertNextVersion(v2, c, "From the climate council");
    assertThat(ids(v2.tasks())).containsExactly("T1", "T2", "T3", "T4", "T5", "T6");
    assertThat(ids(v2.activeTasks())).containsExactly("T1", "T2", "T3", "T4", "T5", "T6");
    assertThat(ids(v2.tasksOf("I2"))).containsExactly("T3", "T6");
    assertThat(ids(v1.tasks())).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(c.describe()).isEqualTo(new Text("Task T6 Heat plan added under initiative I2",
        "Opgaven T6 Heat plan tilføjet under indsatsen I2"));
  }

  @Test
  void addMemberAppendsIt() {
    BoardMember m = BoardMember.of("DIR-BU", "Director of Children and Youth", "Children and Youth");
    Change c = new Change.AddMember(m);
    Portfolio v2 = v1.apply(c, "");
    assertNextVersion(v2, c, "");
    assertThat(v2.members()).extracting(BoardMember::id).containsExactly("CEO", "DIR-TM", "DIR-BU");
    assertThat(v1.members()).hasSize(2);
  }

  @Test
  void renameTaskKeepsIdPlaceAndEverythingElse() {
    Change c = new Change.RenameTask("T3", "Climate plan 2030");
    Portfolio v2 = v1.apply(c, "");
    assertNextVersion(v2, c, "");
    assertThat(v2.task("T3")).contains(Task.of("T3", "Climate plan 2030", "I2", "Head of environment",
        Perspective.OUTWARD));
    assertThat(ids(v2.tasks())).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(v1.task("T3").orElseThrow().name()).isEqualTo("Climate plan");
    assertThat(c.describe()).isEqualTo(new Text("Task T3 renamed to 'Climate plan 2030'",
        "Opgaven T3 omdøbt til 'Climate plan 2030'"));
  }

  @Test
  void renameInitiativeKeepsEverythingElse() {
    Change c = new Change.RenameInitiative("I2", "Climate and energy");
    Portfolio v2 = v1.apply(c, "");
    assertNextVersion(v2, c, "");
    Initiative old = v1.initiative("I2").orElseThrow();
    Initiative renamed = v2.initiative("I2").orElseThrow();
    assertThat(renamed.name()).isEqualTo("Climate and energy");
    assertThat(new Initiative(old.id(), "Climate and energy", old.focusArea(), old.description(), old.owner(),
        old.scope(), old.perspectives(), old.tags())).isEqualTo(renamed);
    assertThat(old.name()).isEqualTo("Green transition");
  }

  @Test
  void retireTaskKeepsItMarked() {
    Change c = new Change.RetireTask("T2");
    Portfolio v2 = v1.apply(c, "Catalogue adopted");
    assertNextVersion(v2, c, "Catalogue adopted");
    assertThat(ids(v2.tasks())).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(ids(v2.activeTasks())).containsExactly("T1", "T3", "T4", "T5");
    Task t2 = v2.task("T2").orElseThrow();
    assertThat(t2.retired()).isTrue();
    assertThat(t2.mergedInto()).isEmpty();
    assertThat(v1.task("T2").orElseThrow().active()).isTrue();
    assertThat(c.describe()).isEqualTo(new Text("Task T2 retired", "Opgaven T2 udfaset"));
  }

  @Test
  void moveTaskChangesOnlyItsInitiative() {
    Change c = new Change.MoveTask("T4", "I2");
    Portfolio v2 = v1.apply(c, "");
    assertNextVersion(v2, c, "");
    assertThat(ids(v2.tasksOf("I2"))).containsExactly("T3", "T4");
    assertThat(ids(v2.tasksOf("I3"))).containsExactly("T5");
    assertThat(v2.initiativeOf(v2.task("T4").orElseThrow()).id()).isEqualTo("I2");
    assertThat(v2.focusAreaOf(v2.task("T4").orElseThrow()).id()).isEqualTo("F2");
    assertThat(ids(v1.tasksOf("I3"))).containsExactly("T4", "T5");
    assertThat(c.describe()).isEqualTo(new Text("Task T4 moved to initiative I2", "Opgaven T4 flyttet til indsatsen I2"));
  }

  @Test
  void mergeTasksRetiresThemIntoANewTask() {
    Task t9 = Task.of("T9", "One budget process", "I1", "Head of finance", Perspective.UPWARD);
    Change c = new Change.MergeTasks(List.of("T1", "T2"), t9);
    Portfolio v2 = v1.apply(c, "Two budget tasks become one");
    assertNextVersion(v2, c, "Two budget tasks become one");
    assertThat(ids(v2.tasks())).containsExactly("T1", "T2", "T3", "T4", "T5", "T9");
    assertThat(ids(v2.activeTasks())).containsExactly("T3", "T4", "T5", "T9");
    for (String id : List.of("T1", "T2")) {
      Task t = v2.task(id).orElseThrow();
      assertThat(t.retired()).isTrue();
      assertThat(t.mergedInto()).contains("T9");
      assertThat(t.initiative()).isEqualTo("I1");
    }
    assertThat(v2.task("T9")).contains(t9);
    assertThat(ids(v1.activeTasks())).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(c.describe()).isEqualTo(new Text("Tasks T1 and T2 merged into the new task T9 One budget process",
        "Opgaverne T1 og T2 lagt sammen i den nye opgave T9 One budget process"));
  }

  @Test
  void mergeTasksAcrossInitiatives() {
    Task t9 = Task.of("T9", "Green portal", "I2", "Head of digitalisation", Perspective.OUTWARD);
    Portfolio v2 = v1.apply(new Change.MergeTasks(List.of("T4", "T3", "T5"), t9), "");
    assertThat(ids(v2.activeTasks())).containsExactly("T1", "T2", "T9");
    assertThat(v2.tasks()).filteredOn(t -> t.mergedInto().isPresent()).extracting(Task::id)
        .containsExactly("T3", "T4", "T5");
    // the describe list follows the change's order, not the portfolio's
    assertThat(new Change.MergeTasks(List.of("T4", "T3", "T5"), t9).describe().english())
        .isEqualTo("Tasks T4, T3 and T5 merged into the new task T9 Green portal");
  }

  @Test
  void mergeInitiativesMovesEveryTaskAndRemovesTheMergedOnes() {
    Portfolio v2 = v1.apply(new Change.RetireTask("T5"), "");
    Initiative i9 = Initiative.of("I9", "Economy and services", "F1", "Budget and digital services.",
        "Chief executive", Scope.CROSS_CUTTING, Perspective.UPWARD, Perspective.OUTWARD);
    Change c = new Change.MergeInitiatives(List.of("I3", "I1"), i9);
    Portfolio v3 = v2.apply(c, "Fewer, larger initiatives");
    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.changeLog()).extracting(ChangeLogEntry::version).containsExactly(2, 3);
    assertThat(v3.changeLog().get(1).change()).isEqualTo(c);
    // I1 was first in portfolio order, so I9 takes its place; I3 is gone
    assertThat(v3.initiatives()).extracting(Initiative::id).containsExactly("I9", "I2");
    assertThat(ids(v3.tasksOf("I9"))).containsExactly("T1", "T2", "T4", "T5");
    assertThat(v3.task("T5").orElseThrow().retired()).isTrue(); // the retired task moved with the others
    assertThat(ids(v3.tasks())).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(v2.initiatives()).extracting(Initiative::id).containsExactly("I1", "I2", "I3");
    assertThat(v2.task("T4").orElseThrow().initiative()).isEqualTo("I3");
    assertThat(c.describe()).isEqualTo(new Text(
        "Initiatives I3 and I1 merged into the new initiative I9 Economy and services",
        "Indsatserne I3 og I1 lagt sammen i den nye indsats I9 Economy and services"));
  }

  @Test
  void versionsChainAndLogsGrow() {
    Portfolio v2 = v1.apply(new Change.RetireTask("T1"), "a");
    Portfolio v3 = v2.apply(new Change.RenameTask("T2", "Savings"), "b", "Board secretariat", LocalDate.of(2026, 3, 2));
    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.changeLog()).containsExactly(
        new ChangeLogEntry(2, new Change.RetireTask("T1"), "a", Optional.empty(), Optional.empty()),
        new ChangeLogEntry(3, new Change.RenameTask("T2", "Savings"), "b", Optional.of("Board secretariat"),
            Optional.of(LocalDate.of(2026, 3, 2))));
    assertThat(v2.changeLog()).hasSize(1);
    assertThat(v3.changeLog().get(1).describe()).isEqualTo(new Text(
        "version 3: Task T2 renamed to 'Savings' (b), Board secretariat, 2026-03-02",
        "version 3: Opgaven T2 omdøbt til 'Savings' (b), Board secretariat, 2026-03-02"));
  }

  @Test
  void toBuilderKeepsTheLogAndEqualsSeesIt() {
    Portfolio v2 = v1.apply(new Change.RetireTask("T1"), "");
    assertThat(v2.toBuilder().build()).isEqualTo(v2).hasSameHashCodeAs(v2);
    // the same content and number, built by hand without a log, is a different portfolio
    Portfolio.Builder b = Portfolio.builder().version(2);
    v2.focusAreas().forEach(b::focusArea);
    v2.initiatives().forEach(b::initiative);
    v2.tasks().forEach(b::task);
    v2.members().forEach(b::member);
    Portfolio noLog = b.build();
    assertThat(noLog.changeLog()).isEmpty();
    assertThat(noLog).isNotEqualTo(v2);
  }

  @Test
  void tagsAndPerspectivesSurviveAChange() {
    Portfolio tagged = Portfolio.builder()
        .focusArea(new FocusArea("F1", "Economy"))
        .initiative(Initiative.of("I1", "Budget", "F1", "d", "o", Scope.CROSS_CUTTING, Perspective.UPWARD)
            .withTags("economy"))
        .initiative(Initiative.of("I2", "Other", "F1", "d", "o", Scope.CROSS_CUTTING, Perspective.INWARD))
        .task(Task.of("T1", "A", "I1", "o", Perspective.UPWARD, Perspective.INWARD).withTags("x", "y"))
        .build();
    Task moved = tagged.apply(new Change.MoveTask("T1", "I2"), "").task("T1").orElseThrow();
    assertThat(moved.tags()).containsExactly("x", "y");
    assertThat(moved.perspectives()).isEqualTo(Set.of(Perspective.UPWARD, Perspective.INWARD));
    assertThat(moved.caseOwner()).isEqualTo("o");
  }
}
