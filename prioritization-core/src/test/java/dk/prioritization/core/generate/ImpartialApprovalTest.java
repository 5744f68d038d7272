package dk.prioritization.core.generate;

import static dk.prioritization.core.generate.SeededProfiles.draw;
import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.approval.ApprovalTally;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpartialApprovalTest {
  private static final List<String> SIX = List.of("a", "b", "c", "d", "e", "f");

  @Test
  void generate_seed1234567OneVoter_followsThePublishedSplitMix64Sequence() {
    // The first three SplitMix64 outputs from seed 1234567 (Rosetta Code) give the doubles
    // 0.3500..., 0.1736..., 0.5322... (upper 53 bits / 2^53); with p = 0.3 only b is approved.
    Sample<ApprovalProfile<String>> s = draw(ImpartialApproval.of(ABC, 0.3), 1, 1234567L);
    assertThat(s.profile().ballots()).as("%s", s).containsExactly(new Weighted<>(ApprovalBallot.of("b"), 1));
  }

  @Test
  void generate_pZeroOrOne_approvesNobodyOrEverybody() {
    Sample<ApprovalProfile<String>> none = draw(ImpartialApproval.of(ABC, 0), 10, 1L);
    assertThat(none.profile().ballots()).as("%s", none).containsExactly(new Weighted<>(ApprovalBallot.of(), 10));
    Sample<ApprovalProfile<String>> all = draw(ImpartialApproval.of(ABC, 1), 10, 1L);
    assertThat(all.profile().ballots()).as("%s", all)
        .containsExactly(new Weighted<>(ApprovalBallot.of("a", "b", "c"), 10));
  }

  @Test
  void generate_manyVoters_eachCandidateApprovedAboutPOfTheTime() {
    Sample<ApprovalProfile<String>> s = draw(ImpartialApproval.of(SIX, 0.3), 5000, 2L);
    ApprovalTally<String> t = ApprovalTally.of(s.profile());
    double sd = Math.sqrt(5000 * 0.3 * 0.7);
    for (String c : SIX) {
      assertThat((double) t.approvals(c)).as("approvals of %s in %s", c, s).isCloseTo(1500, within(5 * sd));
    }
    assertThat(s.profile().cap()).as("%s", s).isEmpty();
  }

  @Test
  void generate_withCap_capDeclaredAndNoBallotExceedsIt() {
    Sample<ApprovalProfile<String>> s = draw(ImpartialApproval.of(SIX, 0.7).withCap(2), 500, 3L);
    assertThat(s.profile().cap()).as("%s", s).hasValue(2);
    assertThat(s.profile().ballots()).as("%s", s)
        .allSatisfy(w -> assertThat(w.ballot().approved().size()).isLessThanOrEqualTo(2));
  }

  @Test
  void generate_withCap_ballotSizesFollowTheBinomialConditionedOnTheCap() {
    // m = 6, p = 0.5, cap 2: sizes 0, 1, 2 in proportion C(6,0) : C(6,1) : C(6,2) = 1 : 6 : 15
    int n = 22_000;
    Sample<ApprovalProfile<String>> s = draw(ImpartialApproval.of(SIX, 0.5).withCap(2), n, 4L);
    long[] bySize = new long[3];
    for (Weighted<ApprovalBallot<String>> w : s.profile().ballots()) {
      bySize[w.ballot().approved().size()] += w.count();
    }
    double[] expected = {1 / 22.0, 6 / 22.0, 15 / 22.0};
    for (int size = 0; size < 3; size++) {
      double sd = Math.sqrt(n * expected[size] * (1 - expected[size]));
      assertThat((double) bySize[size]).as("ballots of size %s in %s", size, s).isCloseTo(n * expected[size], within(5 * sd));
    }
    // given its size, each set is equally likely: 15 pairs, each about 1000 times
    assertThat(s.profile().ballots().stream().filter(w -> w.ballot().approved().size() == 2)).as("%s", s)
        .hasSize(15).allSatisfy(w -> assertThat(w.count()).isBetween(850L, 1150L));
  }

  @Test
  void generate_withCapAndPOne_everyBallotApprovesExactlyCapCandidates() {
    Sample<ApprovalProfile<String>> s = draw(ImpartialApproval.of(SIX, 1).withCap(3), 300, 5L);
    assertThat(s.profile().ballots()).as("%s", s).allSatisfy(w -> assertThat(w.ballot().approved()).hasSize(3));
    assertThat(s.profile().distinctBallotCount()).as("%s", s).isEqualTo(20); // all C(6, 3) sets turn up in 300 draws
  }

  @Test
  void generate_withCapAtLeastM_sameBallotsAsWithoutButCapDeclared() {
    Sample<ApprovalProfile<String>> capped = draw(ImpartialApproval.of(ABC, 0.5).withCap(3), 50, 6L);
    Sample<ApprovalProfile<String>> plain = draw(ImpartialApproval.of(ABC, 0.5), 50, 6L);
    assertThat(capped.profile().ballots()).as("%s against %s", capped, plain)
        .containsExactlyElementsOf(plain.profile().ballots());
    assertThat(capped.profile().cap()).as("%s", capped).hasValue(3);
    assertThat(capped.profile()).as("%s", capped).isNotEqualTo(plain.profile());
  }

  @Test
  void sizeDistribution_extremeP_staysFinite() {
    double[] cumulative = ImpartialApproval.sizeDistribution(400, 0.999999, 300);
    assertThat(java.util.Arrays.stream(cumulative).allMatch(Double::isFinite)).isTrue();
    assertThat(cumulative[300]).isPositive();
    assertThat(ImpartialApproval.pick(cumulative, cumulative[300] * 0.5)).isEqualTo(300);
    Sample<ApprovalProfile<String>> s =
        draw(ImpartialApproval.of(List.of("a", "b", "c", "d", "e", "f", "g", "h"), 0.999).withCap(1), 20, 1L);
    assertThat(s.profile().ballots()).as("%s", s).allSatisfy(w -> assertThat(w.ballot().approved()).hasSize(1));
  }

  @Test
  void of_badParameters_refusedNamingParameterAndValue() {
    assertThatThrownBy(() -> ImpartialApproval.of(ABC, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be in [0, 1] but was: 2.0");
    assertThatThrownBy(() -> ImpartialApproval.of(ABC, 0.5).withCap(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cap must be positive but was: 0");
    assertThatThrownBy(() -> ImpartialApproval.of(ABC, 0.5).generate(-3, 1L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("voters must be positive but was: -3");
  }

  @Test
  void equals_sameConfiguration_equalWithSameHashCodeAndToString() {
    ImpartialApproval<String> a = ImpartialApproval.of(ABC, 0.5).withCap(2);
    assertThat(a).isEqualTo(ImpartialApproval.of(ABC, 0.5).withCap(2))
        .hasSameHashCodeAs(ImpartialApproval.of(ABC, 0.5).withCap(2)).isNotEqualTo(ImpartialApproval.of(ABC, 0.5));
    assertThat(a.p()).isEqualTo(0.5);
    assertThat(a.cap()).hasValue(2);
    assertThat(ImpartialApproval.of(ABC, 0.5).cap()).isEmpty();
    assertThat(a).hasToString("ImpartialApproval[candidates=[a, b, c], p=0.5, cap=2]");
  }
}
