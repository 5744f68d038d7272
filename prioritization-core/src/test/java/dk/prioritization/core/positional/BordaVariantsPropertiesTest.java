package dk.prioritization.core.positional;

import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.UnsupportedBallotException;
import dk.prioritization.core.generate.ProfileGenerator;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the five Borda variants relate, as {@link Borda}'s Javadoc states it: on complete strict
 * ballots they rank alike, with symmetric = 2·standard - (m-1)·n, averaged = pessimistic =
 * standard and modified = standard + n; on any ballots symmetric = 2·averaged - (m-1)·n, so the
 * two rank alike. Checked on every small profile and on seeded random ones.
 */
class BordaVariantsPropertiesTest {

  private static final List<Sample<RankedProfile<String>>> LINEAR =
      SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 5);

  /** Every profile of up to three voters casting any of the 26 ballots, and up to four casting weak orders. */
  private static final List<Sample<RankedProfile<String>>> UNTIDY = untidy();

  private static List<Sample<RankedProfile<String>>> untidy() {
    List<Sample<RankedProfile<String>>> out =
        new ArrayList<>(SmallProfiles.rankedSamples("any", ABC, SmallProfiles.rankedBallots(ABC), 1, 3));
    out.addAll(SmallProfiles.rankedSamples("weak", ABC, SmallProfiles.weakOrders(ABC), 4, 4));
    return out;
  }

  static LongStream seeds() {
    return SeededProfiles.seeds();
  }

  @Test
  void tally_linearProfiles_variantsRelateAsDocumented() {
    LINEAR.forEach(BordaVariantsPropertiesTest::checkLinear);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tally_seededLinearProfiles_variantsRelateAsDocumented(long seed) {
    checkLinear(SeededProfiles.first(SeededProfiles.rankedCultures(seed).get(0), seed));
  }

  private static void checkLinear(Sample<RankedProfile<String>> s) {
    RankedProfile<String> p = s.profile();
    long n = p.voterCount();
    long m = p.candidateCount();
    var standard = Borda.standard().rank(p);
    for (Borda.Variant v : Borda.Variant.values()) {
      assertThat(Borda.of(v).rank(p).ranking()).as("%s on %s", v, s).isEqualTo(standard.ranking());
    }
    for (String c : p.candidates()) {
      Rational b = standard.score(c);
      Supplier<String> what = () -> "candidate " + c + " of " + s;
      assertThat(Borda.symmetric().tally(p).points(c)).as(what)
          .isEqualTo(b.times(Rational.of(2)).minus(Rational.of((m - 1) * n)));
      assertThat(Borda.averaged().tally(p).points(c)).as(what).isEqualTo(b);
      assertThat(Borda.pessimistic().tally(p).points(c)).as(what).isEqualTo(b);
      assertThat(Borda.modified().tally(p).points(c)).as(what).isEqualTo(b.plus(Rational.of(n)));
    }
  }

  @Test
  void tally_untidyProfiles_symmetricIsTwiceAveragedMinusVotersTimesMMinusOne() {
    UNTIDY.forEach(BordaVariantsPropertiesTest::checkUntidy);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tally_seededUntidyProfiles_symmetricIsTwiceAveragedMinusVotersTimesMMinusOne(long seed) {
    List<ProfileGenerator<RankedProfile<String>>> cultures = SeededProfiles.rankedCultures(seed);
    checkUntidy(SeededProfiles.first(cultures.get(1), seed));
    checkUntidy(SeededProfiles.first(cultures.get(2), seed));
  }

  private static void checkUntidy(Sample<RankedProfile<String>> s) {
    RankedProfile<String> p = s.profile();
    Rational offset = Rational.of((p.candidateCount() - 1L) * p.voterCount());
    PositionalTally<String> averaged = Borda.averaged().tally(p);
    PositionalTally<String> symmetric = Borda.symmetric().tally(p);
    for (String c : p.candidates()) {
      assertThat(symmetric.points(c)).as("candidate %s of %s", c, s)
          .isEqualTo(averaged.points(c).times(Rational.of(2)).minus(offset));
    }
    assertThat(Borda.symmetric().rank(p).ranking()).as("%s", s).isEqualTo(Borda.averaged().rank(p).ranking());
  }

  @Test
  void rank_truncatedOrTiedBallot_standardRefusesItAndTheOthersCount() {
    for (RankedBallot<String> ballot : SmallProfiles.rankedBallots(ABC)) {
      RankedProfile<String> p = Profile.ranked(ABC).add(ballot).build();
      if (p.isLinear()) {
        continue;
      }
      assertThatThrownBy(() -> Borda.standard().rank(p)).as("ballot %s", ballot)
          .isInstanceOf(UnsupportedBallotException.class);
      for (Borda.Variant v : List.of(Borda.Variant.SYMMETRIC, Borda.Variant.AVERAGED, Borda.Variant.PESSIMISTIC,
          Borda.Variant.MODIFIED)) {
        assertThat(Borda.of(v).rank(p).ranking().candidates()).as("%s on ballot %s", v, ballot)
            .containsExactlyInAnyOrderElementsOf(ABC);
      }
    }
  }
}
