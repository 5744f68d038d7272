package dk.prioritization.core;

/**
 * Thrown when a rule refuses, before any long computation, a problem larger than it is allowed
 * to solve: for example a Kemeny-Young count whose majority graph has a strongly connected
 * component of more candidates than its configured limit. The message names the rule, what was
 * measured, its size and the limit.
 */
public final class ProblemTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The id of the rule that refused. */
  private final String ruleId;
  /** What was measured. */
  private final String what;
  /** The size measured. */
  private final long size;
  /** The largest size the rule accepts. */
  private final long limit;

  /**
   * Creates the exception, with the message
   * {@code "rule <ruleId>: <what> has <size>, above the limit of <limit>"}.
   *
   * @param ruleId the id of the rule that refused
   * @param what what was measured, e.g. "the largest strongly connected component of the majority
   *     graph"
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
   * Returns what was measured.
   *
   * @return the description of the measured quantity
   */
  public String what() {
    return what;
  }

  /**
   * Returns the size measured.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * Returns the largest size the rule accepts.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }
}
