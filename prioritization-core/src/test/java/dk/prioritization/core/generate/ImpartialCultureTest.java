package dk.prioritization.core.generate;

import static dk.prioritization.core.generate.SeededProfiles.draw;
import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpartialCultureTest {

  @Test
  void generate_seed1234567OneVoter_followsThePublishedSplitMix64Sequence() {
    // SplitMix64 from seed 1234567 gives 6457827717110365317 and 3203168211198807973 first
    // (Rosetta Code, "Pseudo-random numbers/Splitmix64"). nextInt takes the upper 32 bits:
    // 1503580183 * 3 / 2^32 = 1, then 745795716 * 2 / 2^32 = 0. Fisher-Yates on [a, b, c] swaps
    // positions 2 and 1, then 1 and 0: [c, a, b].
    Sample<RankedProfile<String>> s = draw(ImpartialCulture.of(ABC), 1, 1234567L);
    assertThat(s.profile().ballots()).as("%s", s).containsExactly(new Weighted<>(RankedBallot.of("c", "a", "b"), 1));
  }

  @Test
  void generate_sameSeed_equalProfileFingerprintAndBallotOrder() {
    ImpartialCulture<String> culture = ImpartialCulture.of(List.of("a", "b", "c", "d")).withTruncation(0.3).withTies(0.2);
    Sample<RankedProfile<String>> one = draw(culture, 200, 99L);
    RankedProfile<String> two = culture.generate(200, 99L);
    assertThat(two).as("%s", one).isEqualTo(one.profile());
    assertThat(two.fingerprint()).as("%s", one).isEqualTo(one.profile().fingerprint());
    assertThat(two.ballots()).as("%s", one).containsExactlyElementsOf(one.profile().ballots());
    assertThat(culture.generate(200, 100L)).as("seed 100 against %s", one).isNotEqualTo(one.profile());
  }

  @Test
  void generate_sixThousandVoters_everyRankingAboutAThousandTimes() {
    Sample<RankedProfile<String>> s = draw(ImpartialCulture.of(ABC), 6000, 1L);
    assertThat(s.profile().isLinear()).as("%s", s).isTrue();
    assertThat(s.profile().distinctBallotCount()).as("%s", s).isEqualTo(6);
    // a count is binomial(6000, 1/6): standard deviation about 29; allow five of them
    assertThat(s.profile().ballots()).as("%s", s).allSatisfy(w -> assertThat(w.count()).isBetween(855L, 1145L));
  }

  @Test
  void generate_truncationAndTiesZero_sameProfileAsWithout() {
    List<String> c = List.of("a", "b", "c", "d", "e");
    Sample<RankedProfile<String>> plain = draw(ImpartialCulture.of(c), 50, 5L);
    assertThat(ImpartialCulture.of(c).withTruncation(0).withTies(0).generate(50, 5L)).as("%s", plain)
        .isEqualTo(plain.profile());
  }

  @Test
  void generate_truncationOne_everyBallotTruncatedToEachLengthAboutEquallyOften() {
    Sample<RankedProfile<String>> s = draw(ImpartialCulture.of(List.of("a", "b", "c", "d")).withTruncation(1), 4000, 8L);
    long[] byLength = new long[5];
    for (Weighted<RankedBallot<String>> w : s.profile().ballots()) {
      byLength[w.ballot().rankedCount()] += w.count();
      assertThat(w.ballot().tiers()).as("%s", s).allSatisfy(t -> assertThat(t).hasSize(1));
    }
    assertThat(byLength[4]).as("complete ballots, by length %s: %s", Arrays.toString(byLength), s).isZero();
    for (int length = 0; length < 4; length++) {
      // binomial(4000, 1/4): standard deviation about 27
      assertThat(byLength[length]).as("ballots of length %s, by length %s: %s", length, Arrays.toString(byLength), s)
          .isBetween(860L, 1140L);
    }
  }

  @Test
  void generate_tiesOne_everyBallotOneTier() {
    Sample<RankedProfile<String>> s = draw(ImpartialCulture.of(ABC).withTies(1), 20, 3L);
    assertThat(s.profile().ballots()).as("%s", s).singleElement()
        .satisfies(w -> assertThat(w.ballot().tiers()).containsExactly(List.of("a", "b", "c")));
  }

  @Test
  void generate_tiesHalf_eachAdjacentPairTiedAboutHalfTheTime() {
    Sample<RankedProfile<String>> s = draw(ImpartialCulture.of(ABC).withTies(0.5), 4000, 4L);
    Map<Integer, Long> byTiers = new HashMap<>();
    for (Weighted<RankedBallot<String>> w : s.profile().ballots()) {
      byTiers.merge(w.ballot().tiers().size(), w.count(), Long::sum);
    }
    // two independent fair coins: one tier 1/4, two tiers 1/2, three tiers 1/4
    assertThat(byTiers.get(1)).as("by number of tiers %s: %s", byTiers, s).isBetween(900L, 1100L);
    assertThat(byTiers.get(2)).as("by number of tiers %s: %s", byTiers, s).isBetween(1880L, 2120L);
    assertThat(byTiers.get(3)).as("by number of tiers %s: %s", byTiers, s).isBetween(900L, 1100L);
  }

  @Test
  void of_badCandidates_refusedNamingTheProblem() {
    assertThatThrownBy(() -> ImpartialCulture.of(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates must not be empty");
    assertThatThrownBy(() -> ImpartialCulture.of(List.of("a", "b", "a"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates must be distinct but 'a' appears twice");
    assertThatThrownBy(() -> ImpartialCulture.of(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class)
        .hasMessage("candidates has null at position 1");
    assertThatThrownBy(() -> ImpartialCulture.of(List.<Object>of(1, "1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates must have distinct names (toString) but two are called '1'");
  }

  @Test
  void withTruncationOrTies_probabilityOutsideUnitInterval_refusedNamingParameterAndValue() {
    ImpartialCulture<String> c = ImpartialCulture.of(ABC);
    assertThatThrownBy(() -> c.withTruncation(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truncation probability must be in [0, 1] but was: 1.5");
    assertThatThrownBy(() -> c.withTies(-0.1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ties probability must be in [0, 1] but was: -0.1");
    assertThatThrownBy(() -> c.withTies(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ties probability must be in [0, 1] but was: NaN");
  }

  @Test
  void generate_nonPositiveVoters_refused() {
    assertThatThrownBy(() -> ImpartialCulture.of(ABC).generate(0, 1L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("voters must be positive but was: 0");
  }

  @Test
  void equals_sameConfiguration_equalWithSameHashCodeAndToString() {
    ImpartialCulture<String> c = ImpartialCulture.of(ABC).withTruncation(0.25);
    assertThat(c).isEqualTo(ImpartialCulture.of(ABC).withTruncation(0.25))
        .hasSameHashCodeAs(ImpartialCulture.of(ABC).withTruncation(0.25))
        .isNotEqualTo(ImpartialCulture.of(ABC)).isNotEqualTo(c.withTies(0.25));
    assertThat(c.withTies(-0.0)).isEqualTo(c.withTies(0.0));
    assertThat(c.truncation()).isEqualTo(0.25);
    assertThat(c.ties()).isZero();
    assertThat(c.candidates()).isEqualTo(ABC);
    assertThat(c).hasToString("ImpartialCulture[candidates=[a, b, c], truncation=0.25, ties=0.0]");
  }
}
