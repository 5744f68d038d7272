package dk.prioritization.portfolio.followup;

import static dk.prioritization.portfolio.followup.Fixture.D1;
import static dk.prioritization.portfolio.followup.Fixture.D2;
import static dk.prioritization.portfolio.followup.Fixture.Q1;
import static dk.prioritization.portfolio.followup.Fixture.Q2;
import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random reports on the fixture portfolio, checked against simple oracles. */
class FollowUpPropertiesTest {
  /** The documented health order, worst first. */
  private static final List<Status> WORST_TO_BEST =
      List.of(Status.OFF_TRACK, Status.AT_RISK, Status.NOT_STARTED, Status.ON_TRACK, Status.DONE);

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static List<Item> items(Portfolio p) {
    List<Item> items = new ArrayList<>();
    p.initiatives().forEach(i -> items.add(Item.initiative(i.id())));
    p.tasks().forEach(t -> items.add(Item.task(t.id())));
    return items;
  }

  /** Each item gets a report in each quarter with probability 2/3, with a random status. */
  private static List<StatusReport> reports(Portfolio p, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<StatusReport> out = new ArrayList<>();
    for (Item item : items(p)) {
      if (r.nextInt(3) > 0) {
        out.add(new StatusReport(item, Q1, Status.values()[r.nextInt(5)], "c", D1));
      }
      if (r.nextInt(3) > 0) {
        out.add(new StatusReport(item, Q2, Status.values()[r.nextInt(5)], "c", D2));
      }
    }
    // shuffle (Fisher-Yates with the same generator)
    for (int i = out.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      StatusReport t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  private static FollowUp build(Portfolio p, List<StatusReport> reports) {
    FollowUp.Builder b = FollowUp.builder(p);
    reports.forEach(b::report);
    return b.build();
  }

  private static Optional<Status> find(List<StatusReport> reports, Item item, Quarter q) {
    return reports.stream().filter(r -> r.item().equals(item) && r.quarter().equals(q)).map(StatusReport::status)
        .findFirst();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void changesAgreeWithAnOracle(long seed) {
    Portfolio p = Fixture.portfolio();
    List<StatusReport> reports = reports(p, seed);
    List<String> expected = new ArrayList<>();
    for (Item item : items(p)) {
      Optional<Status> a = find(reports, item, Q1);
      Optional<Status> b = find(reports, item, Q2);
      String kind;
      if (a.isEmpty() && b.isEmpty()) {
        kind = null;
      } else if (a.isEmpty()) {
        kind = "NEW";
      } else if (b.isEmpty()) {
        kind = a.get() == Status.DONE ? null : "WENT_QUIET";
      } else {
        int d = WORST_TO_BEST.indexOf(b.get()) - WORST_TO_BEST.indexOf(a.get());
        kind = d > 0 ? "BETTER" : d < 0 ? "WORSE" : null;
      }
      if (kind != null) {
        expected.add(item + " " + kind);
      }
    }
    FollowUp f = build(p, reports);
    assertThat(f.changes(Q1, Q2)).extracting(c -> c.item() + " " + c.kind())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void summaryCountsEveryItemOncePerFocusAreaAndOncePerPerspective(long seed) {
    Portfolio p = Fixture.portfolio();
    List<StatusReport> reports = reports(p, seed);
    FollowUp f = build(p, reports);
    for (Quarter q : List.of(Q1, Q2)) {
      Summary s = f.summary(q);
      for (Status status : Status.values()) {
        long tasks = reports.stream()
            .filter(r -> r.quarter().equals(q) && r.status() == status && r.item().kind() == Item.Kind.TASK).count();
        long initiatives = reports.stream().filter(
            r -> r.quarter().equals(q) && r.status() == status && r.item().kind() == Item.Kind.INITIATIVE).count();
        assertThat(s.byFocusArea().values().stream().mapToInt(l -> l.tasks().count(status)).sum()).isEqualTo(tasks);
        assertThat(s.byFocusArea().values().stream().mapToInt(l -> l.initiatives().count(status)).sum())
            .isEqualTo(initiatives);
      }
      long unreportedTasks = p.activeTasks().stream()
          .filter(t -> find(reports, Item.task(t.id()), q).isEmpty()).count();
      assertThat(s.byFocusArea().values().stream().mapToInt(l -> l.tasks().unreported()).sum())
          .isEqualTo(unreportedTasks);
      for (Perspective persp : Perspective.values()) {
        long counted = 0;
        for (Task t : p.tasks()) {
          boolean reported = find(reports, Item.task(t.id()), q).isPresent();
          if (t.perspectives().contains(persp) && (t.active() || reported)) {
            counted++;
          }
        }
        Summary.Counts c = s.byPerspective().get(persp).tasks();
        assertThat(c.reported() + c.unreported()).as("%s %s", q, persp).isEqualTo(counted);
        long inits = p.initiatives().stream().map(Initiative::perspectives).filter(ps -> ps.contains(persp)).count();
        Summary.Counts ci = s.byPerspective().get(persp).initiatives();
        assertThat(ci.reported() + ci.unreported()).isEqualTo(inits);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theOrderReportsAreAddedInDoesNotMatter(long seed) {
    Portfolio p = Fixture.portfolio();
    List<StatusReport> reports = reports(p, seed);
    List<StatusReport> reversed = new ArrayList<>(reports);
    Collections.reverse(reversed);
    FollowUp a = build(p, reports);
    FollowUp b = build(p, reversed);
    assertThat(b).isEqualTo(a);
    assertThat(b.reports()).isEqualTo(a.reports());
    assertThat(b.summary(Q2)).isEqualTo(a.summary(Q2));
  }
}
