package dk.prioritization.portfolio;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A task (<i>opgave</i>): a concrete project or activity under one strategic initiative, with a
 * case owner (<i>sagsansvarlig</i>). Tasks are what board members nominate.
 *
 * <p>A task is never deleted: a retired task stays in the portfolio, marked {@link #retired()},
 * and a task merged into another says which ({@link #mergedInto()}), so the history keeps every
 * task. Only active tasks can be nominated.
 *
 * <p>A task may have a <b>cost</b>: a whole number, zero or more, in the portfolio's capacity unit
 * ({@link Portfolio#costUnit()}, e.g. person-months); absent means "not estimated". Costs let a
 * round answer which tasks fit a capacity ({@code Round.fitCapacity}). A portfolio refuses a
 * negative cost, and costs whose total does not fit in a {@code long}.
 *
 * <p>Its {@code toString()} is {@code "<id> <name>"}; that is how it is named in a round's
 * explanations, and ids are unique, so names are too.
 *
 * @param id the stable id, unique among the portfolio's tasks
 * @param name the name
 * @param initiative the id of its initiative
 * @param caseOwner the case owner, by role title
 * @param perspectives the leadership perspectives it serves, one or more
 * @param tags free tags, sorted
 * @param retired whether it is retired (no longer active)
 * @param mergedInto the task it was merged into, if it was retired by a merge
 * @param cost what it costs, in the portfolio's cost unit; empty if not estimated
 */
public record Task(String id, String name, String initiative, String caseOwner, Set<Perspective> perspectives,
    Set<String> tags, boolean retired, Optional<String> mergedInto, OptionalLong cost) {

  /**
   * Creates a task, copying the sets; the content is checked when a portfolio is built.
   *
   * @param id the id
   * @param name the name
   * @param initiative the initiative's id
   * @param caseOwner the case owner
   * @param perspectives the perspectives
   * @param tags the tags
   * @param retired whether it is retired
   * @param mergedInto the task it was merged into, if any
   * @param cost the cost, if estimated
   */
  public Task {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(initiative, "initiative");
    requireNonNull(caseOwner, "caseOwner");
    perspectives = Sets.immutableEnumSet(perspectives);
    tags = ImmutableSortedSet.copyOf(tags);
    requireNonNull(mergedInto, "mergedInto");
    requireNonNull(cost, "cost");
  }

  /**
   * Returns an active task without tags or cost.
   *
   * @param id the id
   * @param name the name
   * @param initiative the initiative's id
   * @param caseOwner the case owner
   * @param perspectives the perspectives
   * @return the task
   */
  public static Task of(String id, String name, String initiative, String caseOwner, Perspective... perspectives) {
    return new Task(id, name, initiative, caseOwner, Set.of(perspectives), Set.of(), false, Optional.empty(),
        OptionalLong.empty());
  }

  /**
   * Returns this task with the given tags instead of its own.
   *
   * @param tags the tags
   * @return the new task
   */
  public Task withTags(String... tags) {
    return new Task(id, name, initiative, caseOwner, perspectives, Set.copyOf(Arrays.asList(tags)), retired, mergedInto,
        cost);
  }

  /**
   * Returns this task with the given cost instead of its own; it is checked when a portfolio is
   * built.
   *
   * @param cost the cost in the portfolio's cost unit, zero or more
   * @return the new task
   */
  public Task withCost(long cost) {
    return new Task(id, name, initiative, caseOwner, perspectives, tags, retired, mergedInto, OptionalLong.of(cost));
  }

  /**
   * Returns this task without a cost (not estimated).
   *
   * @return the new task
   */
  public Task withoutCost() {
    return new Task(id, name, initiative, caseOwner, perspectives, tags, retired, mergedInto, OptionalLong.empty());
  }

  /**
   * Returns whether the task is active: not retired.
   *
   * @return whether it can be nominated
   */
  public boolean active() {
    return !retired;
  }

  @Override
  public String toString() {
    return id + " " + name;
  }
}
