package dk.prioritization.core.cardinal;

import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The wording the cardinal rules share in their explanations. */
final class Texts {
  static final Text SCORE_SUMS = new Text("score sums", "karaktersummer");

  private Texts() {}

  /** Names candidates as "A", "A & B" or "A, B & C". */
  static String names(Collection<?> candidates) {
    return Names.join(candidates);
  }


  /** Returns each candidate with its value from {@code values}, in candidate order. */
  static <C> Map<C, Rational> values(List<C> candidates, long[] values) {
    ImmutableMap.Builder<C, Rational> m = ImmutableMap.builderWithExpectedSize(candidates.size());
    for (int c = 0; c < candidates.size(); c++) {
      m.put(candidates.get(c), Rational.of(values[c]));
    }
    return m.buildOrThrow();
  }
}
