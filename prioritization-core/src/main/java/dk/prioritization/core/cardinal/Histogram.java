package dk.prioritization.core.cardinal;

import com.google.common.collect.ImmutableSortedMap;
import dk.prioritization.core.internal.GradeData;
import java.util.Arrays;
import java.util.SortedMap;

/**
 * One candidate's values and how many voters gave each: a sparse, immutable histogram.
 *
 * <p>Only values some voter gave are stored, ascending, so a wide scale (a budget of a million
 * points, say) costs no more than a narrow one. Counts are exact and positive.
 */
final class Histogram {
  /** Scales at most this wide are counted in a dense array; wider ones by sorting. */
  private static final long DENSE_LIMIT = 1 << 16;

  private final int[] values;
  private final long[] counts;
  private final long total;

  private Histogram(int[] values, long[] counts, long total) {
    this.values = values;
    this.counts = counts;
    this.total = total;
  }

  /** Returns each candidate's histogram over the ballots of {@code d}. */
  static Histogram[] of(GradeData d) {
    Histogram[] h = new Histogram[d.m];
    long range = (long) d.max - d.min + 1;
    if (range <= DENSE_LIMIT) {
      long[] bins = new long[(int) range];
      for (int c = 0; c < d.m; c++) {
        Arrays.fill(bins, 0);
        for (int b = 0, i = c; b < d.size; b++, i += d.m) {
          bins[d.values[i] - d.min] += d.counts[b]; // at most d.voters, which is exact
        }
        h[c] = compress(bins, d.min, d.voters);
      }
    } else {
      long[] keys = new long[d.size];
      for (int c = 0; c < d.m; c++) {
        for (int b = 0, i = c; b < d.size; b++, i += d.m) {
          keys[b] = ((long) d.values[i] << 32) | b; // sorts by value, then ballot
        }
        Arrays.sort(keys);
        h[c] = runs(keys, d.counts, d.voters);
      }
    }
    return h;
  }

  private static Histogram compress(long[] bins, int min, long total) {
    int n = 0;
    for (long v : bins) {
      if (v != 0) {
        n++;
      }
    }
    int[] values = new int[n];
    long[] counts = new long[n];
    for (int v = 0, i = 0; v < bins.length; v++) {
      if (bins[v] != 0) {
        values[i] = min + v;
        counts[i] = bins[v];
        i++;
      }
    }
    return new Histogram(values, counts, total);
  }

  private static Histogram runs(long[] keys, long[] ballotCounts, long total) {
    int[] values = new int[keys.length];
    long[] counts = new long[keys.length];
    int n = 0;
    for (long key : keys) {
      int value = (int) (key >> 32);
      long count = ballotCounts[(int) (key & 0xffffffffL)];
      if (n > 0 && values[n - 1] == value) {
        counts[n - 1] += count;
      } else {
        values[n] = value;
        counts[n] = count;
        n++;
      }
    }
    return new Histogram(Arrays.copyOf(values, n), Arrays.copyOf(counts, n), total);
  }

  /** Returns the number of voters counted. */
  long total() {
    return total;
  }

  /** Returns the number of distinct values given. */
  int size() {
    return values.length;
  }

  /** Returns the {@code i}-th distinct value, ascending. */
  int value(int i) {
    return values[i];
  }

  /** Returns how many voters gave the {@code i}-th distinct value. */
  long countAt(int i) {
    return counts[i];
  }

  /** Returns how many voters gave {@code value}. */
  long count(int value) {
    int i = Arrays.binarySearch(values, value);
    return i < 0 ? 0 : counts[i];
  }

  /**
   * Returns the sum of all values given, exactly.
   *
   * @throws ArithmeticException if it overflows a {@code long}
   */
  long sum() {
    long sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum = Math.addExact(sum, Math.multiplyExact(values[i], counts[i]));
    }
    return sum;
  }

  /** Returns the value at 1-based {@code position} when all values are sorted ascending. */
  int valueAt(long position) {
    long seen = 0;
    for (int i = 0; i < values.length; i++) {
      seen += counts[i];
      if (position <= seen) {
        return values[i];
      }
    }
    throw new IllegalArgumentException("position " + position + " is beyond the " + total + " values");
  }

  /**
   * Returns the histogram of both histograms' voters together.
   *
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  Histogram plus(Histogram other) {
    int[] v = new int[values.length + other.values.length];
    long[] c = new long[v.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < values.length || j < other.values.length) {
      if (j == other.values.length || (i < values.length && values[i] < other.values[j])) {
        v[n] = values[i];
        c[n++] = counts[i++];
      } else if (i == values.length || other.values[j] < values[i]) {
        v[n] = other.values[j];
        c[n++] = other.counts[j++];
      } else {
        v[n] = values[i];
        c[n++] = Math.addExact(counts[i++], other.counts[j++]);
      }
    }
    return new Histogram(Arrays.copyOf(v, n), Arrays.copyOf(c, n), Math.addExact(total, other.total));
  }

  /** Returns the histogram as an immutable map from value to count, ascending. */
  SortedMap<Integer, Long> asMap() {
    ImmutableSortedMap.Builder<Integer, Long> m = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < values.length; i++) {
      m.put(values[i], counts[i]);
    }
    return m.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Histogram h && h.total == total && Arrays.equals(h.values, values)
        && Arrays.equals(h.counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
