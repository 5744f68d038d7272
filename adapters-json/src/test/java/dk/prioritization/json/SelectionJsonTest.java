package dk.prioritization.json;

import static dk.prioritization.json.PortfolioBadInputTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.budget.GreedyByVotes;
import dk.prioritization.core.budget.Knapsack;
import dk.prioritization.core.committee.ApprovalTopK;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.core.committee.Phragmen;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.round.NominationPolicy;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.Selection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Selection documents: every committee and budget rule of the registry, on the example round and
 * on variants of it, goes to JSON and back to an equal selection; each kind of bad document is
 * named by its JSON path.
 */
class SelectionJsonTest {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());

  static Round round(Portfolio p, NominationPolicy policy) {
    Round.Builder b = Round.builder(p).policy(policy);
    NorddjursExample.nominations().forEach(b::nominate);
    return b.build();
  }

  static final Round ROUND = round(NorddjursExample.portfolio(), NominationPolicy.standard());

  static ObjectNode doc(Round round, Selection s) {
    return (ObjectNode) JSON.valueToTree(new RoundSelection(round, s));
  }

  static ObjectNode selection(ObjectNode doc) {
    return (ObjectNode) doc.get("selection");
  }

  private static void assertRoundTrips(Round round, Selection s) throws Exception {
    String json = JSON.writeValueAsString(new RoundSelection(round, s));
    assertThat(JSON.readValue(json, Selection.class)).as(s.ruleId()).isEqualTo(s);
    RoundSelection back = JSON.readValue(json, RoundSelection.class);
    assertThat(back.selection()).isEqualTo(s);
    assertThat(JSON.writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void everyCommitteeRule_roundTripsEqual() throws Exception {
    for (CommitteeRule rule : RuleRegistry.standard().committeeRules()) {
      for (int k : new int[] {1, 3, 5, 8, 33}) {
        assertRoundTrips(ROUND, ROUND.select(rule, k));
      }
    }
  }

  @Test
  void everyBudgetRule_roundTripsEqual() throws Exception {
    for (BudgetRule rule : RuleRegistry.standard().budgetRules()) {
      for (long capacity : new long[] {1, 10, 35, 100, 214}) {
        assertRoundTrips(ROUND, ROUND.fitCapacity(rule, capacity));
      }
    }
    assertRoundTrips(ROUND, ROUND.fitCapacity(Knapsack.withLimit(10_000), 35));
  }

  @Test
  void aRankedRound_withoutCostUnit_andATaskWithoutCost_roundTrips() throws Exception {
    Portfolio p = NorddjursExample.portfolio().apply(Change.SetTaskCost.clear("T-30"), "Not estimated yet");
    Portfolio.Builder b = Portfolio.builder();
    p.focusAreas().forEach(b::focusArea);
    p.initiatives().forEach(b::initiative);
    p.tasks().forEach(b::task);
    p.members().forEach(b::member);
    Round ranked = round(b.build(), NominationPolicy.standard().withRanked(true));
    Selection s = ranked.select(Phragmen.sequential(), 5);
    assertThat(s.totalCost()).isEmpty();
    assertThat(s.costUnit()).isEmpty();
    ObjectNode d = doc(ranked, s);
    assertThat(selection(d).has("totalCost")).isFalse();
    assertThat(selection(d).get("byFocusArea").get(2).has("chosenCost")).isFalse();
    assertRoundTrips(ranked, s);
  }

  @Test
  void aPairFromAnotherRound_isRefused() {
    Portfolio other = NorddjursExample.portfolio().apply(new Change.RetireTask("T-33"), "");
    Selection s = round(other, NominationPolicy.standard()).select(ApprovalTopK.rule(), 3);
    assertThatThrownBy(() -> new RoundSelection(ROUND, s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not made from this round");
  }

  // ---------------------------------------------------------------- bad documents

  private static ObjectNode committeeDoc() {
    return doc(ROUND, ROUND.select(Phragmen.sequential(), 5));
  }

  private static ObjectNode capacityDoc() {
    return doc(ROUND, ROUND.fitCapacity(GreedyByVotes.rule(), 35));
  }

  @Test
  void bothKAndCapacity_named() {
    ObjectNode d = committeeDoc();
    selection(d).put("capacity", 35);
    assertThat(problems(d, Selection.class))
        .containsExactly("$.selection: give k (a committee rule) or capacity (a budget rule), not both");
  }

  @Test
  void neitherKNorCapacity_named() {
    ObjectNode d = committeeDoc();
    selection(d).remove("k");
    assertThat(problems(d, Selection.class)).containsExactly(
        "$.selection: missing field 'k' or 'capacity': k for a committee rule, capacity for a budget rule");
  }

  @Test
  void unknownCommitteeRule_named() {
    ObjectNode d = committeeDoc();
    selection(d).put("rule", "knapsack");
    assertThat(problems(d, Selection.class)).singleElement().asString().startsWith(
        "$.selection.rule: unknown committee rule 'knapsack' (a selection with k is made by a committee rule); known:");
  }

  @Test
  void unknownBudgetRule_named() {
    ObjectNode d = capacityDoc();
    selection(d).put("rule", "seq-phragmen");
    assertThat(problems(d, Selection.class)).singleElement().asString().startsWith(
        "$.selection.rule: unknown budget rule 'seq-phragmen'");
  }

  @Test
  void kOutOfRange_named() {
    ObjectNode d = committeeDoc();
    selection(d).put("k", 40);
    assertThat(problems(d, Selection.class))
        .containsExactly("$.selection.k: k is 40; ask for 1 to the 33 active tasks of portfolio version 1");
  }

  @Test
  void capacityNotPositive_named() {
    ObjectNode d = capacityDoc();
    selection(d).put("capacity", 0);
    assertThat(problems(d, Selection.class)).containsExactly("$.selection.capacity: capacity must be positive but was: 0");
  }

  @Test
  void aTaskWithoutCost_namedAtTheTaskInTheRound() {
    ObjectNode d = capacityDoc();
    ((ObjectNode) d.get("round").get("portfolio").get("tasks").get(6)).remove("cost");
    assertThat(problems(d, Selection.class)).containsExactly("$.round.portfolio.tasks[6].cost: task 'T-07'"
        + " (Inklusion og specialundervisning i balance) has no cost; to fit a capacity every active task needs one"
        + " (give it a \"cost\")");
  }

  @Test
  void badOptions_named_andTheKnapsackLimitAccepted() throws Exception {
    ObjectNode d = capacityDoc();
    selection(d).putObject("options").put("limit", "9");
    assertThat(problems(d, Selection.class)).singleElement().asString()
        .startsWith("$.selection.options: rule 'greedy-approval' has the options {}, not {limit=9}");
    Selection limited = ROUND.fitCapacity(Knapsack.withLimit(5_000), 35);
    assertThat(limited.ruleOptions()).isEqualTo(Map.of("limit", "5000"));
    assertThat(JSON.readValue(JSON.writeValueAsString(new RoundSelection(ROUND, limited)), Selection.class))
        .isEqualTo(limited);
  }

  @Test
  void storedAnswersThatDifferFromTheRecomputedOnes_namedEach() {
    ObjectNode d = capacityDoc();
    ((ArrayNode) selection(d).get("chosen")).remove(4);
    selection(d).put("nextOut", "T-25");
    selection(d).put("capacityLeft", 3);
    assertThat(problems(d, Selection.class)).containsExactly(
        "$.selection.chosen: differs from the recomputed [\"T-04\",\"T-30\",\"T-05\",\"T-03\",\"T-10\"]",
        "$.selection.capacityLeft: differs from the recomputed 1",
        "$.selection.nextOut: differs from the recomputed \"T-14\"");
  }

  @Test
  void reasons_wrongTaskOrInOrOut_named() {
    ObjectNode d = committeeDoc();
    ArrayNode reasons = (ArrayNode) selection(d).get("reasons");
    ((ObjectNode) reasons.get(3)).put("chosen", false); // T-04, elected first
    ((ObjectNode) reasons.get(5)).put("task", "T-99");
    reasons.remove(32);
    assertThat(problems(d, Selection.class)).containsExactly(
        "$.selection.reasons[3].chosen: the recomputed selection has true",
        "$.selection.reasons[5].task: expected task 'T-06': the reasons follow the active tasks in portfolio order",
        "$.selection.reasons[32]: missing: every active task has a reason, and the recomputed selection has 33");
  }

  @Test
  void reasonWording_checkedOnlyForTheSameLibraryVersion() throws Exception {
    ObjectNode d = committeeDoc();
    ((ObjectNode) selection(d).get("reasons").get(0).get("reason")).put("en", "an older wording");
    selection(d).putObject("explanation").put("en", "older").put("da", "ældre");
    assertThat(problems(d, Selection.class)).containsExactly(
        "$.selection.reasons[0].reason: differs from the recomputed {\"en\":\"not elected: nobody approves it\","
            + "\"da\":\"ikke valgt: ingen godkender den\"}",
        "$.selection.explanation: differs from the recomputed explanation");
    selection(d).put("libraryVersion", "0.0.1");
    assertThat(JSON.readValue(JSON.writeValueAsString(d), Selection.class))
        .isEqualTo(ROUND.select(Phragmen.sequential(), 5));
  }

  @Test
  void otherKind_andMissingParts_named() {
    ObjectNode d = committeeDoc().put("kind", "priority-list");
    d.remove("round");
    assertThat(problems(d, Selection.class)).containsExactly(
        "$.kind: this is a 'priority-list' document; expected a 'selection' document",
        "$.round: missing field 'round'");
    ObjectNode noExplanation = committeeDoc();
    selection(noExplanation).remove(List.of("explanation", "libraryVersion"));
    assertThat(problems(noExplanation, Selection.class)).containsExactly(
        "$.selection.libraryVersion: missing field 'libraryVersion'",
        "$.selection.explanation: missing field 'explanation'");
  }
}
