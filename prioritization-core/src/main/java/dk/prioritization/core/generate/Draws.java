package dk.prioritization.core.generate;

import dk.prioritization.core.internal.SplitMix64;

/**
 * The random draws the generators share, each on top of {@link SplitMix64} so that a seed gives
 * the same draws on every JVM.
 */
final class Draws {
  private Draws() {}

  /** Returns a uniform {@code long} in {@code [0, bound)}; one 32-bit draw when bound fits an int. */
  static long uniformLong(SplitMix64 random, long bound) {
    if (bound <= Integer.MAX_VALUE) {
      return random.nextInt((int) bound);
    }
    long max = bound - 1;
    while (true) {
      long u = random.nextLong() >>> 1;
      long r = u % bound;
      if (u + max - r >= 0) { // rejects the last, partial run of bound values: no modulo bias
        return r;
      }
    }
  }

  /** Returns true with probability {@code p}: one {@code nextDouble()} below {@code p}. */
  static boolean bernoulli(SplitMix64 random, double p) {
    return random.nextDouble() < p;
  }

  /**
   * Fills {@code order} with a uniform permutation of {@code 0..order.length-1}: the identity,
   * then a Fisher-Yates shuffle drawing {@code nextInt(i + 1)} for i from the last index down to 1.
   */
  static void permutation(SplitMix64 random, int[] order) {
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
