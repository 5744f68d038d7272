package dk.prioritization.core.pairwise;

import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rule;

/**
 * A rule that depends on the ballots only through their {@link PairwiseTally}: Copeland, Minimax,
 * Schulze, Ranked Pairs, Split Cycle, Kemeny-Young, ...
 *
 * <p>Besides ranking a profile, such a rule ranks a tally directly, so a count merged from many
 * parts, or a margin matrix from a textbook, needs no ballots:
 *
 * <pre>{@code
 * PairwiseTally<String> total = PairwiseTally.of(partA).merge(PairwiseTally.of(partB));
 * Ranking<String> ranking = Schulze.rule().rank(total);
 * }</pre>
 *
 * <p>Every pairwise rule counts truncated and tied ballots; its {@link #unranked()} option says
 * how an unranked candidate compares ({@link Unranked#BELOW} unless changed).
 */
public interface PairwiseRule extends Rule {

  /**
   * Returns how this rule counts a candidate left unranked on a truncated ballot.
   *
   * @return the convention
   */
  Unranked unranked();

  /**
   * Returns this rule with another convention for unranked candidates.
   *
   * @param unranked the convention
   * @return the rule counting under it
   */
  PairwiseRule withUnranked(Unranked unranked);

  /**
   * Ranks the candidates of a pairwise tally, keeping ties; the tally's own convention for
   * unranked candidates stands.
   *
   * @param tally the tally
   * @param <C> the candidate type
   * @return the social ranking
   */
  <C> Ranking<C> rank(PairwiseTally<C> tally);
}
