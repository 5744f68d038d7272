package dk.prioritization.portfolio.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.prioritization.core.Rational;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.followup.StatusChange;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.followup.Item;
import dk.prioritization.portfolio.followup.Quarter;
import dk.prioritization.portfolio.round.Balance;
import dk.prioritization.portfolio.round.BalancedTopK;
import dk.prioritization.portfolio.round.MemberComparison;
import dk.prioritization.portfolio.round.NominationPolicy;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.RollUp;
import dk.prioritization.portfolio.round.RollUpEntry;
import dk.prioritization.portfolio.round.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The process of the Norddjurs board meeting, end to end on the embedded example: nominations in,
 * the priority list, the roll-ups, perspective coverage and a balanced top 5, each member's list
 * against the common one, and the quarter's follow-up. Every expectation is worked by hand from
 * the example's data in the comments.
 *
 * <p>The nominations (most important first): KD T-04 T-14 T-12 T-25 T-03; DIR-BU T-07 T-04 T-14
 * T-10 T-30; DIR-SS T-05 T-19 T-04 T-32; DIR-TM T-25 T-27 T-04 T-30 T-24; DIR-OP T-04 T-30 T-05
 * T-31 T-15.
 */
class NorddjursProcessTest {
  private static final Portfolio PORTFOLIO = NorddjursExample.portfolio();

  private static Round.Builder nominated(Round.Builder b) {
    for (Map.Entry<String, List<String>> e : NorddjursExample.nominations().entrySet()) {
      b.nominate(e.getKey(), e.getValue());
    }
    return b;
  }

  private static PriorityList unranked() {
    return nominated(Round.builder(PORTFOLIO)).build().priorityList();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).collect(Collectors.toList());
  }

  private static List<List<String>> tiers(PriorityList list) {
    List<List<String>> tiers = new ArrayList<>();
    list.entries().forEach(e -> {
      while (tiers.size() < e.tier()) {
        tiers.add(new ArrayList<>());
      }
      tiers.get(e.tier() - 1).add(e.task().id());
    });
    return tiers;
  }

  @Test
  void unrankedRound_approvalCountsEachNomination() {
    PriorityList list = unranked();
    // T-04 by all five; T-30 by DIR-BU, DIR-TM, DIR-OP; T-05 by DIR-SS, DIR-OP; T-14 by KD, DIR-BU;
    // T-25 by KD, DIR-TM; ten tasks once; the other 18 of the 33 active tasks not at all.
    List<List<String>> tiers = tiers(list);
    assertThat(tiers).hasSize(5);
    assertThat(tiers.get(0)).containsExactly("T-04");
    assertThat(tiers.get(1)).containsExactly("T-30");
    assertThat(tiers.get(2)).containsExactly("T-05", "T-14", "T-25");
    assertThat(tiers.get(3)).containsExactly("T-03", "T-07", "T-10", "T-12", "T-15", "T-19", "T-24", "T-27", "T-31",
        "T-32");
    assertThat(tiers.get(4)).hasSize(18);
    assertThat(list.entry("T-04").score()).contains(Rational.of(5));
    assertThat(list.entry("T-30").score()).contains(Rational.of(3));
    assertThat(list.entry("T-30").nominatedBy()).extracting(n -> n.member().id())
        .containsExactly("DIR-BU", "DIR-TM", "DIR-OP");
    assertThat(list.entry("T-01").nominatedBy()).isEmpty();
    assertThat(list.explain(Locale.forLanguageTag("da"))).contains("Direktionens prioriteringsliste");
  }

  @Test
  void rollUps_sumTheTasksScores() {
    PriorityList list = unranked();
    // I-2 Økonomi: T-04 5 + T-05 2 + T-07 1 = 8; I-9 Innovation: T-30 3 + T-31 1 + T-32 1 = 5;
    // I-5: T-14 2 + T-15 1 = 3; I-7: T-25 2 + T-24 1 = 3; I-1 (T-03), I-3 (T-10), I-4 (T-12),
    // I-6 (T-19), I-8 (T-27): 1 each.
    RollUp initiatives = list.byInitiative();
    assertThat(initiatives.entries()).extracting(RollUpEntry::tier, RollUpEntry::id, e -> e.value().toString())
        .containsExactly(
            tuple(1, "I-2", "8"),
            tuple(2, "I-9", "5"),
            tuple(3, "I-5", "3"),
            tuple(3, "I-7", "3"),
            tuple(4, "I-1", "1"),
            tuple(4, "I-3", "1"),
            tuple(4, "I-4", "1"),
            tuple(4, "I-6", "1"),
            tuple(4, "I-8", "1"));
    // F1 = I-1 + I-2 + I-3 = 10; F3 = I-7 + I-8 + I-9 = 9; F2 = I-4 + I-5 + I-6 = 5.
    assertThat(list.byFocusArea().entries()).extracting(RollUpEntry::id, e -> e.value().toString())
        .containsExactly(
            tuple("F1", "10"),
            tuple("F3", "9"),
            tuple("F2", "5"));
  }

  @Test
  void coverageAndBalance_topFiveLeavesInwardLeadershipEmpty() {
    PriorityList list = unranked();
    // Top 5 = T-04 (up, down), T-30 (out, down), T-05 (up, down), T-14 (down, out), T-25 (out):
    // inward leadership is left empty. Its nominated tasks are T-12 and T-31 (one nomination
    // each, tied; portfolio order puts T-12 first), so T-12 comes in; T-25 is the lowest-ranked
    // task of the top 5, and outward stays covered by T-30 and T-14 without it, so it goes out.
    assertThat(ids(list.topK(5).tasks())).containsExactly("T-04", "T-30", "T-05", "T-14", "T-25");
    assertThat(list.coverage(5).empty()).containsExactly(Perspective.INWARD);
    BalancedTopK balanced = list.balancedTopK(5, Balance.PERSPECTIVE);
    assertThat(ids(balanced.tasks())).containsExactlyInAnyOrder("T-04", "T-30", "T-05", "T-14", "T-12");
    assertThat(ids(balanced.cameIn())).containsExactly("T-12");
    assertThat(ids(balanced.wentOut())).containsExactly("T-25");
    // Every focus area is already in the plain top 5 (F1: T-04, T-05; F2: T-14; F3: T-30, T-25).
    assertThat(ids(list.balancedTopK(5, Balance.FOCUS_AREA).tasks()))
        .containsExactly("T-04", "T-30", "T-05", "T-14", "T-25");
  }

  @Test
  void memberComparison_chiefExecutive_workedByHand() {
    MemberComparison kd = unranked().comparison("KD", 5);
    // Overlap with the top 5: T-04, T-14, T-25; T-12 and T-03 are not prioritised.
    assertThat(ids(kd.overlap())).containsExactlyInAnyOrder("T-04", "T-14", "T-25");
    assertThat(ids(kd.notPrioritised())).containsExactlyInAnyOrder("T-12", "T-03");
    // Kendall distance with ties, p = 1/2, over the 33 active tasks. KD's list: its 5 tied first,
    // the other 28 tied last. Board tiers B1 {04}, B2 {30}, B3 {05, 14, 25}, B4 (10 tasks), B5 (18).
    // Inside KD's 5: 10 pairs, tied by KD; the board ties (14, 25) and (12, 03), the other 8 pairs
    // cost 1/2: 4. Inside the other 28: 378 pairs, tied by KD; the board ties C(8,2) = 28 in B4
    // and C(18,2) = 153 in B5, the other 197 cost 1/2: 98.5. Across (KD puts its 5 above): 04 is
    // above all; 14 and 25 each lose to 30 (1) and tie with 05 (1/2): 3; 12 and 03 each lose to 30
    // and 05 (2) and tie with the 8 others of B4 (4): 12. In all 4 + 98.5 + 15 = 117.5 = 235/2,
    // normalised by C(33, 2) = 528: 235/1056.
    assertThat(kd.kendallDistance()).isEqualTo(Rational.of(235, 2));
    assertThat(kd.normalisedDistance()).isEqualTo(Rational.of(235, 1056));
  }

  @Test
  void rankedRound_modifiedBordaUsesTheOrderOfEachList() {
    PriorityList list = nominated(Round.builder(PORTFOLIO).policy(NominationPolicy.standard().withRanked(true)))
        .build().priorityList();
    // Modified Borda: a list of k tasks gives k, k-1, ..., 1. T-04: KD 5 + DIR-BU 4 + DIR-SS 2
    // (third of 4) + DIR-TM 3 + DIR-OP 5 = 19. T-30: DIR-BU 1 + DIR-TM 2 + DIR-OP 4 = 7.
    // T-25: KD 2 + DIR-TM 5 = 7. T-05: DIR-SS 4 + DIR-OP 3 = 7. T-14: KD 4 + DIR-BU 3 = 7.
    // T-07: DIR-BU 5. So T-04 first, then T-30, T-25, T-05, T-14 tied at 7, then T-07.
    assertThat(list.entry("T-04").score()).contains(Rational.of(19));
    List<List<String>> tiers = tiers(list);
    assertThat(tiers.get(0)).containsExactly("T-04");
    assertThat(tiers.get(1)).containsExactlyInAnyOrder("T-05", "T-14", "T-25", "T-30");
    assertThat(tiers.get(2)).containsExactly("T-07");
  }

  @Test
  void followUp_secondQuarterAgainstTheFirst() {
    FollowUp followUp = NorddjursExample.followUp();
    Quarter q1 = Quarter.of(2025, 1);
    Quarter q2 = Quarter.of(2025, 2);
    Map<String, StatusChange.Kind> kinds = followUp.changes(q1, q2).stream()
        .collect(Collectors.toMap(c -> c.item().toString(), StatusChange::kind));
    // From the example's reports: T-05 off track -> at risk; T-14 at risk -> off track; T-13
    // reported only in the first quarter.
    assertThat(followUp.status(Item.task("T-05"), q2)).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("AT_RISK"));
    assertThat(kinds).containsEntry(Item.task("T-05").toString(), StatusChange.Kind.BETTER)
        .containsEntry(Item.task("T-14").toString(), StatusChange.Kind.WORSE)
        .containsEntry(Item.task("T-13").toString(), StatusChange.Kind.WENT_QUIET);
    assertThat(followUp.summary(q2).text().in(Locale.forLanguageTag("da"))).contains("ledelse indad");
  }
}
