package dk.prioritization.core.pairwise;

import static dk.prioritization.core.generate.SmallProfiles.ABC;

import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.generate.ProfileGenerator;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the Condorcet family, checked exhaustively on profiles of three candidates and on
 * the seeded random profiles of three to five candidates (complete, truncated, tied): Condorcet
 * consistency, choosing within the Smith set, the inclusions between Schulze, Ranked Pairs and
 * Split Cycle, Ranked Pairs and the widest paths against brute-force oracles written here,
 * anonymity, neutrality, ranking a tally equals ranking the profile, and merged tallies.
 */
class CondorcetPropertiesTest {

  /** The Condorcet-consistent pairwise rules. */
  static List<PairwiseRule> condorcetRules() {
    return List.of(Copeland.rule(), Llull.rule(), Minimax.rule(), Schulze.rule(), RankedPairs.rule(),
        RankedPairs.fixedOrder(), SplitCycle.rule(), MajoritySets.smithSet(), MajoritySets.schwartzSet(),
        MajoritySets.condorcet(), MajoritySets.weakCondorcet());
  }

  /** Every pairwise rule, under both conventions for unranked candidates. */
  static List<PairwiseRule> allRules() {
    List<PairwiseRule> out = new ArrayList<>();
    for (PairwiseRule r : condorcetRules()) {
      out.add(r);
      out.add(r.withUnranked(Unranked.INCOMPARABLE));
    }
    return out;
  }

  static LongStream seeds() {
    return SeededProfiles.seeds();
  }

  private static final List<Sample<RankedProfile<String>>> EXHAUSTIVE = exhaustive();

  /**
   * Complete strict ballots, one to five voters; any ballots (truncated, tied, empty), one or two
   * voters; weak orders, three voters.
   */
  private static List<Sample<RankedProfile<String>>> exhaustive() {
    List<Sample<RankedProfile<String>>> out = new ArrayList<>(
        SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 5));
    out.addAll(SmallProfiles.rankedSamples("any", ABC, SmallProfiles.rankedBallots(ABC), 1, 2));
    out.addAll(SmallProfiles.rankedSamples("weak", ABC, SmallProfiles.weakOrders(ABC), 3, 3));
    return out;
  }

  /** The seed's three profiles: complete strict, truncated, and truncated or tied. */
  private static List<Sample<RankedProfile<String>>> seeded(long seed) {
    List<Sample<RankedProfile<String>>> out = new ArrayList<>();
    for (ProfileGenerator<RankedProfile<String>> culture : SeededProfiles.rankedCultures(seed)) {
      out.add(SeededProfiles.first(culture, seed));
    }
    return out;
  }

  @FunctionalInterface
  private interface Check {
    void run(Sample<RankedProfile<String>> sample, Violations violations);
  }

  private static void forAll(String property, Check check) {
    Violations v = new Violations(property);
    EXHAUSTIVE.forEach(s -> check.run(s, v));
    v.assertNone();
  }

  private static void forSeeded(long seed, String property, Check check) {
    Violations v = new Violations(property + ", seed " + seed);
    seeded(seed).forEach(s -> check.run(s, v));
    v.assertNone();
  }

  // ---- Condorcet consistency ---------------------------------------------------------------

  @Test
  void winners_exhaustiveCondorcetWinner_isTheOnlyWinner() {
    forAll("Condorcet consistency", CondorcetPropertiesTest::checkCondorcet);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void winners_seededCondorcetWinner_isTheOnlyWinner(long seed) {
    forSeeded(seed, "Condorcet consistency", CondorcetPropertiesTest::checkCondorcet);
  }

  private static void checkCondorcet(Sample<RankedProfile<String>> s, Violations v) {
    for (PairwiseRule rule : allRules()) {
      PairwiseTally<String> t = PairwiseTally.of(s.profile(), rule.unranked());
      Set<String> cw = condorcetWinnerByDefinition(t);
      if (!cw.isEmpty()) {
        Set<String> w = rule.rank(s.profile()).winners();
        v.check(w.equals(cw), () -> rule + " elects " + w + ", not the Condorcet winner " + cw + "; " + s);
      }
    }
    if (s.profile().isLinear()) {
      Set<String> cw = condorcetWinnerByDefinition(PairwiseTally.of(s.profile()));
      if (!cw.isEmpty()) {
        Set<String> w = Blacks.rule().rank(s.profile()).winners();
        v.check(w.equals(cw), () -> "blacks elects " + w + ", not the Condorcet winner " + cw + "; " + s);
      }
    }
  }

  /** The Condorcet winner by the definition, from the supports: empty if there is none. */
  private static Set<String> condorcetWinnerByDefinition(PairwiseTally<String> t) {
    for (String x : t.candidates()) {
      boolean all = true;
      for (String y : t.candidates()) {
        all &= x.equals(y) || t.support(x, y) > t.support(y, x);
      }
      if (all) {
        return Set.of(x);
      }
    }
    return Set.of();
  }

  // ---- Smith, Schwartz and the inclusions -----------------------------------------------------

  @Test
  void winners_exhaustive_withinSmithAndTheInclusions() {
    forAll("Smith consistency and inclusions", CondorcetPropertiesTest::checkInclusions);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void winners_seeded_withinSmithAndTheInclusions(long seed) {
    forSeeded(seed, "Smith consistency and inclusions", CondorcetPropertiesTest::checkInclusions);
  }

  private static void checkInclusions(Sample<RankedProfile<String>> s, Violations v) {
    for (Unranked u : Unranked.values()) {
      PairwiseTally<String> t = PairwiseTally.of(s.profile(), u);
      Set<String> smith = t.smithSet();
      Set<String> schwartz = t.schwartzSet();
      Set<String> schulze = Schulze.rule().rank(t).winners();
      Set<String> rp = RankedPairs.rule().rank(t).winners();
      Set<String> rpTb = RankedPairs.fixedOrder().rank(t).winners();
      Set<String> sc = SplitCycle.rule().rank(t).winners();
      String where = " (unranked " + u.id() + "); " + s;
      v.check(smith.containsAll(schulze), () -> "Schulze " + schulze + " outside Smith " + smith + where);
      v.check(schwartz.containsAll(schulze), () -> "Schulze " + schulze + " outside Schwartz " + schwartz + where);
      v.check(smith.containsAll(rp), () -> "ranked pairs " + rp + " outside Smith " + smith + where);
      v.check(smith.containsAll(rpTb), () -> "ranked pairs tb " + rpTb + " outside Smith " + smith + where);
      v.check(smith.containsAll(sc), () -> "split cycle " + sc + " outside Smith " + smith + where);
      v.check(sc.containsAll(schulze), () -> "Schulze " + schulze + " not within split cycle " + sc + where);
      v.check(sc.containsAll(rp), () -> "ranked pairs " + rp + " not within split cycle " + sc + where);
      v.check(rpTb.size() == 1 && rp.containsAll(rpTb),
          () -> "ranked pairs tb " + rpTb + " not one of the ranked pairs winners " + rp + where);
      v.check(MajoritySets.smithSet().rank(t).winners().equals(smith)
              && MajoritySets.schwartzSet().rank(t).winners().equals(schwartz),
          () -> "the set rules disagree with the tally's sets" + where);
    }
  }

  // ---- oracles ----------------------------------------------------------------------------

  @Test
  void rankedPairs_exhaustive_equalsBothOracles() {
    forAll("ranked pairs oracles", CondorcetPropertiesTest::checkRankedPairs);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rankedPairs_seeded_equalsBothOracles(long seed) {
    forSeeded(seed, "ranked pairs oracles", CondorcetPropertiesTest::checkRankedPairs);
  }

  private static void checkRankedPairs(Sample<RankedProfile<String>> s, Violations v) {
    for (Unranked u : Unranked.values()) {
      PairwiseTally<String> t = PairwiseTally.of(s.profile(), u);
      Set<String> rp = RankedPairs.rule().rank(t).winners();
      Set<String> stacks = Oracles.rankedPairsByStacks(t);
      v.check(rp.equals(stacks), () -> "ranked pairs " + rp + " but the stack tops are " + stacks
          + " (unranked " + u.id() + "); " + s);
      Set<String> orders = Oracles.rankedPairsByAllOrders(t, 50_000);
      if (orders != null) {
        v.check(rp.equals(orders), () -> "ranked pairs " + rp + " but all orders give " + orders
            + " (unranked " + u.id() + "); " + s);
      }
      Ranking<String> tb = RankedPairs.fixedOrder().rank(t);
      List<String> expected = Oracles.rankedPairsFixed(t);
      v.check(tb.equals(Ranking.strict(expected)), () -> "ranked pairs tb " + tb + " but locking by hand gives "
          + expected + " (unranked " + u.id() + "); " + s);
    }
  }

  @Test
  void widestPaths_exhaustive_equalTheSimplePathOracle() {
    forAll("widest paths", CondorcetPropertiesTest::checkWidestPaths);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void widestPaths_seeded_equalTheSimplePathOracle(long seed) {
    forSeeded(seed, "widest paths", CondorcetPropertiesTest::checkWidestPaths);
  }

  private static void checkWidestPaths(Sample<RankedProfile<String>> s, Violations v) {
    PairwiseTally<String> t = PairwiseTally.of(s.profile());
    int m = t.candidates().size();
    long[] p = WidestPaths.strengths(m, t.margins());
    long[] q = Oracles.widestBySimplePaths(t);
    v.check(java.util.Arrays.equals(p, q), () -> "widest paths " + java.util.Arrays.toString(p) + " but the oracle "
        + java.util.Arrays.toString(q) + "; " + s);
    // Schulze and Split Cycle winners straight from the definitions, with the oracle's strengths
    Set<String> schulze = new LinkedHashSet<>();
    Set<String> sc = new LinkedHashSet<>();
    for (int y = 0; y < m; y++) {
      boolean beaten = false;
      boolean defeated = false;
      for (int x = 0; x < m; x++) {
        beaten |= x != y && q[x * m + y] > q[y * m + x];
        long e = t.marginAt(x, y);
        defeated |= x != y && e > 0 && e > q[y * m + x];
      }
      if (!beaten) {
        schulze.add(t.candidates().get(y));
      }
      if (!defeated) {
        sc.add(t.candidates().get(y));
      }
    }
    v.check(Schulze.rule().rank(t).winners().equals(schulze), () -> "Schulze winners differ from " + schulze + "; " + s);
    v.check(SplitCycle.rule().rank(t).winners().equals(sc), () -> "split cycle winners differ from " + sc + "; " + s);
  }

  // ---- anonymity, neutrality -----------------------------------------------------------------

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededCandidatesRelabelled_rankingRelabelledAlike(long seed) {
    forSeeded(seed, "neutrality", CondorcetPropertiesTest::checkNeutrality);
  }

  @Test
  void rank_exhaustiveCandidatesRelabelled_rankingRelabelledAlike() {
    forAll("neutrality", CondorcetPropertiesTest::checkNeutrality);
  }

  private static void checkNeutrality(Sample<RankedProfile<String>> s, Violations v) {
    RankedProfile<String> p = s.profile();
    List<String> candidates = p.candidates();
    Map<String, String> pi = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      pi.put(candidates.get(i), candidates.get((i + 1) % candidates.size()));
    }
    List<RankedBallot<String>> voters = SmallProfiles.voters(p.ballots()).stream()
        .map(b -> SmallProfiles.relabel(b, pi)).collect(Collectors.toList());
    RankedProfile<String> relabelled = SmallProfiles.ranked(candidates, voters);
    // ranked-pairs-tb breaks ties by candidate order: not neutral by design
    List<Rule> rules = new ArrayList<>(List.of(Copeland.rule(), Llull.rule(), Minimax.rule(), Schulze.rule(),
        RankedPairs.rule(), SplitCycle.rule(), MajoritySets.smithSet(), MajoritySets.schwartzSet()));
    if (p.isLinear()) {
      rules.add(Blacks.rule());
    }
    for (Rule rule : rules) {
      Result<String> before = rule.rank(p);
      Result<String> after = rule.rank(relabelled);
      List<Set<String>> mapped = before.ranking().tiers().stream()
          .map(tier -> tier.stream().map(pi::get).collect(Collectors.toSet())).collect(Collectors.toList());
      v.check(after.ranking().equals(new Ranking<>(mapped)),
          () -> rule + ": relabelled by " + pi + " the ranking is " + after.ranking() + ", not "
              + new Ranking<>(mapped) + "; " + s);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededBallotsShuffled_sameResult(long seed) {
    forSeeded(seed, "anonymity", (s, v) -> {
      List<RankedBallot<String>> voters = SmallProfiles.voters(s.profile().ballots());
      RankedProfile<String> shuffled = SmallProfiles.ranked(s.profile().candidates(),
          SmallProfiles.shuffled(voters, seed));
      for (PairwiseRule rule : allRules()) {
        Result<String> a = rule.rank(s.profile());
        Result<String> b = rule.rank(shuffled);
        v.check(a.ranking().equals(b.ranking()) && a.fingerprint().equals(b.fingerprint()),
            () -> rule + ": shuffled ballots give " + b.ranking() + ", not " + a.ranking() + "; " + s);
      }
    });
  }

  // ---- tallies -------------------------------------------------------------------------------

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rank_seededTally_equalsRankingTheProfile(long seed) {
    forSeeded(seed, "rank(tally) = rank(profile)", (s, v) -> {
      for (PairwiseRule rule : allRules()) {
        Ranking<String> fromTally = rule.rank(PairwiseTally.of(s.profile(), rule.unranked()));
        Result<String> fromProfile = rule.rank(s.profile());
        v.check(fromTally.equals(fromProfile.ranking()),
            () -> rule + ": the tally ranks " + fromTally + ", the profile " + fromProfile.ranking() + "; " + s);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void merge_seededHalves_equalsTheTallyOfTheWhole(long seed) {
    forSeeded(seed, "merge", (s, v) -> {
      List<RankedBallot<String>> voters = SmallProfiles.voters(s.profile().ballots());
      List<String> c = s.profile().candidates();
      int half = voters.size() / 2;
      RankedProfile<String> first = SmallProfiles.ranked(c, voters.subList(0, Math.max(1, half)));
      RankedProfile<String> second = SmallProfiles.ranked(c, voters.subList(Math.max(1, half), voters.size()));
      for (Unranked u : Unranked.values()) {
        PairwiseTally<String> merged = PairwiseTally.of(first, u).merge(PairwiseTally.of(second, u));
        PairwiseTally<String> whole = PairwiseTally.of(s.profile(), u);
        v.check(merged.equals(whole) && Schulze.rule().rank(merged).equals(Schulze.rule().rank(whole)),
            () -> "the merged tally " + merged + " differs from the whole " + whole + "; " + s);
      }
    });
  }
}
