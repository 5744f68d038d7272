package dk.prioritization.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Approval and satisfaction approval on hand-worked profiles. */
class ApprovalRulesTest {

  /**
   * Satisfaction approval reverses approval here, the effect Brams and Kilgour describe
   * ("Satisfaction approval voting", 2014, section 2): a candidate approved by many voters who
   * each approve many candidates gets less than one approved by fewer, more focused voters.
   * 3 voters approve {a, b, c}; 2 voters approve {d}.
   */
  private static ApprovalProfile<String> focused() {
    return Profile.approval(List.of("a", "b", "c", "d"))
        .add(ApprovalBallot.of("a", "b", "c"), 3)
        .add(ApprovalBallot.of("d"), 2)
        .build();
  }

  @Test
  void approval_handExample_countsApprovals() {
    // a, b, c: 3 approvals each; d: 2.
    Result<String> r = Approval.rule().rank(focused());
    assertThat(r.ranking().tiers()).containsExactly(Set.of("a", "b", "c"), Set.of("d"));
    assertThat(r.score("d")).isEqualTo(Rational.of(2));
  }

  @Test
  void satisfactionApproval_handExample_favoursFocusedVoters() {
    // a, b, c: 3 voters * 1/3 = 1 each; d: 2 voters * 1 = 2.
    Result<String> r = SatisfactionApproval.rule().rank(focused());
    assertThat(r.scores()).containsExactly(
        Map.entry("a", Rational.ONE), Map.entry("b", Rational.ONE), Map.entry("c", Rational.ONE),
        Map.entry("d", Rational.of(2)));
    assertThat(r.winners()).containsExactly("d");
  }

  @Test
  void satisfactionApproval_fractionsStayExact() {
    // a: 1/2 + 1/3 = 5/6; b: 1/2; c: 1/3; d: 1/3.
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d"))
        .add(ApprovalBallot.of("a", "b")).add(ApprovalBallot.of("a", "c", "d")).build();
    assertThat(SatisfactionApproval.rule().rank(p).score("a")).isEqualTo(Rational.of(5, 6));
  }

  @Test
  void approval_emptyBallots_countAsVotersApprovingNobody() {
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b")).add(ApprovalBallot.of(), 4).add(ApprovalBallot.of("b")).build();
    ApprovalTally<String> t = ApprovalTally.of(p);
    assertThat(t.voters()).isEqualTo(5);
    assertThat(t.emptyBallots()).isEqualTo(4);
    assertThat(Approval.rule().rank(p).ranking().candidates()).containsExactly("b", "a");
  }

  @Test
  void approvalWithCap_ballotOverCap_refusedNamingIt() {
    assertThatThrownBy(() -> Approval.withCap(2).rank(focused()))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("cannot count the ballot [a, b, c] (cast by 3 voters): it approves 3 candidates");
    assertThat(Approval.withCap(2).options()).containsEntry("cap", "2");
  }

  @Test
  void approvalWithCap_nonPositiveCap_refused() {
    assertThatThrownBy(() -> Approval.withCap(0)).hasMessage("cap must be positive but was: 0");
  }

  @Test
  void tally_merge_equalsTallyOfUnion() {
    ApprovalProfile<String> a = Profile.approval(List.of("x", "y")).add(ApprovalBallot.of("x"), 2).build();
    ApprovalProfile<String> b = Profile.approval(List.of("x", "y")).add(ApprovalBallot.of("x", "y"), 3).build();
    ApprovalProfile<String> both = Profile.approval(List.of("x", "y"))
        .add(ApprovalBallot.of("x"), 2).add(ApprovalBallot.of("x", "y"), 3).build();
    assertThat(ApprovalTally.of(a).merge(ApprovalTally.of(b))).isEqualTo(ApprovalTally.of(both));
    assertThat(ApprovalTally.of(both).satisfaction("x")).isEqualTo(Rational.of(7, 2));
  }

  @Test
  void tally_unknownCandidate_namesIt() {
    assertThatThrownBy(() -> ApprovalTally.of(focused()).approvals("z")).hasMessageContaining("unknown candidate 'z'");
  }
}
