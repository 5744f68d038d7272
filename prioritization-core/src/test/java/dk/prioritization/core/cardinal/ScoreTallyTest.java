package dk.prioritization.core.cardinal;

import static dk.prioritization.core.cardinal.Examples.CHATTANOOGA;
import static dk.prioritization.core.cardinal.Examples.CITIES;
import static dk.prioritization.core.cardinal.Examples.KNOXVILLE;
import static dk.prioritization.core.cardinal.Examples.MEMPHIS;
import static dk.prioritization.core.cardinal.Examples.NASHVILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreTallyTest {

  @Test
  void of_wikipediaTennesseeExample_countsSumsHistogramsAndPreferences() {
    // Wikipedia "STAR voting", Example (see Examples.tennesseeStars). By hand:
    // sums: Memphis 210, Nashville 293, Chattanooga 237, Knoxville 156 (see ScoreVotingTest);
    // Nashville's stars: 2 from the 42 + 17 = 59 Memphis and Knoxville voters, 3 from 15, 5 from 26;
    // Nashville over Chattanooga: Memphis (2 > 1) and Nashville (5 > 2) voters, 42 + 26 = 68;
    // Chattanooga over Nashville: Chattanooga (5 > 3) and Knoxville (4 > 2) voters, 15 + 17 = 32;
    // Memphis over Nashville: only the 42 Memphis voters (5 > 2); the other 58 give Memphis 0.
    ScoreTally<String> t = ScoreTally.of(Examples.tennesseeStars());

    assertThat(t.candidates()).isEqualTo(CITIES);
    assertThat(t.kind()).isEqualTo(BallotKind.SCORE);
    assertThat(t.voters()).isEqualTo(100);
    assertThat(t.min()).isZero();
    assertThat(t.max()).isEqualTo(5);
    assertThat(List.of(t.sum(MEMPHIS), t.sum(NASHVILLE), t.sum(CHATTANOOGA), t.sum(KNOXVILLE)))
        .containsExactly(210L, 293L, 237L, 156L);
    assertThat(t.histogram(NASHVILLE)).containsExactly(Map.entry(2, 59L), Map.entry(3, 15L), Map.entry(5, 26L));
    assertThat(t.count(NASHVILLE, 5)).isEqualTo(26);
    assertThat(t.count(NASHVILLE, 0)).isZero();
    assertThat(t.prefer(NASHVILLE, CHATTANOOGA)).isEqualTo(68);
    assertThat(t.prefer(CHATTANOOGA, NASHVILLE)).isEqualTo(32);
    assertThat(t.prefer(MEMPHIS, NASHVILLE)).isEqualTo(42);
    assertThat(t.prefer(NASHVILLE, MEMPHIS)).isEqualTo(58);
    assertThat(t.prefer(NASHVILLE, NASHVILLE)).isZero();
  }

  @Test
  void of_cumulativeProfile_scaleRunsFromZeroToBudget() {
    // A: 3 + 3 + 1 + 0 = 7, B: 2, C: 0; the empty ballot gives everyone 0.
    CumulativeProfile<String> p = Profile.cumulative(List.of("A", "B", "C"), 3)
        .add(CumulativeBallot.of(Map.of("A", 3)), 2)
        .add(CumulativeBallot.of(Map.of("A", 1, "B", 2)))
        .add(CumulativeBallot.of(Map.<String, Integer>of()))
        .build();

    ScoreTally<String> t = ScoreTally.of(p);

    assertThat(t.kind()).isEqualTo(BallotKind.CUMULATIVE);
    assertThat(t.min()).isZero();
    assertThat(t.max()).isEqualTo(3);
    assertThat(List.of(t.sum("A"), t.sum("B"), t.sum("C"))).containsExactly(7L, 2L, 0L);
    assertThat(t.histogram("A")).containsExactly(Map.entry(0, 1L), Map.entry(1, 1L), Map.entry(3, 2L));
    assertThat(t.histogram("C")).containsExactly(Map.entry(0, 4L));
    assertThat(t.prefer("A", "B")).isEqualTo(2);
    assertThat(t.prefer("B", "A")).isEqualTo(1);
    assertThat(t.prefer("A", "C")).isEqualTo(3);
  }

  @Test
  void of_scaleWiderThanDenseLimit_countsSparseHistogram() {
    // A: 3 * (-10^9) + 3 * 7 = -2999999979; B: 2 * 10^9 + 4 * 7 = 2000000028
    int big = 1_000_000_000;
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), -big, big)
        .add(ScoreBallot.of(Map.of("A", -big, "B", big)), 2)
        .add(ScoreBallot.of(Map.of("A", 7, "B", 7)), 3)
        .add(ScoreBallot.of(Map.of("A", -big, "B", 7)))
        .build();

    ScoreTally<String> t = ScoreTally.of(p);

    assertThat(t.histogram("A")).containsExactly(Map.entry(-big, 3L), Map.entry(7, 3L));
    assertThat(t.histogram("B")).containsExactly(Map.entry(7, 4L), Map.entry(big, 2L));
    assertThat(t.sum("A")).isEqualTo(-2_999_999_979L);
    assertThat(t.sum("B")).isEqualTo(2_000_000_028L);
    assertThat(t.prefer("B", "A")).isEqualTo(3);
    assertThat(t.prefer("A", "B")).isZero();
  }

  @Test
  void merge_tennesseeSplitInTwo_equalsTallyOfWhole() {
    ScoreProfile<String> west = Profile.scores(CITIES, 0, 5)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 5, NASHVILLE, 2, CHATTANOOGA, 1, KNOXVILLE, 0)), 42)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 0, NASHVILLE, 5, CHATTANOOGA, 2, KNOXVILLE, 1)), 26)
        .build();
    ScoreProfile<String> east = Profile.scores(CITIES, 0, 5)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 0, NASHVILLE, 2, CHATTANOOGA, 4, KNOXVILLE, 5)), 17)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 0, NASHVILLE, 3, CHATTANOOGA, 5, KNOXVILLE, 3)), 15)
        .build();

    ScoreTally<String> merged = ScoreTally.of(west).merge(ScoreTally.of(east));

    assertThat(merged).isEqualTo(ScoreTally.of(Examples.tennesseeStars()));
    assertThat(merged.hashCode()).isEqualTo(ScoreTally.of(Examples.tennesseeStars()).hashCode());
    assertThat(merged.sum(NASHVILLE)).isEqualTo(293);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  void merge_randomScoreProfileSplit_equalsTallyOfUnion(long seed) {
    Grid g = atLeastTwoVoters(Grid.randomScores(seed));
    Grid[] parts = g.split(new Random(seed));

    ScoreTally<String> merged = ScoreTally.of(parts[0].scoreProfile()).merge(ScoreTally.of(parts[1].scoreProfile()));

    assertThat(merged).as("seed %s: %s split into %s and %s", seed, g, parts[0], parts[1])
        .isEqualTo(ScoreTally.of(g.scoreProfile()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  void merge_randomCumulativeProfileSplit_equalsTallyOfUnion(long seed) {
    Grid g = atLeastTwoVoters(Grid.randomCumulative(seed));
    Grid[] parts = g.split(new Random(seed));

    ScoreTally<String> merged =
        ScoreTally.of(parts[0].cumulativeProfile()).merge(ScoreTally.of(parts[1].cumulativeProfile()));

    assertThat(merged).as("seed %s: %s split into %s and %s", seed, g, parts[0], parts[1])
        .isEqualTo(ScoreTally.of(g.cumulativeProfile()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  void of_randomProfile_matchesCountingEveryVoter(long seed) {
    Grid g = Grid.randomScores(seed);
    ScoreTally<String> t = ScoreTally.of(g.scoreProfile());
    for (int c = 0; c < g.m(); c++) {
      String name = g.candidates().get(c);
      long sum = 0;
      Map<Integer, Long> histogram = new TreeMap<>();
      for (int i = 0; i < g.rows().size(); i++) {
        int v = g.rows().get(i)[c];
        sum += v * g.counts().get(i);
        histogram.merge(v, g.counts().get(i), Long::sum);
      }
      assertThat(t.sum(name)).as("seed %s: %s, sum of %s", seed, g, name).isEqualTo(sum);
      assertThat(t.histogram(name)).as("seed %s: %s, histogram of %s", seed, g, name).isEqualTo(histogram);
      for (int d = 0; d < g.m(); d++) {
        long prefer = 0;
        for (int i = 0; i < g.rows().size(); i++) {
          if (g.rows().get(i)[c] > g.rows().get(i)[d]) {
            prefer += g.counts().get(i);
          }
        }
        assertThat(t.prefer(name, g.candidates().get(d))).as("seed %s: %s, %s over %s", seed, g, name, d)
            .isEqualTo(prefer);
      }
    }
    assertThat(t.voters()).isEqualTo(g.voters());
  }

  @Test
  void merge_differentCandidates_throwsNamingThem() {
    ScoreTally<String> ab = ScoreTally.of(scores(List.of("A", "B"), 5));
    ScoreTally<String> ac = ScoreTally.of(scores(List.of("A", "C"), 5));

    assertThatThrownBy(() -> ab.merge(ac))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different candidates")
        .hasMessageContaining("[A, B]")
        .hasMessageContaining("[A, C]");
  }

  @Test
  void merge_differentScales_throwsNamingThem() {
    ScoreTally<String> five = ScoreTally.of(scores(List.of("A", "B"), 5));
    ScoreTally<String> ten = ScoreTally.of(scores(List.of("A", "B"), 10));

    assertThatThrownBy(() -> five.merge(ten))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..5")
        .hasMessageContaining("0..10");
  }

  @Test
  void merge_scoreWithCumulative_throwsNamingTheKinds() {
    ScoreTally<String> score = ScoreTally.of(scores(List.of("A", "B"), 5));
    ScoreTally<String> cumulative = ScoreTally.of(
        Profile.cumulative(List.of("A", "B"), 5).add(CumulativeBallot.of(Map.of("A", 5))).build());

    assertThatThrownBy(() -> score.merge(cumulative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score")
        .hasMessageContaining("cumulative");
  }

  @Test
  void merge_votersBeyondLong_throwsArithmeticException() {
    ScoreProfile<String> half = Profile.scores(List.of("A", "B"), 0, 1)
        .add(ScoreBallot.of(Map.of("A", 1, "B", 0)), Long.MAX_VALUE / 2 + 1)
        .build();
    ScoreTally<String> t = ScoreTally.of(half);

    assertThatThrownBy(() -> t.merge(t)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void of_sumBeyondLong_throwsArithmeticException() {
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, Integer.MAX_VALUE)
        .add(ScoreBallot.of(Map.of("A", Integer.MAX_VALUE, "B", 0)), 1L << 62)
        .build();

    assertThatThrownBy(() -> ScoreTally.of(p)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void count_valueOffScale_throwsNamingTheScale() {
    ScoreTally<String> t = ScoreTally.of(scores(List.of("A", "B"), 5));

    assertThatThrownBy(() -> t.count("A", 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6")
        .hasMessageContaining("0..5");
  }

  @Test
  void sum_unknownCandidate_throwsNamingIt() {
    ScoreTally<String> t = ScoreTally.of(scores(List.of("A", "B"), 5));

    assertThatThrownBy(() -> t.sum("Z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Z'")
        .hasMessageContaining("[A, B]");
  }

  @Test
  void equals_sameBallotsInAnotherOrder_isEqual() {
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 2, "B", 0)))
        .add(ScoreBallot.of(Map.of("A", 1, "B", 1)), 2)
        .build();
    ScoreProfile<String> q = Profile.scores(List.of("A", "B"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 1, "B", 1)))
        .add(ScoreBallot.of(Map.of("A", 2, "B", 0)))
        .add(ScoreBallot.of(Map.of("A", 1, "B", 1)))
        .build();

    assertThat(ScoreTally.of(q)).isEqualTo(ScoreTally.of(p)).hasSameHashCodeAs(ScoreTally.of(p));
    assertThat(ScoreTally.of(q)).isNotEqualTo(ScoreTally.of(scores(List.of("A", "B"), 2)));
    assertThat(ScoreTally.of(p)).hasToString("score tally 0..2 of 3 voters: {A=4, B=2}");
  }

  /** A profile with one voter giving the first candidate the top grade of 0..max. */
  private static ScoreProfile<String> scores(List<String> candidates, int max) {
    return Profile.scores(candidates, 0, max).add(ScoreBallot.of(Map.of(candidates.get(0), max, candidates.get(1), 0)))
        .build();
  }

  private static Grid atLeastTwoVoters(Grid g) {
    if (g.voters() >= 2) {
      return g;
    }
    List<int[]> rows = new ArrayList<>(g.rows());
    rows.add(g.rows().get(0).clone());
    List<Long> counts = new ArrayList<>(g.counts());
    counts.add(1L);
    return new Grid(g.kind(), g.min(), g.max(), g.candidates(), rows, counts);
  }
}
