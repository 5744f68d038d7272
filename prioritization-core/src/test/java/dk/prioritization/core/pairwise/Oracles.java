package dk.prioritization.core.pairwise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brute-force oracles for the property tests, written from the definitions and sharing no code
 * with the rules: every order of equal-margin pairs, Zavist and Tideman's stacks, the fixed-order
 * locking, and widest paths over every simple path. Exponential; for up to five candidates.
 */
final class Oracles {
  private Oracles() {}

  /**
   * The tops of all stacks (Zavist and Tideman 1989): linear orders in which, for every a above b,
   * a path descending the order leads from a to b with every margin at least margin(b, a).
   */
  static Set<String> rankedPairsByStacks(PairwiseTally<String> t) {
    int m = t.candidates().size();
    Set<Integer> tops = new TreeSet<>();
    for (int[] order : permutations(m)) {
      if (isStack(t, order)) {
        tops.add(order[0]);
      }
    }
    return names(t, tops);
  }

  private static boolean isStack(PairwiseTally<String> t, int[] order) {
    int m = order.length;
    for (int x = 0; x < m; x++) {
      for (int y = x + 1; y < m; y++) {
        long threshold = t.marginAt(order[y], order[x]);
        boolean[] reached = new boolean[m];
        reached[x] = true;
        for (int z = x + 1; z <= y; z++) {
          for (int w = x; w < z && !reached[z]; w++) {
            reached[z] = reached[w] && t.marginAt(order[w], order[z]) >= threshold;
          }
        }
        if (!reached[y]) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The winners over every order of equal-margin pairs (zero margins both ways), or null if there
   * are more than {@code limit} orders.
   */
  static Set<String> rankedPairsByAllOrders(PairwiseTally<String> t, long limit) {
    int m = t.candidates().size();
    TreeSet<Long> margins = new TreeSet<>();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (i != j && t.marginAt(i, j) >= 0) {
          margins.add(t.marginAt(i, j));
        }
      }
    }
    List<List<int[]>> groups = new ArrayList<>();
    long orders = 1;
    for (long g : margins.descendingSet()) {
      List<int[]> group = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j && t.marginAt(i, j) == g) {
            group.add(new int[] {i, j});
          }
        }
      }
      for (int k = 2; k <= group.size(); k++) {
        orders *= k;
        if (orders > limit) {
          return null;
        }
      }
      groups.add(group);
    }
    Set<Integer> winners = new TreeSet<>();
    allOrders(groups, 0, new ArrayList<>(), m, winners);
    return names(t, winners);
  }

  private static void allOrders(List<List<int[]>> groups, int g, List<int[]> sequence, int m, Set<Integer> winners) {
    if (g == groups.size()) {
      boolean[][] locked = lock(sequence, m);
      winners.add(top(locked, m));
      return;
    }
    List<int[]> group = groups.get(g);
    for (int[] perm : permutations(group.size())) {
      List<int[]> next = new ArrayList<>(sequence);
      for (int k : perm) {
        next.add(group.get(k));
      }
      allOrders(groups, g + 1, next, m, winners);
    }
  }

  /** The fixed-order ranking: pairs by margin, then winner index, then loser index. */
  static List<String> rankedPairsFixed(PairwiseTally<String> t) {
    int m = t.candidates().size();
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (i != j && t.marginAt(i, j) >= 0) {
          edges.add(new int[] {i, j});
        }
      }
    }
    edges.sort((a, b) -> {
      int c = Long.compare(t.marginAt(b[0], b[1]), t.marginAt(a[0], a[1]));
      return c != 0 ? c : a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    });
    boolean[][] locked = lock(edges, m);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(descendants(locked, b, m), descendants(locked, a, m)));
    List<String> out = new ArrayList<>();
    order.forEach(i -> out.add(t.candidates().get(i)));
    return out;
  }

  /** Locks the edges in turn, skipping one whose loser already reaches its winner. */
  private static boolean[][] lock(List<int[]> edges, int m) {
    boolean[][] locked = new boolean[m][m];
    for (int[] e : edges) {
      if (!reaches(locked, e[1], e[0], m)) {
        locked[e[0]][e[1]] = true;
      }
    }
    return locked;
  }

  private static boolean reaches(boolean[][] g, int from, int to, int m) {
    boolean[] seen = new boolean[m];
    List<Integer> stack = new ArrayList<>(List.of(from));
    seen[from] = true;
    while (!stack.isEmpty()) {
      int x = stack.remove(stack.size() - 1);
      if (x == to) {
        return true;
      }
      for (int y = 0; y < m; y++) {
        if (g[x][y] && !seen[y]) {
          seen[y] = true;
          stack.add(y);
        }
      }
    }
    return false;
  }

  private static int descendants(boolean[][] g, int x, int m) {
    int n = 0;
    for (int y = 0; y < m; y++) {
      n += y != x && reaches(g, x, y, m) ? 1 : 0;
    }
    return n;
  }

  private static int top(boolean[][] g, int m) {
    for (int x = 0; x < m; x++) {
      if (descendants(g, x, m) == m - 1) {
        return x;
      }
    }
    throw new AssertionError("the locked pairs are not a linear order");
  }

  /** The widest path strengths by trying every simple path of positive margins. */
  static long[] widestBySimplePaths(PairwiseTally<String> t) {
    int m = t.candidates().size();
    long[] out = new long[m * m];
    for (int i = 0; i < m; i++) {
      boolean[] onPath = new boolean[m];
      onPath[i] = true;
      extend(t, i, i, Long.MAX_VALUE, onPath, out, m);
    }
    return out;
  }

  private static void extend(PairwiseTally<String> t, int start, int at, long width, boolean[] onPath, long[] out,
      int m) {
    for (int y = 0; y < m; y++) {
      long e = t.marginAt(at, y);
      if (!onPath[y] && e > 0) {
        long w = Math.min(width, e);
        out[start * m + y] = Math.max(out[start * m + y], w);
        onPath[y] = true;
        extend(t, start, y, w, onPath, out, m);
        onPath[y] = false;
      }
    }
  }

  static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] prefix, boolean[] used, int k, List<int[]> out) {
    if (k == prefix.length) {
      out.add(prefix.clone());
      return;
    }
    for (int x = 0; x < prefix.length; x++) {
      if (!used[x]) {
        used[x] = true;
        prefix[k] = x;
        permute(prefix, used, k + 1, out);
        used[x] = false;
      }
    }
  }

  private static Set<String> names(PairwiseTally<String> t, Set<Integer> indices) {
    Set<String> out = new LinkedHashSet<>();
    indices.forEach(i -> out.add(t.candidates().get(i)));
    return out;
  }
}
