package dk.prioritization.core.pairwise;

import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rankings from relations over candidate indices, shared by the rules of this package. */
final class Relations {
  private Relations() {}

  /** A strict relation over candidate indices: whether i beats j. */
  @FunctionalInterface
  interface Beats {
    boolean test(int i, int j);
  }

  /**
   * Returns the layers of an acyclic relation: the candidates nobody beats, then those nobody
   * left beats, and so on; each layer in ascending index order. A cycle would leave candidates
   * that never become unbeaten: they form one last layer (the rules here pass acyclic relations).
   */
  static List<int[]> layers(int m, Beats beats) {
    boolean[] placed = new boolean[m];
    int[] beatenBy = new int[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (i != j && beats.test(i, j)) {
          beatenBy[j]++;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    int left = m;
    while (left > 0) {
      int[] layer = new int[left];
      int n = 0;
      for (int j = 0; j < m; j++) {
        if (!placed[j] && beatenBy[j] == 0) {
          layer[n++] = j;
        }
      }
      if (n == 0) { // not acyclic: keep the rest together rather than loop
        for (int j = 0; j < m; j++) {
          if (!placed[j]) {
            layer[n++] = j;
          }
        }
      }
      int[] done = java.util.Arrays.copyOf(layer, n);
      for (int i : done) {
        placed[i] = true;
      }
      for (int i : done) {
        for (int j = 0; j < m; j++) {
          if (!placed[j] && beats.test(i, j)) {
            beatenBy[j]--;
          }
        }
      }
      out.add(done);
      left -= n;
    }
    return out;
  }

  /** Returns the ranking whose tiers are the given index sets. */
  static <C> Ranking<C> ranking(List<C> candidates, List<int[]> tiers) {
    List<Set<C>> out = new ArrayList<>(tiers.size());
    for (int[] tier : tiers) {
      out.add(set(candidates, tier));
    }
    return new Ranking<>(out);
  }

  /** Returns the candidates at the given indices, in that order. */
  static <C> Set<C> set(List<C> candidates, int[] indices) {
    ImmutableSet.Builder<C> b = ImmutableSet.builderWithExpectedSize(indices.length);
    for (int i : indices) {
      b.add(candidates.get(i));
    }
    return b.build();
  }

  /** Returns the ranking: the chosen candidates first, then all others in one tier. */
  static <C> Ranking<C> chosenThenRest(List<C> candidates, boolean[] chosen) {
    int m = candidates.size();
    int k = 0;
    for (boolean c : chosen) {
      k += c ? 1 : 0;
    }
    int[] first = new int[k];
    int[] rest = new int[m - k];
    int a = 0;
    int b = 0;
    for (int i = 0; i < m; i++) {
      if (chosen[i]) {
        first[a++] = i;
      } else {
        rest[b++] = i;
      }
    }
    List<int[]> tiers = new ArrayList<>(2);
    if (k > 0) {
      tiers.add(first);
    }
    if (m - k > 0) {
      tiers.add(rest);
    }
    return ranking(candidates, tiers);
  }
}
