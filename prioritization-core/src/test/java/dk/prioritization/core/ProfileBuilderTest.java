package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile builders: what they keep, and every kind of bad input they report. */
class ProfileBuilderTest {
  private static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void build_identicalBallots_collapseIntoOneEntryWithSummedCount() {
    RankedProfile<String> p = Profile.ranked(ABC)
        .add(RankedBallot.of("a", "b", "c"), 1_000_000)
        .add(RankedBallot.of("a", "b", "c"), 5)
        .add(RankedBallot.of("b", "a", "c"))
        .build();
    assertThat(p.distinctBallotCount()).isEqualTo(2);
    assertThat(p.voterCount()).isEqualTo(1_000_006);
    assertThat(p.ballots().get(0)).isEqualTo(new Weighted<>(RankedBallot.of("a", "b", "c"), 1_000_005));
    assertThat(p.isLinear()).isTrue();
  }

  @Test
  void build_tiedTierInAnyOrder_isTheSameBallot() {
    RankedProfile<String> p = Profile.ranked(ABC)
        .add(RankedBallot.ofTiers(List.of(List.of("b", "a"), List.of("c"))))
        .add(RankedBallot.ofTiers(List.of(List.of("a", "b"), List.of("c"))))
        .build();
    assertThat(p.distinctBallotCount()).isEqualTo(1);
    assertThat(p.hasTies()).isTrue();
    assertThat(p.ballots().get(0).ballot().toString()).isEqualTo("{a, b} > c");
  }

  @Test
  void build_truncatedAndEmptyBallots_areKeptAsGiven() {
    RankedProfile<String> p = Profile.ranked(ABC)
        .add(RankedBallot.of("c"), 2)
        .add(RankedBallot.empty(), 3)
        .build();
    assertThat(p.isTruncated()).isTrue();
    assertThat(p.ballots()).containsExactly(
        new Weighted<>(RankedBallot.of("c"), 2), new Weighted<>(RankedBallot.empty(), 3));
  }

  @Test
  void build_unknownCandidate_namesBallotAndCandidate() {
    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> Profile.ranked(ABC).add(RankedBallot.of("a")).add(RankedBallot.of("a", "x")).build());
    assertThat(e.problems()).containsExactly(new ProfileProblem.UnknownCandidate(1, "x"));
    assertThat(e).hasMessage("ballot 1 names unknown candidate 'x'");
  }

  @Test
  void build_candidateRankedTwice_namesBallotAndCandidate() {
    assertThatThrownBy(() -> Profile.ranked(ABC).add(RankedBallot.ofTiers(List.of(List.of("a"), List.of("b", "a")))).build())
        .isInstanceOf(ProfileException.class)
        .hasMessage("ballot 0 names candidate 'a' twice");
  }

  @Test
  void build_emptyTier_namesBallotAndTier() {
    assertThatThrownBy(() -> Profile.ranked(ABC).add(RankedBallot.ofTiers(List.of(List.of("a"), List.of()))).build())
        .isInstanceOf(ProfileException.class)
        .hasMessage("ballot 0 has an empty tier at position 1");
  }

  @Test
  void build_zeroOrNegativeCount_namesBallotAndCount() {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profile.ranked(ABC)
        .add(RankedBallot.of("a"), 0).add(RankedBallot.of("b"), -4).add(RankedBallot.of("c"), 1).build());
    assertThat(e.problems()).containsExactly(
        new ProfileProblem.NonPositiveCount(0, 0), new ProfileProblem.NonPositiveCount(1, -4));
    assertThat(e.getMessage()).contains("ballot 1 has count -4 but a count must be positive");
  }

  @Test
  void build_countsOverflowingLong_reportedNotWrapped() {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profile.ranked(ABC)
        .add(RankedBallot.of("a"), Long.MAX_VALUE).add(RankedBallot.of("b"), 1).build());
    assertThat(e.problems()).containsExactly(new ProfileProblem.CountOverflow(1, 1));
  }

  @Test
  void build_noBallots_reportsEmptyProfile() {
    assertThatThrownBy(() -> Profile.ranked(ABC).build())
        .isInstanceOf(ProfileException.class)
        .hasMessage("the profile has no ballots");
  }

  @Test
  void build_duplicateCandidateInList_namesItAndBothPositions() {
    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> Profile.ranked(List.of("a", "b", "a")).add(RankedBallot.of("a")).build());
    assertThat(e.problems()).containsExactly(new ProfileProblem.DuplicateCandidate("a", 0, 2));
    assertThat(e).hasMessage("candidate 'a' is listed twice, at positions 0 and 2");
  }

  @Test
  void build_candidatesWithTheSameName_rejectedBecauseNamesMustIdentify() {
    record Task(int id) {
      @Override
      public String toString() {
        return "task";
      }
    }
    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> Profile.ranked(List.of(new Task(1), new Task(2))).add(RankedBallot.of(new Task(1))).build());
    assertThat(e.problems()).containsExactly(new ProfileProblem.DuplicateCandidate("task", 0, 1));
  }

  @Test
  void build_noCandidates_reported() {
    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> Profile.ranked(List.<String>of()).add(RankedBallot.empty()).build());
    assertThat(e.problems()).contains(new ProfileProblem.NoCandidates());
  }

  @Test
  void build_manyProblems_allReportedAtOnceInOrder() {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profile.ranked(ABC)
        .add(RankedBallot.of("a", "z"))
        .add(RankedBallot.of("b", "b"), 0)
        .add(RankedBallot.of("c"))
        .build());
    assertThat(e.problems()).containsExactly(
        new ProfileProblem.UnknownCandidate(0, "z"),
        new ProfileProblem.NonPositiveCount(1, 0),
        new ProfileProblem.CandidateTwice(1, "b"));
    assertThat(e.getMessage()).startsWith("3 problems in the profile:")
        .contains("ballot 0 names unknown candidate 'z'")
        .contains("ballot 1 names candidate 'b' twice");
  }

  @Test
  void build_moreThanTwentyProblems_messageListsTwentyAndCountsTheRest() {
    RankedProfile.Builder<String> b = Profile.ranked(ABC);
    for (int i = 0; i < 25; i++) {
      b.add(RankedBallot.of("x" + i));
    }
    ProfileException e = catchThrowableOfType(ProfileException.class, b::build);
    assertThat(e.problems()).hasSize(25);
    assertThat(e.getMessage()).startsWith("25 problems").contains("... and 5 more (see problems())");
  }

  @Test
  void approval_overCap_namesBallotAndCap() {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profile.approval(ABC).cap(2)
        .add(ApprovalBallot.of("a", "b")).add(ApprovalBallot.of("a", "b", "c")).build());
    assertThat(e.problems()).containsExactly(new ProfileProblem.OverApprovalCap(1, 3, 2));
    assertThat(e).hasMessage("ballot 1 approves 3 candidates but at most 2 are allowed");
  }

  @Test
  void approval_candidateTwice_reportedNotMerged() {
    assertThatThrownBy(() -> Profile.approval(ABC).add(ApprovalBallot.of("a", "a")).build())
        .isInstanceOf(ProfileException.class)
        .hasMessage("ballot 0 names candidate 'a' twice");
  }

  @Test
  void approval_capAfterBallots_refused() {
    ApprovalProfile.Builder<String> b = Profile.approval(ABC).add(ApprovalBallot.of("a"));
    assertThatThrownBy(() -> b.cap(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void approval_ballotsKeepTheirContentAndCap() {
    ApprovalProfile<String> p = Profile.approval(ABC).cap(2)
        .add(ApprovalBallot.of("c", "a"), 3).add(ApprovalBallot.of("a", "c")).add(ApprovalBallot.of()).build();
    assertThat(p.cap()).hasValue(2);
    assertThat(p.distinctBallotCount()).isEqualTo(2);
    assertThat(p.ballots().get(0)).isEqualTo(new Weighted<>(ApprovalBallot.of("a", "c"), 4));
  }

  @Test
  void scores_gradeOffScale_namesBallotCandidateAndScale() {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profile.scores(ABC, 0, 5)
        .add(ScoreBallot.of(Map.of("a", 5, "b", 6, "c", 0))).build());
    assertThat(e.problems()).containsExactly(new ProfileProblem.GradeOffScale(0, "b", 6, 0, 5));
    assertThat(e).hasMessage("ballot 0 grades candidate 'b' 6, off the scale 0..5");
  }

  @Test
  void scores_ungradedCandidate_reportedUnlessDeclared() {
    ScoreBallot<String> partial = ScoreBallot.of(Map.of("a", 5));
    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> Profile.scores(ABC, 0, 5).add(partial).build());
    assertThat(e.problems()).containsExactly(
        new ProfileProblem.MissingGrade(0, "b"), new ProfileProblem.MissingGrade(0, "c"));

    ScoreProfile<String> p = Profile.scores(ABC, 0, 5).ungradedAs(0).add(partial).build();
    assertThat(p.ballots().get(0).ballot().grades()).containsExactly(
        Map.entry("a", 5), Map.entry("b", 0), Map.entry("c", 0));
  }

  @Test
  void scores_emptyScale_refused() {
    assertThatThrownBy(() -> Profile.scores(ABC, 5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5..0");
  }

  @Test
  void cumulative_overBudget_namesBallotSpentAndBudget() {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profile.cumulative(ABC, 10)
        .add(CumulativeBallot.of(Map.of("a", 6, "b", 5))).build());
    assertThat(e.problems()).containsExactly(new ProfileProblem.OverBudget(0, 11, 10));
    assertThat(e).hasMessage("ballot 0 spends 11 points but the budget is 10");
  }

  @Test
  void cumulative_negativePoints_namesBallotAndCandidate() {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profile.cumulative(ABC, 10)
        .add(CumulativeBallot.of(Map.of("a", 12, "b", -3))).build());
    assertThat(e.problems()).contains(new ProfileProblem.NegativePoints(0, "b", -3));
    assertThat(e.getMessage()).contains("ballot 0 gives candidate 'b' -3 points, below 0");
  }

  @Test
  void cumulative_unmentionedCandidatesGetNothing() {
    CumulativeProfile<String> p = Profile.cumulative(ABC, 10).add(CumulativeBallot.of(Map.of("b", 7))).build();
    assertThat(p.ballots().get(0).ballot().points()).containsExactly(Map.entry("b", 7));
    assertThat(p.budget()).isEqualTo(10);
  }

  @Test
  void indexOf_unknownCandidate_namesIt() {
    RankedProfile<String> p = Profile.ranked(ABC).add(RankedBallot.of("a")).build();
    assertThat(p.indexOf("c")).isEqualTo(2);
    assertThatThrownBy(() -> p.indexOf("q")).hasMessageContaining("unknown candidate 'q'");
  }

  @Test
  void ballots_viewIsReadOnly() {
    RankedProfile<String> p = Profile.ranked(ABC).add(RankedBallot.of("a")).build();
    assertThatThrownBy(() -> p.ballots().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
