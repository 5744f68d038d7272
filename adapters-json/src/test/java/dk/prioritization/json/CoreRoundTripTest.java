package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.Ballot;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.Text;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.generate.ImpartialApproval;
import dk.prioritization.core.generate.ImpartialCulture;
import dk.prioritization.core.generate.ImpartialScores;
import dk.prioritization.core.generate.Mallows;
import dk.prioritization.core.pairwise.KemenyYoung;
import dk.prioritization.core.pairwise.RankedPairs;
import dk.prioritization.core.pairwise.Schulze;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.runoff.InstantRunoff;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random values of the engine's types go to JSON and back and compare equal. */
class CoreRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());
  private static final List<String> NAMES = List.of("Anna", "Bo", "Carl", "Dorte", "Erik", "Frida");
  private static final List<Integer> NUMBERS = List.of(3, 1, 4, 15, 9, 26);

  static Stream<Long> seeds() {
    return IntStream.range(0, 120).mapToObj(i -> (long) i);
  }

  private static <C> List<C> some(List<C> all, long seed) {
    return all.subList(0, 2 + (int) (seed % (all.size() - 1)));
  }

  private static Profile<?> back(Profile<?> p) throws Exception {
    String json = JSON.writeValueAsString(p);
    return JSON.readValue(json, Profile.class);
  }

  private static void assertRoundTrip(Profile<?> p) throws Exception {
    Profile<?> q = back(p);
    assertThat(q).isEqualTo(p);
    assertThat(q.fingerprint()).isEqualTo(p.fingerprint());
    assertThat(List.copyOf(q.candidates())).isEqualTo(List.copyOf(p.candidates()));
    assertThat(q.getClass()).isEqualTo(p.getClass());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rankedProfiles_impartialCulture(long seed) throws Exception {
    assertRoundTrip(ImpartialCulture.of(some(NAMES, seed)).withTruncation(0.3).withTies(0.2).generate(40, seed));
    assertRoundTrip(ImpartialCulture.of(some(NUMBERS, seed)).generate(25, seed));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rankedProfiles_mallowsWithTruncationAndTies(long seed) throws Exception {
    assertRoundTrip(Mallows.of(some(NAMES, seed), 0.5).withTruncation(0.4).withTies(0.3).generate(60, seed));
    assertRoundTrip(Mallows.of(some(NUMBERS, seed), 0.8).withTies(0.5).generate(30, seed));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void approvalProfiles(long seed) throws Exception {
    assertRoundTrip(ImpartialApproval.of(some(NAMES, seed), 0.4).generate(50, seed));
    List<Integer> cs = some(NUMBERS, seed);
    assertRoundTrip(ImpartialApproval.of(cs, 0.5).withCap(Math.max(1, cs.size() / 2)).generate(50, seed));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scoreProfiles(long seed) throws Exception {
    assertRoundTrip(ImpartialScores.of(some(NAMES, seed), 0, 5).generate(30, seed));
    assertRoundTrip(ImpartialScores.of(some(NUMBERS, seed), -2, 2).generate(30, seed));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scoreProfiles_withUngradedAndCumulativeProfiles(long seed) throws Exception {
    Random random = new Random(seed);
    List<String> cs = some(NAMES, seed);
    var scores = Profile.scores(cs, 1, 10).ungradedAs(1);
    CumulativeProfile.Builder<String> points = Profile.cumulative(cs, 10);
    for (int b = 0; b < 20; b++) {
      Map<String, Integer> grades = new LinkedHashMap<>();
      Map<String, Integer> given = new LinkedHashMap<>();
      int left = 10;
      for (String c : cs) {
        if (random.nextBoolean()) {
          grades.put(c, 1 + random.nextInt(10));
        }
        int p = random.nextInt(left + 1);
        if (p > 0) {
          given.put(c, p);
          left -= p;
        }
      }
      scores.add(ScoreBallot.of(grades), 1 + random.nextInt(3));
      points.add(CumulativeBallot.of(given), 1 + random.nextInt(3));
    }
    assertRoundTrip(scores.build());
    assertRoundTrip(points.build());
  }

  @Test
  void hugeCounts_roundTrip() throws Exception {
    RankedProfile<String> p = Profile.ranked(List.of("a", "b"))
        .add(RankedBallot.of("a", "b"), Long.MAX_VALUE - 10).add(RankedBallot.of("b"), 10).build();
    assertRoundTrip(p);
  }

  // --- results ---

  static Stream<Rule> rules() {
    return Stream.of(Borda.standard(), Schulze.rule(), InstantRunoff.standard(), KemenyYoung.rule(),
        RankedPairs.rule());
  }

  private static Result<?> back(Result<?> r) throws Exception {
    return JSON.readValue(JSON.writeValueAsString(r), Result.class);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void results_ofRankedRules_withAndWithoutTieBreakers(Rule rule) throws Exception {
    for (long seed = 0; seed < 30; seed++) {
      RankedProfile<String> p = ImpartialCulture.of(some(NAMES, seed)).generate(7 + seed % 5, seed);
      Result<String> kept = rule.rank(p);
      assertThat(back(kept)).isEqualTo(kept);
      Result<String> broken = rule.rank(p, TieBreaker.byRule(Borda.standard()).then(TieBreaker.random(seed)));
      assertThat(back(broken)).isEqualTo(broken);
      assertThat(back(broken).fingerprint()).isEqualTo(broken.fingerprint());
      RankedProfile<Integer> q = ImpartialCulture.of(some(NUMBERS, seed)).withTruncation(0.2).generate(9, seed);
      if (rule != KemenyYoung.rule() || !q.isTruncated()) {
        Result<Integer> r = safeRank(rule, q);
        if (r != null) {
          assertThat(back(r)).isEqualTo(r);
        }
      }
    }
  }

  private static <C> Result<C> safeRank(Rule rule, Profile<C> p) {
    try {
      return rule.rank(p, TieBreaker.candidateOrder());
    } catch (IllegalArgumentException e) {
      return null; // a rule that does not count truncated ballots
    }
  }

  /** Every built-in rule, on a profile of its kind: covers every explanation step type. */
  @Test
  void results_ofEveryBuiltInRule_coverEveryStepType() throws Exception {
    Set<Class<?>> stepTypes = new HashSet<>();
    for (Rule rule : RuleRegistry.builtIn().rules()) {
      for (long seed = 0; seed < 8; seed++) {
        Profile<?> p = profileFor(rule.ballotKind(), seed);
        Result<?> r;
        try {
          r = rule.rank(p, TieBreaker.candidateOrder());
        } catch (IllegalArgumentException e) {
          continue;
        }
        assertThat(back(r)).as(rule.id()).isEqualTo(r);
        for (Explanation.Step<?> s : r.explanation().steps()) {
          stepTypes.add(s.getClass());
        }
      }
    }
    // tie-kept and tie-broken are made by the engine outside explanations; round-trip them here
    Explanation<String> extra = Explanation.of(new Explanation.TieKept<>(Set.of("a", "b")),
        new Explanation.Note<>(new Text("n", "n")));
    assertThat(JSON.readValue(JSON.writeValueAsString(extra), Explanation.class)).isEqualTo(extra);
    assertThat(stepTypes).contains(Explanation.Tally.class, Explanation.Runoff.class, Explanation.Matrix.class,
        Explanation.Elimination.class, Explanation.PairLocked.class, Explanation.Optimum.class);
  }

  private static Profile<?> profileFor(BallotKind kind, long seed) {
    List<String> cs = NAMES.subList(0, 4);
    return switch (kind) {
      case RANKED -> ImpartialCulture.of(cs).generate(9, seed);
      case APPROVAL -> ImpartialApproval.of(cs, 0.5).generate(9, seed);
      case SCORE -> ImpartialScores.of(cs, 0, 5).generate(9, seed);
      case CUMULATIVE -> Profile.cumulative(cs, 5).add(CumulativeBallot.of(Map.of("Anna", 2, "Bo", 3)), 2)
          .add(CumulativeBallot.of(Map.of("Carl", 5)), 1 + seed).build();
    };
  }

  // --- plain values ---

  @Test
  void ballots_roundTripAsStandaloneValues() throws Exception {
    List<Ballot<String>> ballots = List.of(RankedBallot.ofTiers(List.of(List.of("a", "b"), List.of("c"))),
        RankedBallot.empty(), ApprovalBallot.of("x", "y"), ScoreBallot.of(Map.of("a", 3)),
        CumulativeBallot.of(Map.of("a", 2, "b", 1)));
    for (Ballot<String> b : ballots) {
      String json = JSON.writeValueAsString(b);
      assertThat(JSON.readValue(json, Ballot.class)).isEqualTo(b);
      assertThat(JSON.readValue(json, b.getClass())).isEqualTo(b);
    }
    RankedBallot<Integer> numbers = RankedBallot.of(3, 1);
    assertThat(JSON.readValue(JSON.writeValueAsString(numbers), RankedBallot.class)).isEqualTo(numbers);
  }

  @Test
  void rationals_areIntegersWhenWholeAndFractionStringsOtherwise() throws Exception {
    assertThat(JSON.writeValueAsString(Rational.of(7))).isEqualTo("7");
    assertThat(JSON.writeValueAsString(Rational.of(-7, 2))).isEqualTo("\"-7/2\"");
    assertThat(JSON.readValue("\"6/4\"", Rational.class)).isEqualTo(Rational.of(3, 2));
    assertThat(JSON.readValue("12345678901234567890123", Rational.class).toString())
        .isEqualTo("12345678901234567890123");
    for (long seed = 0; seed < 200; seed++) {
      Random r = new Random(seed);
      Rational x = Rational.of(r.nextLong(), 1 + r.nextInt(Integer.MAX_VALUE));
      assertThat(JSON.readValue(JSON.writeValueAsString(x), Rational.class)).isEqualTo(x);
    }
  }

  @Test
  void rankingsAndTexts_roundTrip() throws Exception {
    Ranking<String> r = new Ranking<>(List.of(Set.of("a"), Set.of("b", "c")));
    assertThat(JSON.writeValueAsString(r)).startsWith("[[\"a\"],[");
    assertThat(JSON.readValue(JSON.writeValueAsString(r), Ranking.class)).isEqualTo(r);
    Text t = new Text("by lot", "ved lodtrækning");
    assertThat(JSON.writeValueAsString(t)).isEqualTo("{\"en\":\"by lot\",\"da\":\"ved lodtrækning\"}");
    assertThat(JSON.readValue(JSON.writeValueAsString(t), Text.class)).isEqualTo(t);
  }

  @Test
  void ruleChoices_roundTripAndResolveThroughTheRegistry() throws Exception {
    RuleChoice c = new RuleChoice(RuleRegistry.standard().get("approval"), List.of(
        new RuleChoice.ByRule(Borda.standard()), new RuleChoice.FixedOrder(List.of("b", "a")),
        new RuleChoice.CandidateOrder(), new RuleChoice.Random(42)));
    String json = JSON.writeValueAsString(c);
    RuleChoice back = JSON.readValue(json, RuleChoice.class);
    assertThat(back).isEqualTo(c);
    assertThat(back.tieBreaker().id()).isEqualTo("rule(borda),then,fixed-order(b;a),then,candidate-order,then,random(seed=42)");
  }
}
