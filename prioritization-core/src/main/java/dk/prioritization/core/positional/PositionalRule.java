package dk.prioritization.core.positional;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rule;

/**
 * A positional (scoring) rule: each ballot gives each candidate points by the position it holds,
 * and the candidates with most points win.
 *
 * <p>Its counting is a sum, exposed as a mergeable {@link PositionalTally}.
 */
public interface PositionalRule extends Rule {

  /**
   * Counts {@code profile} into a mergeable tally.
   *
   * @param profile a ranked profile
   * @param <C> the candidate type
   * @return the tally
   * @throws dk.prioritization.core.UnsupportedBallotException if a ballot is outside what the rule
   *     is defined for (see the rule's Javadoc)
   * @throws ArithmeticException if the points overflow a {@code long}
   */
  <C> PositionalTally<C> tally(RankedProfile<C> profile);
}
