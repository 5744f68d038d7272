package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.pairwise.Blacks;
import dk.prioritization.core.pairwise.Copeland;
import dk.prioritization.core.pairwise.Llull;
import dk.prioritization.core.pairwise.MajoritySets;
import dk.prioritization.core.pairwise.Minimax;
import dk.prioritization.core.pairwise.PairwiseRule;
import dk.prioritization.core.pairwise.RankedPairs;
import dk.prioritization.core.pairwise.Schulze;
import dk.prioritization.core.pairwise.SplitCycle;
import dk.prioritization.core.pairwise.Unranked;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Condorcet-family rules against every reference case that has their pref_voting key:
 * winners always, the ranking and the scores where the case records them. The counts per key are
 * pinned, so a case that stops being checked fails the build instead of passing silently.
 */
class CondorcetReferenceTest {

  /** pref_voting key to rule; every one but {@code blacks} is pairwise. */
  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put("copeland", Copeland.rule());
    RULES.put("llull", Llull.rule());
    RULES.put("minimax", Minimax.rule());
    RULES.put("beat_path", Schulze.rule());
    RULES.put("ranked_pairs", RankedPairs.rule());
    RULES.put("ranked_pairs_tb", RankedPairs.fixedOrder());
    RULES.put("split_cycle", SplitCycle.rule());
    RULES.put("blacks", Blacks.rule());
    RULES.put("condorcet", MajoritySets.condorcet());
    RULES.put("weak_condorcet", MajoritySets.weakCondorcet());
    RULES.put("smith_set", MajoritySets.smithSet());
    RULES.put("gocha", MajoritySets.schwartzSet());
  }

  /**
   * How many cases hold each key: 59 ranked cases (12 linear); ranked_pairs is skipped by the
   * reference on 3 cases whose tie orders pref_voting could not enumerate; blacks is L only.
   */
  static final Map<String, Integer> EXPECTED_COUNTS = Map.ofEntries(
      Map.entry("copeland", 59), Map.entry("llull", 59), Map.entry("minimax", 59), Map.entry("beat_path", 59),
      Map.entry("ranked_pairs", 56), Map.entry("ranked_pairs_tb", 59), Map.entry("split_cycle", 59),
      Map.entry("blacks", 12), Map.entry("condorcet", 59), Map.entry("weak_condorcet", 59),
      Map.entry("smith_set", 59), Map.entry("gocha", 59));

  static Rule rule(String key, JsonNode c) {
    Rule r = RULES.get(key);
    return r instanceof PairwiseRule p ? p.withUnranked(Unranked.fromId(c.get("unranked").asText())) : r;
  }

  static List<JsonNode> casesWith(String key) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : ReferenceCases.all()) {
      if (!ReferenceCases.isApproval(c) && c.get("results").has(key)) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void everyKey_coversTheExpectedNumberOfCases() {
    Map<String, Integer> counts = new TreeMap<>();
    RULES.keySet().forEach(k -> counts.put(k, casesWith(k).size()));
    assertThat(counts).isEqualTo(new TreeMap<>(EXPECTED_COUNTS));
  }

  @TestFactory
  Stream<DynamicTest> everyKey_everyCase_agreesWithPrefVoting() {
    return RULES.keySet().stream().flatMap(key -> casesWith(key).stream().map(c ->
        DynamicTest.dynamicTest(key + " " + c.get("id").asText(), () -> check(key, c))));
  }

  private static void check(String key, JsonNode c) {
    JsonNode expected = c.get("results").get(key);
    Result<Integer> r = rule(key, c).rank(ReferenceCases.rankedProfile(c));
    assertThat(r.winners()).as("winners").isEqualTo(ReferenceCases.ids(expected.get("winners")));
    if (expected.has("ranking")) {
      assertThat(r.ranking().tiers()).as("ranking").isEqualTo(ReferenceCases.tiers(expected.get("ranking")));
    }
    if (expected.has("scores")) {
      Map<Integer, Rational> scores = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : expected.get("scores").properties()) {
        scores.put(Integer.parseInt(e.getKey()), Rational.of(e.getValue().asLong()));
      }
      assertThat(new TreeMap<>(r.scores())).as("scores").isEqualTo(scores);
    }
    if (r.ranking().tiers().size() > 0 && RULES.get(key) instanceof PairwiseRule p) {
      // ranking a tally directly gives the profile's ranking
      assertThat(p.withUnranked(Unranked.fromId(c.get("unranked").asText()))
          .rank(dk.prioritization.core.pairwise.PairwiseTally.of(ReferenceCases.rankedProfile(c),
              Unranked.fromId(c.get("unranked").asText()))))
          .isEqualTo(r.ranking());
    }
  }

  @TestFactory
  Stream<DynamicTest> blacks_truncatedOrWeakCases_refused() {
    List<JsonNode> nonLinear = ReferenceCases.all().stream()
        .filter(c -> !ReferenceCases.isApproval(c) && !"linear".equals(c.get("kind").asText())).toList();
    assertThat(nonLinear).hasSize(47);
    return nonLinear.stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
      assertThat(c.get("results").has("blacks")).isFalse();
      assertThatThrownBy(() -> Blacks.rule().rank(ReferenceCases.rankedProfile(c)))
          .isInstanceOf(UnsupportedBallotException.class)
          .hasMessageStartingWith("rule blacks cannot count the ballot")
          .hasMessageContaining(c.get("kind").asText().equals("weak") ? "" : "it ranks only");
    }));
  }

  @Test
  void sets_inCandidateOrder_matchTheReferenceAsSets() {
    // winners are compared as sets above; the cases list them sorted, as the rules do
    for (JsonNode c : casesWith("smith_set")) {
      Set<Integer> w = MajoritySets.smithSet().withUnranked(Unranked.fromId(c.get("unranked").asText()))
          .rank(ReferenceCases.rankedProfile(c)).winners();
      assertThat(new ArrayList<>(w)).isSorted();
    }
  }
}
