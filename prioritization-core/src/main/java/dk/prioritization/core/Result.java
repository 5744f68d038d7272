package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dk.prioritization.core.internal.Sha256Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a rule on a profile: the social ranking, the winners, exact scores, an
 * explanation, and an audit fingerprint.
 *
 * <p>Ties are reported as the mathematics gives them; {@link TieBreaker#apply} returns a new
 * result with ties broken and every break recorded in {@link #tieBreaks()}.
 *
 * <p>The {@linkplain #fingerprint() fingerprint} is a SHA-256 over the profile's fingerprint, the
 * rule id and options, the tie-breaker and the library version. Anyone holding the same profile
 * can re-run the same rule and compare fingerprints; the value does not depend on the JVM.
 *
 * @param ruleId the id of the rule that produced it
 * @param options the rule's options, sorted by name
 * @param ranking the social ranking, tiers best first
 * @param scores each candidate's exact score, in candidate order; its meaning is the rule's
 *     (empty for rules without a numeric score)
 * @param explanation the steps the rule took
 * @param profileFingerprint the {@linkplain Profile#fingerprint() fingerprint} of the profile
 * @param tieBreaker the id of the tie-breaker applied, {@code "none"} if ties are kept
 * @param tieBreaks every tie broken, in ranking order
 * @param libraryVersion the library version that computed it
 * @param <C> the candidate type
 */
public record Result<C>(
    String ruleId,
    Map<String, String> options,
    Ranking<C> ranking,
    Map<C, Rational> scores,
    Explanation<C> explanation,
    String profileFingerprint,
    String tieBreaker,
    List<TieBreak<C>> tieBreaks,
    String libraryVersion) {

  /** The tie-breaker id of a result whose ties are kept. */
  public static final String NO_TIE_BREAKER = "none";

  /**
   * Creates a result, copying the collections.
   *
   * @param ruleId the rule id
   * @param options the options
   * @param ranking the ranking
   * @param scores the scores
   * @param explanation the explanation
   * @param profileFingerprint the profile's fingerprint
   * @param tieBreaker the tie-breaker's id
   * @param tieBreaks the ties broken
   * @param libraryVersion the library version
   */
  public Result {
    requireNonNull(ruleId, "ruleId");
    options = ImmutableSortedMap.copyOf(options);
    requireNonNull(ranking, "ranking");
    scores = ImmutableMap.copyOf(scores);
    requireNonNull(explanation, "explanation");
    requireNonNull(profileFingerprint, "profileFingerprint");
    requireNonNull(tieBreaker, "tieBreaker");
    tieBreaks = ImmutableList.copyOf(tieBreaks);
    requireNonNull(libraryVersion, "libraryVersion");
  }

  /**
   * Returns the result of {@code rule} on {@code profile}, before any tie-breaking; this is how
   * a rule, a built-in one or your own, makes its result.
   *
   * @param rule the rule
   * @param profile the profile it counted
   * @param ranking the social ranking
   * @param scores each candidate's exact score, or an empty map
   * @param explanation the steps taken
   * @param <C> the candidate type
   * @return the result
   */
  public static <C> Result<C> of(
      Rule rule, Profile<C> profile, Ranking<C> ranking, Map<C, Rational> scores, Explanation<C> explanation) {
    return new Result<>(rule.id(), rule.options(), ranking, scores, explanation, profile.fingerprint(),
        NO_TIE_BREAKER, ImmutableList.of(), Version.current());
  }

  /**
   * Returns the winners: the first tier of the ranking.
   *
   * @return the winners; several if they tie
   */
  public Set<C> winners() {
    return ranking.winners();
  }

  /**
   * Returns the single winner, if there is exactly one.
   *
   * @return the winner, or empty if several tie
   */
  public Optional<C> winner() {
    Set<C> w = winners();
    return w.size() == 1 ? Optional.of(w.iterator().next()) : Optional.empty();
  }

  /**
   * Returns {@code candidate}'s score.
   *
   * @param candidate a candidate
   * @return the score
   * @throws IllegalArgumentException if the result has no score for it
   */
  public Rational score(C candidate) {
    Rational s = scores.get(candidate);
    if (s == null) {
      throw new IllegalArgumentException("rule " + ruleId + " gives no score for candidate '" + candidate + "'");
    }
    return s;
  }

  /**
   * Returns the audit fingerprint: SHA-256 of the canonical encoding of the profile fingerprint,
   * the rule id, its options, the tie-breaker and the library version, in lower-case hex.
   *
   * <p>The encoding (integers little-endian; a string is its UTF-8 byte length as a 4-byte integer
   * followed by its bytes): the string {@code "prioritization/result/1"}, the library version, the
   * profile fingerprint (as a 64-character string), the rule id, the number of options (4 bytes)
   * and each option's name and value in name order, and the tie-breaker id.
   *
   * @return 64 hex digits
   */
  public String fingerprint() {
    Sha256Writer w = new Sha256Writer()
        .putString("prioritization/result/1")
        .putString(libraryVersion)
        .putString(profileFingerprint)
        .putString(ruleId)
        .putInt(options.size());
    options.forEach((k, v) -> w.putString(k).putString(v));
    return w.putString(tieBreaker).hex();
  }

  /**
   * Returns a human account of this result: the rule, the steps, the ranking, and the ties kept
   * or broken, in English or (for {@code da}) Danish.
   *
   * @param locale the reader's locale
   * @return the text, several lines
   */
  public String explain(Locale locale) {
    boolean da = Text.isDanish(locale);
    StringBuilder sb = new StringBuilder();
    sb.append(da ? "Metode: " : "Rule: ").append(ruleId);
    if (!options.isEmpty()) {
      sb.append(' ').append(options);
    }
    sb.append('\n').append(explanation.render(locale));
    for (TieBreak<C> t : tieBreaks) {
      sb.append(new Explanation.TieBroken<>(t).render(locale)).append('\n');
    }
    for (Set<C> tier : ranking.tiers()) {
      if (tier.size() > 1) {
        sb.append(new Explanation.TieKept<>(tier).render(locale)).append('\n');
      }
    }
    sb.append(da ? "Rangorden: " : "Ranking: ").append(ranking).append('\n');
    sb.append(da ? "Vinder(e): " : "Winner(s): ").append(Explanation.names(winners())).append('\n');
    sb.append(da ? "Fingeraftryk: " : "Fingerprint: ").append(fingerprint()).append('\n');
    return sb.toString();
  }
}
