package dk.prioritization.core.committee;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.generate.ImpartialApproval;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link EqualShares} against {@link EqualSharesReference}, the rule as it first computed: the
 * same committee in the same order, the same tie flag and runner-up, the same prices ρ of every
 * candidate in every round of the kept run (the explanation's tallies), and, run by run, the
 * same purchases, prices and money left, explained or not; on every profile of four candidates
 * and up to three voters, on 300 seeded random profiles, and on larger impartial ones.
 */
class EqualSharesDifferentialTest {

  /** What the samples exercised: completions (add1 raised the budget) and tied rounds. */
  private static final class Counts {
    int raised;
    int tied;
    int checked;
  }

  private static void agree(Sample<ApprovalProfile<String>> s, int k, Violations v, Counts counts) {
    ApprovalProfile<String> p = s.profile();
    EqualSharesReference.Result want = EqualSharesReference.select(p, k);
    counts.checked++;
    counts.raised += want.budget() > k ? 1 : 0;
    counts.tied += want.kept().tied() ? 1 : 0;
    Committee<String> got = EqualShares.withCompletion().select(p, k);
    List<String> wantMembers = new ArrayList<>();
    want.members().forEach(c -> wantMembers.add(p.candidates().get(c)));
    Optional<String> wantRunnerUp = want.runnerUp() < 0 ? Optional.empty()
        : Optional.of(p.candidates().get(want.runnerUp()));
    List<Map<String, Rational>> wantTallies = new ArrayList<>();
    for (Rational[] rho : want.kept().rounds()) {
      Map<String, Rational> shown = new LinkedHashMap<>();
      for (int c = 0; c < rho.length; c++) {
        if (rho[c] != null) {
          shown.put(p.candidates().get(c), rho[c]);
        }
      }
      wantTallies.add(shown);
    }
    List<Map<String, Rational>> gotTallies = new ArrayList<>();
    for (Explanation.Step<String> step : got.explanation().steps()) {
      if (step instanceof Explanation.Tally<String> t) {
        gotTallies.add(t.values());
      }
    }
    v.check(new ArrayList<>(got.members()).equals(wantMembers) && got.tied() == want.tied()
            && got.runnerUp().equals(wantRunnerUp) && gotTallies.equals(wantTallies),
        () -> s + " k=" + k + ": got " + got.members() + " tied " + got.tied() + " runner-up " + got.runnerUp()
            + " tallies " + gotTallies + ", reference " + wantMembers + " tied " + want.tied() + " runner-up "
            + wantRunnerUp + " tallies " + wantTallies);
    // the runs themselves, at the kept budget and one above, explained and not
    Approvals<String> a = Approvals.of(p, k);
    for (long budget = want.budget(); budget <= want.budget() + 1; budget++) {
      EqualSharesReference.Run ref = EqualSharesReference.run(a, budget);
      for (boolean explain : new boolean[] {true, false}) {
        EqualShares.Run<String> run = EqualShares.run(a, budget, explain);
        List<Rational> left = new ArrayList<>();
        for (int c = 0; c < a.m; c++) {
          left.add(run.left(c));
        }
        long b = budget;
        v.check(run.members.equals(ref.members()) && run.prices.equals(ref.prices()) && left.equals(ref.left())
                && (!explain || run.tied == ref.tied()),
            () -> s + " k=" + k + " budget " + b + (explain ? " explained" : "") + ": bought " + run.members
                + " at " + run.prices + " leaving " + left + ", reference " + ref.members() + " at " + ref.prices()
                + " leaving " + ref.left());
      }
    }
  }

  @Test
  void equalShares_everyProfileOfFourCandidatesAndUpToThreeVoters_agreesWithReference() {
    Violations v = new Violations("equal-shares equals the reference");
    Counts counts = new Counts();
    for (Sample<ApprovalProfile<String>> s : SmallProfiles.approvalSamples(List.of("a", "b", "c", "d"), 1, 3)) {
      for (int k = 1; k <= 4; k++) {
        agree(s, k, v, counts);
      }
    }
    v.assertNone();
    assertThat(counts.raised).as("committees completed by add1").isGreaterThan(100);
    assertThat(counts.tied).as("kept runs with a tied round").isGreaterThan(100);
  }

  /**
   * A seeded random profile: 2 to 10 candidates, 1 to 25 ballot draws each cast by 1 to 4
   * voters, each candidate approved with a probability from 0.1 to 0.6; every fifth seed adds
   * two empty ballots.
   */
  static Sample<ApprovalProfile<String>> draw(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 2 + r.nextInt(9);
    double p = 0.1 + 0.1 * r.nextInt(6);
    int draws = 1 + r.nextInt(25);
    List<String> cs = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      cs.add("c" + i);
    }
    ApprovalProfile.Builder<String> b = Profile.approval(cs);
    for (int j = 0; j < draws; j++) {
      List<String> approved = new ArrayList<>();
      for (String c : cs) {
        if (r.nextDouble() < p) {
          approved.add(c);
        }
      }
      b.add(ApprovalBallot.of(approved), 1 + r.nextInt(4));
    }
    if (seed % 5 == 0) {
      b.add(ApprovalBallot.of(List.of()), 2);
    }
    return new Sample<>("seed " + seed + " (m " + m + ", p " + p + ", " + draws + " draws)", b.build());
  }

  @Test
  void equalShares_seededProfilesEveryCommitteeSize_agreesWithReference() {
    Violations v = new Violations("equal-shares equals the reference");
    Counts counts = new Counts();
    for (long seed = 0; seed < 300; seed++) {
      Sample<ApprovalProfile<String>> s = draw(seed);
      for (int k = 1; k <= s.profile().candidateCount(); k++) {
        agree(s, k, v, counts);
      }
    }
    v.assertNone();
    assertThat(counts.raised).as("committees completed by add1").isGreaterThan(300);
    assertThat(counts.tied).as("kept runs with a tied round").isGreaterThan(100);
  }

  @Test
  void equalShares_largerImpartialProfiles_agreesWithReference() {
    Violations v = new Violations("equal-shares equals the reference");
    Counts counts = new Counts();
    for (long seed = 0; seed < 8; seed++) {
      List<String> cs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        cs.add("c" + i);
      }
      ImpartialApproval<String> culture = ImpartialApproval.of(cs, 0.1 + 0.05 * (seed % 3));
      Sample<ApprovalProfile<String>> s = new Sample<>(culture + ".generate(" + (100 + 50 * seed) + ", " + seed + ")",
          culture.generate(100 + 50 * seed, seed));
      agree(s, 3 + (int) seed, v, counts);
    }
    v.assertNone();
    assertThat(counts.raised).as("committees completed by add1").isGreaterThan(2);
  }
}
