package dk.prioritization.core.committee;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Weighted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Published worked examples of the committee rules and of the proportionality checks.
 *
 * <p>Sources, cited at each test:
 *
 * <ul>
 *   <li>[LS] M. Lackner &amp; P. Skowron, <i>Multi-Winner Voting with Approval Preferences</i>,
 *       SpringerBriefs in Intelligent Systems, Springer 2023 (doi 10.1007/978-3-031-09016-5),
 *       Chapter 2 and Appendix A, as reproduced with their expected committees by the abcvoting
 *       library (github.com/martinlackner/abcvoting, {@code examples/abcbook/example2NN.py},
 *       {@code propositionA2.py}, {@code propositionA3.py}, {@code propositionA4.py}, and the
 *       rule traces in {@code tests/expected_output/test_abcbook_example*_py}).
 *   <li>[AT] abcvoting's unit tests, {@code tests/test_abcrules.py} (instances with the list of
 *       all winning committees) and {@code tests/test_properties.py} (committees that do or do not
 *       satisfy JR, PJR and EJR, each from a paper it names); and abcvoting's documentation,
 *       {@code docs/intro-example.rst} and {@code docs/intro-properties.rst}.
 * </ul>
 *
 * <p>Conventions. abcvoting is irresolute by default: it lists every winning committee, and for
 * sequential rules every committee some tie-breaking order reaches ("parallel universes"). Our
 * rules are resolute and break ties by candidate order, which is abcvoting's resolute order too
 * (smaller index first). So where a source lists one committee we must return it; where it lists
 * several we must return one of them and report {@link Committee#tied()}. For the top-k and exact
 * rules a single listed committee also means {@code tied()} is false; for the sequential rules
 * it does not (a tie may occur on the way and still lead to the same committee).
 *
 * <p>Equal Shares: the book and abcvoting ({@code equal-shares}, formerly {@code rule-x})
 * complete a short outcome with seq-Phragmén; our {@link EqualShares} completes with add1 and
 * then by approvals. Where the uncompleted method already fills the committee
 * ({@code rule-x-without-phragmen-phase} lists a committee of size k) the two must agree; the other
 * cases are compared only where stated, and one difference is pinned.
 */
class CommitteeWorkedExamplesTest {

  // ---------------------------------------------------------------------------------------------
  // Lackner & Skowron, Example 2.1: the running example. Twelve voters, k = 4, eight candidates
  // a..h (h approved by nobody): 3 x {a, b}, 3 x {a, c}, 2 x {a, d}, {b, c, f}, {e}, {f}, {g}.
  // ---------------------------------------------------------------------------------------------

  private static ApprovalProfile<String> runningExample() {
    return Profile.approval(List.of("a", "b", "c", "d", "e", "f", "g", "h"))
        .add(3, "a", "b").add(3, "a", "c").add(2, "a", "d").add(1, "b", "c", "f")
        .add(1, "e").add(1, "f").add(1, "g").build();
  }

  @Test
  void select_lacknerSkowronExample2_2_avTiesDAndFForTheLastSeat() {
    // [LS] Example 2.2: scores a 8, b 4, c 4, d 2, f 2, e 1, g 1; winning committees {a, b, c, d}
    // and {a, b, c, f}
    Committee<String> c = ApprovalTopK.rule().select(runningExample(), 4);
    assertThat(c.members()).isEqualTo(Set.of("a", "b", "c", "d"));
    assertThat(c.tied()).isTrue();
    assertThat(c.score()).contains(Rational.of(18));
  }

  @Test
  void select_lacknerSkowronExample2_3_ccCoversEveryVoterWithAEFG() {
    // [LS] Example 2.3: the only CC committee is {a, e, f, g}; it covers all 12 voters
    Committee<String> c = ChamberlinCourant.exact().select(runningExample(), 4);
    assertThat(c.members()).isEqualTo(Set.of("a", "e", "f", "g"));
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.of(12));
  }

  @Test
  void select_lacknerSkowronExample2_4_pavChoosesABCF() {
    // [LS] Example 2.4: the only PAV committee is {a, b, c, f}; its score, by hand:
    // 6 x (1 + 1/2) + 2 x 1 + (1 + 1/2 + 1/3) + 1 = 83/6
    Committee<String> c = Pav.exact().select(runningExample(), 4);
    assertThat(c.members()).isEqualTo(Set.of("a", "b", "c", "f"));
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.of(83, 6));
  }

  @Test
  void select_lacknerSkowronExample2_9_seqPhragmenLoadsMatchTheBook() {
    // [LS] Example 2.9 and abcvoting's trace test_abcbook_example09_py: a (load 1/8), then b and
    // c tie at 11/32 and b is taken, then c (55/128), then d (5/8); the only committee {a, b, c, d}
    Committee<String> c = Phragmen.sequential().select(runningExample(), 4);
    assertThat(new ArrayList<>(c.members())).containsExactly("a", "b", "c", "d");
    assertThat(c.tied()).isTrue();
    assertThat(c.score()).contains(Rational.of(5, 8));
    String text = c.explanation().render(Locale.ENGLISH);
    assertThat(text).contains("Round 1: a is elected; its 8 approvers now carry load 1/8 each.")
        .contains("Round 2: b & c are equally good; b is taken by candidate order.")
        .contains("Round 2: b is elected; its 4 approvers now carry load 11/32 each.")
        .contains("Round 3: c is elected; its 4 approvers now carry load 55/128 each.")
        .contains("Round 4: d is elected; its 2 approvers now carry load 5/8 each.");
  }

  @Test
  void select_lacknerSkowronExample2_11_equalSharesReachesABCDByAdd1() {
    // [LS] Example 2.11 and abcvoting's trace test_abcbook_example11_py: with budget 4 the method
    // buys only a (each of its 8 approvers pays 1/8, then b and c are unaffordable: 3 x 5/24 + 1/3
    // = 23/24 < 1); the book completes with seq-Phragmén to {a, b, c, d}. Our add1 completion
    // raises the budget instead; by hand, 8 seats (2/3 per voter) is the largest budget still
    // buying at most 4 members, and it buys a, b, c, d: the same committee.
    Committee<String> c = EqualShares.withCompletion().select(runningExample(), 4);
    assertThat(c.members()).isEqualTo(Set.of("a", "b", "c", "d"));
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("raised from 4 to 8 seats, 2/3 per voter");
  }

  // [LS] Example 2.5, first profile: 3 x {a, b}, 6 x {a, d}, 4 x {b}, 5 x {c}, 5 x {c, d}; k = 2.
  private static ApprovalProfile<String> example2_5() {
    return Profile.approval(List.of("a", "b", "c", "d"))
        .add(3, "a", "b").add(6, "a", "d").add(4, "b").add(5, "c").add(5, "c", "d").build();
  }

  @Test
  void select_lacknerSkowronExample2_5_pavChoosesAC() {
    // [LS] Example 2.5; abcvoting's trace prints "Optimal PAV-score: 19" and the committee {a, c}
    Committee<String> c = Pav.exact().select(example2_5(), 2);
    assertThat(c.members()).isEqualTo(Set.of("a", "c"));
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.of(19));
  }

  @Test
  void select_lacknerSkowronExample2_5_seqPavChoosesDThenC() {
    // [LS] Example 2.5; abcvoting's trace: d first (score 11), then c (+15/2, total 37/2)
    Committee<String> c = Pav.sequential().select(example2_5(), 2);
    assertThat(new ArrayList<>(c.members())).containsExactly("d", "c");
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.of(37, 2));
  }

  @Test
  void select_lacknerSkowronExample2_5_thieleJansonProfileSeparatesPavAndSeqPav() {
    // [LS] Example 2.5, second profile (Thiele's, from Janson's survey, Example 13.3); k = 2:
    // PAV chooses {a, b}, seq-PAV {a, c}
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d"))
        .add(960, "a", "c", "d").add(3000, "b", "c", "d").add(520, "b", "c").add(1620, "a", "b")
        .add(1081, "a", "d").add(1240, "a", "c").add(360, "b", "d").add(360, "d").add(120, "c")
        .add(60, "b").build();
    assertThat(Pav.exact().select(p, 2).members()).isEqualTo(Set.of("a", "b"));
    assertThat(Pav.sequential().select(p, 2).members()).isEqualTo(Set.of("a", "c"));
  }

  // [LS] Example 2.12: 3 x {c, d}, 2 x {a, b}, 2 x {a, c}, {b, d}; k = 3.
  private static ApprovalProfile<String> example2_12() {
    return Profile.approval(List.of("a", "b", "c", "d"))
        .add(3, "c", "d").add(2, "a", "b").add(2, "a", "c").add(1, "b", "d").build();
  }

  @Test
  void select_lacknerSkowronExample2_12_equalSharesChoosesACD() {
    // [LS] Example 2.12: Equal Shares gives {a, c, d}. abcvoting's trace buys c (1/5 each) and a
    // (13/40) and completes with d; our add1 completion reaches the same committee
    Committee<String> c = EqualShares.withCompletion().select(example2_12(), 3);
    assertThat(c.members()).isEqualTo(Set.of("a", "c", "d"));
  }

  @Test
  void select_lacknerSkowronExample2_12_seqPhragmenChoosesBCD() {
    // [LS] Example 2.12 and abcvoting's trace: c (max load 1/5), b (1/3), d (29/60)
    Committee<String> c = Phragmen.sequential().select(example2_12(), 3);
    assertThat(new ArrayList<>(c.members())).containsExactly("c", "b", "d");
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.of(29, 60));
  }

  @Test
  void select_lacknerSkowronExample2_14_savPrefersTheLoneVoter() {
    // [LS] Example 2.14: {a} and 3 x {b, c, d, e}, k = 1: SAV chooses a (1 point against 3/4 each)
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d", "e"))
        .add(1, "a").add(3, "b", "c", "d", "e").build();
    Committee<String> c = SatisfactionTopK.rule().select(p, 1);
    assertThat(c.members()).containsExactly("a");
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.ONE);
  }

  // ---------------------------------------------------------------------------------------------
  // Appendix A of [LS]: committee monotonicity, support monotonicity, strategyproofness.
  // ---------------------------------------------------------------------------------------------

  @Test
  void select_lacknerSkowronPropositionA2_pavAndCcAreNotCommitteeMonotone() {
    // [LS] Proposition A.2, first profile: 2 x {a}, 3 x {a, c}, 3 x {b, c}, 2 x {b}; the k = 1
    // committee {c} is not inside the k = 2 committee {a, b}, for PAV and for CC
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c"))
        .add(2, "a").add(3, "a", "c").add(3, "b", "c").add(2, "b").build();
    for (CommitteeRule rule : List.of(Pav.exact(), ChamberlinCourant.exact())) {
      assertThat(rule.select(p, 1).members()).as(rule.id()).containsExactly("c");
      assertThat(rule.select(p, 2).members()).as(rule.id()).isEqualTo(Set.of("a", "b"));
    }
  }

  @Test
  void select_lacknerSkowronPropositionA2_equalSharesIsNotCommitteeMonotone() {
    // [LS] Proposition A.2, third profile: {a, d, e}, {a, c}, {b, e}, {c, d, f}. Equal Shares
    // fills both committees without completion (by hand: k = 3 buys a, c, e at 1/2 each; k = 4
    // buys a, c, d, b), so the completion convention does not matter; {a, c, e} is not inside
    // {a, b, c, d}
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d", "e", "f"))
        .add(1, "a", "d", "e").add(1, "a", "c").add(1, "b", "e").add(1, "c", "d", "f").build();
    Set<String> three = EqualShares.withCompletion().select(p, 3).members();
    Set<String> four = EqualShares.withCompletion().select(p, 4).members();
    assertThat(three).isEqualTo(Set.of("a", "c", "e"));
    assertThat(four).isEqualTo(Set.of("a", "b", "c", "d"));
    assertThat(four.containsAll(three)).isFalse();
  }

  @Test
  void select_lacknerSkowronPropositionA3_seqPhragmenFailsSupportMonotonicity() {
    // [LS] Proposition A.3 (after Mora & Oliver 2015), candidates 0..3, k = 3:
    // 10 x {0, 1}, 3 x {2}, 12 x {3}, 21 x {0, 1, 2}, 6 x {2, 3} gives {0, 1, 3}; one more voter
    // approving {0, 1} gives {0, 2, 3}, dropping 1
    ApprovalProfile.Builder<Integer> before = Profile.approval(List.of(0, 1, 2, 3))
        .add(10, 0, 1).add(3, 2).add(12, 3).add(21, 0, 1, 2).add(6, 2, 3);
    assertThat(Phragmen.sequential().select(before.build(), 3).members()).isEqualTo(Set.of(0, 1, 3));
    ApprovalProfile<Integer> after = Profile.approval(List.of(0, 1, 2, 3))
        .add(11, 0, 1).add(3, 2).add(12, 3).add(21, 0, 1, 2).add(6, 2, 3).build();
    assertThat(Phragmen.sequential().select(after, 3).members()).isEqualTo(Set.of(0, 2, 3));
  }

  @Test
  void select_lacknerSkowronPropositionA3_seqPavFailsSupportMonotonicity() {
    // [LS] Proposition A.3 (after Sánchez-Fernández & Fisteus 2019), k = 4:
    // 7 x {a, b, d}, 4 x {a, b, e}, 3 x {a, c, d}, 5 x {a, c, e} gives {a, b, c, d}; one more voter
    // approving {c, d} gives {a, b, d, e}, dropping c
    List<String> cs = List.of("a", "b", "c", "d", "e");
    ApprovalProfile<String> before = Profile.approval(cs)
        .add(7, "a", "b", "d").add(4, "a", "b", "e").add(3, "a", "c", "d").add(5, "a", "c", "e").build();
    ApprovalProfile<String> after = Profile.approval(cs)
        .add(7, "a", "b", "d").add(4, "a", "b", "e").add(3, "a", "c", "d").add(5, "a", "c", "e")
        .add(1, "c", "d").build();
    assertThat(Pav.sequential().select(before, 4).members()).isEqualTo(Set.of("a", "b", "c", "d"));
    assertThat(Pav.sequential().select(after, 4).members()).isEqualTo(Set.of("a", "b", "d", "e"));
  }

  @Test
  void select_lacknerSkowronPropositionA3_pavFailsSupportMonotonicity() {
    // [LS] Proposition A.3 (after Sánchez-Fernández & Fisteus 2019), candidates 0..6, k = 4:
    // {0, 1}, {0, 1, 2}, 2 x {4, 5}, 3 x each of {0,4} {1,4} {2,4} {0,5} {1,5} {2,5} {0,6} {1,6}
    // {2,6}, 100 x {3} gives {0, 1, 2, 3}; when the first voter also approves 2 and 3 the
    // committee becomes {3, 4, 5, 6}
    List<Integer> cs = List.of(0, 1, 2, 3, 4, 5, 6);
    ApprovalProfile<Integer> before = pavMonotonicity(Profile.approval(cs).add(1, 0, 1));
    ApprovalProfile<Integer> after = pavMonotonicity(Profile.approval(cs).add(1, 0, 1, 2, 3));
    assertThat(Pav.exact().select(before, 4).members()).isEqualTo(Set.of(0, 1, 2, 3));
    assertThat(Pav.exact().select(after, 4).members()).isEqualTo(Set.of(3, 4, 5, 6));
  }

  private static ApprovalProfile<Integer> pavMonotonicity(ApprovalProfile.Builder<Integer> b) {
    b.add(1, 0, 1, 2).add(2, 4, 5);
    for (int x : new int[] {4, 5, 6}) {
      for (int y : new int[] {0, 1, 2}) {
        b.add(3, y, x);
      }
    }
    return b.add(100, 3).build();
  }

  @Test
  void select_lacknerSkowronPropositionA4_rulesAreNotInclusionStrategyproof() {
    // [LS] Proposition A.4: in each instance voter 0 reports a manipulated ballot and gets a
    // committee containing strictly more of the candidates they truly approve
    List<Integer> six = List.of(0, 1, 2, 3, 4, 5);
    // CC, k = 2: {0, 1} + 3 x {0} + {2}: {0, 2}; voter 0 reports {1}: {0, 1}
    assertThat(ChamberlinCourant.exact().select(Profile.approval(six).add(1, 0, 1).add(3, 0).add(1, 2).build(), 2)
        .members()).isEqualTo(Set.of(0, 2));
    assertThat(ChamberlinCourant.exact().select(Profile.approval(six).add(1, 1).add(3, 0).add(1, 2).build(), 2)
        .members()).isEqualTo(Set.of(0, 1));
    // PAV, k = 3: {2,3,4} {0,1} {1,5} {0,2,3} {1,2,5} {2,4,5}: {1, 2, 5}; voter 0 reports {4}: {1, 2, 4}
    assertThat(Pav.exact().select(manipulation(six, List.of(2, 3, 4)), 3).members()).isEqualTo(Set.of(1, 2, 5));
    assertThat(Pav.exact().select(manipulation(six, List.of(4)), 3).members()).isEqualTo(Set.of(1, 2, 4));
    // seq-PAV, k = 3: {0,1} {1,3} {2,5} {0,1,5} {1,5} {1,2}: {1, 2, 5}; voter 0 reports {0}: {0, 1, 5}
    assertThat(Pav.sequential().select(seqPavManipulation(six, 0, 1), 3).members()).isEqualTo(Set.of(1, 2, 5));
    assertThat(Pav.sequential().select(seqPavManipulation(six, 0), 3).members()).isEqualTo(Set.of(0, 1, 5));
    // seq-Phragmén, k = 2: {0,1,2} {0,1} {1,5} {2,4} {1,4,5} {1,3,5}: {1, 5}; voter 0 reports {2}: {1, 2}
    assertThat(Phragmen.sequential().select(phragmenManipulation(six, 0, 1, 2), 2).members()).isEqualTo(Set.of(1, 5));
    assertThat(Phragmen.sequential().select(phragmenManipulation(six, 2), 2).members()).isEqualTo(Set.of(1, 2));
    // SAV, k = 1: {a,b,c} {d,e}: d (tied with e); voter 0 reports {a}: a
    assertThat(SatisfactionTopK.rule().select(Profile.approval(six).add(1, 0, 1, 2).add(1, 3, 4).build(), 1)
        .members()).containsExactly(3);
    assertThat(SatisfactionTopK.rule().select(Profile.approval(six).add(1, 0).add(1, 3, 4).build(), 1)
        .members()).containsExactly(0);
  }

  private static ApprovalProfile<Integer> manipulation(List<Integer> cs, List<Integer> first) {
    return Profile.approval(cs).add(ApprovalBallot.of(first)).add(1, 0, 1).add(1, 1, 5).add(1, 0, 2, 3)
        .add(1, 1, 2, 5).add(1, 2, 4, 5).build();
  }

  private static ApprovalProfile<Integer> seqPavManipulation(List<Integer> cs, Integer... first) {
    return Profile.approval(cs).add(1, first).add(1, 1, 3).add(1, 2, 5).add(1, 0, 1, 5).add(1, 1, 5)
        .add(1, 1, 2).build();
  }

  private static ApprovalProfile<Integer> phragmenManipulation(List<Integer> cs, Integer... first) {
    return Profile.approval(cs).add(1, first).add(1, 0, 1).add(1, 1, 5).add(1, 2, 4).add(1, 1, 4, 5)
        .add(1, 1, 3, 5).build();
  }

  // ---------------------------------------------------------------------------------------------
  // [AT] abcvoting's tests/test_abcrules.py, CollectInstances: each instance with the list of all
  // winning committees per rule (abcvoting ids av, sav, pav, seqpav, cc, seqcc, seqphragmen).
  // ---------------------------------------------------------------------------------------------

  /** A profile over candidates 0..m-1, one voter per listed ballot, as abcvoting's add_voters. */
  private static ApprovalProfile<Integer> voters(int m, List<List<Integer>> ballots) {
    List<Integer> cs = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      cs.add(i);
    }
    ApprovalProfile.Builder<Integer> b = Profile.approval(cs);
    for (List<Integer> ballot : ballots) {
      b.add(ApprovalBallot.of(ballot));
    }
    return b.build();
  }

  private static List<List<Integer>> repeat(int times, List<Integer> ballot) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      out.add(ballot);
    }
    return out;
  }

  private static List<Set<Integer>> sets(List<List<Integer>> committees) {
    List<Set<Integer>> out = new ArrayList<>();
    for (List<Integer> c : committees) {
      out.add(Set.copyOf(c));
    }
    return out;
  }

  /** The two-member committees {x, y}, x != y, with x from {@code left} and y from {@code right}. */
  private static List<Set<Integer>> allPairs(List<Integer> left, List<Integer> right) {
    List<Set<Integer>> out = new ArrayList<>();
    for (int x : left) {
      for (int y : right) {
        if (x != y) {
          out.add(Set.of(x, y));
        }
      }
    }
    return out;
  }

  private static final List<List<Integer>> INSTANCE_1 = List.of(List.of(0, 4, 5), List.of(0), List.of(1, 4, 5),
      List.of(1), List.of(2, 4, 5), List.of(2), List.of(3, 4, 5), List.of(3));
  private static final List<Set<Integer>> INSTANCE_1_AV = sets(List.of(List.of(0, 1, 4, 5), List.of(0, 2, 4, 5),
      List.of(0, 3, 4, 5), List.of(1, 2, 4, 5), List.of(1, 3, 4, 5), List.of(2, 3, 4, 5)));
  private static final List<Set<Integer>> INSTANCE_1_SAV = sets(List.of(List.of(0, 1, 2, 3), List.of(0, 1, 2, 4),
      List.of(0, 1, 2, 5), List.of(0, 1, 3, 4), List.of(0, 1, 3, 5), List.of(0, 1, 4, 5), List.of(0, 2, 3, 4),
      List.of(0, 2, 3, 5), List.of(0, 2, 4, 5), List.of(0, 3, 4, 5), List.of(1, 2, 3, 4), List.of(1, 2, 3, 5),
      List.of(1, 2, 4, 5), List.of(1, 3, 4, 5), List.of(2, 3, 4, 5)));
  private static final List<Set<Integer>> INSTANCE_1_SEQCC = sets(List.of(List.of(0, 1, 2, 4), List.of(0, 1, 2, 5),
      List.of(0, 1, 3, 4), List.of(0, 1, 3, 5), List.of(0, 2, 3, 4), List.of(0, 2, 3, 5), List.of(1, 2, 3, 4),
      List.of(1, 2, 3, 5)));

  private static final List<List<Integer>> INSTANCE_2 = concat(List.of(repeat(5, List.of(0, 1, 2)),
      List.of(List.of(0, 1), List.of(3, 4), List.of(3, 4), List.of(3))));
  private static final List<List<Integer>> INSTANCE_3 = List.of(List.of(0, 3, 4, 5), List.of(1, 2), List.of(0, 2, 5),
      List.of(2), List.of(0, 1, 2, 3, 4), List.of(0, 3, 4), List.of(0, 2, 4), List.of(0, 1));
  private static final List<Set<Integer>> INSTANCE_3_CC = sets(List.of(List.of(0, 1, 2, 3), List.of(0, 1, 2, 4),
      List.of(0, 1, 2, 5), List.of(0, 2, 3, 4), List.of(0, 2, 3, 5), List.of(0, 2, 4, 5), List.of(1, 2, 3, 4),
      List.of(1, 2, 3, 5), List.of(1, 2, 4, 5)));
  private static final List<Set<Integer>> INSTANCE_3_SEQCC = INSTANCE_3_CC.subList(0, 6);
  private static final List<List<Integer>> INSTANCE_4 = List.of(List.of(0, 1, 3), List.of(0, 1), List.of(0, 1),
      List.of(0, 3), List.of(2, 3));

  private static Arguments listed(String instance, CommitteeRule rule, int m, List<List<Integer>> ballots, int k,
      List<Set<Integer>> committees) {
    return Arguments.of(instance, rule, voters(m, ballots), k, committees);
  }

  static Stream<Arguments> abcvotingInstances() {
    List<Set<Integer>> i1Pav = INSTANCE_1_AV; // pav, seqpav and seqphragmen list the same six committees
    List<Set<Integer>> i2Cc = sets(List.of(List.of(0, 1, 3), List.of(0, 2, 3), List.of(0, 3, 4), List.of(1, 2, 3),
        List.of(1, 3, 4)));
    List<Integer> low = List.of(0, 1, 2, 3, 4);
    List<Integer> high = List.of(5, 6, 7, 8, 9);
    List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    List<List<Integer>> instance5 = List.of(low, high);
    return Stream.of(
        listed("instance 1", ApprovalTopK.rule(), 6, INSTANCE_1, 4, INSTANCE_1_AV),
        listed("instance 1", SatisfactionTopK.rule(), 6, INSTANCE_1, 4, INSTANCE_1_SAV),
        listed("instance 1", Pav.exact(), 6, INSTANCE_1, 4, i1Pav),
        listed("instance 1", Pav.sequential(), 6, INSTANCE_1, 4, i1Pav),
        listed("instance 1", ChamberlinCourant.exact(), 6, INSTANCE_1, 4, sets(List.of(List.of(0, 1, 2, 3)))),
        listed("instance 1", ChamberlinCourant.greedy(), 6, INSTANCE_1, 4, INSTANCE_1_SEQCC),
        listed("instance 1", Phragmen.sequential(), 6, INSTANCE_1, 4, i1Pav),
        listed("instance 2", ApprovalTopK.rule(), 5, INSTANCE_2, 3, sets(List.of(List.of(0, 1, 2)))),
        listed("instance 2", SatisfactionTopK.rule(), 5, INSTANCE_2, 3, sets(List.of(List.of(0, 1, 3)))),
        listed("instance 2", Pav.exact(), 5, INSTANCE_2, 3, sets(List.of(List.of(0, 1, 3)))),
        listed("instance 2", Pav.sequential(), 5, INSTANCE_2, 3, sets(List.of(List.of(0, 1, 3)))),
        listed("instance 2", ChamberlinCourant.exact(), 5, INSTANCE_2, 3, i2Cc),
        listed("instance 2", ChamberlinCourant.greedy(), 5, INSTANCE_2, 3, i2Cc),
        listed("instance 2", Phragmen.sequential(), 5, INSTANCE_2, 3, sets(List.of(List.of(0, 1, 3)))),
        // rule-x-without-phragmen-phase lists {0, 1, 3}, a full committee: no completion needed
        listed("instance 2", EqualShares.withCompletion(), 5, INSTANCE_2, 3, sets(List.of(List.of(0, 1, 3)))),
        listed("instance 3", ApprovalTopK.rule(), 6, INSTANCE_3, 4,
            sets(List.of(List.of(0, 1, 2, 4), List.of(0, 2, 3, 4)))),
        listed("instance 3", SatisfactionTopK.rule(), 6, INSTANCE_3, 4, sets(List.of(List.of(0, 1, 2, 4)))),
        listed("instance 3", Pav.exact(), 6, INSTANCE_3, 4, sets(List.of(List.of(0, 1, 2, 4)))),
        listed("instance 3", Pav.sequential(), 6, INSTANCE_3, 4, sets(List.of(List.of(0, 1, 2, 4)))),
        listed("instance 3", ChamberlinCourant.exact(), 6, INSTANCE_3, 4, INSTANCE_3_CC),
        listed("instance 3", ChamberlinCourant.greedy(), 6, INSTANCE_3, 4, INSTANCE_3_SEQCC),
        listed("instance 3", Phragmen.sequential(), 6, INSTANCE_3, 4, sets(List.of(List.of(0, 1, 2, 4)))),
        listed("instance 4", ApprovalTopK.rule(), 4, INSTANCE_4, 2, sets(List.of(List.of(0, 1), List.of(0, 3)))),
        listed("instance 4", SatisfactionTopK.rule(), 4, INSTANCE_4, 2, sets(List.of(List.of(0, 1), List.of(0, 3)))),
        listed("instance 4", Pav.exact(), 4, INSTANCE_4, 2, sets(List.of(List.of(0, 3)))),
        listed("instance 4", Pav.sequential(), 4, INSTANCE_4, 2, sets(List.of(List.of(0, 3)))),
        listed("instance 4", ChamberlinCourant.exact(), 4, INSTANCE_4, 2,
            sets(List.of(List.of(0, 2), List.of(0, 3), List.of(1, 3)))),
        listed("instance 4", ChamberlinCourant.greedy(), 4, INSTANCE_4, 2, sets(List.of(List.of(0, 2), List.of(0, 3)))),
        listed("instance 4", Phragmen.sequential(), 4, INSTANCE_4, 2, sets(List.of(List.of(0, 3)))),
        listed("instance 5", ApprovalTopK.rule(), 10, instance5, 2, allPairs(all, all)),
        listed("instance 5", SatisfactionTopK.rule(), 10, instance5, 2, allPairs(all, all)),
        listed("instance 5", Pav.exact(), 10, instance5, 2, allPairs(low, high)),
        listed("instance 5", Pav.sequential(), 10, instance5, 2, allPairs(low, high)),
        listed("instance 5", ChamberlinCourant.exact(), 10, instance5, 2, allPairs(low, high)),
        listed("instance 5", ChamberlinCourant.greedy(), 10, instance5, 2, allPairs(low, high)),
        listed("instance 5", Phragmen.sequential(), 10, instance5, 2, allPairs(low, high)),
        listed("instance 5", EqualShares.withCompletion(), 10, instance5, 2, allPairs(low, high)));
  }

  private static boolean sequential(CommitteeRule rule) {
    return List.of("seq-pav", "greedy-cc", "seq-phragmen", "equal-shares").contains(rule.id());
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("abcvotingInstances")
  void select_abcvotingTestInstances_returnsAListedCommitteeAndReportsTies(String instance, CommitteeRule rule,
      ApprovalProfile<Integer> profile, int k, List<Set<Integer>> committees) {
    // [AT] tests/test_abcrules.py, CollectInstances (first to fifth profile) and
    // test_abcrules_correct: a resolute rule must return one of the listed committees
    Committee<Integer> c = rule.select(profile, k);
    assertThat(committees).as("listed committees").contains(c.members());
    if (committees.size() > 1) {
      assertThat(c.tied()).as("several winning committees").isTrue();
    } else if (!sequential(rule)) {
      assertThat(c.tied()).as("a single winning committee").isFalse();
    }
  }

  @Test
  void select_abcvotingInstance4_equalSharesCompletesDifferentlyFromRuleX() {
    // [AT] instance 4, k = 2: {0,1,3}, 2 x {0,1}, {0,3}, {2,3}. Without completion the method
    // buys only 0 (rule-x-without-phragmen-phase lists {0}); abcvoting completes with
    // seq-Phragmén to {0, 3}. Our add1 completion (a convention difference, not a bug), by hand:
    // with budget 3 (3/5 each) 0 costs its 4 approvers 1/4 each, leaving 7/20; then 1 and 3 both
    // cost 1/3 per approver, a tie broken by candidate order for 1. So {0, 1}, tied; breaking
    // that tie the other way would give abcvoting's {0, 3}.
    Committee<Integer> c = EqualShares.withCompletion().select(voters(4, INSTANCE_4), 2);
    assertThat(c.members()).isEqualTo(Set.of(0, 1));
    assertThat(c.tied()).isTrue();
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("raised from 2 to 3 seats, 3/5 per voter")
        .contains("1 & 3 are equally good; 1 is taken by candidate order");
  }

  @Test
  void select_abcvotingIrresoluteSeqPhragmen_resoluteAnswerMatches() {
    // [AT] test_seqphragmen_irresolute: {0,1} x 2, {0}, {1,2}, {2}; k = 2: irresolute {0,1} and
    // {0,2}, resolute {0,2}
    Committee<Integer> c = Phragmen.sequential()
        .select(voters(3, List.of(List.of(0, 1), List.of(0, 1), List.of(0), List.of(1, 2), List.of(2))), 2);
    assertThat(c.members()).isEqualTo(Set.of(0, 2));
    assertThat(c.tied()).isTrue();
  }

  @Test
  void select_abcvotingIrresoluteSeqPav_resoluteAnswerMatches() {
    // [AT] test_seqpav_irresolute: 3 x {0,1}, {0}, {1,2}, 2 x {2}; k = 2: irresolute {0,1}, {0,2},
    // {1,2}, resolute {0,2}
    List<List<Integer>> b = new ArrayList<>(repeat(3, List.of(0, 1)));
    b.addAll(List.of(List.of(0), List.of(1, 2), List.of(2), List.of(2)));
    Committee<Integer> c = Pav.sequential().select(voters(3, b), 2);
    assertThat(c.members()).isEqualTo(Set.of(0, 2));
    assertThat(c.tied()).isTrue();
  }

  @Test
  void select_jansonExample_pavSeqPavAndSeqPhragmenChooseABQ() {
    // [AT] test_jansonexamples (Janson's survey, arXiv 1611.08826, Examples 3.7 and 18.1):
    // 1034 x {a,b,c}, 519 x {p,q,r}, 90 x {a,b,q}, 90 x {a,p,q}; k = 3: the only committee {a, b, q}
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "p", "q", "r"))
        .add(1034, "a", "b", "c").add(519, "p", "q", "r").add(90, "a", "b", "q").add(90, "a", "p", "q").build();
    for (CommitteeRule rule : List.of(Pav.exact(), Pav.sequential(), Phragmen.sequential())) {
      assertThat(rule.select(p, 3).members()).as(rule.id()).isEqualTo(Set.of("a", "b", "q"));
    }
  }

  @Test
  void select_abcvotingSimpleInstances_everyRuleAgrees() {
    // [AT] test_abcrules_correct_simple2: {0,1,2}, {1,3} over six candidates, k = 4: {0, 1, 2, 3}
    // for every rule except Monroe, CC and seq-CC (which may pick an unapproved candidate);
    // test_abcrules_handling_empty_ballots: {0}, {1}, {2} over four candidates, k = 3, with and
    // without an empty ballot: {0, 1, 2}
    ApprovalProfile<Integer> simple = voters(6, List.of(List.of(0, 1, 2), List.of(1, 3)));
    ApprovalProfile<Integer> singles = voters(4, List.of(List.of(0), List.of(1), List.of(2)));
    ApprovalProfile<Integer> withEmpty = voters(4, List.of(List.of(0), List.of(1), List.of(2), List.of()));
    for (CommitteeRule rule : CommitteePropertiesTest.RULES) {
      if (!rule.id().equals("cc") && !rule.id().equals("greedy-cc")) {
        assertThat(rule.select(simple, 4).members()).as(rule.id()).isEqualTo(Set.of(0, 1, 2, 3));
      }
      assertThat(rule.select(singles, 3).members()).as(rule.id()).isEqualTo(Set.of(0, 1, 2));
      assertThat(rule.select(withEmpty, 3).members()).as(rule.id()).isEqualTo(Set.of(0, 1, 2));
    }
  }

  @Test
  void select_abcvotingWeightedVoters_countEveryVoter() {
    // [AT] test_abcrules_weightsconsidered: {0} x 3 (as three voters) and {1} with weight 5, three
    // candidates, k = 1: every rule chooses 1
    ApprovalProfile<Integer> p = Profile.approval(List.of(0, 1, 2)).add(1, 0).add(1, 0).add(5, 1).add(1, 0).build();
    for (CommitteeRule rule : CommitteePropertiesTest.RULES) {
      assertThat(rule.select(p, 1).members()).as(rule.id()).containsExactly(1);
    }
  }

  @Test
  void select_abcvotingNaturalTieBreaking_smallestCandidatesWin() {
    // [AT] test_natural_tiebreaking_order_resolute: six singletons {5}, ..., {0}, then four more
    // voters approving everyone; k = 2: the resolute answer is {0, 1} for every rule
    List<List<Integer>> singletons = new ArrayList<>();
    for (int i = 5; i >= 0; i--) {
      singletons.add(List.of(i));
    }
    List<List<Integer>> plusFull = new ArrayList<>(singletons);
    plusFull.addAll(repeat(4, List.of(0, 1, 2, 3, 4, 5)));
    for (CommitteeRule rule : CommitteePropertiesTest.RULES) {
      for (List<List<Integer>> ballots : List.of(singletons, plusFull)) {
        Committee<Integer> c = rule.select(voters(6, ballots), 2);
        assertThat(c.members()).as(rule.id()).isEqualTo(Set.of(0, 1));
        assertThat(c.tied()).as(rule.id()).isTrue();
      }
    }
  }

  @Test
  void select_abcvotingDocumentationExample_rulesDisagree() {
    // [AT] docs/intro-example.rst: {0,1,2}, {3}, {0,1,2,3}, {0,1,2,4}, {0,1}, {4} over five
    // candidates, k = 3: PAV {0,1,3} or {0,1,4}; AV {0,1,2}; seq-CC {0,3,4}; seq-Phragmén {0,1,3}
    ApprovalProfile<Integer> p = voters(5, List.of(List.of(0, 1, 2), List.of(3), List.of(0, 1, 2, 3),
        List.of(0, 1, 2, 4), List.of(0, 1), List.of(4)));
    Committee<Integer> pav = Pav.exact().select(p, 3);
    assertThat(pav.members()).isEqualTo(Set.of(0, 1, 3));
    assertThat(pav.tied()).isTrue();
    assertThat(ApprovalTopK.rule().select(p, 3).members()).isEqualTo(Set.of(0, 1, 2));
    assertThat(ChamberlinCourant.greedy().select(p, 3).members()).isEqualTo(Set.of(0, 3, 4));
    assertThat(Phragmen.sequential().select(p, 3).members()).isEqualTo(Set.of(0, 1, 3));
  }

  // ---------------------------------------------------------------------------------------------
  // [AT] tests/test_properties.py: committees from the literature that do or do not satisfy EJR,
  // PJR and JR.
  // ---------------------------------------------------------------------------------------------

  private static List<List<Integer>> concat(List<List<List<Integer>>> parts) {
    List<List<Integer>> out = new ArrayList<>();
    parts.forEach(out::addAll);
    return out;
  }

  @Test
  void ejr_lacknerSkowron2021Example20_holds() {
    // [AT] from Lackner & Skowron 2021, "Approval-based committee voting", Example 20
    ApprovalProfile<Integer> p = voters(4, concat(List.of(
        List.of(List.of(0, 3), List.of(0, 1), List.of(1, 2), List.of(2, 3)),
        repeat(2, List.of(0)), repeat(2, List.of(1)), repeat(2, List.of(2)), repeat(2, List.of(3)))));
    assertThat(Proportionality.extendedJustifiedRepresentation(p, Set.of(0, 1, 2))).isEmpty();
    assertThat(Proportionality.proportionalJustifiedRepresentation(p, Set.of(0, 1, 2))).isEmpty();
  }

  @Test
  void ejr_azizEtAlExample4_failsThoughPjrHolds() {
    // [AT] Aziz et al. 2016/2017, Example 4 (EJR fails) and Brill et al. 2021, Example 5 (PJR
    // holds): {0}, {1}, {2}, {3}, {0,4,5}, {1,4,5}, {2,4,5}, {3,4,5}; W = {0, 1, 2, 3}. The four
    // voters approving 4 and 5 are 4 >= 2 * 8 / 4: 2-cohesive, but each has one member; together
    // they have all four, so PJR holds
    ApprovalProfile<Integer> p = voters(6, List.of(List.of(0), List.of(1), List.of(2), List.of(3),
        List.of(0, 4, 5), List.of(1, 4, 5), List.of(2, 4, 5), List.of(3, 4, 5)));
    Set<Integer> w = Set.of(0, 1, 2, 3);
    Proportionality.Violation<Integer> v = Proportionality.extendedJustifiedRepresentation(p, w).orElseThrow();
    assertThat(v.ell()).isEqualTo(2);
    assertThat(v.commonlyApproved()).containsExactly(4, 5);
    assertThat(v.groupSize()).isEqualTo(4);
    assertThat(v.voters()).extracting(b -> Set.copyOf(b.ballot().approved())).containsExactlyInAnyOrder(
        Set.of(0, 4, 5), Set.of(1, 4, 5), Set.of(2, 4, 5), Set.of(3, 4, 5));
    assertThat(Proportionality.proportionalJustifiedRepresentation(p, w)).isEmpty();
    assertThat(Proportionality.justifiedRepresentation(p, w)).isEmpty();
  }

  @Test
  void ejr_azizEtAlExample5_fails() {
    // [AT] Aziz et al. 2016/2017, Example 5: 2 x {0}, 2 x {0,1,2}, 2 x {1,2,3}, {3,4}, {3,5};
    // W = {0, 3, 4, 5}. The four voters approving 1 and 2 are 4 >= 2 * 8 / 4 and each has one
    // member (0 or 3): EJR fails; together they have two, so PJR holds
    ApprovalProfile<Integer> p = voters(6, concat(List.of(repeat(2, List.of(0)), repeat(2, List.of(0, 1, 2)),
        repeat(2, List.of(1, 2, 3)), List.of(List.of(3, 4), List.of(3, 5)))));
    Set<Integer> w = Set.of(0, 3, 4, 5);
    Proportionality.Violation<Integer> v = Proportionality.extendedJustifiedRepresentation(p, w).orElseThrow();
    assertThat(v.ell()).isEqualTo(2);
    assertThat(v.commonlyApproved()).containsExactly(1, 2);
    assertThat(v.voters()).containsExactlyInAnyOrder(new Weighted<>(ApprovalBallot.of(0, 1, 2), 2),
        new Weighted<>(ApprovalBallot.of(1, 2, 3), 2));
    assertThat(Proportionality.proportionalJustifiedRepresentation(p, w)).isEmpty();
  }

  @Test
  void ejr_azizEtAlExample6_holds() {
    // [AT] Aziz et al. 2016/2017, Example 6: 3 x {0,10}, 3 x {0,11}, 14 x {1..9}; W = {0..9}
    List<Integer> nine = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    ApprovalProfile<Integer> p = voters(12, concat(List.of(repeat(3, List.of(0, 10)), repeat(3, List.of(0, 11)),
        repeat(14, nine))));
    Set<Integer> w = Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(Proportionality.extendedJustifiedRepresentation(p, w)).isEmpty();
    assertThat(Proportionality.proportionalJustifiedRepresentation(p, w)).isEmpty();
  }

  @Test
  void ejr_azizEtAlExample8_fails() {
    // [AT] Aziz et al. 2016/2017, Example 8: 2 x {0,1}, {2}, {3,4}; W = {0, 2, 3, 4}. The two
    // voters approving 0 and 1 are 2 >= 2 * 4 / 4 and have one member each (and together)
    ApprovalProfile<Integer> p = voters(5, concat(List.of(repeat(2, List.of(0, 1)), List.of(List.of(2),
        List.of(3, 4)))));
    Proportionality.Violation<Integer> v = Proportionality.extendedJustifiedRepresentation(p, Set.of(0, 2, 3, 4))
        .orElseThrow();
    assertThat(v.ell()).isEqualTo(2);
    assertThat(v.commonlyApproved()).containsExactly(0, 1);
    assertThat(v.voters()).containsExactly(new Weighted<>(ApprovalBallot.of(0, 1), 2));
  }

  @Test
  void pjr_sanchezFernandezEtAlExample1_dependsOnWhoGetsTheSeats() {
    // [AT] Sánchez-Fernández et al. 2017, "Proportional justified representation", Example 1:
    // {0}, {1}, {2}, {3}, 6 x {4,5,6,7}; k = 7. W = {0,...,6} gives the six voters 3 members
    // although they are 6 >= 4 * 10 / 7 voters sharing four candidates: PJR fails at ℓ = 4;
    // W = {1,...,7} satisfies PJR
    ApprovalProfile<Integer> p = voters(8, concat(List.of(List.of(List.of(0), List.of(1), List.of(2), List.of(3)),
        repeat(6, List.of(4, 5, 6, 7)))));
    Proportionality.Violation<Integer> v = Proportionality.proportionalJustifiedRepresentation(p,
        Set.of(0, 1, 2, 3, 4, 5, 6)).orElseThrow();
    assertThat(v.ell()).isEqualTo(4);
    assertThat(v.commonlyApproved()).containsExactly(4, 5, 6, 7);
    assertThat(v.groupSize()).isEqualTo(6);
    assertThat(Proportionality.proportionalJustifiedRepresentation(p, Set.of(1, 2, 3, 4, 5, 6, 7))).isEmpty();
  }

  @Test
  void pjr_brillEtAlExample7_fails() {
    // [AT] Brill et al. 2021, Example 7: 67 x {0,1,2,3}, 12 x {4}, 11 x {5}, 10 x {6}; W =
    // {0,1,2,4,5,6}. The 67 voters are 67 >= 4 * 100 / 6 and share four candidates but have three
    // members
    ApprovalProfile<Integer> p = Profile.approval(List.of(0, 1, 2, 3, 4, 5, 6))
        .add(67, 0, 1, 2, 3).add(12, 4).add(11, 5).add(10, 6).build();
    Proportionality.Violation<Integer> v = Proportionality.proportionalJustifiedRepresentation(p,
        Set.of(0, 1, 2, 4, 5, 6)).orElseThrow();
    assertThat(v.ell()).isEqualTo(4);
    assertThat(v.commonlyApproved()).containsExactly(0, 1, 2, 3);
    assertThat(v.voters()).containsExactly(new Weighted<>(ApprovalBallot.of(0, 1, 2, 3), 67));
  }

  @Test
  void jr_abcvotingNegativeInstance_fails() {
    // [AT] test_properties.py, the negative JR instance: 2 x {0,1,2}, {3} over 12 candidates;
    // W = {0, 1, 2}: the lone voter is 1 >= 3 / 3 and approves no member
    List<Integer> twelve = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      twelve.add(i);
    }
    ApprovalProfile<Integer> p = Profile.approval(twelve).add(2, 0, 1, 2).add(1, 3).build();
    Proportionality.Violation<Integer> v = Proportionality.justifiedRepresentation(p, Set.of(0, 1, 2)).orElseThrow();
    assertThat(v.commonlyApproved()).containsExactly(3);
    assertThat(v.voters()).containsExactly(new Weighted<>(ApprovalBallot.of(3), 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Counterexamples: sequential Phragmén and sequential PAV fail EJR.
  // ---------------------------------------------------------------------------------------------

  @Test
  void ejr_brillEtAlExample6_seqPhragmenFailsEjr() {
    // Brill, Freeman, Janson & Lackner, "Phragmén's voting methods and justified representation"
    // (AAAI 2017; Math. Programming 2024), Example 6, as in abcvoting's docs/intro-properties.rst
    // and test_seqphragmen_fails_ejr: 2 x {a,b,c1}, 2 x {a,b,c2}, 6 x {c1..c12}, 5 x {c2..c12},
    // 9 x {c3..c12}; k = 12. seq-Phragmén elects c1..c12 (the only committee, whatever the
    // tie-breaking). The four voters approving a and b are 4 >= 2 * 24 / 12, so 2-cohesive, but
    // each approves one member: EJR fails. JR and PJR hold (seq-Phragmén satisfies PJR).
    List<String> cs = new ArrayList<>(List.of("a", "b"));
    List<String> c1to12 = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      c1to12.add("c" + i);
    }
    cs.addAll(c1to12);
    ApprovalProfile<String> p = Profile.approval(cs)
        .add(2, "a", "b", "c1").add(2, "a", "b", "c2")
        .add(ApprovalBallot.of(c1to12), 6).add(ApprovalBallot.of(c1to12.subList(1, 12)), 5)
        .add(ApprovalBallot.of(c1to12.subList(2, 12)), 9).build();
    Committee<String> c = Phragmen.sequential().select(p, 12);
    assertThat(c.members()).isEqualTo(Set.copyOf(c1to12));
    Proportionality.Violation<String> v = Proportionality.extendedJustifiedRepresentation(p, c.members())
        .orElseThrow();
    assertThat(v.axiom()).isEqualTo("EJR");
    assertThat(v.ell()).isEqualTo(2);
    assertThat(v.commonlyApproved()).containsExactly("a", "b");
    assertThat(v.groupSize()).isEqualTo(4);
    // checked by hand: 4 * 12 >= 2 * 24, and each of the group's ballots approves one member
    assertThat(v.voters()).containsExactlyInAnyOrder(new Weighted<>(ApprovalBallot.of("a", "b", "c1"), 2),
        new Weighted<>(ApprovalBallot.of("a", "b", "c2"), 2));
    for (Weighted<ApprovalBallot<String>> b : v.voters()) {
      assertThat(b.ballot().approved().stream().filter(c.members()::contains)).hasSize(1);
    }
    assertThat(Proportionality.justifiedRepresentation(p, c.members())).isEmpty();
    assertThat(Proportionality.proportionalJustifiedRepresentation(p, c.members())).isEmpty();
  }

  /**
   * A profile on which sequential PAV fails EJR (found by us with an integer program over voter
   * types, and checked by hand below; that seq-PAV fails EJR is Aziz et al., Social Choice and
   * Welfare 48 (2017), and Lackner &amp; Skowron 2023, Chapter 4). Candidates a, b, c1..c6; k = 6;
   * 153 voters, 51 of whom approve a and b and one of c1..c4.
   */
  private static ApprovalProfile<String> seqPavEjrCounterexample() {
    return Profile.approval(List.of("a", "b", "c1", "c2", "c3", "c4", "c5", "c6"))
        .add(14, "c5").add(13, "c6").add(18, "c1", "c3", "c5").add(17, "c1", "c4", "c6").add(13, "c2", "c3", "c6")
        .add(19, "c2", "c4", "c5").add(8, "c3", "c4", "c6")
        .add(18, "a", "b", "c1").add(12, "a", "b", "c2").add(13, "a", "b", "c3").add(8, "a", "b", "c4")
        .build();
  }

  @Test
  void ejr_seqPavCounterexample_seqPavFailsEjr() {
    // Marginal PAV scores by hand (round: chosen, its gain; a's gain): 1: c1 53 (a 51); 2: c2 44
    // (a 42); 3: c3 73/2 (a 36); 4: c4 30 (a 59/2); 5: c5 79/3 (a 51/2); 6: c6 77/3 (a 51/2).
    // No round is tied. The 51 voters approving a and b are 51 >= 2 * 153 / 6, so 2-cohesive,
    // and each approves exactly one member: EJR fails at ℓ = 2. Every voter approves a member
    // (JR holds) and the group together approves c1..c4 (PJR holds).
    ApprovalProfile<String> p = seqPavEjrCounterexample();
    Committee<String> c = Pav.sequential().select(p, 6);
    assertThat(new ArrayList<>(c.members())).containsExactly("c1", "c2", "c3", "c4", "c5", "c6");
    assertThat(c.tied()).isFalse();
    assertThat(c.score()).contains(Rational.of(431, 2));
    Explanation.Tally<String> first = (Explanation.Tally<String>) c.explanation().steps().get(0);
    assertThat(first.values()).containsEntry("a", Rational.of(51)).containsEntry("c1", Rational.of(53))
        .containsEntry("c3", Rational.of(52));
    Proportionality.Violation<String> v = Proportionality.extendedJustifiedRepresentation(p, c.members())
        .orElseThrow();
    assertThat(v.ell()).isEqualTo(2);
    assertThat(v.commonlyApproved()).containsExactly("a", "b");
    assertThat(v.groupSize()).isEqualTo(51);
    assertThat(v.voters()).containsExactlyInAnyOrder(new Weighted<>(ApprovalBallot.of("a", "b", "c1"), 18),
        new Weighted<>(ApprovalBallot.of("a", "b", "c2"), 12), new Weighted<>(ApprovalBallot.of("a", "b", "c3"), 13),
        new Weighted<>(ApprovalBallot.of("a", "b", "c4"), 8));
    for (Weighted<ApprovalBallot<String>> b : v.voters()) {
      assertThat(b.ballot().approved().stream().filter(c.members()::contains)).hasSize(1);
    }
    assertThat(Proportionality.justifiedRepresentation(p, c.members())).isEmpty();
    assertThat(Proportionality.proportionalJustifiedRepresentation(p, c.members())).isEmpty();
  }

  @Test
  void ejr_seqPavCounterexample_exactPavGivesTheGroupTwoSeats() {
    // On the same profile exact PAV (which satisfies EJR) takes a and b: by hand {a, b, c3, c4,
    // c5, c6} scores 677/3 against seq-PAV's 431/2
    ApprovalProfile<String> p = seqPavEjrCounterexample();
    Committee<String> c = Pav.exact().select(p, 6);
    assertThat(c.members()).isEqualTo(Set.of("a", "b", "c3", "c4", "c5", "c6"));
    assertThat(c.score()).contains(Rational.of(677, 3));
    assertThat(Proportionality.extendedJustifiedRepresentation(p, c.members())).isEmpty();
  }
}
