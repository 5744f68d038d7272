package dk.prioritization.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.prioritization.core.Text;
import dk.prioritization.portfolio.PortfolioDiff.CostChanged;
import dk.prioritization.portfolio.PortfolioProblem.Kind;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Task costs and the portfolio's cost unit: building with them, the change that sets or clears a
 * cost, what the diff says, and each kind of bad cost, reported with the task it belongs to.
 */
class TaskCostTest {
  private static final Text PERSON_MONTHS = new Text("person-months", "personmåneder");

  /** The version fixture with costs on T1 (3) and T3 (0), T2, T4 and T5 not estimated. */
  private static Portfolio costed() {
    Portfolio v1 = VersionFixture.v1();
    Portfolio.Builder b = Portfolio.builder().costUnit(PERSON_MONTHS);
    v1.focusAreas().forEach(b::focusArea);
    v1.initiatives().forEach(b::initiative);
    for (Task t : v1.tasks()) {
      b.task(t.id().equals("T1") ? t.withCost(3) : t.id().equals("T3") ? t.withCost(0) : t);
    }
    v1.members().forEach(b::member);
    return b.build();
  }

  private static PortfolioException fails(Portfolio.Builder b) {
    PortfolioException e = catchThrowableOfType(PortfolioException.class, b::build);
    assertThat(e).isNotNull();
    return e;
  }

  private static PortfolioException fails(Portfolio p, Change change) {
    Portfolio copy = p.toBuilder().build();
    PortfolioException e = catchThrowableOfType(PortfolioException.class, () -> p.apply(change, ""));
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
    assertThat(e.getMessage()).isEqualTo("the portfolio has 1 problem:\n  " + message);
  }

  @Test
  void withCost_setsIt_andWithoutCostClearsIt_keepingEverythingElse() {
    Task t = Task.of("T1", "Budget process", "I1", "Head of finance", Perspective.UPWARD).withTags("x");
    assertThat(t.cost()).isEmpty();
    Task costed = t.withCost(7);
    assertThat(costed.cost()).hasValue(7);
    assertThat(costed.withoutCost()).isEqualTo(t);
    assertThat(costed.tags()).containsExactly("x");
    assertThat(costed.toString()).isEqualTo("T1 Budget process");
  }

  @Test
  void build_keepsCostsAndUnit_andZeroIsACost() {
    Portfolio p = costed();
    assertThat(p.costUnit()).contains(PERSON_MONTHS);
    assertThat(p.task("T1").orElseThrow().cost()).hasValue(3);
    assertThat(p.task("T2").orElseThrow().cost()).isEmpty();
    assertThat(p.task("T3").orElseThrow().cost()).hasValue(0);
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p).isNotEqualTo(VersionFixture.v1());
  }

  @Test
  void costText_withAndWithoutUnit() {
    assertThat(costed().costText(3)).isEqualTo(new Text("3 person-months", "3 personmåneder"));
    assertThat(VersionFixture.v1().costUnit()).isEmpty();
    assertThat(VersionFixture.v1().costText(3)).isEqualTo(new Text("3", "3"));
  }

  @Test
  void build_negativeCost_rejectedNamingTheTask() {
    Portfolio v1 = VersionFixture.v1();
    Portfolio.Builder bad = Portfolio.builder();
    v1.focusAreas().forEach(bad::focusArea);
    v1.initiatives().forEach(bad::initiative);
    v1.tasks().forEach(t -> bad.task(t.id().equals("T4") ? t.withCost(-2) : t));
    assertOnly(fails(bad), Kind.NEGATIVE_COST, "task 'T4'",
        "task 'T4' has a negative cost: -2; a cost is zero or more");
  }

  @Test
  void build_costsAddingUpBeyondALong_rejectedAtTheTaskThatOverflows() {
    Portfolio v1 = VersionFixture.v1();
    Portfolio.Builder bad = Portfolio.builder();
    v1.focusAreas().forEach(bad::focusArea);
    v1.initiatives().forEach(bad::initiative);
    // T2 alone is the largest long; T3's 1 on top of it overflows. T5 is not reported again.
    v1.tasks().forEach(t -> bad.task(switch (t.id()) {
      case "T2" -> t.withCost(Long.MAX_VALUE);
      case "T3", "T5" -> t.withCost(1);
      default -> t;
    }));
    assertOnly(fails(bad), Kind.COST_TOO_LARGE, "task 'T3'", "task 'T3' has the cost 1, which takes the total"
        + " cost of the tasks up to it past 9223372036854775807; the costs of all tasks together must fit in a long");
  }

  @Test
  void build_blankCostUnit_rejected() {
    PortfolioException e = fails(VersionFixture.v1().toBuilder().costUnit(new Text("person-months", " ")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.EMPTY_FIELD);
      assertThat(p.element()).isEqualTo("cost unit");
      assertThat(p.message()).isEqualTo("cost unit has an empty Danish name");
    });
  }

  @Test
  void setTaskCost_setsChangesAndClears_andIsLogged() {
    Portfolio v1 = costed();
    Portfolio v2 = v1.apply(Change.SetTaskCost.of("T2", 5), "Estimated");
    Portfolio v3 = v2.apply(Change.SetTaskCost.of("T1", 4), "");
    Portfolio v4 = v3.apply(Change.SetTaskCost.clear("T3"), "");
    assertThat(v2.task("T2").orElseThrow().cost()).hasValue(5);
    assertThat(v3.task("T1").orElseThrow().cost()).hasValue(4);
    assertThat(v4.task("T3").orElseThrow().cost()).isEmpty();
    assertThat(v1.task("T2").orElseThrow().cost()).isEmpty();
    assertThat(v4.changeLog()).extracting(ChangeLogEntry::change).containsExactly(
        new Change.SetTaskCost("T2", OptionalLong.of(5)), new Change.SetTaskCost("T1", OptionalLong.of(4)),
        new Change.SetTaskCost("T3", OptionalLong.empty()));
    // every version keeps the first one's unit
    assertThat(v4.costUnit()).contains(PERSON_MONTHS);
    // only the cost changed
    Task before = v1.task("T1").orElseThrow();
    assertThat(v3.task("T1").orElseThrow()).isEqualTo(before.withCost(4));
  }

  @Test
  void setTaskCost_describe_inBothLanguages() {
    assertThat(Change.SetTaskCost.of("T2", 5).describe())
        .isEqualTo(new Text("Cost of task T2 set to 5", "Omkostningen for opgaven T2 sat til 5"));
    assertThat(Change.SetTaskCost.clear("T2").describe()).isEqualTo(new Text(
        "Cost of task T2 cleared (not estimated)", "Omkostningen for opgaven T2 fjernet (ikke vurderet)"));
  }

  @Test
  void otherChanges_keepTheCost() {
    Portfolio v1 = costed();
    Portfolio v2 = v1.apply(new Change.RenameTask("T1", "Budget 2027"), "")
        .apply(new Change.MoveTask("T1", "I3"), "")
        .apply(new Change.RetireTask("T1"), "");
    assertThat(v2.task("T1").orElseThrow().cost()).hasValue(3);
    Portfolio merged = v1.apply(new Change.MergeTasks(List.of("T1", "T3"),
        Task.of("T9", "Merged", "I1", "Head of finance", Perspective.UPWARD).withCost(2)), "");
    assertThat(merged.task("T1").orElseThrow().cost()).hasValue(3);
    assertThat(merged.task("T3").orElseThrow().cost()).hasValue(0);
    assertThat(merged.task("T9").orElseThrow().cost()).hasValue(2);
  }

  @Test
  void diff_showsCostsSetChangedAndCleared_withTheUnit() {
    Portfolio v1 = costed();
    Portfolio v4 = v1.apply(Change.SetTaskCost.of("T2", 5), "")
        .apply(Change.SetTaskCost.of("T1", 4), "")
        .apply(Change.SetTaskCost.clear("T3"), "");
    PortfolioDiff d = PortfolioDiff.between(v1, v4);
    assertThat(d.tasksCostChanged()).containsExactly(
        new CostChanged("T1", OptionalLong.of(3), OptionalLong.of(4)),
        new CostChanged("T2", OptionalLong.empty(), OptionalLong.of(5)),
        new CostChanged("T3", OptionalLong.of(0), OptionalLong.empty()));
    assertThat(d.costUnit()).contains(PERSON_MONTHS);
    assertThat(d.lines()).containsExactly(
        new Text("Cost of task T1 changed from 3 to 4 person-months",
            "Omkostningen for opgaven T1 er ændret fra 3 til 4 personmåneder"),
        new Text("Cost of task T2 set to 5 person-months", "Omkostningen for opgaven T2 er sat til 5 personmåneder"),
        new Text("Cost of task T3 cleared (was 0 person-months)",
            "Omkostningen for opgaven T3 er fjernet (var 0 personmåneder)"));
    // a change and its undoing: versions 1 and 3 differ in T1's cost only through version 2
    Portfolio back = v1.apply(Change.SetTaskCost.of("T1", 9), "").apply(Change.SetTaskCost.of("T1", 3), "");
    assertThat(PortfolioDiff.between(v1, back).isEmpty()).isTrue();
  }

  @Test
  void diff_withoutUnit_showsBareNumbers() {
    Portfolio v1 = VersionFixture.v1();
    Portfolio v2 = v1.apply(Change.SetTaskCost.of("T5", 12), "");
    assertThat(PortfolioDiff.between(v1, v2).lines()).containsExactly(
        new Text("Cost of task T5 set to 12", "Omkostningen for opgaven T5 er sat til 12"));
  }

  @Test
  void setTaskCost_ofUnknownTask_rejected() {
    assertOnly(fails(costed(), Change.SetTaskCost.of("T-99", 1)), Kind.DANGLING_REFERENCE, "task 'T-99'",
        "cannot set the cost of unknown task 'T-99'");
  }

  @Test
  void setTaskCost_ofRetiredTask_rejected() {
    Portfolio v2 = costed().apply(new Change.RetireTask("T2"), "");
    assertOnly(fails(v2, Change.SetTaskCost.of("T2", 1)), Kind.BAD_CHANGE, "task 'T2'",
        "cannot set the cost of task 'T2': it is retired");
  }

  @Test
  void setTaskCost_toItsCurrentCost_rejected() {
    assertOnly(fails(costed(), Change.SetTaskCost.of("T1", 3)), Kind.BAD_CHANGE, "task 'T1'",
        "task 'T1' already costs 3");
  }

  @Test
  void setTaskCost_clearingAnAbsentCost_rejected() {
    assertOnly(fails(costed(), Change.SetTaskCost.clear("T2")), Kind.BAD_CHANGE, "task 'T2'",
        "task 'T2' has no cost to clear");
  }

  @Test
  void setTaskCost_negative_rejectedNamingTheTask() {
    assertOnly(fails(costed(), Change.SetTaskCost.of("T2", -1)), Kind.NEGATIVE_COST, "task 'T2'",
        "task 'T2' has a negative cost: -1; a cost is zero or more");
  }

  @Test
  void addTask_withNegativeCost_rejectedNamingTheTask() {
    Task t = Task.of("T6", "Heat plan", "I2", "Head of environment", Perspective.OUTWARD).withCost(-5);
    assertOnly(fails(costed(), new Change.AddTask(t)), Kind.NEGATIVE_COST, "task 'T6'",
        "task 'T6' has a negative cost: -5; a cost is zero or more");
  }
}
