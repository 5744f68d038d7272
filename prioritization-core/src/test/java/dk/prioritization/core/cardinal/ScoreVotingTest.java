package dk.prioritization.core.cardinal;

import static dk.prioritization.core.cardinal.Examples.CHATTANOOGA;
import static dk.prioritization.core.cardinal.Examples.KNOXVILLE;
import static dk.prioritization.core.cardinal.Examples.MEMPHIS;
import static dk.prioritization.core.cardinal.Examples.NASHVILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ScoreVotingTest implements MonotoneRuleContract, ParetoRuleContract {

  @Override
  public Rule rule() {
    return ScoreVoting.rule();
  }

  @Override
  public Grid random(long seed) {
    return Grid.randomScores(seed);
  }

  @Override
  public void eachSmall(Consumer<Grid> each) {
    Grid.allSmallScoreProfiles(each);
  }

  @Test
  void rank_wikipediaStarTennesseeExampleScoringRound_electsNashville() {
    // Wikipedia "STAR voting", Example: the scoring round is score voting. By hand:
    // Memphis     42*5                          = 210
    // Nashville   42*2 + 26*5 + 15*3 + 17*2 = 84 + 130 + 45 + 34 = 293
    // Chattanooga 42*1 + 26*2 + 15*5 + 17*4 = 42 + 52 + 75 + 68 = 237
    // Knoxville   42*0 + 26*1 + 15*3 + 17*5 =  0 + 26 + 45 + 85 = 156
    Result<String> r = ScoreVoting.rule().rank(Examples.tennesseeStars());

    assertThat(r.scores()).isEqualTo(Map.of(MEMPHIS, Rational.of(210), NASHVILLE, Rational.of(293),
        CHATTANOOGA, Rational.of(237), KNOXVILLE, Rational.of(156)));
    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of(NASHVILLE, CHATTANOOGA, MEMPHIS, KNOXVILLE)));
  }

  @Test
  void rank_equalSums_shareATier() {
    // A: 2 + 0 = 2, B: 0 + 2 = 2, C: 1 + 0 = 1
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 2, "B", 0, "C", 1)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 2, "C", 0)))
        .build();

    assertThat(ScoreVoting.rule().rank(p).ranking().tiers()).containsExactly(Set.of("A", "B"), Set.of("C"));
  }

  @Test
  void rank_ungradedCandidates_countTheDeclaredGrade() {
    // A: 5 + 1 = 6, B: 1 + 3 = 4, C: 1 + 4 = 5 (each ballot leaves out what it does not grade: 1)
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 5).ungradedAs(1)
        .add(ScoreBallot.of(Map.of("A", 5)))
        .add(ScoreBallot.of(Map.of("B", 3, "C", 4)))
        .build();

    assertThat(ScoreVoting.rule().rank(p).scores())
        .isEqualTo(Map.of("A", Rational.of(6), "B", Rational.of(4), "C", Rational.of(5)));
  }

  @Test
  void rank_negativeScale_sumsExactly() {
    // A: -2 + 3*1 = 1, B: 2 + 3*(-1) = -1
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), -2, 2)
        .add(ScoreBallot.of(Map.of("A", -2, "B", 2)))
        .add(ScoreBallot.of(Map.of("A", 1, "B", -1)), 3)
        .build();

    Result<String> r = ScoreVoting.rule().rank(p);

    assertThat(r.scores()).isEqualTo(Map.of("A", Rational.of(1), "B", Rational.of(-1)));
    assertThat(r.winner()).contains("A");
  }

  @Test
  void rank_anyProfile_explainsTheSums() {
    Result<String> r = ScoreVoting.rule().rank(Examples.tennesseeStars());

    assertThat(r.explanation().steps()).singleElement().isInstanceOf(Explanation.Tally.class);
    assertThat(r.explain(Locale.ENGLISH)).contains("Counted score sums: Memphis 210, Nashville 293");
    assertThat(r.explain(Locale.forLanguageTag("da"))).contains("Optalt karaktersummer: Memphis 210");
  }

  @Test
  void rank_rankedProfile_throwsUnsupportedBallotNamingRuleAndKind() {
    assertThatThrownBy(() -> ScoreVoting.rule().rank(Examples.ranked()))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("rule score")
        .hasMessageContaining("ranked");
  }

  @Test
  void rank_sumBeyondLong_throwsArithmeticException() {
    // 2^31 - 1 points from each of 2^62 voters is about 2^93: far beyond a long.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, Integer.MAX_VALUE)
        .add(ScoreBallot.of(Map.of("A", Integer.MAX_VALUE, "B", 0)), 1L << 62)
        .build();

    assertThatThrownBy(() -> ScoreVoting.rule().rank(p)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rule_identity_isScoreOverScoreBallots() {
    assertThat(ScoreVoting.rule().id()).isEqualTo("score");
    assertThat(ScoreVoting.rule().ballotKind()).isEqualTo(BallotKind.SCORE);
    assertThat(ScoreVoting.rule().description()).isNotBlank();
    assertThat(ScoreVoting.rule()).isEqualTo(ScoreVoting.rule()).hasToString("score");
    assertThat(RuleRegistry.builtIn().get("score")).isEqualTo(ScoreVoting.rule());
  }

  @Test
  void generator_twoHundredSeeds_makesTiedSums() {
    int tied = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Grid g = Grid.randomScores(seed);
      long[] sums = new long[g.m()];
      for (int i = 0; i < g.rows().size(); i++) {
        for (int c = 0; c < g.m(); c++) {
          sums[c] += g.rows().get(i)[c] * g.counts().get(i);
        }
      }
      if (java.util.Arrays.stream(sums).distinct().count() < sums.length) {
        tied++;
      }
    }
    assertThat(tied).as("random score profiles with two equal sums, of 200").isGreaterThanOrEqualTo(20);
  }
}
