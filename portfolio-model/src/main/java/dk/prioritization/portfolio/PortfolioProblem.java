package dk.prioritization.portfolio;

import static java.util.Objects.requireNonNull;

/**
 * One problem a portfolio builder found, naming the element at fault.
 *
 * @param kind what kind of problem it is
 * @param element the element at fault, e.g. {@code "task 'T-7'"} (or {@code "cost unit"})
 * @param message the whole sentence, e.g. {@code "task 'T-7' names unknown initiative 'I-12'"}
 */
public record PortfolioProblem(Kind kind, String element, String message) {

  /** The kinds of problem a portfolio can have. */
  public enum Kind {
    /** Two elements of one kind share an id. */
    DUPLICATE_ID,
    /** An element refers to an id that does not exist (or a task has no initiative). */
    DANGLING_REFERENCE,
    /** A required text (id, name, owner, description, role title, a cost unit's name) is empty or blank. */
    EMPTY_FIELD,
    /** A task or initiative has no leadership perspective. */
    NO_PERSPECTIVE,
    /** A task's cost is below zero. */
    NEGATIVE_COST,
    /** The tasks' costs add up to more than a {@code long} holds; the task at which the sum overflows. */
    COST_TOO_LARGE,
    /** A merged task that is not retired, merged into itself, or into a task that does not exist. */
    BAD_MERGE,
    /**
     * A change that does not apply to the version it is given: it acts on a retired task, adds an
     * element already retired, or changes nothing.
     */
    BAD_CHANGE
  }

  /**
   * Creates the problem.
   *
   * @param kind the kind
   * @param element the element at fault
   * @param message the sentence
   */
  public PortfolioProblem {
    requireNonNull(kind, "kind");
    requireNonNull(element, "element");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
