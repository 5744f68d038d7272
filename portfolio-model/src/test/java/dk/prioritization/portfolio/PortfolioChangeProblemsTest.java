package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.prioritization.portfolio.PortfolioProblem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes that do not apply: one test per kind, each asserting the problem's kind, the element it
 * names, and that the message names it too; the version the change was applied to is unchanged.
 */
class PortfolioChangeProblemsTest {
  private final Portfolio v1 = VersionFixture.v1();
  /** Version 3: T2 retired (version 2), then T1 and T4 merged into T8. */
  private final Portfolio v3 = v1.apply(new Change.RetireTask("T2"), "")
      .apply(new Change.MergeTasks(List.of("T1", "T4"), task("T8", "I1")), "");

  private static Task task(String id, String initiative) {
    return Task.of(id, "Task " + id, initiative, "Head of finance", Perspective.UPWARD);
  }

  private static Initiative initiative(String id, String focusArea) {
    return Initiative.of(id, "Initiative " + id, focusArea, "About it.", "Chief executive", Scope.CROSS_CUTTING,
        Perspective.UPWARD);
  }

  private static PortfolioException fails(Portfolio p, Change change) {
    Portfolio copy = p.toBuilder().build();
    PortfolioException e = catchThrowableOfType(PortfolioException.class, () -> p.apply(change, "note"));
    assertThat(e).as("applying %s", change).isNotNull();
    assertThat(p).isEqualTo(copy);
    return e;
  }

  private static void assertOnly(PortfolioException e, Kind kind, String element, String message) {
    assertThat(e.problems()).hasSize(1);
    PortfolioProblem p = e.problems().get(0);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.element()).isEqualTo(element);
    assertThat(p.message()).isEqualTo(message).contains(element);
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void addFocusAreaWithATakenId() {
    assertOnly(fails(v1, new Change.AddFocusArea(new FocusArea("F2", "Again"))), Kind.DUPLICATE_ID,
        "focus area 'F2'", "cannot add focus area 'F2': version 1 already has a focus area with that id");
  }

  @Test
  void addInitiativeWithATakenId() {
    assertOnly(fails(v1, new Change.AddInitiative(initiative("I3", "F1"))), Kind.DUPLICATE_ID,
        "initiative 'I3'", "cannot add initiative 'I3': version 1 already has an initiative with that id");
  }

  @Test
  void addInitiativeUnderAnUnknownFocusArea() {
    assertOnly(fails(v1, new Change.AddInitiative(initiative("I7", "F9"))), Kind.DANGLING_REFERENCE,
        "initiative 'I7'", "initiative 'I7' names unknown focus area 'F9'");
  }

  @Test
  void addTaskWithATakenId() {
    assertOnly(fails(v1, new Change.AddTask(task("T5", "I1"))), Kind.DUPLICATE_ID, "task 'T5'",
        "cannot add task 'T5': version 1 already has a task with that id (T5 Case handling times)");
  }

  @Test
  void addTaskWithTheIdOfARetiredTask() {
    assertOnly(fails(v3, new Change.AddTask(task("T2", "I1"))), Kind.DUPLICATE_ID, "task 'T2'",
        "cannot add task 'T2': version 3 already has a task with that id (T2 Savings catalogue, retired; ids of"
            + " retired tasks stay taken)");
  }

  @Test
  void addTaskUnderAnUnknownInitiative() {
    assertOnly(fails(v1, new Change.AddTask(task("T6", "I-12"))), Kind.DANGLING_REFERENCE, "task 'T6'",
        "task 'T6' names unknown initiative 'I-12'");
  }

  @Test
  void addTaskAlreadyRetired() {
    Task t = task("T6", "I1");
    Task retired = new Task(t.id(), t.name(), t.initiative(), t.caseOwner(), t.perspectives(), t.tags(), true,
        java.util.Optional.empty(), java.util.OptionalLong.empty());
    assertOnly(fails(v1, new Change.AddTask(retired)), Kind.BAD_CHANGE, "task 'T6'",
        "cannot add task 'T6': it is marked retired or merged; a new task starts active");
  }

  @Test
  void addTaskWithABlankName() {
    assertOnly(fails(v1, new Change.AddTask(Task.of("T6", " ", "I1", "Head of finance", Perspective.UPWARD))),
        Kind.EMPTY_FIELD, "task 'T6'", "task 'T6' has an empty name");
  }

  @Test
  void addMemberWithATakenId() {
    assertOnly(fails(v1, new Change.AddMember(BoardMember.withoutDepartment("CEO", "Acting chief executive"))),
        Kind.DUPLICATE_ID, "member 'CEO'", "cannot add member 'CEO': version 1 already has a member with that id");
  }

  @Test
  void renameUnknownTask() {
    assertOnly(fails(v1, new Change.RenameTask("T-99", "New")), Kind.DANGLING_REFERENCE, "task 'T-99'",
        "cannot rename unknown task 'T-99'");
  }

  @Test
  void renameTaskToABlankName() {
    assertOnly(fails(v1, new Change.RenameTask("T3", "  ")), Kind.EMPTY_FIELD, "task 'T3'",
        "cannot rename task 'T3' to a blank name");
  }

  @Test
  void renameTaskToItsOwnName() {
    assertOnly(fails(v1, new Change.RenameTask("T3", "Climate plan")), Kind.BAD_CHANGE, "task 'T3'",
        "task 'T3' is already named 'Climate plan'");
  }

  @Test
  void renameRetiredTask() {
    assertOnly(fails(v3, new Change.RenameTask("T2", "New")), Kind.BAD_CHANGE, "task 'T2'",
        "cannot rename task 'T2': it is retired");
  }

  @Test
  void renameUnknownInitiative() {
    assertOnly(fails(v1, new Change.RenameInitiative("I-12", "New")), Kind.DANGLING_REFERENCE,
        "initiative 'I-12'", "cannot rename unknown initiative 'I-12'");
  }

  @Test
  void renameInitiativeToABlankName() {
    assertOnly(fails(v1, new Change.RenameInitiative("I1", "")), Kind.EMPTY_FIELD, "initiative 'I1'",
        "cannot rename initiative 'I1' to a blank name");
  }

  @Test
  void renameInitiativeToItsOwnName() {
    assertOnly(fails(v1, new Change.RenameInitiative("I1", "Budget")), Kind.BAD_CHANGE, "initiative 'I1'",
        "initiative 'I1' is already named 'Budget'");
  }

  @Test
  void retireUnknownTask() {
    assertOnly(fails(v1, new Change.RetireTask("T-99")), Kind.DANGLING_REFERENCE, "task 'T-99'",
        "cannot retire unknown task 'T-99'");
  }

  @Test
  void retireARetiredTask() {
    assertOnly(fails(v3, new Change.RetireTask("T2")), Kind.BAD_CHANGE, "task 'T2'",
        "cannot retire task 'T2': it is retired");
  }

  @Test
  void retireAMergedTask() {
    assertOnly(fails(v3, new Change.RetireTask("T1")), Kind.BAD_CHANGE, "task 'T1'",
        "cannot retire task 'T1': it is retired (merged into 'T8')");
  }

  @Test
  void moveUnknownTask() {
    assertOnly(fails(v1, new Change.MoveTask("T-99", "I2")), Kind.DANGLING_REFERENCE, "task 'T-99'",
        "cannot move unknown task 'T-99'");
  }

  @Test
  void moveToUnknownInitiative() {
    assertOnly(fails(v1, new Change.MoveTask("T3", "I-12")), Kind.DANGLING_REFERENCE, "task 'T3'",
        "cannot move task 'T3' to unknown initiative 'I-12'");
  }

  @Test
  void moveToItsOwnInitiative() {
    assertOnly(fails(v1, new Change.MoveTask("T3", "I2")), Kind.BAD_CHANGE, "task 'T3'",
        "task 'T3' already belongs to initiative 'I2'");
  }

  @Test
  void moveRetiredTask() {
    assertOnly(fails(v3, new Change.MoveTask("T2", "I2")), Kind.BAD_CHANGE, "task 'T2'",
        "cannot move task 'T2': it is retired");
  }

  @Test
  void mergeUnknownTask() {
    assertOnly(fails(v1, new Change.MergeTasks(List.of("T3", "T-99"), task("T9", "I2"))),
        Kind.DANGLING_REFERENCE, "task 'T-99'", "cannot merge unknown task 'T-99'");
  }

  @Test
  void mergeRetiredTask() {
    assertOnly(fails(v3, new Change.MergeTasks(List.of("T3", "T2"), task("T9", "I2"))), Kind.BAD_MERGE,
        "task 'T2'", "cannot merge task 'T2': it is retired");
  }

  @Test
  void mergeOneTask() {
    assertOnly(fails(v1, new Change.MergeTasks(List.of("T3"), task("T9", "I2"))), Kind.BAD_MERGE, "task 'T9'",
        "the merge into task 'T9' names 1 task; merge two or more");
  }

  @Test
  void mergeATaskTwice() {
    assertOnly(fails(v1, new Change.MergeTasks(List.of("T3", "T4", "T3"), task("T9", "I2"))), Kind.BAD_MERGE,
        "task 'T3'", "task 'T3' is named twice in the merge into task 'T9'");
  }

  @Test
  void mergeIntoATakenId() {
    // a merge makes a new task; keeping one of the merged ids is an id clash
    assertOnly(fails(v1, new Change.MergeTasks(List.of("T3", "T4"), task("T3", "I2"))), Kind.DUPLICATE_ID,
        "task 'T3'", "cannot merge into task 'T3': version 1 already has a task with that id (T3 Climate plan)");
  }

  @Test
  void mergeIntoARetiredTask() {
    Task t = task("T9", "I2");
    Task retired = new Task(t.id(), t.name(), t.initiative(), t.caseOwner(), t.perspectives(), t.tags(), true,
        java.util.Optional.empty(), java.util.OptionalLong.empty());
    assertOnly(fails(v1, new Change.MergeTasks(List.of("T3", "T4"), retired)), Kind.BAD_CHANGE, "task 'T9'",
        "cannot merge into task 'T9': it is marked retired or merged; a new task starts active");
  }

  @Test
  void mergeUnknownInitiative() {
    assertOnly(fails(v1, new Change.MergeInitiatives(List.of("I1", "I-12"), initiative("I9", "F1"))),
        Kind.DANGLING_REFERENCE, "initiative 'I-12'", "cannot merge unknown initiative 'I-12'");
  }

  @Test
  void mergeOneInitiative() {
    assertOnly(fails(v1, new Change.MergeInitiatives(List.of("I1"), initiative("I9", "F1"))), Kind.BAD_MERGE,
        "initiative 'I9'", "the merge into initiative 'I9' names 1 initiative; merge two or more");
  }

  @Test
  void mergeAnInitiativeTwice() {
    assertOnly(fails(v1, new Change.MergeInitiatives(List.of("I1", "I2", "I1"), initiative("I9", "F1"))),
        Kind.BAD_MERGE, "initiative 'I1'", "initiative 'I1' is named twice in the merge into initiative 'I9'");
  }

  @Test
  void mergeInitiativesIntoATakenId() {
    assertOnly(fails(v1, new Change.MergeInitiatives(List.of("I1", "I3"), initiative("I1", "F1"))),
        Kind.DUPLICATE_ID, "initiative 'I1'", "cannot merge into initiative 'I1': version 1 already has an"
            + " initiative with that id; the merged initiative is a new one");
  }

  @Test
  void mergeInitiativesUnderAnUnknownFocusArea() {
    assertOnly(fails(v1, new Change.MergeInitiatives(List.of("I1", "I3"), initiative("I9", "F9"))),
        Kind.DANGLING_REFERENCE, "initiative 'I9'", "initiative 'I9' names unknown focus area 'F9'");
  }

  @Test
  void everyProblemOfOneChangeIsReported() {
    PortfolioException e = fails(v3, new Change.MergeTasks(List.of("T-98", "T2", "T-99", "T2"), task("T3", "I1")));
    assertThat(e.problems()).extracting(PortfolioProblem::kind).containsExactly(Kind.DANGLING_REFERENCE,
        Kind.BAD_MERGE, Kind.DANGLING_REFERENCE, Kind.BAD_MERGE, Kind.DUPLICATE_ID);
    assertThat(e.problems()).extracting(PortfolioProblem::element).containsExactly("task 'T-98'", "task 'T2'",
        "task 'T-99'", "task 'T2'", "task 'T3'");
    assertThat(e.getMessage()).startsWith("the portfolio has 5 problems:");
  }
}
