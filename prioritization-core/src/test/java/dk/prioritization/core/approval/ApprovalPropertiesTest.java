package dk.prioritization.core.approval;

import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.generate.ProfileGenerator;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The axioms of approval and satisfaction approval voting, checked on every profile of three
 * candidates and up to five voters and on seeded random profiles (some with a cap): anonymity,
 * neutrality, Pareto, monotonicity, reinforcement and the mergeable tally; and the one property
 * that separates them, shown by a counterexample.
 */
class ApprovalPropertiesTest {

  private static final List<Sample<ApprovalProfile<String>>> SMALL = SmallProfiles.approvalSamples(ABC, 1, 5);
  private static final List<Sample<ApprovalProfile<String>>> PAIRABLE = SmallProfiles.approvalSamples(ABC, 1, 2);

  static List<Rule> rules() {
    return List.of(Approval.rule(), SatisfactionApproval.rule());
  }

  static LongStream seeds() {
    return SeededProfiles.seeds();
  }

  private static Sample<ApprovalProfile<String>> seeded(long seed) {
    return SeededProfiles.first(SeededProfiles.approvalCulture(seed), seed);
  }

  private static List<ApprovalBallot<String>> voters(ApprovalProfile<String> p) {
    return SmallProfiles.voters(p.ballots());
  }

  private static ApprovalProfile<String> profile(List<String> candidates, List<ApprovalBallot<String>> voters) {
    return SmallProfiles.approval(candidates, voters);
  }

  /** Runs {@code check} for each rule on every small profile. */
  private static void forSmall(Rule rule, String property, Check check) {
    Violations v = new Violations(property + ", rule " + rule);
    SMALL.forEach(s -> check.run(rule, s, v));
    v.assertNone();
  }

  /** Runs {@code check} for each rule on the seed's profile. */
  private static void forSeeded(long seed, String property, Check check) {
    Violations v = new Violations(property + ", seed " + seed);
    rules().forEach(rule -> check.run(rule, seeded(seed), v));
    v.assertNone();
  }

  @FunctionalInterface
  private interface Check {
    void run(Rule rule, Sample<ApprovalProfile<String>> sample, Violations violations);
  }

  // ---- anonymity and neutrality -------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_ballotsAddedInShuffledOrder_sameProfileResultAndFingerprint(Rule rule) {
    forSmall(rule, "anonymity", ApprovalPropertiesTest::checkAnonymity);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededBallotsAddedInShuffledOrder_sameProfileResultAndFingerprint(long seed) {
    forSeeded(seed, "anonymity", ApprovalPropertiesTest::checkAnonymity);
  }

  private static void checkAnonymity(Rule rule, Sample<ApprovalProfile<String>> s, Violations v) {
    ApprovalProfile<String> p = s.profile();
    List<ApprovalBallot<String>> voters = voters(p);
    var builder = dk.prioritization.core.Profile.approval(p.candidates());
    p.cap().ifPresent(builder::cap);
    ApprovalProfile<String> shuffled = builder.addAll(SmallProfiles.shuffled(voters, voters.size())).build();
    Result<String> expected = rule.rank(p);
    Result<String> actual = rule.rank(shuffled);
    v.check(shuffled.equals(p) && shuffled.fingerprint().equals(p.fingerprint())
            && actual.ranking().equals(expected.ranking()) && actual.scores().equals(expected.scores())
            && actual.fingerprint().equals(expected.fingerprint()),
        () -> "rule " + rule + ": the ballots shuffled (seed " + voters.size() + ") give "
            + SmallProfiles.describe(shuffled) + " ranked " + actual.ranking() + " " + actual.scores() + " fingerprint "
            + actual.fingerprint() + ", not " + expected.ranking() + " " + expected.scores() + " fingerprint "
            + expected.fingerprint() + "; " + s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_candidatesRelabelled_rankingRelabelledAlike(Rule rule) {
    forSmall(rule, "neutrality", ApprovalPropertiesTest::checkNeutrality);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededCandidatesRelabelled_rankingRelabelledAlike(long seed) {
    forSeeded(seed, "neutrality", ApprovalPropertiesTest::checkNeutrality);
  }

  private static void checkNeutrality(Rule rule, Sample<ApprovalProfile<String>> s, Violations v) {
    ApprovalProfile<String> p = s.profile();
    List<String> candidates = p.candidates();
    Result<String> before = rule.rank(p);
    // a transposition and a full cycle generate all permutations (the small profiles are closed
    // under relabelling)
    List<Map<String, String>> relabellings = new ArrayList<>();
    for (int shift : new int[] {0, 1}) {
      Map<String, String> pi = new java.util.LinkedHashMap<>();
      for (int i = 0; i < candidates.size(); i++) {
        pi.put(candidates.get(i), candidates.get((i + shift) % candidates.size()));
      }
      if (shift == 0) {
        pi.put(candidates.get(0), candidates.get(1));
        pi.put(candidates.get(1), candidates.get(0));
      }
      relabellings.add(pi);
    }
    for (Map<String, String> pi : relabellings) {
      List<ApprovalBallot<String>> voters = voters(p).stream()
          .map(b -> ApprovalBallot.of(b.approved().stream().map(pi::get).collect(Collectors.toList())))
          .collect(Collectors.toList());
      Result<String> after = rule.rank(profile(candidates, voters));
      List<Set<String>> mapped = before.ranking().tiers().stream()
          .map(t -> t.stream().map(pi::get).collect(Collectors.toSet())).collect(Collectors.toList());
      boolean scoresMapped = candidates.stream().allMatch(c -> after.score(pi.get(c)).equals(before.score(c)));
      v.check(after.ranking().equals(new Ranking<>(mapped)) && scoresMapped,
          () -> "rule " + rule + ": relabelled by " + pi + " the ranking is " + after.ranking() + " " + after.scores()
              + ", not " + new Ranking<>(mapped) + " (relabelled " + before.ranking() + " " + before.scores() + "); " + s);
    }
  }

  // ---- Pareto and monotonicity --------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_everyApproverOfBApprovesAAndSomeOnlyA_aRankedAboveB(Rule rule) {
    forSmall(rule, "Pareto", ApprovalPropertiesTest::checkPareto);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededEveryApproverOfBApprovesAAndSomeOnlyA_aRankedAboveB(long seed) {
    forSeeded(seed, "Pareto", ApprovalPropertiesTest::checkPareto);
  }

  private static void checkPareto(Rule rule, Sample<ApprovalProfile<String>> s, Violations v) {
    ApprovalProfile<String> p = s.profile();
    List<ApprovalBallot<String>> voters = voters(p);
    Ranking<String> ranking = rule.rank(p).ranking();
    for (String a : p.candidates()) {
      for (String b : p.candidates()) {
        boolean dominates = voters.stream().allMatch(x -> !x.approved().contains(b) || x.approved().contains(a))
            && voters.stream().anyMatch(x -> x.approved().contains(a) && !x.approved().contains(b));
        if (dominates) {
          v.check(ranking.tierOf(b).orElseThrow() > ranking.tierOf(a).orElseThrow(),
              () -> "rule " + rule + ": " + a + " dominates " + b + " but the ranking is " + ranking + "; " + s);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_winnerApprovedOnOneMoreBallot_staysWinner(Rule rule) {
    forSmall(rule, "monotonicity", ApprovalPropertiesTest::checkMonotonicity);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededWinnerApprovedOnOneMoreBallot_staysWinner(long seed) {
    forSeeded(seed, "monotonicity", ApprovalPropertiesTest::checkMonotonicity);
  }

  private static void checkMonotonicity(Rule rule, Sample<ApprovalProfile<String>> s, Violations v) {
    ApprovalProfile<String> p = s.profile();
    List<ApprovalBallot<String>> voters = voters(p);
    for (String w : rule.rank(p).winners()) {
      for (int i : SmallProfiles.firstOfEach(voters)) {
        ApprovalBallot<String> old = voters.get(i);
        if (old.approved().contains(w)) {
          continue;
        }
        List<String> approved = new ArrayList<>(old.approved());
        approved.add(w);
        ApprovalProfile<String> q = profile(p.candidates(), SmallProfiles.replace(voters, i, ApprovalBallot.of(approved)));
        Result<String> after = rule.rank(q);
        v.check(after.winners().contains(w), () -> "rule " + rule + ": winner " + w + " added to ballot "
            + old.approved() + " loses: " + after.ranking() + " " + after.scores() + "; " + s);
      }
    }
  }

  // ---- reinforcement and the mergeable tally ------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_unionOfProfilesWithCommonWinners_winnersAreTheCommonOnes(Rule rule) {
    Violations v = new Violations("reinforcement, rule " + rule);
    for (Sample<ApprovalProfile<String>> a : PAIRABLE) {
      for (Sample<ApprovalProfile<String>> b : PAIRABLE) {
        checkReinforcement(rule, a, b, v);
      }
    }
    v.assertNone();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededUnionOfProfilesWithCommonWinners_winnersAreTheCommonOnes(long seed) {
    ProfileGenerator<ApprovalProfile<String>> culture = SeededProfiles.approvalCulture(seed);
    Violations v = new Violations("reinforcement, seed " + seed);
    rules().forEach(rule -> checkReinforcement(rule, SeededProfiles.first(culture, seed),
        SeededProfiles.second(culture, seed), v));
    v.assertNone();
  }

  private static ApprovalProfile<String> union(ApprovalProfile<String> a, ApprovalProfile<String> b) {
    List<ApprovalBallot<String>> voters = new ArrayList<>(voters(a));
    voters.addAll(voters(b));
    return profile(a.candidates(), voters);
  }

  private static void checkReinforcement(Rule rule, Sample<ApprovalProfile<String>> a,
      Sample<ApprovalProfile<String>> b, Violations v) {
    Set<String> common = new HashSet<>(rule.rank(a.profile()).winners());
    common.retainAll(rule.rank(b.profile()).winners());
    if (!common.isEmpty()) {
      Set<String> winners = rule.rank(union(a.profile(), b.profile())).winners();
      v.check(winners.equals(common), () -> "rule " + rule + ": A ∪ B elects " + winners + ", not the common winners "
          + common + " of A = " + a + " and B = " + b);
    }
  }

  @Test
  void tally_unionOfProfiles_equalsMergedTallies() {
    Violations v = new Violations("merge");
    for (Sample<ApprovalProfile<String>> a : PAIRABLE) {
      for (Sample<ApprovalProfile<String>> b : PAIRABLE) {
        checkMerge(a, b, v);
      }
    }
    v.assertNone();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tally_seededUnionOfProfiles_equalsMergedTallies(long seed) {
    ProfileGenerator<ApprovalProfile<String>> culture = SeededProfiles.approvalCulture(seed);
    Violations v = new Violations("merge, seed " + seed);
    checkMerge(SeededProfiles.first(culture, seed), SeededProfiles.second(culture, seed), v);
    v.assertNone();
  }

  private static void checkMerge(Sample<ApprovalProfile<String>> a, Sample<ApprovalProfile<String>> b, Violations v) {
    ApprovalTally<String> union = ApprovalTally.of(union(a.profile(), b.profile()));
    ApprovalTally<String> merged = ApprovalTally.of(a.profile()).merge(ApprovalTally.of(b.profile()));
    v.check(union.equals(merged), () -> "the tally of A ∪ B is " + union + ", the merged tally " + merged
        + ", for A = " + a + " and B = " + b);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededCappedProfile_cappedRuleCountsAsUncapped(long seed) {
    Sample<ApprovalProfile<String>> s = seeded(seed);
    s.profile().cap().ifPresent(cap -> assertThat(Approval.withCap(cap).rank(s.profile()).ranking())
        .as("%s", s).isEqualTo(Approval.rule().rank(s.profile()).ranking()));
  }

  // ---- approving one more candidate ---------------------------------------------------------

  /**
   * Searches for a voter who, by approving one more candidate x, changes how the rule orders two
   * other candidates y and z (above, tied or below); returns the first case found, or null.
   */
  private static ThirdPartyEffect thirdPartyEffect(Rule rule, Sample<ApprovalProfile<String>> s) {
    ApprovalProfile<String> p = s.profile();
    List<ApprovalBallot<String>> voters = voters(p);
    Ranking<String> before = rule.rank(p).ranking();
    for (int i : SmallProfiles.firstOfEach(voters)) {
      for (String x : p.candidates()) {
        if (voters.get(i).approved().contains(x)) {
          continue;
        }
        List<String> approved = new ArrayList<>(voters.get(i).approved());
        approved.add(x);
        Ranking<String> after = rule.rank(profile(p.candidates(), SmallProfiles.replace(voters, i,
            ApprovalBallot.of(approved)))).ranking();
        for (String y : p.candidates()) {
          for (String z : p.candidates()) {
            if (!y.equals(x) && !z.equals(x) && !y.equals(z)
                && Integer.signum(before.tierOf(y).orElseThrow() - before.tierOf(z).orElseThrow())
                    != Integer.signum(after.tierOf(y).orElseThrow() - after.tierOf(z).orElseThrow())) {
              return new ThirdPartyEffect(s, voters.get(i), x, y, z, before, after);
            }
          }
        }
      }
    }
    return null;
  }

  /** On {@code sample}, a voter casting {@code ballot} also approves x, and y and z change order. */
  private record ThirdPartyEffect(Sample<ApprovalProfile<String>> sample, ApprovalBallot<String> ballot, String x,
      String y, String z, Ranking<String> before, Ranking<String> after) {}

  @Test
  void rank_voterApprovesOneMoreCandidate_approvalKeepsTheOrderOfTheOthers() {
    Violations v = new Violations("approval keeps the order of candidates a voter did not touch");
    for (Sample<ApprovalProfile<String>> s : SMALL) {
      ThirdPartyEffect found = thirdPartyEffect(Approval.rule(), s);
      v.check(found == null, () -> String.valueOf(found));
    }
    v.assertNone();
  }

  @Test
  void rank_voterApprovesOneMoreCandidate_satisfactionApprovalCanReorderTwoOthers() {
    // Satisfaction approval is not monotonic in the number of approvals a voter gives: approving
    // x as well lowers the share of the voter's other candidates. With three candidates the
    // search finds y falling from above z to a tie with z.
    ThirdPartyEffect found = SMALL.stream().map(s -> thirdPartyEffect(SatisfactionApproval.rule(), s))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    assertThat(found).as("a small profile where adding an approval reorders two other candidates").isNotNull();
  }

  @Test
  void rank_soleSupporterOfWinnerAlsoApprovesX_satisfactionApprovalDropsWinnerBelowZ() {
    // Satisfaction scores before: y 1 (one voter approves only y); x, z, w 2/3 each (two voters
    // approve {x, z, w}); y wins. When y's voter also approves x, y falls to 1/2 and z, whose
    // supporters did nothing, is now strictly above y (2/3). Approval voting counts y 1 and z 2
    // both times: their order does not move.
    List<String> candidates = List.of("x", "y", "z", "w");
    ApprovalProfile<String> before = dk.prioritization.core.Profile.approval(candidates)
        .add(1, "y").add(2, "x", "z", "w").build();
    ApprovalProfile<String> after = dk.prioritization.core.Profile.approval(candidates)
        .add(1, "y", "x").add(2, "x", "z", "w").build();
    Ranking<String> savBefore = SatisfactionApproval.rule().rank(before).ranking();
    Ranking<String> savAfter = SatisfactionApproval.rule().rank(after).ranking();
    assertThat(savBefore.winners()).containsExactly("y");
    assertThat(savBefore.tierOf("y").orElseThrow()).isLessThan(savBefore.tierOf("z").orElseThrow());
    assertThat(savAfter.tierOf("z").orElseThrow()).isLessThan(savAfter.tierOf("y").orElseThrow());
    assertThat(Approval.rule().rank(before).scores()).containsEntry("y", dk.prioritization.core.Rational.ONE)
        .containsEntry("z", dk.prioritization.core.Rational.of(2));
    assertThat(Approval.rule().rank(after).scores()).containsEntry("y", dk.prioritization.core.Rational.ONE)
        .containsEntry("z", dk.prioritization.core.Rational.of(2));
  }
}
