package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem a round builder found, naming the member and the task at fault where there is one.
 *
 * @param kind what kind of problem it is
 * @param member the id of the member at fault, if any
 * @param task the id of the task at fault, if any
 * @param message the whole sentence, e.g. {@code "member 'DIR-BU' nominates unknown task 'T-99'"}
 */
public record RoundProblem(Kind kind, Optional<String> member, Optional<String> task, String message) {

  /** The kinds of problem a round can have. */
  public enum Kind {
    /** A member nominates more tasks than the policy allows. */
    TOO_MANY_NOMINATIONS,
    /** A member nominates a task the portfolio does not have. */
    UNKNOWN_TASK,
    /** A member nominates a retired task. */
    RETIRED_TASK,
    /** A member nominates the same task twice. */
    DUPLICATE_TASK,
    /** Nominations come from someone who is not on the board. */
    UNKNOWN_MEMBER,
    /** A member's nominations are given more than once. */
    NOMINATES_TWICE,
    /** A member nominates a task of their own department when the policy does not allow it. */
    OWN_DEPARTMENT,
    /** The rule counts another kind of ballot than the policy's nominations make. */
    WRONG_BALLOT_KIND,
    /** The rule refuses the nominations (for instance a rule for complete ballots only). */
    RULE_REFUSED,
    /** Nobody nominates, or the portfolio has no active task: there is nothing to count. */
    NOTHING_TO_COUNT,
    /** An active task has no cost, so the round cannot say which tasks fit a capacity. */
    MISSING_COST
  }

  /**
   * Creates the problem.
   *
   * @param kind the kind
   * @param member the member at fault, if any
   * @param task the task at fault, if any
   * @param message the sentence
   */
  public RoundProblem {
    requireNonNull(kind, "kind");
    requireNonNull(member, "member");
    requireNonNull(task, "task");
    requireNonNull(message, "message");
  }

  static RoundProblem of(Kind kind, String member, String task, String message) {
    return new RoundProblem(kind, Optional.ofNullable(member), Optional.ofNullable(task), message);
  }

  @Override
  public String toString() {
    return message;
  }
}
