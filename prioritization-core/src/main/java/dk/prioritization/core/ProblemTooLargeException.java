package dk.prioritization.core;

/**
 * Thrown when a rule's exact computation would take too long for the input it was given: the
 * message names the rule, what is too large, its size and the limit, so the caller can choose a
 * tractable variant instead.
 */
public final class ProblemTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The id of the rule that refused. */
  private final String ruleId;
  /** What is too large. */
  private final String what;
  /** Its size. */
  private final long size;
  /** The largest size the rule accepts. */
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param ruleId the id of the rule that refused
   * @param what what is too large, e.g. "the profile's candidate count"
   * @param size its size
   * @param limit the largest size the rule accepts
   */
  public ProblemTooLargeException(String ruleId, String what, long size, long limit) {
    super("rule " + ruleId + ": " + what + " has " + size + ", above the limit of " + limit);
    this.ruleId = ruleId;
    this.what = what;
    this.size = size;
    this.limit = limit;
  }

  /**
   * Returns the id of the rule that refused.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns what is too large.
   *
   * @return the description
   */
  public String what() {
    return what;
  }

  /**
   * Returns the size found.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * Returns the limit the size exceeds.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }
}
