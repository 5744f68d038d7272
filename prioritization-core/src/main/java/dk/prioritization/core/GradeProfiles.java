package dk.prioritization.core;

import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.internal.GradeData;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/** What score and cumulative profiles share: one value per candidate per ballot. */
final class GradeProfiles {
  private GradeProfiles() {}

  static <C> GradeData data(BuilderSupport<C> s, int min, int max) {
    return new GradeData(s.m(), s.table.counts(), s.table.data(), min, max);
  }

  static int[] offsets(GradeData d) {
    int[] offsets = new int[d.size + 1];
    for (int b = 0; b <= d.size; b++) {
      offsets[b] = b * d.m;
    }
    return offsets;
  }

  /** A view of the ballots; candidates with value {@code skip} are left out of each map. */
  static <C, B> List<Weighted<B>> ballots(
      GradeData d, List<C> candidates, Integer skip, Function<ImmutableMap<C, Integer>, B> make) {
    return new AbstractList<>() {
      @Override
      public Weighted<B> get(int b) {
        ImmutableMap.Builder<C, Integer> values = ImmutableMap.builder();
        for (int c = 0; c < d.m; c++) {
          int v = d.value(b, c);
          if (skip == null || v != skip) {
            values.put(candidates.get(c), v);
          }
        }
        return new Weighted<>(make.apply(values.buildOrThrow()), d.counts[b]);
      }

      @Override
      public int size() {
        return d.size;
      }
    };
  }
}
