package dk.prioritization.core.generate;

import java.util.Arrays;

/**
 * A growable Fenwick (binary indexed) tree of non-negative counts: adds to one count and finds
 * the item holding the r-th unit, both in O(log n). The urn uses it to copy a uniformly chosen
 * earlier voter when it only keeps counts per distinct ranking.
 */
final class CountTree {
  private long[] counts = new long[16];
  /** 1-based Fenwick array over {@link #counts}. */
  private long[] tree = new long[17];
  private int capacity = 16;

  /** Adds {@code delta} to item {@code item}'s count, growing the tree if needed. */
  void add(int item, long delta) {
    if (item >= capacity) {
      grow(item + 1);
    }
    counts[item] += delta;
    for (int i = item + 1; i <= capacity; i += i & -i) {
      tree[i] += delta;
    }
  }

  /**
   * Returns the item holding unit {@code r}: the smallest item whose prefix sum of counts exceeds
   * {@code r}, for {@code 0 <= r < total}.
   */
  int find(long r) {
    int pos = 0;
    for (int step = Integer.highestOneBit(capacity); step > 0; step >>= 1) {
      int next = pos + step;
      if (next <= capacity && tree[next] <= r) {
        pos = next;
        r -= tree[next];
      }
    }
    return pos;
  }

  private void grow(int needed) {
    int c = capacity;
    while (c < needed) {
      c *= 2;
    }
    counts = Arrays.copyOf(counts, c);
    capacity = c;
    tree = new long[c + 1];
    for (int i = 1; i <= c; i++) {
      tree[i] += counts[i - 1];
      int parent = i + (i & -i);
      if (parent <= c) {
        tree[parent] += tree[i];
      }
    }
  }
}
