package dk.prioritization.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rule;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.approval.SatisfactionApproval;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.Dowdall;
import dk.prioritization.core.positional.Plurality;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same generator and seed give an equal profile, with the same fingerprint and ballots in the
 * same order, and so equal result fingerprints; different seeds give different profiles.
 */
class DeterminismTest {

  static LongStream seeds() {
    return SeededProfiles.seeds();
  }

  private static void checkTwoRuns(ProfileGenerator<? extends Profile<String>> culture, long voters, long seed,
      List<Rule> rules) {
    Profile<String> one = culture.generate(voters, seed);
    Profile<String> two = culture.generate(voters, seed);
    Supplier<String> what = () -> culture + ".generate(" + voters + ", " + seed + "): " + SmallProfiles.describe(one);
    assertThat(two).as(what).isEqualTo(one);
    assertThat(two.fingerprint()).as(what).isEqualTo(one.fingerprint());
    assertThat(List.copyOf(two.ballots())).as(what).isEqualTo(List.copyOf(one.ballots()));
    for (Rule rule : rules) {
      assertThat(rule.rank(two).fingerprint()).as("%s on %s", rule, what).isEqualTo(rule.rank(one).fingerprint());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generate_sameSeedTwice_equalProfilesAndResultFingerprints(long seed) {
    List<ProfileGenerator<RankedProfile<String>>> cultures = SeededProfiles.rankedCultures(seed);
    checkTwoRuns(cultures.get(0), SeededProfiles.voters(seed), seed, List.of(Borda.standard(), Plurality.rule()));
    checkTwoRuns(cultures.get(1), SeededProfiles.voters(seed), seed, List.of(Borda.symmetric(), Dowdall.rule()));
    checkTwoRuns(cultures.get(2), SeededProfiles.voters(seed), seed, List.of(Borda.averaged()));
    checkTwoRuns(SeededProfiles.approvalCulture(seed), SeededProfiles.voters(seed), seed,
        List.of(Approval.rule(), SatisfactionApproval.rule()));
    checkTwoRuns(ImpartialScores.of(SeededProfiles.candidates(4), 0, 5), SeededProfiles.voters(seed), seed, List.of());
  }

  @org.junit.jupiter.api.Test
  void generate_differentSeeds_differentProfiles() {
    Set<String> fingerprints = new HashSet<>();
    ProfileGenerator<RankedProfile<String>> culture = Mallows.of(SeededProfiles.candidates(5), 0.8).withTruncation(0.2);
    for (long seed = 0; seed < 200; seed++) {
      fingerprints.add(culture.generate(20, seed).fingerprint());
    }
    assertThat(fingerprints).hasSize(200);
  }
}
