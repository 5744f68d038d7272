package dk.prioritization.portfolio.round;

import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Kendall distance between two rankings of the same items given as tier numbers, through
 * {@link Ranking#kendallDistance}: penalty 1/2 for a pair tied in exactly one (Fagin, Kumar,
 * Mahdian, Sivakumar, Vee 2006).
 */
final class Kendall {
  private Kendall() {}

  /** Returns the distance between two rankings of {@code items} given as tier numbers (smaller is better). */
  static <T> Rational distance(List<T> items, Map<T, Integer> a, Map<T, Integer> b) {
    return ranking(items, a).kendallDistance(ranking(items, b));
  }

  /** Returns the distance divided by the number of pairs, 0 for fewer than two items. */
  static <T> Rational normalised(List<T> items, Map<T, Integer> a, Map<T, Integer> b) {
    long n = items.size();
    if (n < 2) {
      return Rational.ZERO;
    }
    Rational d = distance(items, a, b);
    return d.times(Rational.of(BigInteger.TWO, BigInteger.valueOf(n * (n - 1))));
  }

  private static <T> Ranking<T> ranking(List<T> items, Map<T, Integer> tierOf) {
    TreeMap<Integer, Set<T>> tiers = new TreeMap<>();
    for (T item : items) {
      tiers.computeIfAbsent(tierOf.get(item), t -> new LinkedHashSet<>()).add(item);
    }
    return new Ranking<>(new ArrayList<>(tiers.values()));
  }
}
