package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.RankedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ballot handed to the builder as storage entries is checked and stored as the same ballot given as a value. */
class BuilderEntriesTest {
  private static final List<String> ABCD = List.of("a", "b", "c", "d");

  @Test
  void entries_giveTheSameProfileAsBallots() {
    RankedProfile.Builder<String> byEntries = Profile.ranked(ABCD);
    // d > {c, a} (the tie given in reverse order), then b unranked; and a > b > c > d twice.
    Access.addEntries(byEntries, new int[] {3, 2, 0 | RankedData.TIED}, 3, 1);
    Access.addEntries(byEntries, new int[] {0, 1, 2, 3}, 4, 2);
    RankedProfile<String> expected = Profile.ranked(ABCD)
        .add(RankedBallot.ofTiers(List.of(List.of("d"), List.of("a", "c"))), 1)
        .add(RankedBallot.of("a", "b", "c", "d"), 2)
        .build();
    RankedProfile<String> actual = byEntries.build();
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.fingerprint()).isEqualTo(expected.fingerprint());
  }

  @Test
  void entries_candidateTwiceOrOutOfRangeOrBadCount_reportedLikeBallots() {
    RankedProfile.Builder<String> b = Profile.ranked(ABCD);
    Access.addEntries(b, new int[] {1, 1}, 2, 1);
    Access.addEntries(b, new int[] {7}, 1, 1);
    Access.addEntries(b, new int[] {0}, 1, 0);
    assertThatThrownBy(b::build).isInstanceOf(ProfileException.class)
        .satisfies(e -> assertThat(((ProfileException) e).problems()).containsExactly(
            new ProfileProblem.CandidateTwice(0, "b"),
            new ProfileProblem.UnknownCandidate(1, "#7"),
            new ProfileProblem.NonPositiveCount(2, 0)));
  }
}
