package dk.prioritization.core.positional;

/**
 * How a positional rule with a fixed score vector treats a truncated ballot, one that leaves some
 * candidates unranked.
 */
public enum TruncatedBallots {
  /** Refuse the profile with an {@link dk.prioritization.core.UnsupportedBallotException} naming the ballot. */
  REJECT("reject"),
  /**
   * The ranked candidates take the scores of the positions they hold; unranked candidates get
   * nothing from that ballot (pref_voting's convention for plurality; an empty ballot counts for
   * nobody).
   */
  RANKED_ONLY("ranked-only");

  private final String id;

  TruncatedBallots(String id) {
    this.id = id;
  }

  /**
   * Returns the option value used in rule options and fingerprints.
   *
   * @return the id, e.g. {@code "ranked-only"}
   */
  public String id() {
    return id;
  }
}
