package dk.prioritization.core.runoff;

/**
 * What an elimination rule (instant runoff, Coombs, Baldwin) does when several candidates tie for
 * elimination in a round.
 *
 * <p>The three answers are the three in the literature and in pref_voting: eliminate them all
 * ({@code instant_runoff}, {@code coombs}, {@code baldwin}), eliminate one chosen by a fixed order
 * of the candidates ({@code instant_runoff_tb}), or follow every choice
 * ({@code instant_runoff_put}, {@code coombs_put}, {@code baldwin_put}).
 */
public enum EliminationTies {
  /** Every candidate tied for elimination goes at once; if all remaining tie, they all win. */
  ALL("all"),
  /**
   * One candidate goes per round: of the tied, the one that comes first in a fixed order of the
   * candidates (the profile's candidate order unless the rule was given another). Always one
   * winner.
   */
  FIXED("fixed"),
  /**
   * Parallel-universe tie-breaking: the winners are every candidate that wins along some way of
   * eliminating one tied candidate at a time. Computed once per set of remaining candidates
   * (memoized), so it stays fast where enumerating the orders explodes.
   */
  PARALLEL_UNIVERSE("parallel-universe");

  private final String id;

  EliminationTies(String id) {
    this.id = id;
  }

  /**
   * Returns the canonical option value of this choice.
   *
   * @return {@code "all"}, {@code "fixed"} or {@code "parallel-universe"}
   */
  public String id() {
    return id;
  }
}
