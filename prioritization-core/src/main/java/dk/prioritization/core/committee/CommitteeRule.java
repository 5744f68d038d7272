package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.UnsupportedBallotException;

/**
 * An approval committee rule: it chooses {@code k} of the {@code m} candidates of an approval
 * profile.
 *
 * <p>Every implementation is immutable and deterministic; ties between equally good committees
 * or candidates are broken by candidate order and reported in the result
 * ({@link Committee#tied()}) and its explanation.
 */
public interface CommitteeRule {
  /**
   * Returns the stable kebab-case id of this rule, e.g. {@code "seq-phragmen"}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a one-line English description of this rule.
   *
   * @return the description
   */
  String description();

  /**
   * Chooses a committee of {@code k} candidates.
   *
   * @param profile the approval ballots
   * @param k the committee size, from 1 to the number of candidates
   * @param <C> the candidate type
   * @return the committee, with its explanation
   * @throws IllegalArgumentException if {@code k} is below 1 or above the number of candidates
   * @throws dk.prioritization.core.ProblemTooLargeException if an exact rule refuses the instance
   */
  <C> Committee<C> select(ApprovalProfile<C> profile, int k);

  /**
   * Chooses a committee of {@code k} candidates from a profile of any kind, refusing any but
   * approval ballots.
   *
   * @param profile the profile
   * @param k the committee size
   * @param <C> the candidate type
   * @return the committee
   * @throws UnsupportedBallotException if the profile does not hold approval ballots
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  default <C> Committee<C> selectFrom(Profile<C> profile, int k) {
    if (profile instanceof ApprovalProfile<C> a) {
      return select(a, k);
    }
    throw new UnsupportedBallotException(id(), "rule " + id() + " counts approval ballots but the profile holds "
        + profile.kind().id() + " ballots");
  }
}
