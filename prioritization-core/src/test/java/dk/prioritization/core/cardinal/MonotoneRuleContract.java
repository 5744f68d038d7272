package dk.prioritization.core.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Ranking;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Monotonicity: one voter raising a candidate's value never lowers that candidate. After the
 * raise no candidate is newly ranked strictly above it, every candidate it was strictly above stays
 * strictly below it, and, when no other candidate lost anything, its tier position does not grow.
 *
 * <p>The last clause needs the proviso: a cumulative voter at the budget must take the point from
 * another candidate, and that can split a tie above the raised candidate into two tiers, so its
 * tier number grows although no candidate overtook it.
 */
interface MonotoneRuleContract extends CardinalRuleContract {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  default void rank_valueRaised_neverLowersThatCandidate(long seed) {
    Grid g = random(seed);
    Random r = new Random(seed);
    int row = r.nextInt(g.rows().size());
    int c = r.nextInt(g.m());
    Grid raised = g.raised(row, c);
    if (raised != null) {
      assertNotLowered(g, raised, c, g.raiseTakesFromOthers(row), "seed " + seed + ", row " + row);
    }
  }

  @Test
  default void rank_allSmallProfilesValueRaised_neverLowersThatCandidate() {
    eachSmall(g -> {
      for (int row = 0; row < g.rows().size(); row++) {
        for (int c = 0; c < g.m(); c++) {
          Grid raised = g.raised(row, c);
          if (raised != null) {
            assertNotLowered(g, raised, c, g.raiseTakesFromOthers(row), "row " + row);
          }
        }
      }
    });
  }

  private void assertNotLowered(Grid before, Grid after, int c, boolean tookFromOthers, String what) {
    String name = before.candidates().get(c);
    Ranking<String> r0 = rule().rank(before.profile()).ranking();
    Ranking<String> r1 = rule().rank(after.profile()).ranking();
    String message = what + ", raising " + name + ": " + before + " -> " + after + " ranked " + r0 + " then " + r1;
    assertThat(CardinalRuleContract.above(r0, name)).as(message)
        .containsAll(CardinalRuleContract.above(r1, name));
    assertThat(CardinalRuleContract.below(r1, name)).as(message)
        .containsAll(CardinalRuleContract.below(r0, name));
    if (!tookFromOthers) {
      assertThat(r1.tierOf(name).getAsInt()).as(message).isLessThanOrEqualTo(r0.tierOf(name).getAsInt());
    }
  }
}
