package dk.prioritization.portfolio.round;

import dk.prioritization.core.Rational;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The Kendall distance between two rankings with ties, penalty 1/2 for a pair tied in exactly one
 * (Fagin, Kumar, Mahdian, Sivakumar, Vee 2006).
 */
final class Kendall {
  private Kendall() {}

  /**
   * Returns twice the distance between two rankings of {@code items}, given as tier numbers
   * (smaller is better, equal is tied): 2 per discordant pair, 1 per pair tied in exactly one.
   */
  static <T> long twiceDistance(List<T> items, Map<T, Integer> a, Map<T, Integer> b) {
    int n = items.size();
    int[] ta = new int[n];
    int[] tb = new int[n];
    for (int i = 0; i < n; i++) {
      ta[i] = a.get(items.get(i));
      tb[i] = b.get(items.get(i));
    }
    long twice = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int sa = Integer.signum(ta[i] - ta[j]);
        int sb = Integer.signum(tb[i] - tb[j]);
        if (sa == 0 && sb == 0) {
          continue;
        }
        if (sa == 0 || sb == 0) {
          twice += 1;
        } else if (sa != sb) {
          twice += 2;
        }
      }
    }
    return twice;
  }

  /** Returns the distance as an exact rational. */
  static <T> Rational distance(List<T> items, Map<T, Integer> a, Map<T, Integer> b) {
    return Rational.of(twiceDistance(items, a, b), 2);
  }

  /** Returns the distance divided by the number of pairs, 0 for fewer than two items. */
  static <T> Rational normalised(List<T> items, Map<T, Integer> a, Map<T, Integer> b) {
    long n = items.size();
    if (n < 2) {
      return Rational.ZERO;
    }
    return Rational.of(BigInteger.valueOf(twiceDistance(items, a, b)), BigInteger.valueOf(n * (n - 1)));
  }
}
