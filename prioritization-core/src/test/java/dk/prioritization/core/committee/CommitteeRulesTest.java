package dk.prioritization.core.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.Rational;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the committee rules, each value worked out by hand from the rule's
 * definition (Lackner &amp; Skowron, Multi-Winner Voting with Approval Preferences, Springer 2023,
 * Chapter 2), and bad input.
 *
 * <p>The main profile, k = 3, ten voters: six approve {a, b, c}, four approve {d}. It is the
 * standard shape of the JR counterexample for approval voting (Aziz et al., Social Choice and
 * Welfare 2017, Section 3): the four {d} voters are at least n/k = 10/3 voters with a common
 * candidate and approval voting gives them nothing.
 */
class CommitteeRulesTest {

  private static final List<String> ABCD = List.of("a", "b", "c", "d");

  private static ApprovalProfile<String> majorityAndMinority() {
    return Profile.approval(ABCD).add(6, "a", "b", "c").add(4, "d").build();
  }

  private static List<String> members(Committee<String> c) {
    return new ArrayList<>(c.members());
  }

  @Test
  void approvalTopKGivesTheMajorityEverySeatAndFailsJr() {
    ApprovalProfile<String> p = majorityAndMinority();
    Committee<String> c = ApprovalTopK.rule().select(p, 3);
    assertThat(members(c)).containsExactly("a", "b", "c");
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.of(18));
    assertThat(c.ruleId()).isEqualTo("av-committee");
    Optional<Proportionality.Violation<String>> jr = Proportionality.justifiedRepresentation(p, c.members());
    assertThat(jr).isPresent();
    assertThat(jr.get().axiom()).isEqualTo("JR");
    assertThat(jr.get().ell()).isEqualTo(1);
    assertThat(jr.get().commonlyApproved()).containsExactly("d");
    assertThat(jr.get().groupSize()).isEqualTo(4);
    assertThat(jr.get().voters()).hasSize(1);
    assertThat(jr.get().voters().get(0).ballot()).isEqualTo(ApprovalBallot.of("d"));
    assertThat(jr.get().voters().get(0).count()).isEqualTo(4);
  }

  @Test
  void satisfactionTopKBreaksTheLastSeatTieByCandidateOrder() {
    // d: 4 points; a, b, c: 6 × 1/3 = 2 points each; two of the three tied take the last seats
    Committee<String> c = SatisfactionTopK.rule().select(majorityAndMinority(), 3);
    assertThat(members(c)).containsExactly("a", "b", "d");
    assertThat(c.tied()).isTrue();
    assertThat(c.score()).contains(Rational.of(8));
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("tied between a, b & c");
  }

  @Test
  void exactPavFindsTheFirstOfTheOptimalCommittees() {
    // {a,b,c}: 6 × (1 + 1/2 + 1/3) = 11; any two of a, b, c with d: 6 × 3/2 + 4 = 13; one with d: 10
    Committee<String> c = Pav.exact().select(majorityAndMinority(), 3);
    assertThat(members(c)).containsExactly("a", "b", "d");
    assertThat(c.score()).contains(Rational.of(13));
    assertThat(c.tied()).isTrue();
    assertThat(c.ruleId()).isEqualTo("pav");
  }

  @Test
  void sequentialPavExplainsItsRounds() {
    // round 1: a, b, c 6, d 4 -> a (tie); round 2: b, c 3, d 4 -> d; round 3: b, c 3 -> b (tie)
    Committee<String> c = Pav.sequential().select(majorityAndMinority(), 3);
    assertThat(members(c)).containsExactly("a", "d", "b");
    assertThat(c.score()).contains(Rational.of(13));
    assertThat(c.tied()).isTrue();
    List<Explanation.Step<String>> steps = c.explanation().steps();
    List<Explanation.Tally<String>> tallies = steps.stream().filter(s -> s instanceof Explanation.Tally<?>)
        .map(s -> (Explanation.Tally<String>) s).toList();
    assertThat(tallies).hasSize(3);
    assertThat(tallies.get(1).values()).containsExactly(
        java.util.Map.entry("b", Rational.of(3)), java.util.Map.entry("c", Rational.of(3)),
        java.util.Map.entry("d", Rational.of(4)));
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("Round 1: a, b & c are equally good");
    assertThat(c.explanation().render(Locale.forLanguageTag("da"))).contains("Runde 2: d vælges.");
  }

  @Test
  void chamberlinCourantCoversEveryone() {
    Committee<String> exact = ChamberlinCourant.exact().select(majorityAndMinority(), 3);
    assertThat(members(exact)).containsExactly("a", "b", "d");
    assertThat(exact.score()).contains(Rational.of(10));
    assertThat(exact.tied()).isTrue();
    // greedy: a (6, tie with b, c), d (4), then nothing is gained: b by candidate order
    Committee<String> greedy = ChamberlinCourant.greedy().select(majorityAndMinority(), 3);
    assertThat(members(greedy)).containsExactly("a", "d", "b");
    assertThat(greedy.score()).contains(Rational.of(10));
  }

  @Test
  void phragmenLoads() {
    // round 1: a, b, c 1/6, d 1/4 -> a; round 2: b, c (1 + 6 × 1/6) / 6 = 1/3, d 1/4 -> d;
    // round 3: b, c 1/3 -> b
    Committee<String> c = Phragmen.sequential().select(majorityAndMinority(), 3);
    assertThat(members(c)).containsExactly("a", "d", "b");
    assertThat(c.score()).contains(Rational.of(1, 3));
    String text = c.explanation().render(Locale.ENGLISH);
    assertThat(text).contains("the largest load if elected, round 2: b 1/3, c 1/3, d 1/4");
    assertThat(text).contains("Round 2: d is elected; its 4 approvers now carry load 1/4 each.");
  }

  @Test
  void equalSharesCompletesByAdd1() {
    // budget 3/10 each: a at ρ = 1/6, then the six have 2/15 each (0.8 together): d at ρ = 1/4,
    // then nothing is affordable: {a, d}. Budget 4/10 each: a (1/6), b (1/6: 6 × 7/30 = 1.4
    // left), d (1/4): three seats.
    Committee<String> c = EqualShares.withCompletion().select(majorityAndMinority(), 3);
    assertThat(members(c)).containsExactly("a", "b", "d");
    String text = c.explanation().render(Locale.ENGLISH);
    assertThat(text).contains("raised from 3 to 4 seats, 2/5 per voter");
    assertThat(text).contains("Round 2: b is bought; each approver pays 1/6");
    assertThat(c.explanation().render(Locale.forLanguageTag("da"))).contains("Udfyldning (add1)");
  }

  @Test
  void equalSharesWithoutCompletion() {
    // 3 voters {a}, 3 voters {b}, k = 2, budget 1/3 each: a and b both at ρ = 1/3 (a first by
    // candidate order), then b at ρ = 1/3; no completion
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c")).add(3, "a").add(3, "b").build();
    Committee<String> c = EqualShares.withCompletion().select(p, 2);
    assertThat(members(c)).containsExactly("a", "b");
    assertThat(c.tied()).isTrue();
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("budget of 1/3").doesNotContain("Completion");
  }

  @Test
  void equalSharesFillsUnapprovedSeatsByApprovals() {
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c")).add(3, "a").build();
    Committee<String> c = EqualShares.withCompletion().select(p, 3);
    assertThat(members(c)).containsExactly("a", "b", "c");
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("Completion by approvals: b & c");
  }

  /** The reasons and runner-up of each rule for two seats of the majority-and-minority profile, worked by hand. */
  @Test
  void reasonsAndRunnerUpWorkedByHand() {
    ApprovalProfile<String> p = majorityAndMinority();
    // approval top-2: a, b (6 each); c also has 6 and is left out by candidate order; d has 4
    Committee<String> av = ApprovalTopK.rule().select(p, 2);
    assertThat(av.reasons().get("a").english()).isEqualTo("elected: 6 approvals, seat 1 of 2");
    assertThat(av.reasons().get("c").english())
        .isEqualTo("not elected: 6 approvals, as many as the last seat; left out by candidate order");
    assertThat(av.reasons().get("d").english()).isEqualTo("not elected: 4 approvals, the last seat had 6");
    assertThat(av.runnerUp()).contains("c");
    // seq-PAV: a adds 6 in round 1 (tie with b, c), d adds 4 in round 2 (b and c would add 6 × 1/2 = 3)
    Committee<String> seq = Pav.sequential().select(p, 2);
    assertThat(seq.reasons().get("a").english()).isEqualTo("elected in round 1, adding 6 to the PAV score");
    assertThat(seq.reasons().get("d").english()).isEqualTo("elected in round 2, adding 4 to the PAV score");
    assertThat(seq.reasons().get("b").english())
        .isEqualTo("not elected: it would add 3 to the PAV score; the last member added 4");
    assertThat(seq.reasons().get("b").danish())
        .isEqualTo("ikke valgt: den ville tilføje 3 til PAV-scoren; det sidste medlem tilføjede 4");
    assertThat(seq.runnerUp()).contains("b");
    // exact PAV: {a, d} scores 6 + 4 = 10 (as do {b, d}, {c, d}); {a, b} only 6 × 3/2 = 9
    Committee<String> exact = Pav.exact().select(p, 2);
    assertThat(members(exact)).containsExactly("a", "d");
    assertThat(exact.reasons().get("a").english())
        .isEqualTo("in the best committee: without it the PAV score would drop by 6");
    assertThat(exact.reasons().get("d").english())
        .isEqualTo("in the best committee: without it the PAV score would drop by 4");
    assertThat(exact.reasons().get("c").english()).startsWith("not in the best committee: added, it would add 3");
    assertThat(exact.runnerUp()).contains("b");
    // seq-Phragmén: a at load 1/6, d at load 1/4; b next would give (1 + 6 × 1/6) / 6 = 1/3
    Committee<String> phragmen = Phragmen.sequential().select(p, 2);
    assertThat(phragmen.reasons().get("d").english())
        .isEqualTo("elected in round 2: its approvers then carry load 1/4 each");
    assertThat(phragmen.reasons().get("b").english())
        .isEqualTo("not elected: elected next, it would give its approvers load 1/3 each");
    assertThat(phragmen.runnerUp()).contains("b");
    // Equal Shares: budget 2 buys only a, so add1 raises it to 3 (3/10 each): a at 1/6, then d at 1/4
    // (4 × 3/10 = 6/5 >= 1); the six then hold 6 × (3/10 - 1/6) = 4/5 for b or c; budget 4 would buy three
    Committee<String> mes = EqualShares.withCompletion().select(p, 2);
    assertThat(members(mes)).containsExactly("a", "d");
    assertThat(mes.reasons().get("a").english())
        .isEqualTo("bought in round 1: its approvers pay 1/6 each, or all they have left");
    assertThat(mes.reasons().get("d").english())
        .isEqualTo("bought in round 2: its approvers pay 1/4 each, or all they have left");
    assertThat(mes.reasons().get("b").english())
        .isEqualTo("not elected: its approvers have only 4/5 left of the seat's price 1");
    assertThat(mes.runnerUp()).contains("b");
  }

  @Test
  void committeeSizeOutOfRange() {
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d", "e")).add(1, "a").build();
    for (CommitteeRule r : CommitteePropertiesTest.RULES) {
      assertThatThrownBy(() -> r.select(p, 7)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("committee size 7 is larger than the 5 candidates");
      assertThatThrownBy(() -> r.select(p, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("committee size 0 is below 1");
    }
  }

  @Test
  void wrongProfileKind() {
    Profile<String> ranked = Profile.ranked(List.of("a", "b")).add(RankedBallot.of("a", "b")).build();
    assertThatThrownBy(() -> Pav.exact().selectFrom(ranked, 1)).isInstanceOf(UnsupportedBallotException.class)
        .hasMessage("rule pav counts approval ballots but the profile holds ranked ballots");
    Profile<String> approval = majorityAndMinority();
    assertThat(Pav.exact().selectFrom(approval, 3).members()).containsExactly("a", "b", "d");
  }

  @Test
  void exactRulesRefuseTooManyCommittees() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("c" + i);
    }
    ApprovalProfile<String> p = Profile.approval(many).add(1, "c0").build();
    assertThatThrownBy(() -> Pav.exact().select(p, 20)).isInstanceOf(ProblemTooLargeException.class)
        .hasMessageContaining("rule pav").hasMessageContaining("C(40, 20)");
    assertThatThrownBy(() -> ChamberlinCourant.exact().select(p, 20)).isInstanceOf(ProblemTooLargeException.class);
    assertThatThrownBy(() -> Proportionality.extendedJustifiedRepresentation(p, Set.copyOf(many.subList(0, 20))))
        .isInstanceOf(ProblemTooLargeException.class);
    // the sequential rules run
    assertThat(Pav.sequential().select(p, 20).members()).hasSize(20).startsWith("c0");
  }

  @Test
  void idsAndDescriptions() {
    assertThat(CommitteePropertiesTest.RULES.stream().map(CommitteeRule::id)).containsExactly("av-committee",
        "sav-committee", "pav", "seq-pav", "cc", "greedy-cc", "seq-phragmen", "equal-shares");
    CommitteePropertiesTest.RULES.forEach(r -> assertThat(r.description()).isNotBlank());
  }
}
