package dk.prioritization.core;

/**
 * The kind of ballot a profile holds and a rule counts.
 *
 * <p>Each kind has its own ballot type: {@link RankedBallot}, {@link ApprovalBallot},
 * {@link ScoreBallot} and {@link CumulativeBallot}. A rule declares the one kind it counts in
 * {@link Rule#ballotKind()}.
 */
public enum BallotKind {
  /** A weak order: tiers of tied candidates, best first; unranked candidates are below all ranked ones. */
  RANKED("ranked"),
  /** A set of approved candidates, optionally capped ("at most 5"). */
  APPROVAL("approval"),
  /** An integer grade for each candidate on a declared scale. */
  SCORE("score"),
  /** Points spread over the candidates from a declared budget. */
  CUMULATIVE("cumulative");

  private final String id;

  BallotKind(String id) {
    this.id = id;
  }

  /**
   * Returns the stable lower-case name of this kind, as used in ids, fingerprints and JSON.
   *
   * @return the stable name, for example {@code "approval"}
   */
  public String id() {
    return id;
  }
}
