package dk.prioritization.portfolio.example;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Text;
import dk.prioritization.core.budget.GreedyByVotes;
import dk.prioritization.core.budget.Knapsack;
import dk.prioritization.core.committee.ApprovalTopK;
import dk.prioritization.core.committee.Phragmen;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.round.NominationPolicy;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.Selection;
import dk.prioritization.portfolio.round.SelectionGroup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * "The best k tasks" and "the tasks that fit capacity C" on the example round; every expected
 * value is worked out by hand below from the example's nominations and illustrative costs.
 *
 * <p>Nominations (sets; order unused): KD T-04 T-14 T-12 T-25 T-03; DIR-BU T-07 T-04 T-14 T-10
 * T-30; DIR-SS T-05 T-19 T-04 T-32; DIR-TM T-25 T-27 T-04 T-30 T-24; DIR-OP T-04 T-30 T-05 T-31
 * T-15. Approvals: T-04 5; T-30 3 (BU, TM, OP); T-05 2 (SS, OP), T-14 2 (KD, BU), T-25 2 (KD, TM);
 * 1 each for T-03 T-07 T-10 T-12 T-15 T-19 T-24 T-27 T-31 T-32 (portfolio order); 0 for the other
 * 18. Costs in person-months of the approved tasks: T-04 6, T-30 15, T-05 8, T-14 12, T-25 11,
 * T-03 3, T-07 10, T-10 2, T-12 9, T-15 6, T-19 14, T-24 9, T-27 3, T-31 7, T-32 9.
 */
class NorddjursSelectionTest {
  private static Round round(NominationPolicy policy) {
    Round.Builder b = Round.builder(NorddjursExample.portfolio()).policy(policy);
    NorddjursExample.nominations().forEach(b::nominate);
    return b.build();
  }

  private static final Round ROUND = round(NominationPolicy.standard());

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).toList();
  }

  private static SelectionGroup group(List<SelectionGroup> groups, String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyTaskHasAnIllustrativeCostInPersonMonths() {
    Portfolio p = NorddjursExample.portfolio();
    assertThat(p.costUnit()).contains(new Text("person-months", "personmåneder"));
    assertThat(p.tasks()).allSatisfy(t -> assertThat(t.cost().orElseThrow()).isBetween(2L, 15L));
    assertThat(p.tasks().stream().mapToLong(t -> t.cost().orElseThrow()).sum()).isEqualTo(214);
  }

  /**
   * Approval voting's top 5 (Lackner and Skowron 2023, section 2.2): T-04 (5), T-30 (3) and the
   * three tasks with 2, T-05, T-14, T-25: exactly five have two or more, so no tie at the cut.
   * Listed in portfolio order (a top-k rule chooses the set at once). Next one out: the best of
   * the ten tasks with 1, by portfolio order T-03. Cost 6 + 15 + 8 + 12 + 11 = 52.
   */
  @Test
  void select_approvalTopFive_isTheFiveMostNominated() {
    Selection s = ROUND.select(ApprovalTopK.rule(), 5);
    assertThat(ids(s.chosen())).containsExactly("T-04", "T-05", "T-14", "T-25", "T-30");
    assertThat(s.nextOut()).map(Task::id).contains("T-03");
    assertThat(s.totalCost()).hasValue(52);
    assertThat(s.capacityLeft()).isEmpty();
    assertThat(s.reasons()).hasSize(33);
    // I-2 holds T-04 and T-05 (6 + 8), I-5 T-14, I-7 T-25, I-9 T-30; F1 14, F2 12, F3 11 + 15
    assertThat(ids(group(s.byInitiative(), "I-2").chosen())).containsExactly("T-04", "T-05");
    assertThat(group(s.byInitiative(), "I-2").chosenCost()).hasValue(14);
    assertThat(group(s.byInitiative(), "I-2").activeTasks()).isEqualTo(4);
    assertThat(group(s.byInitiative(), "I-1").chosen()).isEmpty();
    assertThat(group(s.byInitiative(), "I-1").chosenCost()).hasValue(0);
    assertThat(s.byFocusArea()).extracting(g -> g.id() + "=" + ids(g.chosen()) + "/" + g.chosenCost().getAsLong())
        .containsExactly("F1=[T-04, T-05]/14", "F2=[T-14]/12", "F3=[T-25, T-30]/26");
  }

  /**
   * Sequential Phragmén (Brill, Freeman, Janson and Lackner 2017; Lackner and Skowron 2023,
   * section 2.5), loads as exact fractions. Round 1: T-04 costs its 5 approvers 1/5 each, the
   * least. Round 2: T-30 would give BU, TM, OP (1 + 3/5)/3 = 8/15; T-05, T-14, T-25 (1 + 2/5)/2 =
   * 7/10; so T-30. Round 3: T-05 (SS 1/5, OP 8/15), T-14 (KD 1/5, BU 8/15) and T-25 (KD 1/5,
   * TM 8/15) all give (1 + 1/5 + 8/15)/2 = 13/15, less than any single approval (at least 6/5):
   * tie, T-05 by portfolio order. Round 4: T-14 and T-25 still 13/15, T-14 by order. Round 5: T-25
   * gives KD (13/15) and TM (8/15) (1 + 21/15)/2 = 6/5, less than TM's single approvals
   * (1 + 8/15 = 23/15) and the others' (1 + 13/15 = 28/15). So T-04, T-30, T-05, T-14, T-25, in that
   * order. Next (round 6): loads KD 6/5, TM 6/5, BU = SS = OP = 13/15; the least is a single
   * approval of BU, SS or OP at 28/15: T-07, T-10, T-15, T-19, T-31, T-32, first by portfolio
   * order T-07. (Approval's next one out was T-03, KD's, whose approver is now loaded 6/5.)
   */
  @Test
  void select_phragmenFive_inElectionOrder_andItsOwnNextOneOut() {
    Selection s = ROUND.select(Phragmen.sequential(), 5);
    assertThat(ids(s.chosen())).containsExactly("T-04", "T-30", "T-05", "T-14", "T-25");
    assertThat(s.nextOut()).map(Task::id).contains("T-07");
    assertThat(s.nextOutReason()).hasValueSatisfying(t -> assertThat(t.english()).contains("28/15"));
    assertThat(s.totalCost()).hasValue(52);
  }

  /**
   * Greedy by approvals within 35 person-months (Aziz and Shah 2021, greedy rules), ties by
   * portfolio order: T-04 (6; 29 left), T-30 (15; 14 left), T-05 (8; 6 left); T-14 (12) and T-25
   * (11) do not fit; T-03 (3; 3 left); T-07 (10) does not fit; T-10 (2; 1 left); nothing else costs
   * 1 or less. Chosen T-04, T-30, T-05, T-03, T-10: 34, 1 left. Next one out: the first approved
   * task the walk did not take, T-14. By focus area: F1 holds T-04, T-05 (I-2), T-03 (I-1) and T-10
   * (I-3), 6 + 8 + 3 + 2 = 19; F2 nothing; F3 T-30 (I-9), 15.
   */
  @Test
  void fitCapacity_greedyWithin35_skipsWhatDoesNotFit() {
    Selection s = ROUND.fitCapacity(GreedyByVotes.rule(), 35);
    assertThat(ids(s.chosen())).containsExactly("T-04", "T-30", "T-05", "T-03", "T-10");
    assertThat(s.totalCost()).hasValue(34);
    assertThat(s.capacityLeft()).hasValue(1);
    assertThat(s.capacity()).hasValue(35);
    assertThat(s.nextOut()).map(Task::id).contains("T-14");
    assertThat(s.reasons().get(task("T-14")).english()).contains("does not fit");
    assertThat(s.reasons().get(task("T-01")).english()).contains("nobody");
    assertThat(group(s.byInitiative(), "I-1").chosenCost()).hasValue(3);
    assertThat(s.byFocusArea()).extracting(g -> g.id() + "=" + g.chosenCost().getAsLong())
        .containsExactly("F1=19", "F2=0", "F3=15");
  }

  /**
   * The knapsack optimum within 35 (Bellman's 0-1 knapsack; Aziz and Shah 2021, utilitarian
   * welfare). Cost per approval of the approved tasks, cheapest first: T-04 6/5, T-10 2, T-03 3,
   * T-27 3, T-05 4, T-30 5, T-25 5.5, T-14 6, T-15 6, ... A set's approvals are at most what the
   * fractional relaxation buys: taking tasks in that order until the money runs out. With T-04
   * (29 left for the others): T-10, T-03, T-27, T-05 give 5 for 16, and 13 more at 5 or more per
   * approval add at most 2.6, so at most 5 + 7 = 12; T-15 (6) + T-31 (7) reach it. Without T-04:
   * T-10, T-03, T-27, T-05, T-30 give 8 for 31, and 4 more add at most 4/5.5, so at most 8. The
   * optimum is 12 approvals and holds T-04. Greedy's set above also has 5 + 3 + 2 + 1 + 1 = 12, so
   * here the knapsack only ties greedy; which of the optimal sets it returns is its own tie rule.
   */
  @Test
  void fitCapacity_knapsackWithin35_reachesTwelveApprovals() {
    Selection s = ROUND.fitCapacity(Knapsack.rule(), 35);
    Map<String, Integer> approvals = Map.ofEntries(Map.entry("T-04", 5), Map.entry("T-30", 3), Map.entry("T-05", 2),
        Map.entry("T-14", 2), Map.entry("T-25", 2));
    int total = s.chosen().stream().mapToInt(t -> approvals.getOrDefault(t.id(), 1)).sum();
    assertThat(total).isEqualTo(12);
    assertThat(s.totalCost().getAsLong()).isLessThanOrEqualTo(35);
    assertThat(ids(s.chosen())).contains("T-04");
  }

  @Test
  void aRankedRound_selectsFromTheSameSets() {
    Round ranked = round(NominationPolicy.standard().withRanked(true));
    assertThat(ranked.select(Phragmen.sequential(), 5)).isEqualTo(ROUND.select(Phragmen.sequential(), 5));
    assertThat(ranked.fitCapacity(GreedyByVotes.rule(), 35)).isEqualTo(ROUND.fitCapacity(GreedyByVotes.rule(), 35));
  }

  @Test
  void explain_inBothLanguages() {
    Selection s = ROUND.fitCapacity(GreedyByVotes.rule(), 35);
    String en = s.explain(Locale.ENGLISH);
    assertThat(en).startsWith("The tasks that fit the capacity 35 person-months by greedy-approval:\n"
        + "  1. T-04 Budgetproces 2026-2029 (6 person-months): ")
        .contains("Total cost: 34 person-months, left: 1 person-months\n", "Next one out: T-14 ",
            "  I-2 Økonomi: 2 of 4 active tasks chosen, 14 person-months\n");
    String da = s.explain(Locale.forLanguageTag("da"));
    assertThat(da).startsWith("Opgaverne inden for kapaciteten 35 personmåneder efter greedy-approval:\n")
        .contains("Samlet omkostning: 34 personmåneder, tilbage: 1 personmåneder\n", "Næste uden for: T-14 ");
    assertThat(ROUND.select(ApprovalTopK.rule(), 5).explain(Locale.ENGLISH))
        .startsWith("The best 5 tasks by av-committee:\n");
  }

  private static Task task(String id) {
    return NorddjursExample.portfolio().task(id).orElseThrow();
  }

  @Test
  void totalsAreSumsOfTheChosenTasksCosts() {
    Selection s = ROUND.fitCapacity(GreedyByVotes.rule(), 35);
    assertThat(OptionalLong.of(s.chosen().stream().mapToLong(t -> t.cost().orElseThrow()).sum()))
        .isEqualTo(s.totalCost());
  }
}
