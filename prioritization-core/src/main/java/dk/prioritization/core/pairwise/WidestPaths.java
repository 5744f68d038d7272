package dk.prioritization.core.pairwise;

/**
 * The strongest (widest) paths of the majority graph: for every ordered pair (i, j), the greatest
 * strength of a path from i to j, where a path's strength is its weakest margin and only
 * positive-margin edges count. Schulze's method and Split Cycle decide on it.
 *
 * <p>Floyd-Warshall, O(m³) time and O(m²) memory, with the intermediate candidate k in the outer
 * loop (the order the algorithm needs to be correct in one pass) and rows i and k read
 * sequentially inside, so the inner loop streams two contiguous rows. When every margin fits an
 * {@code int} (fewer than 2³¹ voters) the matrix is held as {@code int}s: half the memory traffic,
 * and the branch-free max/min of the inner loop vectorises.
 */
final class WidestPaths {
  private WidestPaths() {}

  /**
   * Returns the strengths, row by row: entry {@code i * m + j} is the strength of the strongest
   * path from i to j, 0 if there is none. The diagonal is meaningless.
   */
  static long[] strengths(int m, long[] margin) {
    long max = 0;
    for (long x : margin) {
      max = Math.max(max, x);
    }
    if (max <= Integer.MAX_VALUE) {
      int[][] p = new int[m][m];
      for (int i = 0; i < m; i++) {
        int[] row = p[i];
        int base = i * m;
        for (int j = 0; j < m; j++) {
          long e = margin[base + j];
          row[j] = i != j && e > 0 ? (int) e : 0;
        }
      }
      for (int k = 0; k < m; k++) {
        int[] rowK = p[k];
        for (int i = 0; i < m; i++) {
          int[] rowI = p[i];
          int ik = rowI[k];
          if (ik == 0 || i == k) {
            continue;
          }
          relax(rowI, rowK, ik, m);
        }
      }
      long[] out = new long[m * m];
      for (int i = 0; i < m; i++) {
        int[] row = p[i];
        int base = i * m;
        for (int j = 0; j < m; j++) {
          out[base + j] = i == j ? 0 : row[j];
        }
      }
      return out;
    }
    long[][] p = new long[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        long e = margin[i * m + j];
        p[i][j] = i != j && e > 0 ? e : 0;
      }
    }
    for (int k = 0; k < m; k++) {
      long[] rowK = p[k];
      for (int i = 0; i < m; i++) {
        long[] rowI = p[i];
        long ik = rowI[k];
        if (ik == 0 || i == k) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          rowI[j] = Math.max(rowI[j], Math.min(ik, rowK[j]));
        }
      }
    }
    long[] out = new long[m * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        out[i * m + j] = i == j ? 0 : p[i][j];
      }
    }
    return out;
  }

  /** The inner loop: row i through k, branch-free so that it vectorises. */
  private static void relax(int[] rowI, int[] rowK, int ik, int m) {
    for (int j = 0; j < m; j++) {
      rowI[j] = Math.max(rowI[j], Math.min(ik, rowK[j]));
    }
  }
}
