package dk.prioritization.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.Plurality;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generator that rarely makes the interesting case is a broken generator: over the seeds the
 * property tests use, count how often the profiles have tied results, truncated ballots, tied
 * ballots and empty ballots, and fail if one of them (almost) never happens.
 */
class GeneratorSanityTest {

  private static boolean tied(Ranking<String> r) {
    return r.tiers().stream().anyMatch(t -> t.size() > 1);
  }

  @Test
  void generate_seededRankedCultures_tiesTruncationAndEmptyBallotsOccurOften() {
    int bordaTies = 0;
    int pluralityTies = 0;
    int truncatedProfiles = 0;
    int tiedProfiles = 0;
    int untidyProfiles = 0;
    long voters = 0;
    long truncatedVoters = 0;
    long emptyBallots = 0;
    for (long seed = 0; seed < SeededProfiles.SEEDS; seed++) {
      List<ProfileGenerator<RankedProfile<String>>> cultures = SeededProfiles.rankedCultures(seed);
      RankedProfile<String> linear = SeededProfiles.first(cultures.get(0), seed).profile();
      bordaTies += tied(Borda.standard().rank(linear).ranking()) ? 1 : 0;
      pluralityTies += tied(Plurality.rule().rank(linear).ranking()) ? 1 : 0;
      RankedProfile<String> truncated = SeededProfiles.first(cultures.get(1), seed).profile();
      truncatedProfiles += truncated.isTruncated() ? 1 : 0;
      for (Weighted<RankedBallot<String>> w : truncated.ballots()) {
        voters += w.count();
        truncatedVoters += w.ballot().rankedCount() < truncated.candidateCount() ? w.count() : 0;
        emptyBallots += w.ballot().rankedCount() == 0 ? w.count() : 0;
      }
      RankedProfile<String> untidy = SeededProfiles.first(cultures.get(2), seed).profile();
      tiedProfiles += untidy.hasTies() ? 1 : 0;
      untidyProfiles += untidy.isLinear() ? 0 : 1;
    }
    String counts = "of " + SeededProfiles.SEEDS + " seeds: Borda ties " + bordaTies + ", plurality ties "
        + pluralityTies + ", truncated profiles " + truncatedProfiles + ", tied profiles " + tiedProfiles
        + ", untidy profiles " + untidyProfiles + "; truncated voters " + truncatedVoters + " of " + voters
        + ", empty ballots " + emptyBallots;
    assertThat(bordaTies).as(counts).isGreaterThanOrEqualTo(20);
    assertThat(pluralityTies).as(counts).isGreaterThanOrEqualTo(40);
    assertThat(truncatedProfiles).as(counts).isGreaterThanOrEqualTo(150);
    assertThat(tiedProfiles).as(counts).isGreaterThanOrEqualTo(60);
    assertThat(untidyProfiles).as(counts).isGreaterThanOrEqualTo(150);
    // each ballot is truncated with probability 0.4
    assertThat((double) truncatedVoters / voters).as(counts).isBetween(0.33, 0.47);
    assertThat(emptyBallots).as(counts).isPositive();
  }

  @Test
  void generate_seededApprovalCultures_tiedResultsCapsAndEmptyBallotsOccur() {
    int ties = 0;
    int capped = 0;
    int withEmpty = 0;
    for (long seed = 0; seed < SeededProfiles.SEEDS; seed++) {
      ApprovalProfile<String> p = SeededProfiles.first(SeededProfiles.approvalCulture(seed), seed).profile();
      ties += tied(Approval.rule().rank(p).ranking()) ? 1 : 0;
      capped += p.cap().isPresent() ? 1 : 0;
      withEmpty += p.ballots().stream().anyMatch(w -> w.ballot().approved().isEmpty()) ? 1 : 0;
    }
    String counts = "of " + SeededProfiles.SEEDS + " seeds: tied results " + ties + ", capped " + capped
        + ", with an empty ballot " + withEmpty;
    assertThat(ties).as(counts).isGreaterThanOrEqualTo(40);
    assertThat(capped).as(counts).isGreaterThanOrEqualTo(60);
    assertThat(withEmpty).as(counts).isGreaterThanOrEqualTo(20);
  }
}
