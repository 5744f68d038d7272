package dk.prioritization.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An executive board's task portfolio (<i>opgaveportefølje</i>) at one version: focus areas,
 * strategic initiatives, tasks and the board's members.
 *
 * <p>A portfolio is immutable and valid: {@link #builder()} checks every element and reports every
 * problem at once in a {@link PortfolioException}. Elements keep the order they were added in;
 * that order is the portfolio's order everywhere (lists, candidate order in rounds).
 *
 * <pre>{@code
 * Portfolio p = Portfolio.builder()
 *     .focusArea(new FocusArea("F1", "Economy"))
 *     .initiative(Initiative.of("I1", "Budget", "F1", "Half a page ...", "Chief executive",
 *         Scope.CROSS_CUTTING, Perspective.UPWARD))
 *     .task(Task.of("T1", "Budget process 2026", "I1", "Head of finance", Perspective.UPWARD))
 *     .member(BoardMember.withoutDepartment("CEO", "Chief executive"))
 *     .build();
 * }</pre>
 *
 * <p>Tasks may carry a cost ({@link Task#cost()}) in one capacity unit for the whole portfolio,
 * named by {@link #costUnit()} (e.g. person-months, for explanations); the unit is set when the
 * first version is built and every later version keeps it, so costs of different versions compare.
 *
 * <p>A portfolio is never edited in place: {@link #apply(Change, String)} returns the next version,
 * with the change appended to its {@link #changeLog()}; the version it was applied to is unchanged.
 *
 * <pre>{@code
 * Portfolio v2 = p.apply(new Change.RetireTask("T1"), "Done with the 2026 budget");
 * // v2.version() == 2, v2.task("T1").get().retired(), p is still version 1 with T1 active
 * }</pre>
 */
public final class Portfolio {
  private final int version;
  private final Optional<Text> costUnit;
  private final ImmutableMap<String, FocusArea> focusAreas;
  private final ImmutableMap<String, Initiative> initiatives;
  private final ImmutableMap<String, Task> tasks;
  private final ImmutableMap<String, BoardMember> members;
  private final ImmutableList<ChangeLogEntry> changeLog;

  private Portfolio(Builder b) {
    this.version = b.version;
    this.costUnit = b.costUnit;
    this.focusAreas = index(b.focusAreas, FocusArea::id);
    this.initiatives = index(b.initiatives, Initiative::id);
    this.tasks = index(b.tasks, Task::id);
    this.members = index(b.members, BoardMember::id);
    this.changeLog = ImmutableList.copyOf(b.changeLog);
  }

  private static <T> ImmutableMap<String, T> index(List<T> items, Function<T, String> id) {
    ImmutableMap.Builder<String, T> m = ImmutableMap.builderWithExpectedSize(items.size());
    for (T t : items) {
      m.put(id.apply(t), t);
    }
    return m.buildOrThrow();
  }

  /**
   * Returns a builder for the first version of a portfolio.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this portfolio's elements, version and change log, to build a variant
   * of it.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().version(version);
    b.costUnit = costUnit;
    focusAreas.values().forEach(b::focusArea);
    initiatives.values().forEach(b::initiative);
    tasks.values().forEach(b::task);
    members.values().forEach(b::member);
    return b.changeLog(changeLog);
  }

  /**
   * Returns the version number, 1 for a portfolio as first built.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns the name of the unit task costs are counted in, e.g. "person-months" /
   * "personmåneder", as written after a number; empty if the portfolio names none.
   *
   * @return the cost unit, if named
   */
  public Optional<Text> costUnit() {
    return costUnit;
  }

  /**
   * Returns an amount in the portfolio's cost unit as text: "3 person-months" / "3
   * personmåneder", or just the number if the portfolio names no unit.
   *
   * @param amount the amount
   * @return the text in English and Danish
   */
  public Text costText(long amount) {
    return costText(costUnit, amount);
  }

  static Text costText(Optional<Text> unit, long amount) {
    return unit.map(u -> new Text(amount + " " + u.english(), amount + " " + u.danish()))
        .orElseGet(() -> new Text(Long.toString(amount), Long.toString(amount)));
  }

  /**
   * Returns the change log: one entry per change that led from an earlier version to this one,
   * oldest first; empty for a portfolio as first built.
   *
   * @return the change log
   */
  public List<ChangeLogEntry> changeLog() {
    return changeLog;
  }

  /**
   * Returns the next version: this portfolio with one change applied and logged. This portfolio is
   * not changed.
   *
   * @param change the change
   * @param note why it was made, e.g. the board meeting's decision; may be empty
   * @return the portfolio at version {@code version() + 1}, its log ending with the change
   * @throws PortfolioException if the change does not apply to this version, naming the element at
   *     fault (an unknown or retired task, an unknown initiative, an id already taken, a blank name)
   */
  public Portfolio apply(Change change, String note) {
    return Changes.apply(this, new ChangeLogEntry(version + 1, change, note, Optional.empty(), Optional.empty()));
  }

  /**
   * Returns the next version, recording who made the change and when. This portfolio is not
   * changed.
   *
   * @param change the change
   * @param note why it was made; may be empty
   * @param author who made it, by role title, e.g. "Board secretariat"
   * @param date the date it was decided (an input: the library reads no clock)
   * @return the portfolio at version {@code version() + 1}, its log ending with the change
   * @throws PortfolioException if the change does not apply to this version, naming the element at
   *     fault
   */
  public Portfolio apply(Change change, String note, String author, LocalDate date) {
    return Changes.apply(this,
        new ChangeLogEntry(version + 1, change, note, Optional.of(author), Optional.of(date)));
  }

  /**
   * Returns the focus areas, in portfolio order.
   *
   * @return the focus areas
   */
  public List<FocusArea> focusAreas() {
    return focusAreas.values().asList();
  }

  /**
   * Returns the strategic initiatives, in portfolio order.
   *
   * @return the initiatives
   */
  public List<Initiative> initiatives() {
    return initiatives.values().asList();
  }

  /**
   * Returns every task, retired ones included, in portfolio order.
   *
   * @return the tasks
   */
  public List<Task> tasks() {
    return tasks.values().asList();
  }

  /**
   * Returns the active tasks (those that can be nominated), in portfolio order.
   *
   * @return the active tasks
   */
  public List<Task> activeTasks() {
    return tasks.values().stream().filter(Task::active).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the board's members, in portfolio order.
   *
   * @return the members
   */
  public List<BoardMember> members() {
    return members.values().asList();
  }

  /**
   * Returns the focus area with the given id.
   *
   * @param id the id
   * @return the focus area, or empty if there is none
   */
  public Optional<FocusArea> focusArea(String id) {
    return Optional.ofNullable(focusAreas.get(id));
  }

  /**
   * Returns the initiative with the given id.
   *
   * @param id the id
   * @return the initiative, or empty if there is none
   */
  public Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(initiatives.get(id));
  }

  /**
   * Returns the task with the given id, retired or not.
   *
   * @param id the id
   * @return the task, or empty if there is none
   */
  public Optional<Task> task(String id) {
    return Optional.ofNullable(tasks.get(id));
  }

  /**
   * Returns the member with the given id.
   *
   * @param id the id
   * @return the member, or empty if there is none
   */
  public Optional<BoardMember> member(String id) {
    return Optional.ofNullable(members.get(id));
  }

  /**
   * Returns the initiatives under a focus area, in portfolio order.
   *
   * @param focusAreaId the focus area's id
   * @return its initiatives; empty if it has none or does not exist
   */
  public List<Initiative> initiativesOf(String focusAreaId) {
    return initiatives.values().stream().filter(i -> i.focusArea().equals(focusAreaId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the tasks under an initiative, retired ones included, in portfolio order.
   *
   * @param initiativeId the initiative's id
   * @return its tasks; empty if it has none or does not exist
   */
  public List<Task> tasksOf(String initiativeId) {
    return tasks.values().stream().filter(t -> t.initiative().equals(initiativeId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the initiative a task belongs to.
   *
   * @param task a task of this portfolio
   * @return its initiative
   * @throws IllegalArgumentException if the task is not in this portfolio
   */
  public Initiative initiativeOf(Task task) {
    checkArgument(task.equals(tasks.get(task.id())), "task '%s' is not in portfolio version %s", task.id(), version);
    return initiatives.get(task.initiative());
  }

  /**
   * Returns the focus area a task belongs to, through its initiative.
   *
   * @param task a task of this portfolio
   * @return its focus area
   * @throws IllegalArgumentException if the task is not in this portfolio
   */
  public FocusArea focusAreaOf(Task task) {
    return focusAreas.get(initiativeOf(task).focusArea());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Portfolio p && version == p.version && costUnit.equals(p.costUnit)
        && focusAreas.equals(p.focusAreas)
        && initiatives.equals(p.initiatives) && tasks.equals(p.tasks) && members.equals(p.members)
        && changeLog.equals(p.changeLog);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, costUnit, focusAreas, initiatives, tasks, members, changeLog);
  }

  @Override
  public String toString() {
    return "portfolio version " + version + ": " + focusAreas.size() + " focus areas, " + initiatives.size()
        + " initiatives, " + tasks.size() + " tasks (" + activeTasks().size() + " active), " + members.size()
        + " members";
  }

  /**
   * Collects the elements of a portfolio and checks them all at {@link #build()}.
   *
   * <p>Not thread-safe; build once.
   */
  public static final class Builder {
    private int version = 1;
    private Optional<Text> costUnit = Optional.empty();
    private final List<FocusArea> focusAreas = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final List<BoardMember> members = new ArrayList<>();
    private List<ChangeLogEntry> changeLog = List.of();

    private Builder() {}

    /**
     * Sets the version number (1 unless changed).
     *
     * @param version the version, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the version is below 1
     */
    public Builder version(int version) {
      checkArgument(version >= 1, "a portfolio version is %s; versions count from 1", version);
      this.version = version;
      return this;
    }

    /**
     * Names the unit task costs are counted in (none unless set), as written after a number in
     * English and Danish, e.g. {@code new Text("person-months", "personmåneder")}.
     *
     * @param unit the unit's name; neither language may be blank
     * @return this builder
     */
    public Builder costUnit(Text unit) {
      this.costUnit = Optional.of(requireNonNull(unit, "unit"));
      return this;
    }

    /** Sets or clears the cost unit; {@link Changes} carries a version's unit to the next. */
    Builder costUnit(Optional<Text> unit) {
      this.costUnit = requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Adds a focus area.
     *
     * @param focusArea the focus area
     * @return this builder
     */
    public Builder focusArea(FocusArea focusArea) {
      focusAreas.add(requireNonNull(focusArea, "focusArea"));
      return this;
    }

    /**
     * Adds a strategic initiative.
     *
     * @param initiative the initiative
     * @return this builder
     */
    public Builder initiative(Initiative initiative) {
      initiatives.add(requireNonNull(initiative, "initiative"));
      return this;
    }

    /**
     * Adds a task.
     *
     * @param task the task
     * @return this builder
     */
    public Builder task(Task task) {
      tasks.add(requireNonNull(task, "task"));
      return this;
    }

    /**
     * Adds a board member.
     *
     * @param member the member
     * @return this builder
     */
    public Builder member(BoardMember member) {
      members.add(requireNonNull(member, "member"));
      return this;
    }

    /**
     * Sets the change log; only {@link Portfolio#apply} and {@link Portfolio#toBuilder()} set it,
     * so a log always records changes that were applied.
     */
    Builder changeLog(List<ChangeLogEntry> log) {
      this.changeLog = ImmutableList.copyOf(log);
      return this;
    }

    /**
     * Checks every element and returns the portfolio.
     *
     * @return the portfolio
     * @throws PortfolioException listing every problem: duplicate ids, empty names or owners,
     *     references to focus areas, initiatives or tasks that do not exist, tasks or initiatives
     *     without a perspective, inconsistent merges, negative costs, costs whose total does not fit
     *     in a {@code long}, a blank cost unit
     */
    public Portfolio build() {
      List<PortfolioProblem> problems = new ArrayList<>();
      Map<String, FocusArea> areas = unique(focusAreas, FocusArea::id, "focus area", problems);
      Map<String, Initiative> inits = unique(initiatives, Initiative::id, "initiative", problems);
      Map<String, Task> all = unique(tasks, Task::id, "task", problems);
      unique(members, BoardMember::id, "member", problems);
      for (FocusArea f : focusAreas) {
        String at = "focus area '" + f.id() + "'";
        blank(f.name(), at, "name", problems);
      }
      for (Initiative i : initiatives) {
        String at = "initiative '" + i.id() + "'";
        blank(i.name(), at, "name", problems);
        blank(i.description(), at, "description", problems);
        blank(i.owner(), at, "owner", problems);
        if (i.focusArea().isBlank()) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.DANGLING_REFERENCE, at, at + " has no focus area"));
        } else if (!areas.containsKey(i.focusArea())) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.DANGLING_REFERENCE, at,
              at + " names unknown focus area '" + i.focusArea() + "'"));
        }
        if (i.perspectives().isEmpty()) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.NO_PERSPECTIVE, at,
              at + " has no leadership perspective; give it one or more"));
        }
      }
      for (Task t : tasks) {
        String at = "task '" + t.id() + "'";
        blank(t.name(), at, "name", problems);
        blank(t.caseOwner(), at, "case owner", problems);
        if (t.initiative().isBlank()) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.DANGLING_REFERENCE, at,
              at + " has no initiative; every task belongs to one"));
        } else if (!inits.containsKey(t.initiative())) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.DANGLING_REFERENCE, at,
              at + " names unknown initiative '" + t.initiative() + "'"));
        }
        if (t.perspectives().isEmpty()) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.NO_PERSPECTIVE, at,
              at + " has no leadership perspective; give it one or more"));
        }
        if (t.mergedInto().isPresent()) {
          String into = t.mergedInto().get();
          if (!t.retired()) {
            problems.add(new PortfolioProblem(PortfolioProblem.Kind.BAD_MERGE, at,
                at + " is merged into '" + into + "' but not retired"));
          }
          if (into.equals(t.id())) {
            problems.add(new PortfolioProblem(PortfolioProblem.Kind.BAD_MERGE, at, at + " is merged into itself"));
          } else if (!all.containsKey(into)) {
            problems.add(new PortfolioProblem(PortfolioProblem.Kind.BAD_MERGE, at,
                at + " is merged into unknown task '" + into + "'"));
          }
        }
      }
      costs(problems);
      costUnit.ifPresent(u -> {
        blank(u.english(), "cost unit", "English name", problems);
        blank(u.danish(), "cost unit", "Danish name", problems);
      });
      for (BoardMember m : members) {
        String at = "member '" + m.id() + "'";
        blank(m.roleTitle(), at, "role title", problems);
        m.department().ifPresent(d -> blank(d, at, "department", problems));
      }
      if (!problems.isEmpty()) {
        throw new PortfolioException(problems);
      }
      return new Portfolio(this);
    }

    /** Checks that no cost is negative and that all of them add up to at most {@code Long.MAX_VALUE}. */
    private void costs(List<PortfolioProblem> problems) {
      long total = 0;
      boolean overflowed = false;
      for (Task t : tasks) {
        if (t.cost().isEmpty()) {
          continue;
        }
        String at = "task '" + t.id() + "'";
        long c = t.cost().getAsLong();
        if (c < 0) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.NEGATIVE_COST, at,
              at + " has a negative cost: " + c + "; a cost is zero or more"));
        } else if (!overflowed) {
          try {
            total = Math.addExact(total, c);
          } catch (ArithmeticException e) {
            overflowed = true;
            problems.add(new PortfolioProblem(PortfolioProblem.Kind.COST_TOO_LARGE, at, at + " has the cost " + c
                + ", which takes the total cost of the tasks up to it past " + Long.MAX_VALUE
                + "; the costs of all tasks together must fit in a long"));
          }
        }
      }
    }

    private static <T> Map<String, T> unique(List<T> items, Function<T, String> id, String kind,
        List<PortfolioProblem> problems) {
      Map<String, T> seen = new LinkedHashMap<>();
      for (T t : items) {
        String key = id.apply(t);
        if (key.isBlank()) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.EMPTY_FIELD, kind + " '" + t + "'",
              "a " + kind + " has an empty id (" + kind + " '" + t + "')"));
        } else if (seen.putIfAbsent(key, t) != null) {
          problems.add(new PortfolioProblem(PortfolioProblem.Kind.DUPLICATE_ID, kind + " '" + key + "'",
              "two " + kind + "s have the id '" + key + "'"));
        }
      }
      return seen;
    }

    private static void blank(String value, String at, String field, List<PortfolioProblem> problems) {
      if (value.isBlank()) {
        problems.add(new PortfolioProblem(PortfolioProblem.Kind.EMPTY_FIELD, at, at + " has an empty " + field));
      }
    }
  }
}
