package dk.prioritization.core.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every cardinal rule keeps: anonymity and neutrality, on seeded random profiles and
 * on every small profile. A rule's test implements it and inherits these tests.
 */
interface CardinalRuleContract {

  /** The rule under test. */
  Rule rule();

  /** A random profile of the rule's ballot kind. */
  Grid random(long seed);

  /** Calls {@code each} with every small profile of the rule's ballot kind. */
  void eachSmall(Consumer<Grid> each);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  default void rank_votersShuffled_sameResultAndFingerprint(long seed) {
    Grid g = random(seed);
    Result<String> expected = rule().rank(g.profile());
    Result<String> actual = rule().rank(g.votersShuffled(new Random(seed)).profile());
    assertThat(actual).as("seed %s: %s", seed, g).isEqualTo(expected);
    assertThat(actual.fingerprint()).as("seed %s: %s", seed, g).isEqualTo(expected.fingerprint());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  default void rank_candidatesPermuted_rankingPermuted(long seed) {
    Grid g = random(seed);
    List<Integer> shuffled = new ArrayList<>();
    for (int c = 0; c < g.m(); c++) {
      shuffled.add(c);
    }
    Collections.shuffle(shuffled, new Random(seed));
    int[] perm = shuffled.stream().mapToInt(Integer::intValue).toArray();
    assertNeutral(g, perm, "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  default void rank_randomProfile_ranksEveryCandidateOnceWithAScore(long seed) {
    Grid g = random(seed);
    Result<String> r = rule().rank(g.profile());
    assertThat(r.ranking().candidates()).as("seed %s: %s", seed, g).containsExactlyInAnyOrderElementsOf(g.candidates());
    assertThat(r.scores().keySet()).as("seed %s: %s", seed, g).containsExactlyElementsOf(g.candidates());
    assertThat(r.ruleId()).isEqualTo(rule().id());
  }

  @Test
  default void rank_allSmallProfiles_anonymousAndNeutral() {
    int[] swap = {1, 0, 2};
    int[] rotate = {1, 2, 0};
    eachSmall(g -> {
      Result<String> expected = rule().rank(g.profile());
      assertThat(rule().rank(g.reversed().profile())).as("%s", g).isEqualTo(expected);
      assertNeutral(g, swap, "swap");
      assertNeutral(g, rotate, "rotate");
    });
  }

  private void assertNeutral(Grid g, int[] perm, String what) {
    Result<String> before = rule().rank(g.profile());
    Result<String> after = rule().rank(g.permuted(perm).profile());
    assertThat(after.ranking()).as("%s %s: %s", what, Arrays.toString(perm), g)
        .isEqualTo(renamed(before.ranking(), perm, g.candidates()));
    Map<String, Rational> scores = new HashMap<>();
    before.scores().forEach((c, s) -> scores.put(g.candidates().get(perm[g.candidates().indexOf(c)]), s));
    assertThat(after.scores()).as("%s: %s", what, g).isEqualTo(scores);
  }

  /** The ranking with candidate c renamed to candidate perm[c]. */
  static Ranking<String> renamed(Ranking<String> r, int[] perm, List<String> names) {
    List<Set<String>> tiers = new ArrayList<>();
    for (Set<String> tier : r.tiers()) {
      Set<String> t = new LinkedHashSet<>();
      for (String c : tier) {
        t.add(names.get(perm[names.indexOf(c)]));
      }
      tiers.add(t);
    }
    return new Ranking<>(tiers);
  }

  /** The candidates ranked strictly below {@code c}. */
  static Set<String> below(Ranking<String> r, String c) {
    Set<String> s = new LinkedHashSet<>(r.candidates());
    s.removeAll(above(r, c));
    s.removeAll(r.tiers().get(r.tierOf(c).getAsInt()));
    return s;
  }

  /** The candidates ranked strictly above {@code c}. */
  static Set<String> above(Ranking<String> r, String c) {
    Set<String> s = new LinkedHashSet<>();
    for (Set<String> tier : r.tiers()) {
      if (tier.contains(c)) {
        return s;
      }
      s.addAll(tier);
    }
    throw new AssertionError(c + " is not ranked in " + r);
  }
}
