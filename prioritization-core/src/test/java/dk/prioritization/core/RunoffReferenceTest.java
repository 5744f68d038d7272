package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.runoff.Baldwin;
import dk.prioritization.core.runoff.Bucklin;
import dk.prioritization.core.runoff.Coombs;
import dk.prioritization.core.runoff.InstantRunoff;
import dk.prioritization.core.runoff.Nanson;
import dk.prioritization.core.runoff.PluralityWithRunoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The runoff rules against pref_voting 1.18.1 on every reference case: the winners of every key,
 * the ranking where the case gives one, the refusal of ballots a rule linear orders only is not
 * defined for, and the parallel-universe cases pref_voting could not finish in 60 s.
 */
class RunoffReferenceTest {

  /** A pref_voting key, our rule, and the kinds of case the rule counts ("L", "T", "W"). */
  record Key(String key, Rule rule, String domain) {}

  static final List<Key> KEYS = List.of(
      new Key("baldwin", Baldwin.standard(), "L"),
      new Key("baldwin_put", Baldwin.parallelUniverse(), "L"),
      new Key("coombs", Coombs.standard(), "L"),
      new Key("coombs_put", Coombs.parallelUniverse(), "L"),
      new Key("instant_runoff", InstantRunoff.standard(), "LTW"),
      new Key("instant_runoff_tb", InstantRunoff.fixedOrder(), "LTW"),
      new Key("instant_runoff_put", InstantRunoff.parallelUniverse(), "LTW"),
      new Key("instant_runoff_for_truncated_linear_orders", InstantRunoff.exhaustedBallots(), "LT"),
      new Key("plurality_with_runoff_put", PluralityWithRunoff.rule(), "L"),
      new Key("bucklin", Bucklin.standard(), "L"),
      new Key("simplified_bucklin", Bucklin.simplified(), "L"),
      new Key("bucklin_for_truncated_linear_orders", Bucklin.truncated(), "LT"),
      new Key("strict_nanson", Nanson.strict(), "L"),
      new Key("weak_nanson", Nanson.weak(), "L"));

  /** The cases with a result, per key, as the reference data holds them (counted independently in the README's terms). */
  static final Map<String, Integer> EXPECTED_RESULTS = Map.ofEntries(
      Map.entry("baldwin", 12), Map.entry("baldwin_put", 12), Map.entry("coombs", 12), Map.entry("coombs_put", 12),
      Map.entry("instant_runoff", 59), Map.entry("instant_runoff_tb", 12), Map.entry("instant_runoff_put", 55),
      Map.entry("instant_runoff_for_truncated_linear_orders", 27), Map.entry("plurality_with_runoff_put", 12),
      Map.entry("bucklin", 12), Map.entry("simplified_bucklin", 12),
      Map.entry("bucklin_for_truncated_linear_orders", 27), Map.entry("strict_nanson", 12),
      Map.entry("weak_nanson", 12));

  static Stream<JsonNode> rankedCases() {
    return ReferenceCases.all().stream().filter(c -> !ReferenceCases.isApproval(c));
  }

  static String kind(JsonNode c) {
    switch (c.get("kind").asText()) {
      case "linear":
        return "L";
      case "truncated":
        return "T";
      default:
        return "W";
    }
  }

  @Test
  void everyKey_countsTheCasesTheReferenceHolds() {
    Map<String, Integer> counted = new LinkedHashMap<>();
    for (Key k : KEYS) {
      counted.put(k.key(), (int) rankedCases().filter(c -> c.get("results").has(k.key())).count());
    }
    assertThat(counted).containsExactlyInAnyOrderEntriesOf(EXPECTED_RESULTS);
    assertThat(rankedCases().filter(c -> c.get("skipped").has("instant_runoff_put")).count()).isEqualTo(4);
  }

  @TestFactory
  Stream<DynamicTest> winners_everyKeyAndCase_equalPrefVotings() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Key k : KEYS) {
      rankedCases().filter(c -> c.get("results").has(k.key())).forEach(c -> tests.add(
          DynamicTest.dynamicTest(k.key() + " " + c.get("id").asText(), () -> {
            Result<Integer> r = k.rule().rank(ReferenceCases.rankedProfile(c));
            JsonNode expected = c.get("results").get(k.key());
            assertThat(r.winners()).as("winners").isEqualTo(ReferenceCases.ids(expected.get("winners")));
            if (expected.has("ranking")) {
              assertThat(r.ranking().tiers()).as("ranking").isEqualTo(ReferenceCases.tiers(expected.get("ranking")));
            }
          })));
    }
    return tests.stream();
  }

  @Test
  void ranking_instantRunoffOnEveryLinearCase_isGiven() {
    // The reference's only rankings are instant_runoff_ranking on the 12 linear cases; the test
    // above compares them, and this pins that they are really there.
    assertThat(rankedCases().filter(c -> c.get("results").has("instant_runoff")
        && c.get("results").get("instant_runoff").has("ranking")).count()).isEqualTo(12);
  }

  @TestFactory
  Stream<DynamicTest> rank_casesOutsideALinearOrdersRule_refusedNamingTheBallot() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Key k : KEYS) {
      rankedCases().filter(c -> !k.domain().contains(kind(c))).forEach(c -> tests.add(
          DynamicTest.dynamicTest(k.key() + " " + c.get("id").asText(), () -> {
            assertThat(c.get("results").has(k.key())).as("the reference has no result here").isFalse();
            assertThatThrownBy(() -> k.rule().rank(ReferenceCases.rankedProfile(c)))
                .isInstanceOf(UnsupportedBallotException.class)
                .hasMessageContaining("rule " + k.rule().id() + " cannot count the ballot '")
                .hasMessageMatching("(?s).*(ranks only \\d+ of \\d+ candidates|ranks candidates as tied).*");
          })));
    }
    // nine rules for linear orders only times 47 truncated or weak cases; two for strict ballots times 20 weak ones
    assertThat(tests).hasSize(9 * 47 + 2 * 20);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> truncatedVariants_linearCases_agreeWithTheLinearKeys() {
    // On complete ballots, the variants for truncated ballots are the linear rules (README).
    return rankedCases().filter(c -> kind(c).equals("L")).map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
      RankedProfile<Integer> p = ReferenceCases.rankedProfile(c);
      JsonNode results = c.get("results");
      assertThat(InstantRunoff.exhaustedBallots().rank(p).winners())
          .isEqualTo(ReferenceCases.ids(results.get("instant_runoff").get("winners")));
      assertThat(Bucklin.truncated().rank(p).winners())
          .isEqualTo(ReferenceCases.ids(results.get("bucklin").get("winners")));
    }));
  }

  @TestFactory
  Stream<DynamicTest> instantRunoffPut_casesPrefVotingDidNotFinish_finishFastWithWinners() {
    return rankedCases().filter(c -> c.get("skipped").has("instant_runoff_put")).map(c ->
        DynamicTest.dynamicTest(c.get("id").asText(), () -> {
          RankedProfile<Integer> p = ReferenceCases.rankedProfile(c);
          Result<Integer> put = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
              () -> InstantRunoff.parallelUniverse().rank(p));
          Set<Integer> winners = put.winners();
          assertThat(winners).isNotEmpty();
          assertThat(ReferenceCases.candidates(c)).containsAll(winners);
          // The fixed-order winner is one universe, so it is always among the parallel-universe winners.
          assertThat(winners).containsAll(InstantRunoff.fixedOrder().rank(p).winners());
        }));
  }

  @Test
  void instantRunoff_burlington2009_electsCandidate1WhileCandidate2IsTheCondorcetWinner() {
    // Burlington, Vermont, mayor 2009 (README: IRV elected candidate 1 while candidate 2 was the
    // Condorcet winner, as happened): instant runoff is not Condorcet-consistent.
    JsonNode c = rankedCases().filter(x -> x.get("id").asText().equals("preflib-00005-00000002.toi")).findFirst().orElseThrow();
    RankedProfile<Integer> p = ReferenceCases.rankedProfile(c);
    assertThat(c.get("condorcet_winner").asInt()).isEqualTo(2);
    assertThat(dk.prioritization.core.pairwise.PairwiseTally.of(p).condorcetWinner()).contains(2);
    assertThat(InstantRunoff.standard().rank(p).winners()).containsExactly(1);
  }
}
