/**
 * Rules over score and cumulative ballots: voters give each candidate a number rather than a
 * place in an order.
 *
 * <h2>A guided index</h2>
 *
 * <ul>
 *   <li><b>Score ballots</b> ({@link dk.prioritization.core.ScoreProfile}: an integer grade for every
 *       candidate on a declared scale):
 *       <ul>
 *         <li>{@link dk.prioritization.core.cardinal.ScoreVoting} ({@code score}): the highest sum
 *             of grades wins. The simplest cardinal rule; utilitarian.</li>
 *         <li>{@link dk.prioritization.core.cardinal.Star} ({@code star}): STAR voting, the two
 *             highest sums meet in an automatic runoff won by the finalist more voters scored
 *             higher; the official tie-breaking protocol is followed as far as it is deterministic
 *             and every other tie is kept.</li>
 *         <li>{@link dk.prioritization.core.cardinal.MajorityJudgment} ({@code majority-judgment}):
 *             Balinski and Laraki's highest-median rule, equal medians separated by removing them
 *             in turn; only identical grade distributions tie. Robust to exaggerated grades.</li>
 *       </ul>
 *   <li><b>Cumulative ballots</b> ({@link dk.prioritization.core.CumulativeProfile}: points spread
 *       from a budget): {@link dk.prioritization.core.cardinal.CumulativeVoting}
 *       ({@code cumulative}), most points win; a cohesive minority can concentrate its points.</li>
 *   <li><b>The tally</b>: {@link dk.prioritization.core.cardinal.ScoreTally} holds, for either kind,
 *       each candidate's histogram of values and the pairwise "scored higher by" counts. Everything
 *       the rules above need is in it, and tallies of parts of an election
 *       {@linkplain dk.prioritization.core.cardinal.ScoreTally#merge merge} into the tally of the
 *       whole.</li>
 * </ul>
 *
 * <p>All four rules are in the {@link dk.prioritization.core.RuleRegistry} under the ids above;
 * they report ties as shared tiers and leave breaking them to a
 * {@link dk.prioritization.core.TieBreaker}.
 *
 * <pre>{@code
 * ScoreProfile<String> p = Profile.scores(List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"), 0, 5)
 *     .add(ScoreBallot.of(Map.of("Memphis", 5, "Nashville", 2, "Chattanooga", 1, "Knoxville", 0)), 42)
 *     .add(ScoreBallot.of(Map.of("Memphis", 0, "Nashville", 5, "Chattanooga", 2, "Knoxville", 1)), 26)
 *     .add(ScoreBallot.of(Map.of("Memphis", 0, "Nashville", 3, "Chattanooga", 5, "Knoxville", 3)), 15)
 *     .add(ScoreBallot.of(Map.of("Memphis", 0, "Nashville", 2, "Chattanooga", 4, "Knoxville", 5)), 17)
 *     .build();
 * Result<String> r = Star.rule().rank(p);     // Nashville > Chattanooga > Memphis > Knoxville
 * System.out.println(r.explain(Locale.ENGLISH));
 * }</pre>
 */
package dk.prioritization.core.cardinal;
