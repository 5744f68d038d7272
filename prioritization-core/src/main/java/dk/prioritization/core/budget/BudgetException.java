package dk.prioritization.core.budget;

import java.util.Optional;

/**
 * Thrown when a budget instance is invalid or does not match the profile: a negative cost, a
 * budget that is not positive, a cost for a candidate the profile does not have, or a candidate
 * without a cost. The message names the candidate.
 */
public final class BudgetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with a budget instance. */
  public enum Problem {
    /** A candidate's cost is negative. */
    NEGATIVE_COST,
    /** The budget is zero or negative. */
    NON_POSITIVE_BUDGET,
    /** A cost is given for a candidate the profile does not have. */
    UNKNOWN_CANDIDATE,
    /** A candidate of the profile has no cost. */
    MISSING_COST
  }

  /** What is wrong. */
  private final Problem problem;
  private final transient Object candidate;

  BudgetException(Problem problem, Object candidate, String message) {
    super(message);
    this.problem = problem;
    this.candidate = candidate;
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the candidate the problem concerns, if it concerns one.
   *
   * @return the candidate, or empty for a bad budget
   */
  public Optional<Object> candidate() {
    return Optional.ofNullable(candidate);
  }
}
