package dk.prioritization.core.positional;

import static dk.prioritization.core.generate.SmallProfiles.ABC;

import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Result;
import dk.prioritization.core.generate.ProfileGenerator;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The axioms of the positional rules, checked exhaustively on every profile of three candidates
 * and up to five voters (fewer for truncated and tied ballots) and on seeded random profiles of
 * three to five candidates: anonymity, neutrality, Pareto, monotonicity, reinforcement and
 * mergeable tallies. Every failure message names the case (the exhaustive index or the generator
 * and seed) and lists the profile's ballots.
 */
class PositionalPropertiesTest {

  /** The ballots a rule is defined on. */
  enum Domain {
    /** Complete strict ballots only. */
    LINEAR,
    /** Strict ballots, truncated or not. */
    STRICT,
    /** Any ranked ballots. */
    ANY;

    boolean accepts(RankedProfile<?> p) {
      return this == ANY || (this == STRICT ? !p.hasTies() : p.isLinear());
    }
  }

  /**
   * A rule with the ballots it is defined on and the Pareto property it has: strict (the dominating
   * candidate is ranked strictly higher: score vectors that strictly decrease) or weak (never
   * lower: plurality, anti-plurality and vectors with equal neighbouring scores).
   */
  record RuleCase(PositionalRule rule, Domain domain, boolean strictlyPareto) {
    @Override
    public String toString() {
      return rule.toString();
    }
  }

  static List<RuleCase> rules() {
    return List.of(
        new RuleCase(Plurality.rule(), Domain.STRICT, false),
        new RuleCase(AntiPlurality.rule(), Domain.LINEAR, false),
        new RuleCase(Borda.standard(), Domain.LINEAR, true),
        new RuleCase(Borda.symmetric(), Domain.ANY, true),
        new RuleCase(Borda.averaged(), Domain.ANY, true),
        new RuleCase(Borda.pessimistic(), Domain.ANY, true),
        new RuleCase(Borda.modified(), Domain.ANY, true),
        new RuleCase(Dowdall.rule(), Domain.STRICT, true),
        new RuleCase(PositionalScoring.of(6, 3, 2, 1, 0), Domain.LINEAR, true),
        new RuleCase(PositionalScoring.of(2, 1, 1), Domain.LINEAR, false),
        new RuleCase(PositionalScoring.of(1, 1).withTruncated(TruncatedBallots.RANKED_ONLY), Domain.STRICT, false));
  }

  static LongStream seeds() {
    return SeededProfiles.seeds();
  }

  private static final List<Sample<RankedProfile<String>>> LINEAR =
      SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 5);
  private static final List<Sample<RankedProfile<String>>> LINEAR_4_TO_5 =
      SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 4, 5);
  private static final List<Sample<RankedProfile<String>>> STRICT =
      SmallProfiles.rankedSamples("strict", ABC, SmallProfiles.strictBallots(ABC), 1, 3);
  private static final List<Sample<RankedProfile<String>>> ANY = any();

  private static List<Sample<RankedProfile<String>>> any() {
    List<Sample<RankedProfile<String>>> out = new ArrayList<>(
        SmallProfiles.rankedSamples("any", ABC, SmallProfiles.rankedBallots(ABC), 1, 2));
    out.addAll(SmallProfiles.rankedSamples("weak", ABC, SmallProfiles.weakOrders(ABC), 3, 3));
    out.addAll(SmallProfiles.rankedSamples("strict", ABC, SmallProfiles.strictBallots(ABC), 3, 3));
    return out;
  }

  /**
   * Every exhaustive profile the rule is defined on: all profiles of complete strict ballots with
   * one to five voters; where the rule takes truncated ballots, all with up to three voters
   * casting any of the 16 strict ballots (complete, truncated or empty); and where it takes any
   * ballots, all with one or two voters casting any of the 26 ranked ballots (the 13 weak orders
   * and the 13 truncated ones, the empty ballot included) and all with three voters casting weak
   * orders or strict ballots.
   */
  private static List<Sample<RankedProfile<String>>> exhaustive(Domain domain) {
    if (domain == Domain.LINEAR) {
      return LINEAR;
    }
    List<Sample<RankedProfile<String>>> out = new ArrayList<>(LINEAR_4_TO_5);
    out.addAll(domain == Domain.STRICT ? STRICT : ANY);
    return out;
  }

  /**
   * Pairs of small profiles for the two-profile properties, as groups (left, right) in which each
   * left profile is paired with each right one: complete strict with one to three voters against
   * one or two; and, where the rule takes them, one or two voters against one voter, casting any of the
   * strict or ranked ballots.
   */
  private static List<List<Sample<RankedProfile<String>>>> exhaustivePairs(Domain domain) {
    List<List<Sample<RankedProfile<String>>>> groups = new ArrayList<>();
    groups.add(SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 3));
    groups.add(SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 2));
    if (domain != Domain.LINEAR) {
      List<RankedBallot<String>> ballots =
          domain == Domain.STRICT ? SmallProfiles.strictBallots(ABC) : SmallProfiles.rankedBallots(ABC);
      groups.add(SmallProfiles.rankedSamples(domain.name().toLowerCase(java.util.Locale.ROOT), ABC, ballots, 1, 2));
      groups.add(SmallProfiles.rankedSamples(domain.name().toLowerCase(java.util.Locale.ROOT), ABC, ballots, 1, 1));
    }
    return groups;
  }

  /** Runs {@code check} on the seed's three profiles (linear, truncated, untidy) for the rules defined on each. */
  private static void forSeeded(long seed, String property, Check check) {
    Violations v = new Violations(property + ", seed " + seed);
    for (ProfileGenerator<RankedProfile<String>> culture : SeededProfiles.rankedCultures(seed)) {
      Sample<RankedProfile<String>> s = SeededProfiles.first(culture, seed);
      for (RuleCase rule : rules()) {
        if (rule.domain().accepts(s.profile())) {
          check.run(rule, s, v);
        }
      }
    }
    v.assertNone();
  }

  /** Runs {@code check} on every exhaustive profile the rule is defined on. */
  private static void forExhaustive(RuleCase rule, String property, Check check) {
    Violations v = new Violations(property + ", rule " + rule);
    exhaustive(rule.domain()).forEach(s -> check.run(rule, s, v));
    v.assertNone();
  }

  @FunctionalInterface
  private interface Check {
    void run(RuleCase rule, Sample<RankedProfile<String>> sample, Violations violations);
  }

  // ---- anonymity --------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_ballotsAddedInShuffledOrder_sameProfileResultAndFingerprint(RuleCase rule) {
    forExhaustive(rule, "anonymity", PositionalPropertiesTest::checkAnonymity);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededBallotsAddedInShuffledOrder_sameProfileResultAndFingerprint(long seed) {
    forSeeded(seed, "anonymity", PositionalPropertiesTest::checkAnonymity);
  }

  private static void checkAnonymity(RuleCase rule, Sample<RankedProfile<String>> s, Violations v) {
    RankedProfile<String> p = s.profile();
    List<RankedBallot<String>> voters = SmallProfiles.voters(p.ballots());
    RankedProfile<String> shuffled = SmallProfiles.ranked(p.candidates(), SmallProfiles.shuffled(voters, voters.size()));
    Result<String> expected = rule.rule().rank(p);
    Result<String> actual = rule.rule().rank(shuffled);
    v.check(shuffled.equals(p) && shuffled.fingerprint().equals(p.fingerprint())
            && actual.ranking().equals(expected.ranking()) && actual.scores().equals(expected.scores())
            && actual.fingerprint().equals(expected.fingerprint()),
        () -> "rule " + rule + ": the ballots added in the order " + SmallProfiles.shuffled(voters, voters.size())
            + " (shuffle seed " + voters.size() + ") give " + SmallProfiles.describe(shuffled) + " ranked "
            + actual.ranking() + " " + actual.scores() + " fingerprint " + actual.fingerprint() + ", not "
            + expected.ranking() + " " + expected.scores() + " fingerprint " + expected.fingerprint() + "; " + s);
  }

  // ---- neutrality -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_candidatesRelabelled_rankingRelabelledAlike(RuleCase rule) {
    forExhaustive(rule, "neutrality", PositionalPropertiesTest::checkNeutrality);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededCandidatesRelabelled_rankingRelabelledAlike(long seed) {
    forSeeded(seed, "neutrality", PositionalPropertiesTest::checkNeutrality);
  }

  private static void checkNeutrality(RuleCase rule, Sample<RankedProfile<String>> s, Violations v) {
    RankedProfile<String> p = s.profile();
    List<String> candidates = p.candidates();
    // A transposition and a full cycle generate every permutation; the exhaustive sets are closed
    // under relabelling, so checking these two there checks all of them.
    List<Map<String, String>> relabellings = List.of(swapFirstTwo(candidates), cycle(candidates));
    Result<String> before = rule.rule().rank(p);
    for (Map<String, String> pi : relabellings) {
      List<RankedBallot<String>> voters = SmallProfiles.voters(p.ballots()).stream()
          .map(b -> SmallProfiles.relabel(b, pi)).collect(Collectors.toList());
      Result<String> after = rule.rule().rank(SmallProfiles.ranked(candidates, voters));
      List<Set<String>> mapped = before.ranking().tiers().stream()
          .map(t -> t.stream().map(pi::get).collect(Collectors.toSet())).collect(Collectors.toList());
      boolean scoresMapped = candidates.stream().allMatch(c -> after.score(pi.get(c)).equals(before.score(c)));
      v.check(after.ranking().equals(new Ranking<>(mapped)) && scoresMapped,
          () -> "rule " + rule + ": relabelled by " + pi + " the ranking is " + after.ranking() + " " + after.scores()
              + ", not " + new Ranking<>(mapped) + " (relabelled " + before.ranking() + " " + before.scores() + "); " + s);
    }
  }

  private static Map<String, String> cycle(List<String> candidates) {
    Map<String, String> pi = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      pi.put(candidates.get(i), candidates.get((i + 1) % candidates.size()));
    }
    return pi;
  }

  private static Map<String, String> swapFirstTwo(List<String> candidates) {
    Map<String, String> pi = new LinkedHashMap<>();
    for (String c : candidates) {
      pi.put(c, c);
    }
    pi.put(candidates.get(0), candidates.get(1));
    pi.put(candidates.get(1), candidates.get(0));
    return pi;
  }

  // ---- Pareto -----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_everyVoterPrefersAToB_bNotRankedAboveA(RuleCase rule) {
    forExhaustive(rule, "Pareto", PositionalPropertiesTest::checkPareto);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededEveryVoterPrefersAToB_bNotRankedAboveA(long seed) {
    forSeeded(seed, "Pareto", PositionalPropertiesTest::checkPareto);
  }

  private static void checkPareto(RuleCase rule, Sample<RankedProfile<String>> s, Violations v) {
    RankedProfile<String> p = s.profile();
    List<RankedBallot<String>> voters = SmallProfiles.voters(p.ballots());
    Ranking<String> ranking = rule.rule().rank(p).ranking();
    for (String a : p.candidates()) {
      for (String b : p.candidates()) {
        if (!a.equals(b) && voters.stream().allMatch(x -> SmallProfiles.prefers(x, a, b))) {
          int ta = ranking.tierOf(a).orElseThrow();
          int tb = ranking.tierOf(b).orElseThrow();
          v.check(rule.strictlyPareto() ? tb > ta : tb >= ta,
              () -> "rule " + rule + ": every voter prefers " + a + " to " + b + " but the ranking is " + ranking
                  + "; " + s);
        }
      }
    }
  }

  // ---- monotonicity -----------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_winnerRaisedOnOneBallot_staysWinner(RuleCase rule) {
    forExhaustive(rule, "monotonicity", PositionalPropertiesTest::checkMonotonicity);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededWinnerRaisedOnOneBallot_staysWinner(long seed) {
    forSeeded(seed, "monotonicity", PositionalPropertiesTest::checkMonotonicity);
  }

  private static void checkMonotonicity(RuleCase rule, Sample<RankedProfile<String>> s, Violations v) {
    RankedProfile<String> p = s.profile();
    List<RankedBallot<String>> voters = SmallProfiles.voters(p.ballots());
    Set<String> winners = rule.rule().rank(p).winners();
    for (String w : winners) {
      for (int i : SmallProfiles.firstOfEach(voters)) {
        for (RankedBallot<String> raised : SmallProfiles.raises(voters.get(i), w, rule.domain() == Domain.ANY)) {
          RankedProfile<String> q = SmallProfiles.ranked(p.candidates(), SmallProfiles.replace(voters, i, raised));
          Result<String> after = rule.rule().rank(q);
          v.check(after.winners().contains(w), () -> "rule " + rule + ": winner " + w + " raised from "
              + voters.get(i) + " to " + raised + " on one ballot loses: " + after.ranking() + " " + after.scores()
              + "; " + s);
        }
      }
    }
  }

  // ---- reinforcement and mergeable tallies --------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rank_unionOfProfilesWithCommonWinners_winnersAreTheCommonOnes(RuleCase rule) {
    forExhaustivePairs(rule, "reinforcement", PositionalPropertiesTest::checkReinforcement);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededUnionOfProfilesWithCommonWinners_winnersAreTheCommonOnes(long seed) {
    forSeededPairs(seed, "reinforcement", PositionalPropertiesTest::checkReinforcement);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void tally_unionOfProfiles_equalsMergedTallies(RuleCase rule) {
    forExhaustivePairs(rule, "merge", PositionalPropertiesTest::checkMerge);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tally_seededUnionOfProfiles_equalsMergedTallies(long seed) {
    forSeededPairs(seed, "merge", PositionalPropertiesTest::checkMerge);
  }

  @FunctionalInterface
  private interface PairCheck {
    void run(RuleCase rule, Counted a, Counted b, Violations violations);
  }

  private static void forSeededPairs(long seed, String property, PairCheck check) {
    Violations v = new Violations(property + ", seed " + seed);
    for (ProfileGenerator<RankedProfile<String>> culture : SeededProfiles.rankedCultures(seed)) {
      Sample<RankedProfile<String>> a = SeededProfiles.first(culture, seed);
      Sample<RankedProfile<String>> b = SeededProfiles.second(culture, seed);
      for (RuleCase rule : rules()) {
        if (rule.domain().accepts(a.profile()) && rule.domain().accepts(b.profile())) {
          check.run(rule, new Counted(rule, a), new Counted(rule, b), v);
        }
      }
    }
    v.assertNone();
  }

  private static void forExhaustivePairs(RuleCase rule, String property, PairCheck check) {
    Violations v = new Violations(property + ", rule " + rule);
    List<List<Sample<RankedProfile<String>>>> groups = exhaustivePairs(rule.domain());
    for (int g = 0; g < groups.size(); g += 2) {
      List<Counted> left = groups.get(g).stream().map(s -> new Counted(rule, s)).collect(Collectors.toList());
      List<Counted> right = groups.get(g + 1).stream().map(s -> new Counted(rule, s)).collect(Collectors.toList());
      for (Counted a : left) {
        for (Counted b : right) {
          check.run(rule, a, b, v);
        }
      }
    }
    v.assertNone();
  }

  /** A sample with its voters, tally and winners under one rule, computed once. */
  private static final class Counted {
    final Sample<RankedProfile<String>> sample;
    final List<RankedBallot<String>> voters;
    final PositionalTally<String> tally;
    final Set<String> winners;

    Counted(RuleCase rule, Sample<RankedProfile<String>> sample) {
      this.sample = sample;
      this.voters = SmallProfiles.voters(sample.profile().ballots());
      this.tally = rule.rule().tally(sample.profile());
      this.winners = rule.rule().rank(sample.profile()).winners();
    }

    @Override
    public String toString() {
      return sample.toString();
    }
  }

  private static RankedProfile<String> union(Counted a, Counted b) {
    List<RankedBallot<String>> voters = new ArrayList<>(a.voters);
    voters.addAll(b.voters);
    return SmallProfiles.ranked(a.sample.profile().candidates(), voters);
  }

  private static void checkReinforcement(RuleCase rule, Counted a, Counted b, Violations v) {
    Set<String> common = new HashSet<>(a.winners);
    common.retainAll(b.winners);
    if (!common.isEmpty()) {
      Set<String> winners = rule.rule().rank(union(a, b)).winners();
      v.check(winners.equals(common), () -> "rule " + rule + ": A ∪ B elects " + winners + ", not the common winners "
          + common + " of A = " + a + " and B = " + b);
    }
  }

  private static void checkMerge(RuleCase rule, Counted a, Counted b, Violations v) {
    PositionalTally<String> union = rule.rule().tally(union(a, b));
    PositionalTally<String> merged = a.tally.merge(b.tally);
    v.check(union.equals(merged), () -> "rule " + rule + ": the tally of A ∪ B is " + union + ", the merged tally "
        + merged + ", for A = " + a + " and B = " + b);
  }
}
