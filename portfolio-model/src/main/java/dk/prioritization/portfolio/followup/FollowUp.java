package dk.prioritization.portfolio.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The quarterly follow-up (<i>kvartalsvis opfølgning</i>) of a portfolio: per task and initiative
 * and per quarter a status, a comment and a date.
 *
 * <p>A follow-up is immutable and valid: {@link #builder(Portfolio)} checks every report against
 * the portfolio and reports every problem at once in a {@link FollowUpException}. It answers a
 * status per item and quarter ({@link #status(Item, Quarter)}), what changed between two quarters
 * ({@link #changes(Quarter, Quarter)}) and a summary of a quarter per focus area and perspective
 * ({@link #summary(Quarter)}).
 *
 * <p>Items are listed in <b>reading order</b>: for each focus area in portfolio order, each of its
 * initiatives followed by that initiative's tasks, in portfolio order.
 *
 * <pre>{@code
 * Quarter q1 = Quarter.parse("2025-Q1");
 * FollowUp f = FollowUp.builder(portfolio)
 *     .report(StatusReport.task("T1", q1, Status.ON_TRACK, "Timeplan agreed", LocalDate.of(2025, 3, 26)))
 *     .report(StatusReport.task("T1", q1.next(), Status.AT_RISK, "Late input", LocalDate.of(2025, 6, 25)))
 *     .build();
 * f.changes(q1, q1.next()); // task 'T1' ...: on track → at risk (worse)
 * }</pre>
 */
public final class FollowUp {
  private final Portfolio portfolio;
  private final ImmutableList<Item> readingOrder;
  private final ImmutableSortedMap<Quarter, ImmutableMap<Item, StatusReport>> byQuarter;

  private FollowUp(Portfolio portfolio, List<Item> readingOrder, Map<Quarter, Map<Item, StatusReport>> reports) {
    this.portfolio = portfolio;
    this.readingOrder = ImmutableList.copyOf(readingOrder);
    ImmutableSortedMap.Builder<Quarter, ImmutableMap<Item, StatusReport>> b = ImmutableSortedMap.naturalOrder();
    reports.forEach((q, m) -> {
      ImmutableMap.Builder<Item, StatusReport> inOrder = ImmutableMap.builder();
      for (Item item : readingOrder) {
        StatusReport r = m.get(item);
        if (r != null) {
          inOrder.put(item, r);
        }
      }
      b.put(q, inOrder.buildOrThrow());
    });
    this.byQuarter = b.buildOrThrow();
  }

  /**
   * Returns a builder of a follow-up of the given portfolio.
   *
   * @param portfolio the portfolio the reports are about
   * @return an empty builder
   */
  public static Builder builder(Portfolio portfolio) {
    return new Builder(requireNonNull(portfolio, "portfolio"));
  }

  /**
   * Returns the portfolio followed up.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * Returns the quarters that have at least one report, earliest first.
   *
   * @return the quarters
   */
  public List<Quarter> quarters() {
    return byQuarter.keySet().asList();
  }

  /**
   * Returns every report: by quarter, earliest first, then in reading order.
   *
   * @return the reports
   */
  public List<StatusReport> reports() {
    return byQuarter.values().stream().flatMap(m -> m.values().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a quarter's reports in reading order.
   *
   * @param quarter the quarter
   * @return its reports; empty if it has none
   */
  public List<StatusReport> reports(Quarter quarter) {
    ImmutableMap<Item, StatusReport> m = byQuarter.get(requireNonNull(quarter, "quarter"));
    return m == null ? ImmutableList.of() : m.values().asList();
  }

  /**
   * Returns an item's report for a quarter.
   *
   * @param item the task or initiative
   * @param quarter the quarter
   * @return the report, or empty if there is none (no status is carried over from earlier quarters)
   */
  public Optional<StatusReport> report(Item item, Quarter quarter) {
    requireNonNull(item, "item");
    ImmutableMap<Item, StatusReport> m = byQuarter.get(requireNonNull(quarter, "quarter"));
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(item));
  }

  /**
   * Returns an item's status in a quarter.
   *
   * @param item the task or initiative
   * @param quarter the quarter
   * @return the status, or empty if the item has no report for the quarter
   */
  public Optional<Status> status(Item item, Quarter quarter) {
    return report(item, quarter).map(StatusReport::status);
  }

  /**
   * Returns what changed from one quarter to a later one, in reading order.
   *
   * <p>Only the two quarters' reports are compared. Listed are the items reported in {@code to}
   * but not in {@code from} ({@link StatusChange.Kind#NEW}), reported in {@code from} but not in
   * {@code to} ({@link StatusChange.Kind#WENT_QUIET}; except an item that was done: done items need no
   * further report), and reported in both with different statuses ({@link StatusChange.Kind#BETTER} or
   * {@link StatusChange.Kind#WORSE}). Items with the same status in both are left out, whatever their
   * comments say.
   *
   * @param from the earlier quarter
   * @param to the later quarter
   * @return the changes
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public List<StatusChange> changes(Quarter from, Quarter to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(from.compareTo(to) < 0, "changes from %s to %s: the first quarter must come before the second",
        from, to);
    ImmutableList.Builder<StatusChange> out = ImmutableList.builder();
    for (Item item : readingOrder) {
      Optional<StatusReport> before = report(item, from);
      Optional<StatusReport> after = report(item, to);
      if (before.isEmpty() && after.isEmpty()) {
        continue;
      }
      if (after.isEmpty() && before.get().status() == Status.DONE) {
        continue;
      }
      StatusChange c = new StatusChange(item, name(item), before, after);
      if (c.kind() != StatusChange.Kind.UNCHANGED) {
        out.add(c);
      }
    }
    return out.build();
  }

  /**
   * Returns what changed from a quarter to the latest quarter with reports, as
   * {@link #changes(Quarter, Quarter)} does.
   *
   * @param from the earlier quarter
   * @return the changes; empty if no quarter with reports comes after {@code from}
   */
  public List<StatusChange> changesSince(Quarter from) {
    requireNonNull(from, "from");
    if (byQuarter.isEmpty() || from.compareTo(byQuarter.lastKey()) >= 0) {
      return ImmutableList.of();
    }
    return changes(from, byQuarter.lastKey());
  }

  /**
   * Returns a quarter's summary per focus area and per leadership perspective; see {@link Summary}
   * for how tasks and initiatives are counted.
   *
   * @param quarter the quarter
   * @return the summary
   */
  public Summary summary(Quarter quarter) {
    requireNonNull(quarter, "quarter");
    Map<FocusArea, Tally> areas = new LinkedHashMap<>();
    portfolio.focusAreas().forEach(f -> areas.put(f, new Tally()));
    Map<Perspective, Tally> perspectives = new EnumMap<>(Perspective.class);
    for (Perspective p : Perspective.values()) {
      perspectives.put(p, new Tally());
    }
    for (Initiative i : portfolio.initiatives()) {
      Optional<Status> s = status(Item.initiative(i.id()), quarter);
      FocusArea area = portfolio.focusArea(i.focusArea()).orElseThrow();
      areas.get(area).initiatives.add(s);
      i.perspectives().forEach(p -> perspectives.get(p).initiatives.add(s));
    }
    for (Task t : portfolio.tasks()) {
      Optional<Status> s = status(Item.task(t.id()), quarter);
      if (s.isEmpty() && !t.active()) {
        continue;
      }
      areas.get(portfolio.focusAreaOf(t)).tasks.add(s);
      t.perspectives().forEach(p -> perspectives.get(p).tasks.add(s));
    }
    Map<FocusArea, Summary.Line> a = new LinkedHashMap<>();
    areas.forEach((f, t) -> a.put(f, t.line()));
    Map<Perspective, Summary.Line> p = new EnumMap<>(Perspective.class);
    perspectives.forEach((k, t) -> p.put(k, t.line()));
    return new Summary(quarter, a, p);
  }

  private String name(Item item) {
    return item.kind() == Item.Kind.TASK
        ? portfolio.task(item.id()).orElseThrow().name()
        : portfolio.initiative(item.id()).orElseThrow().name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUp f && portfolio.equals(f.portfolio) && byQuarter.equals(f.byQuarter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(portfolio, byQuarter);
  }

  @Override
  public String toString() {
    return "follow-up of portfolio version " + portfolio.version() + ": " + reports().size() + " reports in "
        + byQuarter.size() + " quarters";
  }

  /** Counts of one summary line while it is being added up. */
  private static final class Tally {
    final Count tasks = new Count();
    final Count initiatives = new Count();

    Summary.Line line() {
      return new Summary.Line(tasks.counts(), initiatives.counts());
    }
  }

  /** Counts per status and unreported, being added up. */
  private static final class Count {
    final EnumMap<Status, Integer> byStatus = new EnumMap<>(Status.class);
    int unreported;

    void add(Optional<Status> s) {
      if (s.isPresent()) {
        byStatus.merge(s.get(), 1, Integer::sum);
      } else {
        unreported++;
      }
    }

    Summary.Counts counts() {
      return new Summary.Counts(byStatus, unreported);
    }
  }

  /**
   * Collects the reports of a follow-up and checks them all at {@link #build()}.
   *
   * <p>Not thread-safe; build once.
   */
  public static final class Builder {
    private final Portfolio portfolio;
    private final List<StatusReport> reports = new ArrayList<>();

    private Builder(Portfolio portfolio) {
      this.portfolio = portfolio;
    }

    /**
     * Adds a report.
     *
     * @param report the report
     * @return this builder
     */
    public Builder report(StatusReport report) {
      reports.add(requireNonNull(report, "report"));
      return this;
    }

    /**
     * Adds a report on a task.
     *
     * @param taskId the task's id
     * @param quarter the quarter
     * @param status the status
     * @param comment the comment
     * @param date the date
     * @return this builder
     */
    public Builder task(String taskId, Quarter quarter, Status status, String comment, LocalDate date) {
      return report(StatusReport.task(taskId, quarter, status, comment, date));
    }

    /**
     * Adds a report on a strategic initiative.
     *
     * @param initiativeId the initiative's id
     * @param quarter the quarter
     * @param status the status
     * @param comment the comment
     * @param date the date
     * @return this builder
     */
    public Builder initiative(String initiativeId, Quarter quarter, Status status, String comment, LocalDate date) {
      return report(StatusReport.initiative(initiativeId, quarter, status, comment, date));
    }

    /**
     * Checks every report and returns the follow-up.
     *
     * <p>A report may be about a retired task (its history is kept).
     *
     * @return the follow-up
     * @throws FollowUpException listing every problem: a report on a task or initiative the
     *     portfolio does not have, two reports on one item for one quarter, a date outside its
     *     quarter, an empty comment
     */
    public FollowUp build() {
      List<FollowUpProblem> problems = new ArrayList<>();
      Map<Quarter, Map<Item, StatusReport>> byQuarter = new TreeMap<>();
      Map<Quarter, Set<Item>> namedTwice = new HashMap<>(); // only looked up, never iterated
      for (StatusReport r : reports) {
        Item item = r.item();
        Quarter q = r.quarter();
        String element = item.toString();
        boolean known = item.kind() == Item.Kind.TASK
            ? portfolio.task(item.id()).isPresent()
            : portfolio.initiative(item.id()).isPresent();
        if (!known) {
          problems.add(new FollowUpProblem(FollowUpProblem.Kind.UNKNOWN_ITEM, element,
              "the " + q + " report names unknown " + element + "; portfolio version " + portfolio.version()
                  + " has no such " + item.kind().label().english()));
        }
        Map<Item, StatusReport> inQuarter = byQuarter.computeIfAbsent(q, k -> new LinkedHashMap<>());
        if (inQuarter.putIfAbsent(item, r) != null && namedTwice.computeIfAbsent(q, k -> new HashSet<>()).add(item)) {
          problems.add(new FollowUpProblem(FollowUpProblem.Kind.DUPLICATE_REPORT, element,
              element + " has two or more reports for " + q + "; give one per quarter"));
        }
        if (!q.contains(r.date())) {
          problems.add(new FollowUpProblem(FollowUpProblem.Kind.DATE_OUTSIDE_QUARTER, element,
              "the " + q + " report on " + element + " is dated " + r.date() + ", outside the quarter ("
                  + q.firstDay() + " to " + q.lastDay() + ")"));
        }
        if (r.comment().isBlank()) {
          problems.add(new FollowUpProblem(FollowUpProblem.Kind.EMPTY_COMMENT, element,
              "the " + q + " report on " + element + " has an empty comment"));
        }
      }
      if (!problems.isEmpty()) {
        throw new FollowUpException(problems);
      }
      return new FollowUp(portfolio, readingOrder(portfolio), byQuarter);
    }

    private static List<Item> readingOrder(Portfolio p) {
      List<Item> order = new ArrayList<>();
      for (FocusArea f : p.focusAreas()) {
        for (Initiative i : p.initiativesOf(f.id())) {
          order.add(Item.initiative(i.id()));
          p.tasksOf(i.id()).forEach(t -> order.add(Item.task(t.id())));
        }
      }
      return order;
    }
  }
}
