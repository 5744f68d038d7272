/**
 * The pairwise count and the Condorcet family of rules.
 *
 * <p>{@link dk.prioritization.core.pairwise.PairwiseTally} counts, for every ordered pair of
 * candidates, the voters preferring one to the other, and offers the majority relation's
 * landmarks: Condorcet winner and loser, weak Condorcet winners, the Smith and Schwartz sets and
 * the strongly connected components. The rules here decide on that count alone
 * ({@link dk.prioritization.core.pairwise.PairwiseRule}): {@link dk.prioritization.core.pairwise.Copeland},
 * {@link dk.prioritization.core.pairwise.Llull}, {@link dk.prioritization.core.pairwise.Minimax},
 * {@link dk.prioritization.core.pairwise.Schulze}, {@link dk.prioritization.core.pairwise.RankedPairs},
 * {@link dk.prioritization.core.pairwise.SplitCycle}, exact
 * {@link dk.prioritization.core.pairwise.KemenyYoung}, and the landmark sets as rules,
 * {@link dk.prioritization.core.pairwise.MajoritySets}. Each ranks a profile, or a tally given
 * directly (merged from parts, or made with
 * {@link dk.prioritization.core.pairwise.PairwiseTally#fromSupport}). {@link dk.prioritization.core.pairwise.Blacks}
 * also needs the ballots (for its Borda step) and is a plain rule.
 *
 * <p>How a candidate left unranked on a truncated ballot compares is each rule's
 * {@link dk.prioritization.core.pairwise.Unranked} option: below the ranked candidates (the
 * default) or incomparable.
 */
package dk.prioritization.core.pairwise;
