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
 * {@link dk.prioritization.core.pairwise.SplitCycle} and the landmark sets as rules,
 * {@link dk.prioritization.core.pairwise.MajoritySets}. {@link dk.prioritization.core.pairwise.Blacks}
 * also needs the ballots (for its Borda step) and is a plain rule.
 */
package dk.prioritization.core.pairwise;
