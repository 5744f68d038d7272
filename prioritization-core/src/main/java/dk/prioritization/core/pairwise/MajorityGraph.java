package dk.prioritization.core.pairwise;

import java.util.Arrays;

/**
 * Graph algorithms on the majority relation of a margin matrix, by candidate index.
 *
 * <p>The strict graph has an edge i → j when margin(i, j) &gt; 0; the weak graph also when the
 * margin is 0. Strongly connected components come from an iterative Tarjan search over the dense
 * matrix, O(m²).
 */
final class MajorityGraph {
  private MajorityGraph() {}

  /**
   * Returns the strongly connected components of the weak or strict majority graph, each as
   * ascending candidate indices, in an order where no component has an edge from a later one
   * (sources first).
   */
  static int[][] components(int m, long[] margin, boolean weak) {
    int[] index = new int[m];
    int[] low = new int[m];
    Arrays.fill(index, -1);
    boolean[] onStack = new boolean[m];
    int[] stack = new int[m];
    int sp = 0;
    int[] callNode = new int[m];
    int[] callNext = new int[m];
    int next = 0;
    int[][] found = new int[m][];
    int count = 0;
    for (int root = 0; root < m; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callNext[0] = 0;
      index[root] = low[root] = next++;
      stack[sp++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        int w = callNext[depth];
        boolean descended = false;
        int row = v * m;
        while (w < m) {
          long e = margin[row + w];
          if (w != v && (e > 0 || (weak && e == 0))) {
            if (index[w] < 0) {
              callNext[depth] = w + 1;
              depth++;
              callNode[depth] = w;
              callNext[depth] = 0;
              index[w] = low[w] = next++;
              stack[sp++] = w;
              onStack[w] = true;
              descended = true;
              break;
            } else if (onStack[w]) {
              low[v] = Math.min(low[v], index[w]);
            }
          }
          w++;
        }
        if (descended) {
          continue;
        }
        if (low[v] == index[v]) {
          int size = 0;
          for (int k = sp - 1; stack[k] != v; k--) {
            size++;
          }
          int[] comp = new int[size + 1];
          for (int k = 0; k <= size; k++) {
            int x = stack[--sp];
            onStack[x] = false;
            comp[k] = x;
          }
          Arrays.sort(comp);
          found[count++] = comp;
        }
        depth--;
        if (depth >= 0) {
          int parent = callNode[depth];
          low[parent] = Math.min(low[parent], low[v]);
        }
      }
    }
    // Tarjan finishes a component after every component it reaches: reverse for sources first.
    int[][] result = new int[count][];
    for (int k = 0; k < count; k++) {
      result[k] = found[count - 1 - k];
    }
    return result;
  }

  /**
   * Returns the strongly connected components of the strict graph that no other component has an
   * edge into: together, the Schwartz set.
   */
  static boolean[] schwartz(int m, long[] margin) {
    int[][] comps = components(m, margin, false);
    int[] compOf = new int[m];
    for (int k = 0; k < comps.length; k++) {
      for (int v : comps[k]) {
        compOf[v] = k;
      }
    }
    boolean[] entered = new boolean[comps.length];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (margin[i * m + j] > 0 && compOf[i] != compOf[j]) {
          entered[compOf[j]] = true;
        }
      }
    }
    boolean[] in = new boolean[m];
    for (int v = 0; v < m; v++) {
      in[v] = !entered[compOf[v]];
    }
    return in;
  }
}
