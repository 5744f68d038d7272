package dk.prioritization.portfolio.followup;

import static java.util.Objects.requireNonNull;

/**
 * One problem a follow-up builder found, naming the item at fault.
 *
 * @param kind what kind of problem it is
 * @param element the item at fault, e.g. {@code "task 'T-99'"}
 * @param message the whole sentence, e.g. {@code "the 2025-Q1 report names unknown task 'T-99'"}
 */
public record FollowUpProblem(Kind kind, String element, String message) {

  /** The kinds of problem a follow-up can have. */
  public enum Kind {
    /** A report names a task or initiative the portfolio does not have. */
    UNKNOWN_ITEM,
    /** An item has two reports for the same quarter. */
    DUPLICATE_REPORT,
    /** A report's date lies outside its quarter. */
    DATE_OUTSIDE_QUARTER,
    /** A report's comment is empty or blank. */
    EMPTY_COMMENT
  }

  /**
   * Creates the problem.
   *
   * @param kind the kind
   * @param element the item at fault
   * @param message the sentence
   */
  public FollowUpProblem {
    requireNonNull(kind, "kind");
    requireNonNull(element, "element");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
