package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.ChangeLogEntry;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.PortfolioHistory;
import dk.prioritization.portfolio.Scope;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.example.NorddjursExample;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Portfolios, their change logs and histories go to JSON and back equal. */
class PortfolioJsonTest {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());

  static <T> T roundTrip(T value, Class<T> type) throws Exception {
    return JSON.readValue(JSON.writeValueAsString(value), type);
  }

  static Portfolio small() {
    return Portfolio.builder()
        .focusArea(new FocusArea("F1", "Economy"))
        .initiative(Initiative.of("I1", "Budget", "F1", "Half a page.", "Chief executive", Scope.CROSS_CUTTING,
            Perspective.UPWARD))
        .initiative(Initiative.of("I2", "Schools", "F1", "About schools.", "Director", Scope.department("Children"),
            Perspective.DOWNWARD, Perspective.OUTWARD).withTags("skole"))
        .task(Task.of("T1", "Budget process 2026", "I1", "Head of finance", Perspective.UPWARD))
        .task(Task.of("T2", "Inclusion", "I2", "Head of schools", Perspective.DOWNWARD).withTags("b", "a"))
        .task(Task.of("T3", "Liquidity", "I1", "Head of finance", Perspective.UPWARD))
        .member(BoardMember.withoutDepartment("CEO", "Chief executive"))
        .member(BoardMember.of("DIR", "Director of Children", "Children"))
        .build();
  }

  @Test
  void example_roundTripsEqual() throws Exception {
    assertThat(roundTrip(NorddjursExample.portfolio(), Portfolio.class)).isEqualTo(NorddjursExample.portfolio());
  }

  @Test
  void changeLog_afterEveryKindOfChange_roundTripsEqual() throws Exception {
    Portfolio v1 = small();
    Portfolio p = v1
        .apply(new Change.RenameTask("T1", "Budget process 2026-2029"), "Longer horizon")
        .apply(new Change.MoveTask("T3", "I2"), "", "Board secretariat", LocalDate.of(2025, 2, 12))
        .apply(new Change.AddFocusArea(new FocusArea("F2", "Climate")), "Spring meeting")
        .apply(new Change.AddInitiative(Initiative.of("I3", "Climate plan", "F2", "The plan.", "Director",
            Scope.CROSS_CUTTING, Perspective.OUTWARD)), "")
        .apply(new Change.AddTask(Task.of("T4", "Climate accounts", "I3", "Climate lead", Perspective.OUTWARD)), "")
        .apply(new Change.AddMember(BoardMember.of("TM", "Director of Technical Services", "Technical")), "")
        .apply(new Change.RenameInitiative("I3", "Climate action plan"), "")
        .apply(new Change.MergeTasks(List.of("T1", "T3"), Task.of("T5", "One budget process", "I1", "Head of finance",
            Perspective.UPWARD)), "Two budget tasks become one")
        .apply(Change.SetTaskCost.of("T2", 6), "Estimated")
        .apply(Change.SetTaskCost.clear("T2"), "Withdrawn")
        .apply(new Change.RetireTask("T2"), "Done")
        .apply(new Change.MergeInitiatives(List.of("I1", "I2"), Initiative.of("I4", "Economy and schools", "F1",
            "Both.", "Chief executive", Scope.CROSS_CUTTING, Perspective.UPWARD)), "");
    assertThat(p.version()).isEqualTo(13);
    Portfolio back = roundTrip(p, Portfolio.class);
    assertThat(back).isEqualTo(p);
    assertThat(back.changeLog()).hasSize(12);
    assertThat(back.changeLog().get(1).author()).contains("Board secretariat");
  }

  @Test
  void costsAndCostUnit_roundTripEqual_andAreWrittenAsNumbersAndText() throws Exception {
    Portfolio p = Portfolio.builder().costUnit(new dk.prioritization.core.Text("person-months", "personmåneder"))
        .focusArea(small().focusAreas().get(0))
        .initiative(small().initiatives().get(0))
        .task(small().tasks().get(0).withCost(0))
        .task(Task.of("T2", "Liquidity", "I1", "Head of finance", Perspective.UPWARD).withCost(Long.MAX_VALUE - 10))
        .task(Task.of("T3", "Not estimated", "I1", "Head of finance", Perspective.UPWARD))
        .build();
    String json = JSON.writeValueAsString(p);
    assertThat(json).contains("\"costUnit\":{\"en\":\"person-months\",\"da\":\"personmåneder\"}",
        "\"cost\":0", "\"cost\":9223372036854775797");
    assertThat(JSON.readTree(json).get("tasks").get(2).has("cost")).isFalse();
    assertThat(roundTrip(p, Portfolio.class)).isEqualTo(p);
    Portfolio v3 = p.apply(Change.SetTaskCost.of("T3", 4), "").apply(Change.SetTaskCost.clear("T1"), "");
    assertThat(roundTrip(v3, Portfolio.class)).isEqualTo(v3);
    assertThat(JSON.writeValueAsString(v3.changeLog().get(1).change()))
        .isEqualTo("{\"type\":\"setTaskCost\",\"taskId\":\"T1\"}");
    assertThat(roundTrip(PortfolioHistory.start(p).apply(Change.SetTaskCost.of("T2", 1), ""), PortfolioHistory.class)
        .latest().task("T2").orElseThrow().cost()).hasValue(1);
  }

  @Test
  void history_roundTripsEqual() throws Exception {
    PortfolioHistory h = PortfolioHistory.start(small())
        .apply(new Change.RetireTask("T3"), "Done")
        .apply(new Change.MoveTask("T2", "I1"), "Consolidation", "Board secretariat", LocalDate.of(2025, 4, 2));
    PortfolioHistory back = roundTrip(h, PortfolioHistory.class);
    assertThat(back).isEqualTo(h);
    assertThat(back.version(2)).isEqualTo(h.version(2));
  }

  static List<Long> seeds() {
    return java.util.stream.LongStream.range(0, 150).boxed().toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomPortfolio_withRandomLog_roundTripsEqual(long seed) throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Portfolio first = PortfolioSeeds.portfolio(r);
    Portfolio p = PortfolioSeeds.withLog(r, first, r.nextInt(12));
    assertThat(roundTrip(first, Portfolio.class)).isEqualTo(first);
    assertThat(roundTrip(p, Portfolio.class)).isEqualTo(p);
    PortfolioHistory h = PortfolioHistory.replay(first, p.changeLog());
    assertThat(roundTrip(h, PortfolioHistory.class)).isEqualTo(h);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomChanges_asPlainValues_roundTripEqual(long seed) throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Portfolio p = PortfolioSeeds.portfolio(r);
    Change c = PortfolioSeeds.change(r, p, 1);
    assertThat(roundTrip(c, Change.class)).isEqualTo(c);
    ChangeLogEntry e = p.apply(c, "note", "Author", LocalDate.of(2025, 3, 1)).changeLog().get(0);
    assertThat(roundTrip(e, ChangeLogEntry.class)).isEqualTo(e);
    for (Task t : p.tasks()) {
      assertThat(roundTrip(t, Task.class)).isEqualTo(t);
    }
    for (Initiative i : p.initiatives()) {
      assertThat(roundTrip(i, Initiative.class)).isEqualTo(i);
    }
    for (BoardMember m : p.members()) {
      assertThat(roundTrip(m, BoardMember.class)).isEqualTo(m);
    }
  }

  @Test
  void historyStartingAtALaterVersion_roundTripsEqual() throws Exception {
    Portfolio v2 = small().apply(new Change.RetireTask("T3"), "Done");
    PortfolioHistory h = PortfolioHistory.start(v2).apply(new Change.RenameTask("T1", "New name"), "");
    assertThat(roundTrip(h, PortfolioHistory.class)).isEqualTo(h);
  }
}
