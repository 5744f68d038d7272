package dk.prioritization.core.positional;

import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The criteria positional rules are known to fail, each shown by a counterexample (found by
 * exhaustive search over all profiles of three candidates and up to five voters, and a
 * hand-checked profile), and one they are known to satisfy: Borda never elects a Condorcet loser.
 */
class PositionalParadoxesTest {

  private static final List<Sample<RankedProfile<String>>> LINEAR =
      SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 5);

  static LongStream seeds() {
    return SeededProfiles.seeds();
  }

  /** The majority margin of a over b: voters preferring a minus voters preferring b. */
  static long margin(RankedProfile<String> p, String a, String b) {
    long m = 0;
    for (var w : p.ballots()) {
      if (SmallProfiles.prefers(w.ballot(), a, b)) {
        m += w.count();
      } else if (SmallProfiles.prefers(w.ballot(), b, a)) {
        m -= w.count();
      }
    }
    return m;
  }

  /** The candidate who beats every other by a strict majority, if any. */
  static Optional<String> condorcetWinner(RankedProfile<String> p) {
    return p.candidates().stream()
        .filter(w -> p.candidates().stream().allMatch(x -> x.equals(w) || margin(p, w, x) > 0)).findFirst();
  }

  /** The candidate whom every other beats by a strict majority, if any. */
  static Optional<String> condorcetLoser(RankedProfile<String> p) {
    return p.candidates().stream()
        .filter(l -> p.candidates().stream().allMatch(x -> x.equals(l) || margin(p, l, x) < 0)).findFirst();
  }

  @Test
  void borda_smallProfiles_condorcetWinnerCanLose() {
    Optional<Sample<RankedProfile<String>>> found = LINEAR.stream()
        .filter(s -> condorcetWinner(s.profile()).filter(w -> !Borda.standard().rank(s.profile()).winners().contains(w))
            .isPresent())
        .findFirst();
    assertThat(found).as("a profile of at most five voters whose Condorcet winner Borda does not elect").isPresent();
  }

  @Test
  void borda_threeForABCTwoForBCA_electsBNotCondorcetWinnerA() {
    // a beats b and c 3 to 2; Borda points: a 3·2 = 6, b 3·1 + 2·2 = 7, c 2·1 = 2.
    RankedProfile<String> p = Profile.ranked(ABC).add(3, "a", "b", "c").add(2, "b", "c", "a").build();
    assertThat(condorcetWinner(p)).contains("a");
    assertThat(Borda.standard().rank(p).winners()).containsExactly("b");
  }

  @Test
  void plurality_smallProfiles_condorcetLoserCanWin() {
    Optional<Sample<RankedProfile<String>>> found = LINEAR.stream()
        .filter(s -> condorcetLoser(s.profile()).filter(l -> Plurality.rule().rank(s.profile()).winners().contains(l))
            .isPresent())
        .findFirst();
    assertThat(found).as("a profile of at most five voters whose Condorcet loser plurality elects").isPresent();
  }

  @Test
  void plurality_threeForABCTwoForBCATwoForCBA_electsCondorcetLoserA() {
    // a has the most first places (3 of 7) but loses to b and to c 3 to 4.
    RankedProfile<String> p = Profile.ranked(ABC).add(3, "a", "b", "c").add(2, "b", "c", "a")
        .add(2, "c", "b", "a").build();
    assertThat(condorcetLoser(p)).contains("a");
    assertThat(Plurality.rule().rank(p).winners()).containsExactly("a");
  }

  @Test
  void borda_smallProfiles_neverElectsCondorcetLoser() {
    LINEAR.forEach(PositionalParadoxesTest::checkBordaCondorcetLoser);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void borda_seededProfiles_neverElectsCondorcetLoser(long seed) {
    checkBordaCondorcetLoser(SeededProfiles.first(SeededProfiles.rankedCultures(seed).get(0), seed));
  }

  private static void checkBordaCondorcetLoser(Sample<RankedProfile<String>> s) {
    condorcetLoser(s.profile()).ifPresent(l ->
        assertThat(Borda.standard().rank(s.profile()).winners()).as("Condorcet loser %s in %s", l, s).doesNotContain(l));
  }

  @Test
  void antiPlurality_everyVoterPrefersAToB_bCanTieWithA() {
    // Weak Pareto only: nobody ranks a or b last, so both have every voter's point.
    RankedProfile<String> p = Profile.ranked(ABC).add(RankedBallot.of("a", "b", "c")).build();
    assertThat(AntiPlurality.rule().rank(p).winners()).containsExactlyInAnyOrder("a", "b");
  }
}
