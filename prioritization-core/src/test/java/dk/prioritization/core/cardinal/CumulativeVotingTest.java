package dk.prioritization.core.cardinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CumulativeVotingTest implements MonotoneRuleContract, ParetoRuleContract {

  @Override
  public Rule rule() {
    return CumulativeVoting.rule();
  }

  @Override
  public Grid random(long seed) {
    return Grid.randomCumulative(seed);
  }

  @Override
  public void eachSmall(Consumer<Grid> each) {
    Grid.allSmallCumulativeProfiles(each);
  }

  // The textbook corporate illustration (Nolo's legal dictionary, "Cumulative voting": five seats,
  // a holder of 1,000 of 10,000 shares may cast all 5,000 of his votes for one director), scaled
  // down to three seats: a budget of 3 points per voter. Majority voters spread their points over
  // M1, M2 and M3; one minority voter puts all 3 on X. With three seats a minority needs more than
  // a quarter of the voters to be sure of one.
  private static final List<String> BOARD = List.of("M1", "M2", "M3", "X");
  private static final CumulativeBallot<String> SPREAD = CumulativeBallot.of(Map.of("M1", 1, "M2", 1, "M3", 1));
  private static final CumulativeBallot<String> PLUMP = CumulativeBallot.of(Map.of("X", 3));

  @Test
  void rank_quarterOfVotersPlumping_tiesWithTheMajorityCandidates() {
    // 3 spreading voters, 1 plumping. By hand: M1 = M2 = M3 = 3 * 1 = 3, X = 3.
    CumulativeProfile<String> p = Profile.cumulative(BOARD, 3).add(SPREAD, 3).add(PLUMP).build();

    assertThat(CumulativeVoting.rule().rank(p).ranking().tiers()).containsExactly(Set.copyOf(BOARD));
  }

  @Test
  void rank_fifthOfVotersPlumping_ranksBelowTheMajorityCandidates() {
    // 4 spreading voters, 1 plumping. By hand: M1 = M2 = M3 = 4 * 1 = 4, X = 3.
    CumulativeProfile<String> p = Profile.cumulative(BOARD, 3).add(SPREAD, 4).add(PLUMP).build();

    assertThat(CumulativeVoting.rule().rank(p).ranking().tiers())
        .containsExactly(Set.of("M1", "M2", "M3"), Set.of("X"));
  }

  @Test
  void rank_minorityConcentratesAgainstSplitMajority_winsFirstPlace() {
    // 3 voters give A 2 and B 2 (budget 4), 2 voters give C 4. By hand: A = B = 6, C = 8,
    // although 3 of the 5 voters give C nothing.
    CumulativeProfile<String> p = Profile.cumulative(List.of("A", "B", "C"), 4)
        .add(CumulativeBallot.of(Map.of("A", 2, "B", 2)), 3)
        .add(CumulativeBallot.of(Map.of("C", 4)), 2)
        .build();

    Result<String> r = CumulativeVoting.rule().rank(p);

    assertThat(r.scores()).isEqualTo(Map.of("A", Rational.of(6), "B", Rational.of(6), "C", Rational.of(8)));
    assertThat(r.ranking().tiers()).containsExactly(Set.of("C"), Set.of("A", "B"));
    assertThat(r.explain(Locale.ENGLISH)).contains("Counted points: A 6, B 6, C 8.");
  }

  @Test
  void rank_ballotSpendingLessThanBudget_countsWhatItSpends() {
    // A: 1 + 0 = 1, B: 0 + 5 = 5
    CumulativeProfile<String> p = Profile.cumulative(List.of("A", "B"), 10)
        .add(CumulativeBallot.of(Map.of("A", 1)))
        .add(CumulativeBallot.of(Map.of("B", 5)))
        .build();

    assertThat(CumulativeVoting.rule().rank(p).scores()).isEqualTo(Map.of("A", Rational.of(1), "B", Rational.of(5)));
  }

  @Test
  void rank_scoreProfile_throwsUnsupportedBallotNamingRuleAndKind() {
    assertThatThrownBy(() -> CumulativeVoting.rule().rank(Examples.tennesseeStars()))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("rule cumulative")
        .hasMessageContaining("score ballots");
  }

  @Test
  void rule_identity_isCumulativeOverCumulativeBallots() {
    assertThat(CumulativeVoting.rule().id()).isEqualTo("cumulative");
    assertThat(CumulativeVoting.rule().ballotKind()).isEqualTo(BallotKind.CUMULATIVE);
    assertThat(CumulativeVoting.rule().description()).isNotBlank();
    assertThat(CumulativeVoting.rule()).hasToString("cumulative").isNotEqualTo(ScoreVoting.rule());
    assertThat(RuleRegistry.builtIn().get("cumulative")).isEqualTo(CumulativeVoting.rule());
  }

  @Test
  void generator_twoHundredSeeds_makesTiedPoints() {
    int tied = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Grid g = Grid.randomCumulative(seed);
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
    assertThat(tied).as("random cumulative profiles with two equal sums, of 200").isGreaterThanOrEqualTo(20);
  }
}
