/**
 * The pairwise count and the Condorcet family of rules.
 *
 * <p>{@link dk.prioritization.core.pairwise.PairwiseTally} counts, for every ordered pair of
 * candidates, the voters preferring one to the other, and offers the majority relation's
 * landmarks: Condorcet winner and loser, weak Condorcet winners, the Smith and Schwartz sets and
 * the strongly connected components. The rules here decide on that count alone
 * ({@link dk.prioritization.core.pairwise.PairwiseRule}).
 */
package dk.prioritization.core.pairwise;
