package dk.prioritization.core.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Ranking;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pareto: if every voter gives a at least as much as b and some voter gives a more, a ranks
 * strictly above b.
 */
interface ParetoRuleContract extends CardinalRuleContract {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  default void rank_paretoDominatedCandidate_ranksBelow(long seed) {
    assertPareto(random(seed), "seed " + seed);
  }

  @Test
  default void rank_allSmallProfiles_paretoDominatedCandidatesRankBelow() {
    AtomicLong dominated = new AtomicLong();
    eachSmall(g -> dominated.addAndGet(assertPareto(g, "")));
    assertThat(dominated.get()).as("small profiles with a Pareto-dominated candidate").isPositive();
  }

  /** Checks every dominated pair of {@code g}; returns how many there were. */
  private int assertPareto(Grid g, String what) {
    Ranking<String> r = rule().rank(g.profile()).ranking();
    int found = 0;
    for (int a = 0; a < g.m(); a++) {
      for (int b = 0; b < g.m(); b++) {
        if (a != b && dominates(g, a, b)) {
          found++;
          String ca = g.candidates().get(a);
          String cb = g.candidates().get(b);
          assertThat(r.tierOf(ca).getAsInt()).as("%s: %s dominates %s in %s, ranked %s", what, ca, cb, g, r)
              .isLessThan(r.tierOf(cb).getAsInt());
        }
      }
    }
    return found;
  }

  private static boolean dominates(Grid g, int a, int b) {
    boolean strict = false;
    for (int[] row : g.rows()) {
      if (row[a] < row[b]) {
        return false;
      }
      strict |= row[a] > row[b];
    }
    return strict;
  }
}
