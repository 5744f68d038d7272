/**
 * The runoff and elimination rules: counts that proceed in rounds on ranked ballots.
 *
 * <ul>
 *   <li>{@link dk.prioritization.core.runoff.InstantRunoff} (instant runoff, Hare):
 *       {@code instant-runoff}, {@code instant-runoff-tb}, {@code instant-runoff-put},
 *       {@code instant-runoff-exhausted};</li>
 *   <li>{@link dk.prioritization.core.runoff.Coombs}: {@code coombs}, {@code coombs-tb},
 *       {@code coombs-put};</li>
 *   <li>{@link dk.prioritization.core.runoff.Baldwin}: {@code baldwin}, {@code baldwin-tb},
 *       {@code baldwin-put};</li>
 *   <li>{@link dk.prioritization.core.runoff.Nanson}: {@code strict-nanson}, {@code weak-nanson};</li>
 *   <li>{@link dk.prioritization.core.runoff.PluralityWithRunoff}: {@code plurality-with-runoff};</li>
 *   <li>{@link dk.prioritization.core.runoff.Bucklin}: {@code bucklin}, {@code simplified-bucklin},
 *       {@code bucklin-truncated}.</li>
 * </ul>
 *
 * <p>Instant runoff, Coombs and Baldwin share one elimination engine and one answer to a tie for
 * elimination, {@link dk.prioritization.core.runoff.EliminationTies}: all tied at once, one by a
 * fixed order, or parallel-universe tie-breaking. Every round is one pass over the ballots. The
 * rankings are the reverse order of elimination, candidates eliminated together sharing a tier;
 * the explanation has one {@link dk.prioritization.core.Explanation.Elimination} step per round.
 * Each class's Javadoc names the pref_voting function it matches; the reference tests check them
 * against pref_voting 1.18 on real elections.
 */
package dk.prioritization.core.runoff;
