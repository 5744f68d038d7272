package dk.prioritization.core.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Profile;
import dk.prioritization.core.generate.ImpartialApproval;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact PAV and Chamberlin-Courant search against {@link ThieleReference}, the search as it
 * first shipped: the same members (the first optimal committee in candidate order), the same
 * score and the same tie flag, on every profile of four candidates and up to three voters, on
 * 400 seeded random profiles of 3 to 14 candidates for every committee size, and on larger ones
 * of 18 to 22 candidates. Also: the search refuses once it passes its node limit.
 */
class ExactSearchDifferentialTest {
  private static final int SEEDS = 400;

  /**
   * A seeded random profile: 3 to 14 candidates, 1 to 40 distinct ballot draws each cast by 1 to
   * 4 voters, each candidate approved with a probability from 0.1 to 0.7; every fifth seed adds
   * empty ballots and every seventh a copy of the first ballot, so that ties are common.
   */
  static Sample<ApprovalProfile<String>> draw(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 3 + r.nextInt(12);
    double p = 0.1 + 0.1 * r.nextInt(7);
    int draws = 1 + r.nextInt(40);
    List<String> cs = names(m);
    ApprovalProfile.Builder<String> b = Profile.approval(cs);
    List<String> first = null;
    for (int v = 0; v < draws; v++) {
      List<String> approved = new ArrayList<>();
      for (String c : cs) {
        if (r.nextDouble() < p) {
          approved.add(c);
        }
      }
      first = first == null ? approved : first;
      b.add(ApprovalBallot.of(approved), 1 + r.nextInt(4));
    }
    if (seed % 5 == 0) {
      b.add(ApprovalBallot.of(List.of()), 2);
    }
    if (seed % 7 == 0) {
      b.add(ApprovalBallot.of(first), 3);
    }
    ApprovalProfile<String> profile = b.build();
    return new Sample<>("seed " + seed + " (m " + m + ", p " + p + ", " + draws + " draws)", profile);
  }

  private static List<String> names(int m) {
    List<String> cs = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      cs.add("c" + i);
    }
    return cs;
  }

  /** Counts of the reference's tied and untied answers, to show the samples exercise both. */
  private static final class Counts {
    int tied;
    int untied;
  }

  private static void agree(Sample<ApprovalProfile<String>> s, int k, Violations v, Counts counts) {
    for (boolean pav : new boolean[] {true, false}) {
      ThieleReference.Result want = ThieleReference.exact(s.profile(), k, pav);
      Committee<String> got = (pav ? Pav.exact() : ChamberlinCourant.exact()).select(s.profile(), k);
      List<String> wantMembers = new ArrayList<>();
      want.members().forEach(i -> wantMembers.add(s.profile().candidates().get(i)));
      if (want.tied()) {
        counts.tied++;
      } else {
        counts.untied++;
      }
      v.check(new ArrayList<>(got.members()).equals(wantMembers) && got.score().orElseThrow().equals(want.score())
              && got.tied() == want.tied(),
          () -> s + " k=" + k + (pav ? " pav" : " cc") + ": got " + got.members() + " " + got.score().orElseThrow()
              + " tied " + got.tied() + ", reference " + wantMembers + " " + want.score() + " tied " + want.tied());
    }
  }

  @Test
  void exactRules_everyProfileOfFourCandidatesAndUpToThreeVoters_agreeWithReference() {
    Violations v = new Violations("exact PAV/CC equal the reference search");
    Counts counts = new Counts();
    for (Sample<ApprovalProfile<String>> s : SmallProfiles.approvalSamples(List.of("a", "b", "c", "d"), 1, 3)) {
      for (int k = 1; k <= 4; k++) {
        agree(s, k, v, counts);
      }
    }
    v.assertNone();
    assertThat(counts.tied).as("tied answers").isGreaterThan(100);
    assertThat(counts.untied).as("untied answers").isGreaterThan(100);
  }

  @Test
  void exactRules_seededProfilesEveryCommitteeSize_agreeWithReference() {
    Violations v = new Violations("exact PAV/CC equal the reference search");
    Counts counts = new Counts();
    for (long seed = 0; seed < SEEDS; seed++) {
      Sample<ApprovalProfile<String>> s = draw(seed);
      for (int k = 1; k <= s.profile().candidateCount(); k++) {
        agree(s, k, v, counts);
      }
    }
    v.assertNone();
    assertThat(counts.tied).as("tied answers").isGreaterThan(500);
    assertThat(counts.untied).as("untied answers").isGreaterThan(500);
  }

  @Test
  void exactRules_largerImpartialProfiles_agreeWithReference() {
    Violations v = new Violations("exact PAV/CC equal the reference search");
    Counts counts = new Counts();
    for (long seed = 0; seed < 12; seed++) {
      List<String> cs = names(18 + (int) (seed % 5));
      ImpartialApproval<String> culture = ImpartialApproval.of(cs, 0.1 + 0.05 * (seed % 4));
      ApprovalProfile<String> profile = culture.generate(20 + 15 * seed, seed);
      Sample<ApprovalProfile<String>> s = new Sample<>(culture + ".generate(" + (20 + 15 * seed) + ", " + seed + ")",
          profile);
      for (int k : new int[] {2, 4, 6}) {
        agree(s, k, v, counts);
      }
    }
    v.assertNone();
    assertThat(counts.untied).as("untied answers").isGreaterThan(10);
  }

  @Test
  void exactSearch_passesItsNodeLimit_refusesNamingTheNodes() {
    ApprovalProfile<String> p = ImpartialApproval.of(names(12), 0.3).generate(30, 7);
    Thiele limited = new Thiele(true, "pav", 10);
    assertThatThrownBy(() -> limited.exact(Approvals.of(p, 5), 5))
        .isInstanceOfSatisfying(ProblemTooLargeException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("pav");
          assertThat(e.size()).isEqualTo(11);
          assertThat(e.limit()).isEqualTo(10);
        })
        .hasMessage("rule pav: the branch-and-bound search (nodes visited) has 11, above the limit of 10");
    // the same instance is solved within the real limit
    assertThat(Pav.exact().select(p, 5).members()).hasSize(5);
  }

  @Test
  void exactCcSearch_passesItsNodeLimit_refuses() {
    ApprovalProfile<String> p = ImpartialApproval.of(names(12), 0.3).generate(30, 7);
    Thiele limited = new Thiele(false, "cc", 3);
    assertThatThrownBy(() -> limited.exact(Approvals.of(p, 5), 5)).isInstanceOf(ProblemTooLargeException.class)
        .hasMessage("rule cc: the branch-and-bound search (nodes visited) has 4, above the limit of 3");
  }
}
