package dk.prioritization.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A small seeded generator (SplitMix64) for the benchmarks' fixtures, so that every run of a
 * benchmark counts the same ballots.
 *
 * <p>The engine has its own copy of this algorithm for its generators, but it is internal; the
 * benchmarks build their profiles through the public API only.
 */
final class SeededRandom {
  private long state;

  SeededRandom(long seed) {
    this.state = seed;
  }

  /** Returns the next 64 random bits. */
  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Returns a uniform integer in {@code [0, bound)}, without modulo bias (Lemire's method). */
  int nextInt(int bound) {
    long threshold = ((1L << 32) - bound) % bound;
    while (true) {
      long product = (nextLong() >>> 32) * bound;
      if ((product & 0xFFFFFFFFL) >= threshold) {
        return (int) (product >>> 32);
      }
    }
  }

  /**
   * Fills {@code prefix} with the first {@code prefix.length} entries of a uniform random
   * permutation of {@code 0..n-1} (a partial Fisher-Yates shuffle), using {@code scratch} of
   * length n.
   */
  void permutationPrefix(int n, int[] scratch, int[] prefix) {
    for (int i = 0; i < n; i++) {
      scratch[i] = i;
    }
    for (int i = 0; i < prefix.length; i++) {
      int j = i + nextInt(n - i);
      int t = scratch[j];
      scratch[j] = scratch[i];
      scratch[i] = t;
      prefix[i] = t;
    }
  }

  /** Returns the candidates {@code "c0", "c1", ...}, {@code m} of them. */
  static List<String> candidates(int m) {
    List<String> names = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      names.add("c" + i);
    }
    return List.copyOf(names);
  }

  /** Returns the candidates at the given indices, in that order. */
  static List<String> pick(List<String> candidates, int[] indices, int length) {
    String[] picked = new String[length];
    for (int i = 0; i < length; i++) {
      picked[i] = candidates.get(indices[i]);
    }
    return List.of(picked);
  }

  /**
   * Packs up to 15 indices below 15 into a long, four bits each, plus one: two prefixes pack
   * equally only if they are equal.
   */
  static long pack(int[] indices, int length) {
    long key = 0;
    for (int i = 0; i < length; i++) {
      key = (key << 4) | (indices[i] + 1);
    }
    return key;
  }
}
