package dk.prioritization.portfolio.example;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.followup.StatusChange;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.followup.Item;
import dk.prioritization.portfolio.followup.Quarter;
import dk.prioritization.portfolio.followup.Status;
import dk.prioritization.portfolio.followup.Summary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NorddjursExampleTest {
  private static final Quarter Q1 = new Quarter(2025, 1);
  private static final Quarter Q2 = new Quarter(2025, 2);

  /** Every owner and case owner must be one of these role titles: the example holds no personal names. */
  private static final Set<String> ROLE_TITLES = Set.of(
      "Kommunaldirektør", "Direktør for Børn og Unge", "Direktør for Social og Sundhed",
      "Direktør for Teknik og Miljø", "Direktør for Økonomi og Personale", "Stabschef", "Økonomichef", "HR-chef",
      "Skolechef", "Kultur- og fritidschef", "Ældrechef", "Sundhedschef", "Jobcenterchef",
      "Chef for Børn og Familie", "Planchef", "Klimachef", "Erhvervschef", "Digitaliseringschef");

  private final Portfolio p = NorddjursExample.portfolio();

  @Test
  void focusAreasAndInitiativesCarryTheRealNames() {
    assertThat(p.version()).isEqualTo(1);
    assertThat(p.focusAreas()).extracting(FocusArea::name).containsExactly(
        "Politisk betjening, Økonomi samt Demokrati og Fællesskab",
        "Sammen om Ledelse, Bæredygtige Arbejdsfællesskaber og Styrket Aktørskab",
        "Udsyn, Partnerskab og Innovation");
    assertThat(p.initiatives()).extracting(i -> i.focusArea() + " " + i.name()).containsExactly(
        "F1 Politisk betjening", "F1 Økonomi", "F1 Demokrati og Fællesskab",
        "F2 Sammen om Ledelse", "F2 Bæredygtige Arbejdsfællesskaber", "F2 Styrket Aktørskab",
        "F3 Udsyn", "F3 Partnerskab", "F3 Innovation");
    // every initiative's name appears in its focus area's name, as in the source document
    for (Initiative i : p.initiatives()) {
      assertThat(p.focusArea(i.focusArea()).orElseThrow().name()).contains(i.name());
    }
  }

  @Test
  void initiativesHaveHalfPageDescriptionsAndMostAreCrossCutting() {
    for (Initiative i : p.initiatives()) {
      long sentences = i.description().chars().filter(c -> c == '.').count();
      assertThat(sentences).as(i.id()).isBetween(3L, 6L);
      assertThat(i.description().length()).as(i.id()).isGreaterThan(250);
    }
    assertThat(p.initiatives()).filteredOn(i -> !i.scope().isCrossCutting())
        .extracting(i -> i.id() + " " + i.scope().department().orElseThrow())
        .containsExactly("I-6 Social og Sundhed", "I-8 Teknik og Miljø");
    // a department-scoped initiative belongs to a member's department
    List<String> departments = p.members().stream().flatMap(m -> m.department().stream()).toList();
    assertThat(p.initiatives()).allSatisfy(
        i -> i.scope().department().ifPresent(d -> assertThat(departments).contains(d)));
  }

  @Test
  void aboutThirtyTasksUnderEveryInitiative() {
    assertThat(p.tasks()).hasSize(33);
    assertThat(p.activeTasks()).hasSize(33);
    for (Initiative i : p.initiatives()) {
      assertThat(p.tasksOf(i.id())).as(i.id()).hasSizeBetween(3, 6);
    }
    assertThat(p.tasks()).allSatisfy(t -> assertThat(t.tags()).isNotEmpty());
    // every perspective is served by some task
    assertThat(p.tasks().stream().flatMap(t -> t.perspectives().stream()).distinct())
        .containsExactlyInAnyOrder(Perspective.values());
  }

  @Test
  void membersAndOwnersAreRoleTitlesOnly() {
    assertThat(p.members()).extracting(BoardMember::id).containsExactly("KD", "DIR-BU", "DIR-SS", "DIR-TM", "DIR-OP");
    assertThat(p.members()).allSatisfy(m -> assertThat(m.roleTitle()).matches("(Kommunaldirektør|Direktør .+)"));
    assertThat(p.members()).extracting(BoardMember::roleTitle).allSatisfy(r -> assertThat(ROLE_TITLES).contains(r));
    assertThat(p.member("KD").orElseThrow().department()).isEmpty();
    assertThat(p.members().subList(1, 5)).allSatisfy(m -> assertThat(m.department()).isPresent());
    assertThat(p.initiatives()).extracting(Initiative::owner).allSatisfy(o -> assertThat(ROLE_TITLES).contains(o));
    assertThat(p.tasks()).extracting(Task::caseOwner).allSatisfy(o -> assertThat(ROLE_TITLES).contains(o));
  }

  @Test
  void nominationsNameActiveTasksAtMostFivePerMemberInMemberOrder() {
    Map<String, List<String>> n = NorddjursExample.nominations();
    assertThat(n.keySet()).containsExactly("KD", "DIR-BU", "DIR-SS", "DIR-TM", "DIR-OP");
    n.forEach((member, tasks) -> {
      assertThat(tasks).as(member).hasSizeBetween(1, 5).doesNotHaveDuplicates();
      assertThat(tasks).as(member).allSatisfy(t -> assertThat(p.task(t).map(Task::active)).contains(true));
    });
    assertThat(n.get("DIR-SS")).hasSize(4);
  }

  @Test
  void nominationCountsHaveTiesAndLeaveInwardLeadershipOut() {
    Map<String, Integer> counts = new TreeMap<>();
    NorddjursExample.nominations().values().forEach(l -> l.forEach(t -> counts.merge(t, 1, Integer::sum)));
    // by hand from the five lists: T-04 in all five; T-30 by DIR-BU, DIR-TM, DIR-OP; T-05 by DIR-SS, DIR-OP;
    // T-14 by KD, DIR-BU; T-25 by KD, DIR-TM; ten tasks once
    Map<String, Integer> expected = new TreeMap<>(Map.of("T-04", 5, "T-30", 3, "T-05", 2, "T-14", 2, "T-25", 2));
    for (String once : List.of("T-12", "T-03", "T-07", "T-10", "T-19", "T-32", "T-27", "T-24", "T-31", "T-15")) {
      expected.put(once, 1);
    }
    assertThat(counts).isEqualTo(expected);
    // the five named at least twice serve upward, downward and outward leadership, never inward
    List<String> top = counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).toList();
    assertThat(top).containsExactly("T-04", "T-05", "T-14", "T-25", "T-30");
    assertThat(top.stream().flatMap(t -> p.task(t).orElseThrow().perspectives().stream()).distinct())
        .containsExactlyInAnyOrder(Perspective.UPWARD, Perspective.DOWNWARD, Perspective.OUTWARD);
  }

  @Test
  void followUpCoversTwoQuarters() {
    FollowUp f = NorddjursExample.followUp();
    assertThat(f.portfolio()).isSameAs(p);
    assertThat(f.quarters()).containsExactly(Q1, Q2);
    // Q1: 9 initiatives + 33 tasks less T-10, T-23, T-29; Q2: 9 + 33 less T-13, T-16, T-29
    assertThat(f.reports(Q1)).hasSize(39);
    assertThat(f.reports(Q2)).hasSize(39);
    for (Initiative i : p.initiatives()) {
      assertThat(f.status(Item.initiative(i.id()), Q1)).as(i.id()).isPresent();
      assertThat(f.status(Item.initiative(i.id()), Q2)).as(i.id()).isPresent();
    }
    assertThat(f.reports()).allSatisfy(r -> assertThat(r.quarter().contains(r.date())).isTrue());
  }

  @Test
  void changesFromQ1ToQ2() {
    // worked out from the table of statuses in NorddjursExample, in reading order (I-1, T-01..T-03, I-2, ...)
    List<StatusChange> changes = NorddjursExample.followUp().changes(Q1, Q2);
    assertThat(changes).extracting(c -> c.item().id() + " " + c.kind()).containsExactly(
        "T-01 BETTER", "T-05 BETTER", "I-3 BETTER", "T-08 BETTER", "T-10 NEW", "T-11 BETTER", "T-12 BETTER",
        "T-13 WENT_QUIET", "I-5 WORSE", "T-14 WORSE", "T-15 WORSE", "T-19 WORSE", "T-22 BETTER", "T-23 NEW",
        "I-7 WORSE", "T-25 WORSE", "T-26 BETTER", "I-8 BETTER", "T-27 BETTER", "T-31 BETTER", "T-32 BETTER");
    assertThat(changes.get(1).text().danish()).isEqualTo(
        "opgave 'T-05' Økonomistyring på det specialiserede socialområde: ude af kurs → i risiko (forbedret)");
  }

  @Test
  void summaryOfTheFirstFocusAreaInQ2() {
    Summary s = NorddjursExample.followUp().summary(Q2);
    Summary.Line f1 = s.byFocusArea().get(p.focusArea("F1").orElseThrow());
    // tasks T-01 done, T-02 on track, T-03 not started, T-04 on track, T-05 at risk, T-06 on track,
    // T-07 at risk, T-08 on track, T-09 on track, T-10 not started; I-1 on track, I-2 at risk, I-3 on track
    assertThat(f1.tasks()).isEqualTo(new Summary.Counts(
        Map.of(Status.NOT_STARTED, 2, Status.ON_TRACK, 5, Status.AT_RISK, 2, Status.DONE, 1), 0));
    assertThat(f1.initiatives()).isEqualTo(new Summary.Counts(Map.of(Status.ON_TRACK, 2, Status.AT_RISK, 1), 0));
    // F3's T-29 is never reported
    assertThat(s.byFocusArea().get(p.focusArea("F3").orElseThrow()).tasks().unreported()).isEqualTo(1);
  }

  @Test
  void theExampleIsBuiltOnce() {
    assertThat(NorddjursExample.portfolio()).isSameAs(p);
    assertThat(NorddjursExample.followUp()).isSameAs(NorddjursExample.followUp());
    assertThat(NorddjursExample.nominations().get("KD")).containsExactly("T-04", "T-14", "T-12", "T-25", "T-03");
  }
}
