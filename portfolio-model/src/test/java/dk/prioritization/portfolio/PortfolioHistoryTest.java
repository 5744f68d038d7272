package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.Text;
import dk.prioritization.portfolio.PortfolioDiff.Merged;
import dk.prioritization.portfolio.PortfolioDiff.Moved;
import dk.prioritization.portfolio.PortfolioDiff.Renamed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A history worked by hand on the fixture, and diffs between neighbouring and distant versions.
 *
 * <pre>
 * v1  fixture: I1 {T1, T2}, I2 {T3}, I3 {T4, T5}
 * v2  merge T1, T2 into new T9 (I1)         I1 {T1x, T2x, T9}
 * v3  move T4 to I2                         I2 {T3, T4}, I3 {T5}
 * v4  rename T3 to "Climate plan 2030"
 * v5  merge I1, I3 into new I9 (F1)         I9 {T1x, T2x, T5, T9}, I2 {T3, T4}
 * v6  retire T5
 * v7  add T10 under I2
 * v8  retire T10
 * </pre>
 */
class PortfolioHistoryTest {
  private static final Task T9 = Task.of("T9", "One budget process", "I1", "Head of finance", Perspective.UPWARD);
  private static final Initiative I9 = Initiative.of("I9", "Economy and services", "F1", "Budget and services.",
      "Chief executive", Scope.CROSS_CUTTING, Perspective.UPWARD, Perspective.OUTWARD);
  private static final Task T10 = Task.of("T10", "Heat plan", "I2", "Head of environment", Perspective.OUTWARD);

  private final PortfolioHistory h = PortfolioHistory.start(VersionFixture.v1())
      .apply(new Change.MergeTasks(List.of("T1", "T2"), T9), "One budget task")
      .apply(new Change.MoveTask("T4", "I2"), "")
      .apply(new Change.RenameTask("T3", "Climate plan 2030"), "", "Board secretariat", LocalDate.of(2026, 4, 1))
      .apply(new Change.MergeInitiatives(List.of("I1", "I3"), I9), "Fewer initiatives")
      .apply(new Change.RetireTask("T5"), "")
      .apply(new Change.AddTask(T10), "")
      .apply(new Change.RetireTask("T10"), "Dropped again");

  @Test
  void versionsAreNumberedAndKept() {
    assertThat(h.versions()).extracting(Portfolio::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(h.first()).isEqualTo(VersionFixture.v1());
    assertThat(h.latest().version()).isEqualTo(8);
    assertThat(h.version(3).task("T4").orElseThrow().initiative()).isEqualTo("I2");
    assertThat(h.version(2).task("T4").orElseThrow().initiative()).isEqualTo("I3");
    assertThat(h.log()).extracting(ChangeLogEntry::version).containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(h.log().get(0).note()).isEqualTo("One budget task");
    assertThat(h.log().get(2).author()).contains("Board secretariat");
    assertThatThrownBy(() -> h.version(9)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the history has versions 1 to 8, not 9");
    assertThatThrownBy(() -> h.version(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void applyingToAHistoryLeavesItAsItWas() {
    PortfolioHistory shorter = PortfolioHistory.start(VersionFixture.v1());
    PortfolioHistory longer = shorter.apply(new Change.RetireTask("T1"), "");
    assertThat(shorter.versions()).hasSize(1);
    assertThat(longer.versions()).hasSize(2);
  }

  @Test
  void replayingTheLogGivesBackEveryVersion() {
    assertThat(PortfolioHistory.replay(VersionFixture.v1(), h.log())).isEqualTo(h);
    // a history can start later and replay only the rest of the log
    assertThat(PortfolioHistory.replay(h.version(4), h.log()).versions()).isEqualTo(h.versions().subList(3, 8));
  }

  @Test
  void diffOfAMergeOfTasks() {
    PortfolioDiff d = h.diff(1, 2);
    assertThat(d.tasksAdded()).containsExactly(T9);
    assertThat(d.tasksMerged()).containsExactly(new Merged("T1", "T9"), new Merged("T2", "T9"));
    assertThat(d.tasksRetired()).isEmpty();
    assertThat(d.tasksMoved()).isEmpty();
    assertThat(d.tasksRenamed()).isEmpty();
    assertThat(d.initiativesAdded()).isEmpty();
    assertThat(d.lines()).containsExactly(
        new Text("Task T9 One budget process added under initiative I1",
            "Opgaven T9 One budget process er tilføjet under indsatsen I1"),
        new Text("Task T1 merged into task T9", "Opgaven T1 er lagt sammen i opgaven T9"),
        new Text("Task T2 merged into task T9", "Opgaven T2 er lagt sammen i opgaven T9"));
  }

  @Test
  void diffOfAMergeOfInitiatives() {
    // v4 -> v5: I1 {T1x, T2x, T9} and I3 {T5} go to I9; T4 left I3 in v3, so it stays in I2
    PortfolioDiff d = h.diff(4, 5);
    assertThat(d.initiativesAdded()).containsExactly(I9);
    assertThat(d.initiativesMerged()).containsExactly(new Merged("I1", "I9"), new Merged("I3", "I9"));
    assertThat(d.initiativesRemoved()).isEmpty();
    assertThat(d.tasksMoved()).containsExactly(new Moved("T1", "I1", "I9"), new Moved("T2", "I1", "I9"),
        new Moved("T5", "I3", "I9"), new Moved("T9", "I1", "I9"));
    assertThat(d.tasksAdded()).isEmpty();
    assertThat(d.tasksMerged()).isEmpty();
    assertThat(d.describe()).isEqualTo(new Text("""
        Changes from version 4 to version 5:
        - Initiative I9 Economy and services added under focus area F1
        - Initiative I1 merged into initiative I9
        - Initiative I3 merged into initiative I9
        - Task T1 moved from initiative I1 to initiative I9
        - Task T2 moved from initiative I1 to initiative I9
        - Task T5 moved from initiative I3 to initiative I9
        - Task T9 moved from initiative I1 to initiative I9""", """
        Ændringer fra version 4 til version 5:
        - Indsatsen I9 Economy and services er tilføjet under fokusområdet F1
        - Indsatsen I1 er lagt sammen i indsatsen I9
        - Indsatsen I3 er lagt sammen i indsatsen I9
        - Opgaven T1 er flyttet fra indsatsen I1 til indsatsen I9
        - Opgaven T2 er flyttet fra indsatsen I1 til indsatsen I9
        - Opgaven T5 er flyttet fra indsatsen I3 til indsatsen I9
        - Opgaven T9 er flyttet fra indsatsen I1 til indsatsen I9"""));
  }

  @Test
  void diffOverSeveralVersions() {
    // v2 -> v4: the move of v3 and the rename of v4
    PortfolioDiff d = h.diff(2, 4);
    assertThat(d.tasksMoved()).containsExactly(new Moved("T4", "I3", "I2"));
    assertThat(d.tasksRenamed()).containsExactly(new Renamed("T3", "Climate plan", "Climate plan 2030"));
    assertThat(d.lines()).containsExactly(
        new Text("Task T3 renamed from 'Climate plan' to 'Climate plan 2030'",
            "Opgaven T3 er omdøbt fra 'Climate plan' til 'Climate plan 2030'"),
        new Text("Task T4 moved from initiative I3 to initiative I2",
            "Opgaven T4 er flyttet fra indsatsen I3 til indsatsen I2"));
  }

  @Test
  void diffFromTheFirstToTheSixthVersion() {
    // v1 -> v6: I1 {T1, T2} -> both in I9: merged into I9. I3 {T4, T5} -> T4 in I2, T5 in I9: removed.
    // T9 added (now under I9); T1, T2 merged into T9; T5 retired (no merge); T3 renamed;
    // moves: T1 I1->I9, T2 I1->I9, T4 I3->I2, T5 I3->I9 (in version 1's order).
    PortfolioDiff d = h.diff(1, 6);
    Portfolio v1 = h.version(1);
    Portfolio v6 = h.version(6);
    assertThat(d.fromVersion()).isEqualTo(1);
    assertThat(d.toVersion()).isEqualTo(6);
    assertThat(d.focusAreasAdded()).isEmpty();
    assertThat(d.initiativesAdded()).containsExactly(I9);
    assertThat(d.initiativesRenamed()).isEmpty();
    assertThat(d.initiativesMerged()).containsExactly(new Merged("I1", "I9"));
    assertThat(d.initiativesRemoved()).containsExactly(v1.initiative("I3").orElseThrow());
    assertThat(d.tasksAdded()).containsExactly(v6.task("T9").orElseThrow());
    assertThat(d.tasksAdded().get(0).initiative()).isEqualTo("I9");
    assertThat(d.tasksRenamed()).containsExactly(new Renamed("T3", "Climate plan", "Climate plan 2030"));
    assertThat(d.tasksMoved()).containsExactly(new Moved("T1", "I1", "I9"), new Moved("T2", "I1", "I9"),
        new Moved("T4", "I3", "I2"), new Moved("T5", "I3", "I9"));
    assertThat(d.tasksRetired()).containsExactly(v6.task("T5").orElseThrow());
    assertThat(d.tasksMerged()).containsExactly(new Merged("T1", "T9"), new Merged("T2", "T9"));
    assertThat(d.membersAdded()).isEmpty();
    assertThat(d.lines()).contains(new Text("Initiative I3 Digital services removed",
        "Indsatsen I3 Digital services er fjernet"), new Text("Task T5 Case handling times retired",
        "Opgaven T5 Case handling times er udfaset"));
  }

  @Test
  void aTaskAddedAndRetiredInBetweenShowsAsAddedSinceRetired() {
    PortfolioDiff d = h.diff(6, 8);
    assertThat(d.tasksAdded()).extracting(Task::id).containsExactly("T10");
    assertThat(d.tasksRetired()).isEmpty(); // it was not active in version 6
    assertThat(d.lines()).containsExactly(new Text("Task T10 Heat plan added under initiative I2 (since retired)",
        "Opgaven T10 Heat plan er tilføjet under indsatsen I2 (siden udfaset)"));
    // v1 -> v2 -> ... a task added by a merge and merged again shows where it went
    PortfolioHistory again = h.apply(new Change.MergeTasks(List.of("T9", "T3"), Task.of("T11", "Budget and climate",
        "I9", "Head of finance", Perspective.UPWARD)), "");
    assertThat(again.diff(1, 9).lines()).contains(new Text(
        "Task T9 One budget process added under initiative I9 (since merged into task T11)",
        "Opgaven T9 One budget process er tilføjet under indsatsen I9 (siden lagt sammen i opgaven T11)"));
  }

  @Test
  void addedFocusAreasInitiativesMembersAndRenamedInitiatives() {
    Portfolio v1 = VersionFixture.v1();
    Portfolio v4 = v1.apply(new Change.AddFocusArea(new FocusArea("F3", "Children")), "")
        .apply(new Change.AddMember(BoardMember.of("DIR-BU", "Director of Children and Youth", "Children and Youth")),
            "")
        .apply(new Change.RenameInitiative("I2", "Climate and energy"), "");
    PortfolioDiff d = PortfolioDiff.between(v1, v4);
    assertThat(d.lines()).containsExactly(
        new Text("Focus area F3 Children added", "Fokusområdet F3 Children er tilføjet"),
        new Text("Initiative I2 renamed from 'Green transition' to 'Climate and energy'",
            "Indsatsen I2 er omdøbt fra 'Green transition' til 'Climate and energy'"),
        new Text("Board member DIR-BU (Director of Children and Youth) added",
            "Direktionsmedlemmet DIR-BU (Director of Children and Youth) er tilføjet"));
  }

  @Test
  void aVersionAgainstItselfHasNoChangesAndBackwardsIsRefused() {
    PortfolioDiff d = h.diff(5, 5);
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.describe()).isEqualTo(new Text("No changes from version 5 to version 5",
        "Ingen ændringer fra version 5 til version 5"));
    assertThat(h.diff(1, 2).isEmpty()).isFalse();
    assertThatThrownBy(() -> h.diff(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot diff version 3 against the earlier version 2");
  }
}
