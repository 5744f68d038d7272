package dk.prioritization.core;

/**
 * Thrown when a rule is given ballots it is not defined for: the wrong kind of ballot, or, say,
 * a truncated ballot for a rule defined on complete ones. The message names the rule, the ballot
 * and what to do instead.
 */
public final class UnsupportedBallotException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the rule that refused the ballots. */
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param ruleId the rule's id
   * @param message the full message, naming the ballot
   */
  public UnsupportedBallotException(String ruleId, String message) {
    super(message);
    this.ruleId = ruleId;
  }

  /**
   * Returns the exception for a profile of the wrong kind.
   *
   * @param rule the rule
   * @param profile the profile it was given
   * @return the exception
   */
  public static UnsupportedBallotException wrongKind(Rule rule, Profile<?> profile) {
    return new UnsupportedBallotException(rule.id(), "rule " + rule.id() + " counts " + rule.ballotKind().id()
        + " ballots but the profile holds " + profile.kind().id() + " ballots");
  }

  /**
   * Returns the id of the rule that refused the ballots.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }
}
