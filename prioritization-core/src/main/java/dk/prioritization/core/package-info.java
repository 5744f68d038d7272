/**
 * The vocabulary of the engine: ballots, profiles, rules, results, ties and explanations.
 *
 * <h2>A guided index</h2>
 *
 * <ul>
 *   <li><b>Ballots</b>: {@link dk.prioritization.core.RankedBallot} (a weak order, possibly
 *       truncated), {@link dk.prioritization.core.ApprovalBallot},
 *       {@link dk.prioritization.core.ScoreBallot} and {@link dk.prioritization.core.CumulativeBallot}.
 *   <li><b>Profiles</b>: {@link dk.prioritization.core.Profile} and its four kinds, built by
 *       {@code Profile.ranked(...)}, {@code Profile.approval(...)}, {@code Profile.scores(...)},
 *       {@code Profile.cumulative(...)}. A builder reports every problem at once in a
 *       {@link dk.prioritization.core.ProfileException} of
 *       {@link dk.prioritization.core.ProfileProblem}s.
 *   <li><b>Rules</b>: the {@link dk.prioritization.core.Rule} interface; the rules themselves live
 *       in packages by family ({@code positional}, {@code approval}, {@code cardinal}); find them
 *       by id in the {@link dk.prioritization.core.RuleRegistry}.
 *   <li><b>Results</b>: {@link dk.prioritization.core.Result} with its
 *       {@link dk.prioritization.core.Ranking} (ordered tiers of tied candidates), exact
 *       {@link dk.prioritization.core.Rational} scores, an
 *       {@link dk.prioritization.core.Explanation} and an audit fingerprint.
 *   <li><b>Ties</b> are kept until a {@link dk.prioritization.core.TieBreaker} breaks them; every
 *       break is recorded as a {@link dk.prioritization.core.TieBreak}.
 * </ul>
 *
 * <pre>{@code
 * RankedProfile<String> profile = Profile.ranked(List.of("A", "B", "C"))
 *     .add(RankedBallot.of("A", "B", "C"), 5)
 *     .add(RankedBallot.of("B", "C", "A"), 4)
 *     .build();
 * Result<String> r = Borda.standard().rank(profile, TieBreaker.candidateOrder());
 * System.out.println(r.explain(Locale.ENGLISH));
 * }</pre>
 */
package dk.prioritization.core;
