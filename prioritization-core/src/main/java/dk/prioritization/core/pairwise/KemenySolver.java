package dk.prioritization.core.pairwise;

import java.util.Arrays;

/**
 * The exact Kemeny-Young optimisation over one set of candidates, by dynamic programming over
 * subsets (Held-Karp style).
 *
 * <p>The <em>internal score</em> of an ordering of a set S is the sum of margin(a, b) over the
 * pairs of S it puts a above b. It does not depend on what comes before or after S, so the best
 * internal score obeys {@code f(S) = max over v in S of f(S - v) + in(v, S)}, with v placed last
 * and {@code in(v, S)} the sum of margin(u, v) over u in S. The sums {@code in(v, S)} come from two
 * tables indexed by the low and the high half of the bitmask, so each of the 2^k · k/2 steps costs
 * two table reads. The number of optimal orderings is counted alongside.
 *
 * <p>From f alone: v tops some optimal ordering iff {@code out(v) + f(all - v) = f(all)}; a set S
 * is the first |S| candidates of some optimal ordering iff {@code f(S) + f(all - S) + cross(S) =
 * f(all)}, where cross(S), the margins from S to the rest, equals the sum over a in S of
 * margin(a, everyone) because the margins inside S cancel in pairs.
 */
final class KemenySolver {
  /** Above this many candidates the tables would not fit in a Java array. */
  static final int MAX_CANDIDATES = 30;

  /** The count of optimal orderings when it does not fit in a {@code long}. */
  static final long OVERFLOW = -1;

  private KemenySolver() {}

  /**
   * The optimum over one set of candidates, by candidate index of the full matrix.
   *
   * @param order one optimal ordering, best first (the smallest index at each choice)
   * @param score its internal score: the sum of margins of the pairs it puts in order
   * @param tops the candidates first in some optimal ordering, ascending
   * @param count the number of optimal orderings, or {@link #OVERFLOW}
   * @param blocks the candidates between consecutive positions at which every optimal ordering
   *     has the same set of candidates before it, best first, each ascending
   */
  record Optimum(int[] order, long score, int[] tops, long count, int[][] blocks) {}

  /**
   * Solves the candidates {@code cands} (indices into the m × m {@code margin} matrix) exactly.
   */
  static Optimum solve(long[] margin, int m, int[] cands) {
    int k = cands.length;
    if (k > MAX_CANDIDATES) {
      throw new IllegalArgumentException(k + " candidates are more than the " + MAX_CANDIDATES
          + " the subset tables can hold");
    }
    long[] a = new long[k * k];
    long maxAbs = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        long x = margin[cands[i] * m + cands[j]];
        a[i * k + j] = x;
        maxAbs = Math.max(maxAbs, Math.abs(x));
      }
    }
    // Every partial sum below is at most (k² + 2k) · max|margin| in absolute value.
    if (maxAbs > Long.MAX_VALUE / ((long) k * k + 2L * k + 1)) {
      throw new ArithmeticException("margins up to " + maxAbs + " over " + k
          + " candidates could overflow the sums of a Kemeny-Young score");
    }
    if (k == 0) {
      return new Optimum(new int[0], 0, new int[0], 1, new int[0][]);
    }
    int lowBits = k / 2;
    int lowMask = (1 << lowBits) - 1;
    long[] inLow = columnSums(a, k, 0, lowBits);
    long[] inHigh = columnSums(a, k, lowBits, k - lowBits);
    int size = 1 << k;
    long[] f = new long[size];
    long[] count = new long[size];
    count[0] = 1;
    for (int s = 1; s < size; s++) {
      int lo = (s & lowMask) * k;
      int hi = (s >>> lowBits) * k;
      long best = Long.MIN_VALUE;
      long c = 0;
      int rest = s;
      while (rest != 0) {
        int v = Integer.numberOfTrailingZeros(rest);
        rest &= rest - 1;
        int prev = s ^ (1 << v);
        long val = f[prev] + inLow[lo + v] + inHigh[hi + v];
        if (val > best) {
          best = val;
          c = count[prev];
        } else if (val == best) {
          c = add(c, count[prev]);
        }
      }
      f[s] = best;
      count[s] = c;
    }
    int full = size - 1;
    long[] rowTotal = new long[k];
    for (int i = 0; i < k; i++) {
      long t = 0;
      for (int j = 0; j < k; j++) {
        t += a[i * k + j];
      }
      rowTotal[i] = t;
    }
    long opt = f[full];

    int nTops = 0;
    int[] tops = new int[k];
    for (int v = 0; v < k; v++) {
      if (rowTotal[v] + f[full ^ (1 << v)] == opt) {
        tops[nTops++] = cands[v];
      }
    }

    int[] order = new int[k];
    int r = full;
    for (int p = 0; p < k; p++) {
      for (int v = 0; v < k; v++) {
        if ((r & (1 << v)) == 0) {
          continue;
        }
        long out = 0;
        for (int u = 0; u < k; u++) {
          if ((r & (1 << u)) != 0) {
            out += a[v * k + u];
          }
        }
        int after = r ^ (1 << v);
        if (out + f[after] == f[r]) {
          order[p] = cands[v];
          r = after;
          break;
        }
      }
    }

    return new Optimum(order, opt, Arrays.copyOf(tops, nTops), count[full], blocks(f, rowTotal, cands, lowBits));
  }

  /**
   * Returns, for each subset t of the {@code bits} candidates from {@code from} on, the sums of
   * the rows of t: entry {@code t * k + v} is the sum of a[u][v] over u in t.
   */
  private static long[] columnSums(long[] a, int k, int from, int bits) {
    long[] out = new long[(1 << bits) * k];
    for (int t = 1; t < (1 << bits); t++) {
      int u = from + Integer.numberOfTrailingZeros(t);
      int base = (t & (t - 1)) * k;
      int row = u * k;
      int dst = t * k;
      for (int v = 0; v < k; v++) {
        out[dst + v] = out[base + v] + a[row + v];
      }
    }
    return out;
  }

  /** The positions at which all optimal orderings agree on the set before, as blocks. */
  private static int[][] blocks(long[] f, long[] rowTotal, int[] cands, int lowBits) {
    int k = cands.length;
    int full = (1 << k) - 1;
    long[] crossLow = subsetSums(rowTotal, 0, lowBits);
    long[] crossHigh = subsetSums(rowTotal, lowBits, k - lowBits);
    int lowMask = (1 << lowBits) - 1;
    long opt = f[full];
    int[] prefixes = new int[k + 1];
    int[] witness = new int[k + 1];
    for (int s = 0; s <= full; s++) {
      if (f[s] + f[full ^ s] + crossLow[s & lowMask] + crossHigh[s >>> lowBits] == opt) {
        int p = Integer.bitCount(s);
        prefixes[p]++;
        witness[p] = s;
      }
    }
    int[][] out = new int[k][];
    int n = 0;
    int last = 0;
    for (int p = 1; p <= k; p++) {
      if (prefixes[p] == 1) {
        int block = witness[p] & ~last;
        int[] members = new int[Integer.bitCount(block)];
        int i = 0;
        for (int v = 0; v < k; v++) {
          if ((block & (1 << v)) != 0) {
            members[i++] = cands[v];
          }
        }
        out[n++] = members;
        last = witness[p];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long[] subsetSums(long[] values, int from, int bits) {
    long[] out = new long[1 << bits];
    for (int t = 1; t < out.length; t++) {
      out[t] = out[t & (t - 1)] + values[from + Integer.numberOfTrailingZeros(t)];
    }
    return out;
  }

  /** Adds two counts, either possibly {@link #OVERFLOW}. */
  static long add(long x, long y) {
    if (x == OVERFLOW || y == OVERFLOW) {
      return OVERFLOW;
    }
    long s = x + y;
    return s < 0 ? OVERFLOW : s;
  }

  /** Multiplies two counts, either possibly {@link #OVERFLOW}. */
  static long multiply(long x, long y) {
    if (x == OVERFLOW || y == OVERFLOW) {
      return OVERFLOW;
    }
    long hi = Math.multiplyHigh(x, y);
    long lo = x * y;
    return hi != 0 || lo < 0 ? OVERFLOW : lo;
  }
}
