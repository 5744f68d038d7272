package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.positional.AntiPlurality;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.Plurality;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Agreement with pref_voting 1.18.1 on every reference case, for the methods of the foundation:
 * winners, and the ranking and scores where the case gives them.
 */
class ReferenceCasesTest {

  /** pref_voting's method key -> our rule. */
  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put("plurality", Plurality.rule());
    RULES.put("borda", Borda.standard());
    RULES.put("borda_for_profile_with_ties", Borda.symmetric());
    RULES.put("anti_plurality", AntiPlurality.rule());
    RULES.put("approval", Approval.rule());
  }

  @TestFactory
  Stream<DynamicTest> rank_everyReferenceCase_agreesWithPrefVoting() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : ReferenceCases.all()) {
      for (Map.Entry<String, Rule> e : RULES.entrySet()) {
        JsonNode expected = c.get("results").get(e.getKey());
        if (expected == null) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(c.get("id").asText() + " " + e.getKey(),
            () -> check(c, e.getValue(), expected)));
      }
    }
    return tests.stream();
  }

  private static void check(JsonNode c, Rule rule, JsonNode expected) {
    Profile<Integer> profile = ReferenceCases.isApproval(c)
        ? ReferenceCases.approvalProfile(c)
        : ReferenceCases.rankedProfile(c);
    assertThat(profile.voterCount()).isEqualTo(c.get("num_voters").asLong());
    Result<Integer> result = rule.rank(profile);
    assertThat(result.winners()).as("winners").isEqualTo(ReferenceCases.ids(expected.get("winners")));
    if (expected.has("ranking")) {
      assertThat(result.ranking().tiers()).as("ranking").isEqualTo(ReferenceCases.tiers(expected.get("ranking")));
    }
    if (expected.has("scores")) {
      Map<Integer, Rational> want = new TreeMap<>();
      for (Map.Entry<String, JsonNode> s : expected.get("scores").properties()) {
        want.put(Integer.valueOf(s.getKey()), Rational.of(s.getValue().asLong()));
      }
      assertThat(new TreeMap<>(result.scores())).as("scores").isEqualTo(want);
    }
  }

  @Test
  void referenceCases_coverEveryFoundationMethod() {
    Map<String, Integer> seen = new TreeMap<>();
    for (JsonNode c : ReferenceCases.all()) {
      for (String key : RULES.keySet()) {
        if (c.get("results").has(key)) {
          seen.merge(key, 1, Integer::sum);
        }
      }
    }
    assertThat(seen).containsOnlyKeys(RULES.keySet());
    assertThat(seen.values()).allMatch(n -> n >= 2);
    assertThat(ReferenceCases.all()).hasSize(61);
  }

  /** Where pref_voting does not define Borda (truncated or tied ballots), ours refuses by name. */
  @TestFactory
  Stream<DynamicTest> standardBorda_truncatedOrTiedCases_refusedNamingTheBallot() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : ReferenceCases.all()) {
      String kind = c.get("kind").asText();
      if (kind.equals("truncated") || kind.equals("weak")) {
        tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> {
          RankedProfile<Integer> p = ReferenceCases.rankedProfile(c);
          assertThatThrownBy(() -> Borda.standard().rank(p))
              .isInstanceOf(UnsupportedBallotException.class)
              .hasMessageContaining("rule borda cannot count the ballot")
              .hasMessageContaining("Borda.symmetric()");
        }));
      }
    }
    return tests.stream();
  }

  /** Symmetric Borda must give exactly the candidates of the case, tiers covering all of them. */
  @Test
  void symmetricBorda_onWeakCases_ranksEveryCandidateOnce() {
    int checked = 0;
    for (JsonNode c : ReferenceCases.all()) {
      if (!c.get("kind").asText().equals("weak")) {
        continue;
      }
      Result<Integer> r = Borda.symmetric().rank(ReferenceCases.rankedProfile(c));
      Set<Integer> all = new HashSet<>(r.ranking().candidates());
      assertThat(all).containsExactlyInAnyOrderElementsOf(ReferenceCases.candidates(c));
      checked++;
    }
    assertThat(checked).isPositive();
  }
}
