package dk.prioritization.core.runoff;

import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Rational;
import dk.prioritization.core.internal.RankedData;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The per-round counts the runoff rules share, each one pass over the flat ballot storage:
 * O(total ballot length), whatever the number of remaining candidates.
 */
final class Counts {
  private Counts() {}

  /**
   * Gives every remaining candidate one point per voter whose top tier among the remaining
   * candidates holds it (on a strict ballot: the voter's first remaining choice); a ballot naming
   * no remaining candidate gives nothing.
   *
   * @return the voters whose ballot still names a remaining candidate
   */
  static long topTier(RankedData d, BitSet remaining, long[] out) {
    java.util.Arrays.fill(out, 0);
    long continuing = 0;
    int[] order = d.order;
    for (int b = 0; b < d.size; b++) {
      int to = d.offsets[b + 1];
      int i = d.offsets[b];
      while (i < to) {
        int e = i + 1;
        while (e < to && order[e] < 0) {
          e++;
        }
        boolean found = false;
        for (int j = i; j < e; j++) {
          int c = order[j] & RankedData.CANDIDATE;
          if (remaining.get(c)) {
            out[c] = Math.addExact(out[c], d.counts[b]);
            found = true;
          }
        }
        if (found) {
          continuing += d.counts[b];
          break;
        }
        i = e;
      }
    }
    return continuing;
  }

  /** Gives every remaining candidate one point per voter ranking it last among the remaining (strict complete ballots). */
  static void lastPlaces(RankedData d, BitSet remaining, long[] out) {
    java.util.Arrays.fill(out, 0);
    for (int b = 0; b < d.size; b++) {
      for (int i = d.offsets[b + 1] - 1; i >= d.offsets[b]; i--) {
        int c = d.order[i] & RankedData.CANDIDATE;
        if (remaining.get(c)) {
          out[c] += d.counts[b];
          break;
        }
      }
    }
  }

  /**
   * Gives every remaining candidate its Borda points on the ballots restricted to the remaining
   * candidates: with k remaining, the j-th remaining (from 0) scores k-1-j (strict complete ballots).
   */
  static void borda(RankedData d, BitSet remaining, long[] out) {
    java.util.Arrays.fill(out, 0);
    int k = remaining.cardinality();
    for (int b = 0; b < d.size; b++) {
      long count = d.counts[b];
      long w = Math.multiplyExact(count, (long) k - 1);
      for (int i = d.offsets[b]; i < d.offsets[b + 1]; i++) {
        int c = d.order[i] & RankedData.CANDIDATE;
        if (remaining.get(c)) {
          out[c] = Math.addExact(out[c], w);
          w -= count;
        }
      }
    }
  }

  /** Returns the voters ranking {@code a} strictly above {@code b} (an unranked candidate is below every ranked one). */
  static long prefer(RankedData d, int a, int b) {
    long n = 0;
    for (int x = 0; x < d.size; x++) {
      int tierA = -1;
      int tierB = -1;
      int tier = -1;
      for (int i = d.offsets[x]; i < d.offsets[x + 1]; i++) {
        int e = d.order[i];
        if (e >= 0) {
          tier++;
        }
        int c = e & RankedData.CANDIDATE;
        if (c == a) {
          tierA = tier;
        } else if (c == b) {
          tierB = tier;
        }
      }
      if (tierA >= 0 && (tierB < 0 || tierA < tierB)) {
        n += d.counts[x];
      }
    }
    return n;
  }

  /** Returns the values of the candidates in {@code set}, in candidate order. */
  static <C> Map<C, Rational> values(List<C> candidates, BitSet set, long[] values) {
    ImmutableMap.Builder<C, Rational> m = ImmutableMap.builderWithExpectedSize(set.cardinality());
    for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
      m.put(candidates.get(c), Rational.of(values[c]));
    }
    return m.buildOrThrow();
  }

  /** Returns the candidates in {@code set}, in candidate order. */
  static <C> List<C> members(List<C> candidates, BitSet set) {
    com.google.common.collect.ImmutableList.Builder<C> out = com.google.common.collect.ImmutableList.builder();
    for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
      out.add(candidates.get(c));
    }
    return out.build();
  }

  /** Returns the remaining candidates with the least (or, if {@code greatest}, the greatest) value. */
  static BitSet extreme(BitSet remaining, long[] values, boolean greatest) {
    BitSet out = new BitSet();
    long best = 0;
    for (int c = remaining.nextSetBit(0); c >= 0; c = remaining.nextSetBit(c + 1)) {
      long v = values[c];
      if (out.isEmpty() || (greatest ? v > best : v < best)) {
        out.clear();
        out.set(c);
        best = v;
      } else if (v == best) {
        out.set(c);
      }
    }
    return out;
  }

  /** The smallest number of voters that is more than half of {@code n}. */
  static long majority(long n) {
    return n / 2 + 1;
  }
}
