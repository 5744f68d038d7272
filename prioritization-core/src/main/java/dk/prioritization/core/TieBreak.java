package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * The record of one tie that a {@link TieBreaker} broke: which candidates were tied, the ordered
 * groups it split them into, and how.
 *
 * @param tied the tied candidates
 * @param into the groups they were split into, best first; a group of several is still tied
 * @param method the tie-breaker's id, e.g. {@code "candidate-order"}
 * @param by how the tie was broken, as a phrase ("by candidate order")
 * @param <C> the candidate type
 */
public record TieBreak<C>(Set<C> tied, List<Set<C>> into, String method, Text by) {

  /**
   * Creates the record, copying the collections.
   *
   * @param tied the tied candidates
   * @param into the groups, best first, together holding exactly the tied candidates
   * @param method the tie-breaker's id
   * @param by how the tie was broken
   */
  public TieBreak {
    tied = ImmutableSet.copyOf(tied);
    ImmutableList.Builder<Set<C>> groups = ImmutableList.builder();
    int n = 0;
    for (Set<C> g : into) {
      groups.add(ImmutableSet.copyOf(g));
      n += g.size();
    }
    into = groups.build();
    checkArgument(n == tied.size(), "a tie of %s candidates was split into groups of %s", tied.size(), n);
    requireNonNull(method, "method");
    requireNonNull(by, "by");
  }
}
