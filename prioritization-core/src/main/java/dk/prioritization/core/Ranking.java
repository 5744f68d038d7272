package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * A social ranking: ordered tiers of tied candidates, best first.
 *
 * <p>Ties are kept, never hidden: a tier of several candidates means the rule could not separate
 * them. Inside a tier the candidates are listed in the profile's candidate order, which carries
 * no meaning. Use a {@link TieBreaker} to break ties explicitly.
 *
 * @param tiers the tiers, best first; none empty, no candidate twice
 * @param <C> the candidate type
 */
public record Ranking<C>(List<Set<C>> tiers) {

  /**
   * Creates a ranking, copying the tiers.
   *
   * @param tiers the tiers, best first
   * @throws IllegalArgumentException if a tier is empty or a candidate appears twice
   */
  public Ranking {
    ImmutableList.Builder<Set<C>> copy = ImmutableList.builderWithExpectedSize(tiers.size());
    Set<C> seen = new HashSet<>();
    for (int t = 0; t < tiers.size(); t++) {
      Set<C> tier = ImmutableSet.copyOf(tiers.get(t));
      checkArgument(!tier.isEmpty(), "tier %s of a ranking is empty", t);
      for (C c : tier) {
        checkArgument(seen.add(c), "candidate '%s' appears twice in a ranking", c);
      }
      copy.add(tier);
    }
    tiers = copy.build();
  }

  /**
   * Returns the ranking of {@code candidates} by descending key; equal keys share a tier.
   *
   * @param candidates the candidates, in the order to keep inside a tier
   * @param key each candidate's key; greater is better
   * @param <C> the candidate type
   * @param <K> the key type
   * @return the ranking
   */
  public static <C, K extends Comparable<? super K>> Ranking<C> byDescending(
      List<C> candidates, Function<? super C, ? extends K> key) {
    List<C> sorted = new ArrayList<>(candidates);
    sorted.sort((a, b) -> key.apply(b).compareTo(key.apply(a))); // stable: keeps candidate order
    List<Set<C>> tiers = new ArrayList<>();
    ImmutableSet.Builder<C> tier = null;
    K last = null;
    for (C c : sorted) {
      K k = key.apply(c);
      if (tier == null || k.compareTo(last) != 0) {
        if (tier != null) {
          tiers.add(tier.build());
        }
        tier = ImmutableSet.builder();
        last = k;
      }
      tier.add(c);
    }
    if (tier != null) {
      tiers.add(tier.build());
    }
    return new Ranking<>(tiers);
  }

  /**
   * Returns the ranking of the map's keys by descending value; equal values share a tier.
   *
   * @param scores the scores, in the order to keep inside a tier
   * @param <C> the candidate type
   * @param <K> the score type
   * @return the ranking
   */
  public static <C, K extends Comparable<? super K>> Ranking<C> byDescendingScores(Map<C, K> scores) {
    return byDescending(ImmutableList.copyOf(scores.keySet()), scores::get);
  }

  /**
   * Returns a strict ranking, one candidate per tier.
   *
   * @param order the candidates, best first
   * @param <C> the candidate type
   * @return the ranking
   */
  public static <C> Ranking<C> strict(Collection<? extends C> order) {
    List<Set<C>> tiers = new ArrayList<>(order.size());
    for (C c : order) {
      tiers.add(ImmutableSet.of(c));
    }
    return new Ranking<>(tiers);
  }

  /**
   * Returns the winners: the first tier.
   *
   * @return the winners, never empty unless the ranking is
   */
  public Set<C> winners() {
    return tiers.isEmpty() ? ImmutableSet.of() : tiers.get(0);
  }

  /**
   * Returns the candidates from best to worst, tiers flattened.
   *
   * @return every candidate of the ranking
   */
  public List<C> candidates() {
    ImmutableList.Builder<C> all = ImmutableList.builder();
    tiers.forEach(all::addAll);
    return all.build();
  }

  /**
   * Returns the position of the tier holding {@code candidate}.
   *
   * @param candidate a candidate
   * @return the tier's position from 0, or empty if the candidate is not ranked
   */
  public OptionalInt tierOf(Object candidate) {
    for (int t = 0; t < tiers.size(); t++) {
      if (tiers.get(t).contains(candidate)) {
        return OptionalInt.of(t);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns whether every tier has exactly one candidate.
   *
   * @return whether the ranking has no tie
   */
  public boolean isStrict() {
    return tiers.stream().allMatch(t -> t.size() == 1);
  }

  /** Returns the ranking in the usual notation, e.g. {@code "a > {b, c} > d"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Set<C> tier : tiers) {
      if (sb.length() > 0) {
        sb.append(" > ");
      }
      if (tier.size() == 1) {
        sb.append(tier.iterator().next());
      } else {
        sb.append('{');
        boolean first = true;
        for (C c : tier) {
          sb.append(first ? "" : ", ").append(c);
          first = false;
        }
        sb.append('}');
      }
    }
    return sb.toString();
  }
}
