package dk.prioritization.core;

import java.util.Map;

/**
 * A rule that turns a profile into a social ranking: Borda, approval voting, STAR, ...
 *
 * <p>A rule is an immutable, thread-safe value configured once through its class's static
 * factories. It counts one {@linkplain #ballotKind() kind} of ballot; given another kind, or a
 * ballot its definition does not cover (say a truncated ballot for a rule defined on complete
 * ones), it throws {@link UnsupportedBallotException} naming the ballot. It reports ties; breaking
 * them is a separate step (see {@link TieBreaker}).
 *
 * <pre>{@code
 * Result<String> r = Borda.standard().rank(profile);
 * r.ranking();           // Anna > {Bo, Carl}
 * r.explain(Locale.ENGLISH);
 * }</pre>
 *
 * <p>Third-party rules can join the {@link RuleRegistry} through a {@link RuleProvider}.
 */
public interface Rule {

  /**
   * Returns the rule's stable kebab-case id, e.g. {@code "borda"}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a one-line description, in English.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the kind of ballot this rule counts.
   *
   * @return the ballot kind
   */
  BallotKind ballotKind();

  /**
   * Returns the rule's options by name, with canonical string values; they enter the result's
   * fingerprint. A rule without options returns an empty map.
   *
   * @return the options
   */
  default Map<String, String> options() {
    return Map.of();
  }

  /**
   * Ranks the candidates of {@code profile}, keeping ties.
   *
   * @param profile the profile
   * @param <C> the candidate type
   * @return the result
   * @throws UnsupportedBallotException if the profile's ballots are not of this rule's kind, or a
   *     ballot is outside what the rule is defined for
   */
  <C> Result<C> rank(Profile<C> profile);

  /**
   * Ranks the candidates of {@code profile} and breaks ties with {@code tieBreaker}.
   *
   * @param profile the profile
   * @param tieBreaker the tie-breaker
   * @param <C> the candidate type
   * @return the result, with every tie broken recorded
   * @throws UnsupportedBallotException as {@link #rank(Profile)} does
   */
  default <C> Result<C> rank(Profile<C> profile, TieBreaker tieBreaker) {
    return tieBreaker.apply(rank(profile), profile);
  }
}
