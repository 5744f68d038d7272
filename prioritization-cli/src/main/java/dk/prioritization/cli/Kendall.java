package dk.prioritization.cli;

import dk.prioritization.core.Rational;
import dk.prioritization.core.Ranking;
import java.util.List;
import java.util.OptionalInt;

/** Kendall tau distance between weak orders. */
final class Kendall {
  private Kendall() {}

  /**
   * Returns the Kendall tau distance with penalty p = 1/2: over the unordered pairs of
   * {@code candidates}, 1 for each pair the rankings order oppositely, 1/2 for each pair tied in
   * exactly one of them, 0 otherwise. A candidate missing from a ranking counts as below all it
   * ranks, tied with the other missing ones.
   */
  static <C> Rational distance(List<C> candidates, Ranking<C> a, Ranking<C> b) {
    int m = candidates.size();
    int[] ta = tiers(candidates, a);
    int[] tb = tiers(candidates, b);
    long whole = 0;
    long halves = 0;
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        int x = Integer.signum(ta[i] - ta[j]);
        int y = Integer.signum(tb[i] - tb[j]);
        if (x * y < 0) {
          whole++;
        } else if ((x == 0) != (y == 0)) {
          halves++;
        }
      }
    }
    return Rational.of(2 * whole + halves, 2);
  }

  private static <C> int[] tiers(List<C> candidates, Ranking<C> r) {
    int[] t = new int[candidates.size()];
    int below = r.tiers().size();
    for (int i = 0; i < t.length; i++) {
      OptionalInt k = r.tierOf(candidates.get(i));
      t[i] = k.isPresent() ? k.getAsInt() : below;
    }
    return t;
  }
}
