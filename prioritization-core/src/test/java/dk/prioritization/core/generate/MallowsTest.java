package dk.prioritization.core.generate;

import static dk.prioritization.core.generate.SeededProfiles.draw;
import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class MallowsTest {
  private static final List<String> FIVE = List.of("a", "b", "c", "d", "e");

  /** The number of pairs that {@code ballot} (complete, strict) orders differently from {@code reference}. */
  static int kendallTau(RankedBallot<String> ballot, List<String> reference) {
    int d = 0;
    for (int i = 0; i < reference.size(); i++) {
      for (int j = i + 1; j < reference.size(); j++) {
        if (SmallProfiles.prefers(ballot, reference.get(j), reference.get(i))) {
          d++;
        }
      }
    }
    return d;
  }

  /** The mean distance from {@code reference} over the voters of {@code p}. */
  static double meanDistance(RankedProfile<String> p, List<String> reference) {
    double sum = 0;
    for (Weighted<RankedBallot<String>> w : p.ballots()) {
      sum += (double) kendallTau(w.ballot(), reference) * w.count();
    }
    return sum / p.voterCount();
  }

  /**
   * The expected Kendall tau distance under Mallows: the sum over insertions of the mean of a
   * geometric weight φ^d truncated to d = 0..i-1, for i = 1..m slots.
   */
  static double expectedDistance(int m, double phi) {
    double total = 0;
    for (int slots = 1; slots <= m; slots++) {
      double num = 0;
      double den = 0;
      double w = 1;
      for (int d = 0; d < slots; d++) {
        num += d * w;
        den += w;
        w *= phi;
      }
      total += num / den;
    }
    return total;
  }

  @Test
  void generate_phiZero_everyVoterCastsTheReference() {
    Sample<RankedProfile<String>> s = draw(Mallows.of(FIVE, 0), 300, 1L);
    assertThat(s.profile().ballots()).as("%s", s).containsExactly(new Weighted<>(RankedBallot.strict(FIVE), 300));
    List<String> reference = List.of("c", "e", "a", "d", "b");
    Sample<RankedProfile<String>> r = draw(Mallows.of(FIVE, 0).withReference(reference), 300, 1L);
    assertThat(r.profile().ballots()).as("%s", r).containsExactly(new Weighted<>(RankedBallot.strict(reference), 300));
  }

  @Test
  void generate_phiHalfThreeCandidates_eachRankingWithProbabilityPhiToTheDistance() {
    // P(r) = 0.5^d(r) / Z with Z = 1 + 2(0.5) + 2(0.25) + 0.125 = 2.625 over the six rankings
    int n = 21_000;
    Sample<RankedProfile<String>> s = draw(Mallows.of(ABC, 0.5), n, 2L);
    assertThat(s.profile().distinctBallotCount()).as("%s", s).isEqualTo(6);
    for (Weighted<RankedBallot<String>> w : s.profile().ballots()) {
      double prob = Math.pow(0.5, kendallTau(w.ballot(), ABC)) / 2.625;
      double sd = Math.sqrt(n * prob * (1 - prob));
      assertThat((double) w.count()).as("%s in %s", w.ballot(), s).isCloseTo(n * prob, within(5 * sd));
    }
  }

  @Test
  void generate_growingPhi_meanDistanceGrowsAsTheModelSays() {
    double previous = -1;
    for (double phi : new double[] {0, 0.1, 0.3, 0.5, 0.7, 0.9, 1}) {
      Sample<RankedProfile<String>> s = draw(Mallows.of(FIVE, phi), 4000, 11L);
      double mean = meanDistance(s.profile(), FIVE);
      // the distance has standard deviation at most about 2 for five candidates: 0.15 is five
      // standard errors of a mean over 4000 voters
      assertThat(mean).as("mean distance, previous %s: %s", previous, s).isCloseTo(expectedDistance(5, phi), within(0.15))
          .isGreaterThan(previous);
      previous = mean;
    }
    assertThat(expectedDistance(5, 1)).isEqualTo(5.0); // m(m-1)/4: impartial culture
  }

  @Test
  void generate_phiOne_everyRankingAboutEquallyOften() {
    Sample<RankedProfile<String>> s = draw(Mallows.of(ABC, 1), 6000, 3L);
    assertThat(s.profile().ballots()).as("%s", s).hasSize(6).allSatisfy(w -> assertThat(w.count()).isBetween(855L, 1145L));
  }

  @Test
  void generate_sameSeed_equalProfile() {
    Mallows<String> m = Mallows.of(FIVE, 0.4).withReference(List.of("e", "d", "c", "b", "a")).withTies(0.2).withTruncation(0.2);
    Sample<RankedProfile<String>> s = draw(m, 100, 7L);
    assertThat(m.generate(100, 7L)).as("%s", s).isEqualTo(s.profile());
    assertThat(m.generate(100, 7L).ballots()).as("%s", s).containsExactlyElementsOf(s.profile().ballots());
  }

  @Test
  void of_phiOutsideUnitInterval_refusedNamingParameterAndValue() {
    assertThatThrownBy(() -> Mallows.of(ABC, 1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phi must be in [0, 1] but was: 1.5");
    assertThatThrownBy(() -> Mallows.of(ABC, -0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phi must be in [0, 1] but was: -0.5");
    assertThatThrownBy(() -> Mallows.of(ABC, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phi must be in [0, 1] but was: NaN");
  }

  @Test
  void withReference_notAnOrderingOfTheCandidates_refused() {
    Mallows<String> m = Mallows.of(ABC, 0.5);
    assertThatThrownBy(() -> m.withReference(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference must order the candidates [a, b, c], each once, but was: [a, b]");
    assertThatThrownBy(() -> m.withReference(List.of("a", "b", "b"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withReference(List.of("a", "b", "x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equals_sameConfiguration_equalWithSameHashCodeAndToString() {
    Mallows<String> m = Mallows.of(ABC, 0.5).withReference(List.of("b", "a", "c"));
    assertThat(m).isEqualTo(Mallows.of(ABC, 0.5).withReference(List.of("b", "a", "c")))
        .hasSameHashCodeAs(Mallows.of(ABC, 0.5).withReference(List.of("b", "a", "c")))
        .isNotEqualTo(Mallows.of(ABC, 0.5));
    assertThat(m.phi()).isEqualTo(0.5);
    assertThat(m.reference()).containsExactly("b", "a", "c");
    assertThat(m.candidates()).isEqualTo(ABC);
    assertThat(m).hasToString("Mallows[candidates=[a, b, c], phi=0.5, reference=[b, a, c], truncation=0.0, ties=0.0]");
  }
}
