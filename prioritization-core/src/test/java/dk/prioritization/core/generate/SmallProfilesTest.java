package dk.prioritization.core.generate;

import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The enumerations behind the exhaustive property tests are complete and free of repeats. */
class SmallProfilesTest {

  @Test
  void enumerations_threeCandidates_haveTheTextbookCounts() {
    assertThat(SmallProfiles.strictRankings(ABC)).hasSize(6).doesNotHaveDuplicates();
    // ordered Bell (Fubini) number of 3: 13 weak orders
    assertThat(SmallProfiles.weakOrders(ABC)).hasSize(13).doesNotHaveDuplicates();
    // 1 empty + 3 of one + 6 of two + 6 of three
    assertThat(SmallProfiles.strictBallots(ABC)).hasSize(16).doesNotHaveDuplicates();
    // weak orders of every subset: 1 + 3·1 + 3·3 + 13
    assertThat(SmallProfiles.rankedBallots(ABC)).hasSize(26).doesNotHaveDuplicates()
        .contains(RankedBallot.empty(), RankedBallot.of("b"),
            RankedBallot.ofTiers(List.of(List.of("a", "c"))), RankedBallot.ofTiers(List.of(List.of("a", "b", "c"))));
    assertThat(SmallProfiles.approvalBallots(ABC)).hasSize(8).doesNotHaveDuplicates();
  }

  @Test
  void multisets_sixRankingsOneToFiveVoters_are461DistinctProfiles() {
    // C(6+n-1, n) for n = 1..5: 6 + 21 + 56 + 126 + 252
    List<SmallProfiles.Sample<RankedProfile<String>>> samples =
        SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 5);
    assertThat(samples).hasSize(461);
    assertThat(new HashSet<>(samples.stream().map(s -> s.profile()).toList())).hasSize(461);
  }

  @Test
  void raises_eachStep_improvesOnlyTheRaisedCandidate() {
    for (RankedBallot<String> ballot : SmallProfiles.rankedBallots(ABC)) {
      for (String w : ABC) {
        for (RankedBallot<String> raised : SmallProfiles.raises(ballot, w, true)) {
          assertThat(raised.tiers()).as("%s raised for %s", ballot, w).isNotEqualTo(ballot.tiers());
          for (String x : ABC) {
            for (String y : ABC) {
              if (x.equals(y)) {
                continue;
              }
              boolean before = SmallProfiles.prefers(ballot, x, y);
              boolean after = SmallProfiles.prefers(raised, x, y);
              if (!x.equals(w) && !y.equals(w)) {
                assertThat(after).as("%s -> %s: %s over %s", ballot, raised, x, y).isEqualTo(before);
              } else if (x.equals(w)) {
                assertThat(after || !before).as("%s -> %s: %s over %s", ballot, raised, x, y).isTrue();
              } else {
                assertThat(!after || before).as("%s -> %s: %s over %s", ballot, raised, x, y).isTrue();
              }
            }
          }
        }
      }
    }
  }
}
