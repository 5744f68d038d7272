package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.prioritization.portfolio.PortfolioProblem.Kind;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The portfolio builder: a valid portfolio keeps its order and answers look-ups; each kind of bad
 * input is reported with a problem naming the element at fault; several problems come at once.
 */
class PortfolioBuilderTest {

  private static final FocusArea F1 = new FocusArea("F1", "Economy");
  private static final Initiative I1 = Initiative.of("I1", "Budget", "F1", "A balanced budget.", "Chief executive",
      Scope.CROSS_CUTTING, Perspective.UPWARD);
  private static final Task T1 = Task.of("T1", "Budget process", "I1", "Head of finance", Perspective.UPWARD);
  private static final BoardMember CEO = BoardMember.withoutDepartment("CEO", "Chief executive");

  /** A valid builder with one element of each kind, to add one bad element to. */
  private static Portfolio.Builder valid() {
    return Portfolio.builder().focusArea(F1).initiative(I1).task(T1).member(CEO);
  }

  private static Task retired(Task t, Optional<String> mergedInto) {
    return new Task(t.id(), t.name(), t.initiative(), t.caseOwner(), t.perspectives(), t.tags(), true, mergedInto, OptionalLong.empty());
  }

  private static void assertOnly(Portfolio.Builder b, Kind kind, String element, String message) {
    PortfolioException e = catchThrowableOfType(PortfolioException.class, b::build);
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(1);
    PortfolioProblem p = e.problems().get(0);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.element()).isEqualTo(element);
    // the message names the element's id, quoted ("two tasks have the id 'T1'" for "task 'T1'")
    assertThat(p.message()).isEqualTo(message).contains(element.substring(element.indexOf('\'')));
    assertThat(e.getMessage()).isEqualTo("the portfolio has 1 problem:\n  " + message);
  }

  @Test
  void aValidPortfolioKeepsItsOrderAndAnswersLookUps() {
    Portfolio p = VersionFixture.v1();
    assertThat(p.version()).isEqualTo(1);
    assertThat(p.changeLog()).isEmpty();
    assertThat(p.initiatives()).extracting(Initiative::id).containsExactly("I1", "I2", "I3");
    assertThat(p.tasks()).extracting(Task::id).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(p.initiativesOf("F1")).extracting(Initiative::id).containsExactly("I1", "I3");
    assertThat(p.tasksOf("I3")).extracting(Task::id).containsExactly("T4", "T5");
    assertThat(p.initiativeOf(p.task("T3").orElseThrow()).id()).isEqualTo("I2");
    assertThat(p.focusAreaOf(p.task("T3").orElseThrow()).id()).isEqualTo("F2");
    assertThat(p.member("DIR-TM").orElseThrow().department()).contains("Technical and Environment");
    assertThat(p.task("T-99")).isEmpty();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(p.toString()).isEqualTo("portfolio version 1: 2 focus areas, 3 initiatives, 5 tasks (5 active), 2 members");
  }

  @Test
  void versionBelowOneIsRefused() {
    assertThatThrownBy(() -> Portfolio.builder().version(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a portfolio version is 0; versions count from 1");
  }

  @Test
  void duplicateFocusAreaId() {
    assertOnly(valid().focusArea(new FocusArea("F1", "Again")), Kind.DUPLICATE_ID, "focus area 'F1'",
        "two focus areas have the id 'F1'");
  }

  @Test
  void duplicateInitiativeId() {
    assertOnly(valid().initiative(I1), Kind.DUPLICATE_ID, "initiative 'I1'", "two initiatives have the id 'I1'");
  }

  @Test
  void duplicateTaskId() {
    assertOnly(valid().task(Task.of("T1", "Other", "I1", "Head of finance", Perspective.UPWARD)), Kind.DUPLICATE_ID,
        "task 'T1'", "two tasks have the id 'T1'");
  }

  @Test
  void duplicateMemberId() {
    assertOnly(valid().member(BoardMember.withoutDepartment("CEO", "Acting chief executive")), Kind.DUPLICATE_ID,
        "member 'CEO'", "two members have the id 'CEO'");
  }

  @Test
  void emptyId() {
    assertOnly(valid().task(Task.of(" ", "Nameless", "I1", "Head of finance", Perspective.UPWARD)),
        Kind.EMPTY_FIELD, "task '  Nameless'", "a task has an empty id (task '  Nameless')");
  }

  @Test
  void initiativeWithAnUnknownFocusArea() {
    assertOnly(valid().initiative(Initiative.of("I2", "Climate", "F9", "d", "o", Scope.CROSS_CUTTING,
        Perspective.OUTWARD)), Kind.DANGLING_REFERENCE, "initiative 'I2'", "initiative 'I2' names unknown focus area 'F9'");
  }

  @Test
  void initiativeWithoutAFocusArea() {
    assertOnly(valid().initiative(Initiative.of("I2", "Climate", "", "d", "o", Scope.CROSS_CUTTING,
        Perspective.OUTWARD)), Kind.DANGLING_REFERENCE, "initiative 'I2'", "initiative 'I2' has no focus area");
  }

  @Test
  void taskWithAnUnknownInitiative() {
    assertOnly(valid().task(Task.of("T2", "Savings", "I-12", "Head of finance", Perspective.UPWARD)),
        Kind.DANGLING_REFERENCE, "task 'T2'", "task 'T2' names unknown initiative 'I-12'");
  }

  @Test
  void taskWithoutAnInitiative() {
    assertOnly(valid().task(Task.of("T2", "Savings", "", "Head of finance", Perspective.UPWARD)),
        Kind.DANGLING_REFERENCE, "task 'T2'", "task 'T2' has no initiative; every task belongs to one");
  }

  @Test
  void focusAreaWithAnEmptyName() {
    assertOnly(valid().focusArea(new FocusArea("F2", "")), Kind.EMPTY_FIELD, "focus area 'F2'",
        "focus area 'F2' has an empty name");
  }

  @Test
  void initiativeWithAnEmptyName() {
    assertOnly(valid().initiative(Initiative.of("I2", " ", "F1", "d", "o", Scope.CROSS_CUTTING, Perspective.INWARD)),
        Kind.EMPTY_FIELD, "initiative 'I2'", "initiative 'I2' has an empty name");
  }

  @Test
  void initiativeWithAnEmptyDescription() {
    assertOnly(valid().initiative(Initiative.of("I2", "n", "F1", "", "o", Scope.CROSS_CUTTING, Perspective.INWARD)),
        Kind.EMPTY_FIELD, "initiative 'I2'", "initiative 'I2' has an empty description");
  }

  @Test
  void initiativeWithAnEmptyOwner() {
    assertOnly(valid().initiative(Initiative.of("I2", "n", "F1", "d", "\t", Scope.CROSS_CUTTING, Perspective.INWARD)),
        Kind.EMPTY_FIELD, "initiative 'I2'", "initiative 'I2' has an empty owner");
  }

  @Test
  void taskWithAnEmptyName() {
    assertOnly(valid().task(Task.of("T2", "", "I1", "Head of finance", Perspective.UPWARD)), Kind.EMPTY_FIELD,
        "task 'T2'", "task 'T2' has an empty name");
  }

  @Test
  void taskWithAnEmptyCaseOwner() {
    assertOnly(valid().task(Task.of("T2", "Savings", "I1", " ", Perspective.UPWARD)), Kind.EMPTY_FIELD,
        "task 'T2'", "task 'T2' has an empty case owner");
  }

  @Test
  void memberWithAnEmptyRoleTitle() {
    assertOnly(valid().member(BoardMember.withoutDepartment("DIR-BU", "")), Kind.EMPTY_FIELD, "member 'DIR-BU'",
        "member 'DIR-BU' has an empty role title");
  }

  @Test
  void memberWithAnEmptyDepartment() {
    assertOnly(valid().member(BoardMember.of("DIR-BU", "Director of Children and Youth", " ")), Kind.EMPTY_FIELD,
        "member 'DIR-BU'", "member 'DIR-BU' has an empty department");
  }

  @Test
  void initiativeWithoutAPerspective() {
    assertOnly(valid().initiative(Initiative.of("I2", "n", "F1", "d", "o", Scope.CROSS_CUTTING)), Kind.NO_PERSPECTIVE,
        "initiative 'I2'", "initiative 'I2' has no leadership perspective; give it one or more");
  }

  @Test
  void taskWithoutAPerspective() {
    assertOnly(valid().task(Task.of("T2", "Savings", "I1", "Head of finance")), Kind.NO_PERSPECTIVE, "task 'T2'",
        "task 'T2' has no leadership perspective; give it one or more");
  }

  @Test
  void mergedTaskThatIsNotRetired() {
    Task t = Task.of("T2", "Savings", "I1", "Head of finance", Perspective.UPWARD);
    Task merged = new Task(t.id(), t.name(), t.initiative(), t.caseOwner(), t.perspectives(), Set.of(), false,
        Optional.of("T1"), OptionalLong.empty());
    assertOnly(valid().task(merged), Kind.BAD_MERGE, "task 'T2'", "task 'T2' is merged into 'T1' but not retired");
  }

  @Test
  void taskMergedIntoItself() {
    Task t = retired(Task.of("T2", "Savings", "I1", "Head of finance", Perspective.UPWARD), Optional.of("T2"));
    assertOnly(valid().task(t), Kind.BAD_MERGE, "task 'T2'", "task 'T2' is merged into itself");
  }

  @Test
  void taskMergedIntoAnUnknownTask() {
    Task t = retired(Task.of("T2", "Savings", "I1", "Head of finance", Perspective.UPWARD), Optional.of("T-99"));
    assertOnly(valid().task(t), Kind.BAD_MERGE, "task 'T2'", "task 'T2' is merged into unknown task 'T-99'");
  }

  @Test
  void aRetiredAndMergedTaskIsFine() {
    Task t = retired(Task.of("T2", "Savings", "I1", "Head of finance", Perspective.UPWARD), Optional.of("T1"));
    Portfolio p = valid().task(t).build();
    assertThat(p.activeTasks()).containsExactly(T1);
    assertThat(p.tasks()).containsExactly(T1, t);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    PortfolioException e = catchThrowableOfType(PortfolioException.class, () -> valid()
        .focusArea(new FocusArea("F1", "Again"))
        .initiative(Initiative.of("I2", "", "F9", "d", "o", Scope.CROSS_CUTTING))
        .task(Task.of("T2", "Savings", "I-12", "", Perspective.UPWARD))
        .member(BoardMember.withoutDepartment("DIR-BU", " "))
        .build());
    // in the builder's order: duplicate ids first, then focus areas, initiatives, tasks, members
    assertThat(e.problems()).extracting(PortfolioProblem::message).containsExactly(
        "two focus areas have the id 'F1'",
        "initiative 'I2' has an empty name",
        "initiative 'I2' names unknown focus area 'F9'",
        "initiative 'I2' has no leadership perspective; give it one or more",
        "task 'T2' has an empty case owner",
        "task 'T2' names unknown initiative 'I-12'",
        "member 'DIR-BU' has an empty role title");
    assertThat(e.problems()).extracting(PortfolioProblem::kind).containsExactly(Kind.DUPLICATE_ID, Kind.EMPTY_FIELD,
        Kind.DANGLING_REFERENCE, Kind.NO_PERSPECTIVE, Kind.EMPTY_FIELD, Kind.DANGLING_REFERENCE, Kind.EMPTY_FIELD);
    assertThat(e.getMessage()).startsWith("the portfolio has 7 problems:\n  two focus areas have the id 'F1'\n");
  }
}
