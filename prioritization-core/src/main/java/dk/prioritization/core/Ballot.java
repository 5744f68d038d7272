package dk.prioritization.core;

/**
 * One voter's ballot, as the voter handed it in.
 *
 * <p>A ballot is a plain value: it is checked against the candidates only when it is added to a
 * profile, so that a profile builder can report every problem of every ballot at once (see
 * {@link ProfileException}). There are four kinds, one record each.
 *
 * @param <C> the candidate type
 */
public sealed interface Ballot<C> permits RankedBallot, ApprovalBallot, ScoreBallot, CumulativeBallot {

  /**
   * Returns the kind of this ballot.
   *
   * @return the ballot kind
   */
  BallotKind kind();
}
