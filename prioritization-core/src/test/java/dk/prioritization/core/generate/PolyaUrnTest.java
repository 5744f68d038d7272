package dk.prioritization.core.generate;

import static dk.prioritization.core.generate.SeededProfiles.draw;
import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolyaUrnTest {
  private static final List<String> FOUR = List.of("a", "b", "c", "d");

  /** How often, over {@code runs} seeds, two voters cast the same ballot. */
  private static double sameBallotRate(double alpha, int runs) {
    int same = 0;
    for (long seed = 0; seed < runs; seed++) {
      if (PolyaUrn.of(ABC, alpha).generate(2, seed).distinctBallotCount() == 1) {
        same++;
      }
    }
    return same / (double) runs;
  }

  @Test
  void generate_twoVoters_secondCopiesFirstWithProbabilityAlphaOverOnePlusAlpha() {
    // The second voter copies with probability α/(1+α), else draws afresh and still matches with
    // probability 1/3! = 1/6: for α = 1 that is 1/2 + 1/12 = 7/12.
    double sd = Math.sqrt(7 / 12.0 * 5 / 12.0 / 4000);
    assertThat(sameBallotRate(1, 4000)).as("PolyaUrn.of([a, b, c], 1).generate(2, seed), seeds 0..3999")
        .isCloseTo(7 / 12.0, within(5 * sd));
  }

  @Test
  void generate_alphaOneOverMFactorial_isImpartialAnonymousCulture() {
    // α = 1/m! gives every anonymous profile the same probability (Berg 1985). Two voters over
    // six rankings make 21 anonymous profiles, six of them with one ballot: P = 6/21 = 2/7.
    double sd = Math.sqrt(2 / 7.0 * 5 / 7.0 / 4000);
    assertThat(sameBallotRate(1 / 6.0, 4000)).as("PolyaUrn.of([a, b, c], 1/6).generate(2, seed), seeds 0..3999")
        .isCloseTo(2 / 7.0, within(5 * sd));
  }

  @Test
  void generate_alphaZero_sameProfileAsImpartialCulture() {
    for (long seed = 0; seed < 20; seed++) {
      Sample<RankedProfile<String>> ic = draw(ImpartialCulture.of(FOUR).withTruncation(0.2), 30, seed);
      assertThat(PolyaUrn.of(FOUR, 0).withTruncation(0.2).generate(30, seed)).as("%s", ic).isEqualTo(ic.profile());
    }
  }

  @Test
  void generate_hugeAlpha_everyVoterCopiesTheFirst() {
    // after the first voter the chance of a fresh draw is 1/(1 + kα) <= 1e-9
    Sample<RankedProfile<String>> s = draw(PolyaUrn.of(FOUR, 1e9), 1000, 5L);
    assertThat(s.profile().distinctBallotCount()).as("%s", s).isEqualTo(1);
    assertThat(s.profile().voterCount()).as("%s", s).isEqualTo(1000);
  }

  @Test
  void generate_largeAlpha_fewerDistinctBallotsThanImpartialCultureOnAverage() {
    List<String> five = List.of("a", "b", "c", "d", "e");
    long urn = 0;
    long ic = 0;
    for (long seed = 0; seed < 100; seed++) {
      urn += PolyaUrn.of(five, 2).generate(40, seed).distinctBallotCount();
      ic += ImpartialCulture.of(five).generate(40, seed).distinctBallotCount();
    }
    // impartial culture: about 34 distinct of 40 voters over 120 rankings; the urn with α = 2:
    // the k-th voter is fresh with probability 1/(1 + 2k), about 3 fresh draws per profile
    assertThat(urn / 100.0).as("mean distinct ballots of 40 voters over seeds 0..99: urn (alpha 2) %s, impartial"
        + " culture %s", urn / 100.0, ic / 100.0).isLessThan(ic / 200.0);
  }

  @Test
  void generate_manyVotersSmallAlpha_countsAddUp() {
    PolyaUrn<String> urn = PolyaUrn.of(List.of("a", "b", "c", "d", "e", "f", "g"), 0.001);
    RankedProfile<String> p = urn.generate(20_000, 9L);
    assertThat(p.voterCount()).as("%s.generate(20000, 9): %s", urn, p).isEqualTo(20_000);
    assertThat(p.distinctBallotCount()).as("%s.generate(20000, 9): %s", urn, p).isBetween(100, 5040);
  }

  @Test
  void generate_sameSeed_equalProfile() {
    PolyaUrn<String> u = PolyaUrn.of(FOUR, 0.3).withTies(0.3).withTruncation(0.3);
    Sample<RankedProfile<String>> s = draw(u, 100, 7L);
    assertThat(u.generate(100, 7L)).as("%s", s).isEqualTo(s.profile());
    assertThat(u.generate(100, 7L).ballots()).as("%s", s).containsExactlyElementsOf(s.profile().ballots());
  }

  @Test
  void of_badAlpha_refusedNamingParameterAndValue() {
    assertThatThrownBy(() -> PolyaUrn.of(ABC, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be finite and at least 0 but was: -1.0");
    assertThatThrownBy(() -> PolyaUrn.of(ABC, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be finite and at least 0 but was: Infinity");
    assertThatThrownBy(() -> PolyaUrn.of(ABC, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be finite and at least 0 but was: NaN");
  }

  @Test
  void equals_sameConfiguration_equalWithSameHashCodeAndToString() {
    PolyaUrn<String> u = PolyaUrn.of(ABC, 0.5).withTies(0.1);
    assertThat(u).isEqualTo(PolyaUrn.of(ABC, 0.5).withTies(0.1)).hasSameHashCodeAs(PolyaUrn.of(ABC, 0.5).withTies(0.1))
        .isNotEqualTo(PolyaUrn.of(ABC, 0.5));
    assertThat(u.alpha()).isEqualTo(0.5);
    assertThat(u).hasToString("PolyaUrn[candidates=[a, b, c], alpha=0.5, truncation=0.0, ties=0.1]");
  }
}
