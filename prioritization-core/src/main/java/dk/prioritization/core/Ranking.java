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

  /**
   * Returns the Kendall tau distance between this ranking and {@code other}, ties included: over
   * the unordered pairs of candidates that either ranking names, 1 for each pair the two order
   * oppositely and 1/2 for each pair tied in exactly one of them (the distance K<sup>(1/2)</sup>
   * of Fagin, Kumar, Mahdian, Sivakumar and Vee, "Comparing partial rankings", <i>SIAM J. Discrete
   * Math.</i> 20(3), 2006). A candidate one ranking leaves out counts there as below everything it
   * ranks, tied with the others it leaves out. Symmetric, 0 for equal rankings, and a metric.
   * O(n²) for n candidates.
   *
   * @param other another ranking
   * @return the distance, a whole or half number
   */
  public Rational kendallDistance(Ranking<C> other) {
    List<C> all = new ArrayList<>(candidates());
    Set<C> seen = new HashSet<>(all);
    for (C c : other.candidates()) {
      if (seen.add(c)) {
        all.add(c);
      }
    }
    int[] a = positions(all);
    int[] b = other.positions(all);
    long twice = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = i + 1; j < a.length; j++) {
        int x = Integer.signum(a[i] - a[j]);
        int y = Integer.signum(b[i] - b[j]);
        if (x * y < 0) {
          twice += 2;
        } else if ((x == 0) != (y == 0)) {
          twice += 1;
        }
      }
    }
    return Rational.of(twice, 2);
  }

  /** Each candidate's tier number, the candidates this ranking leaves out after its last tier. */
  private int[] positions(List<C> candidates) {
    int[] t = new int[candidates.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = tierOf(candidates.get(i)).orElse(tiers.size());
    }
    return t;
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
