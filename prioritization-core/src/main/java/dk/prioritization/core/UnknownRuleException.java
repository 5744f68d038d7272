package dk.prioritization.core;

/**
 * Thrown when the {@link RuleRegistry} has no rule with the requested id; the message lists the
 * ids that exist.
 */
public final class UnknownRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id that was asked for. */
  private final String id;

  UnknownRuleException(String id, String message) {
    super(message);
    this.id = id;
  }

  /**
   * Returns the id that was asked for.
   *
   * @return the unknown id
   */
  public String id() {
    return id;
  }
}
