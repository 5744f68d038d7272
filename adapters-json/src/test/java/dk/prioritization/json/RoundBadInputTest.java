package dk.prioritization.json;

import static dk.prioritization.json.PortfolioBadInputTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import org.junit.jupiter.api.Test;

/** Bad round, priority-list and follow-up documents, each problem named by its JSON path. */
class RoundBadInputTest {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());

  static ObjectNode round() {
    return (ObjectNode) JSON.valueToTree(RoundJsonTest.example().build());
  }

  static ArrayNode tasks(ObjectNode doc, int nomination) {
    return (ArrayNode) doc.get("nominations").get(nomination).get("tasks");
  }

  @Test
  void unknownTaskInANomination_namedAtItsIndex() {
    ObjectNode doc = round();
    tasks(doc, 3).set(4, JSON.getNodeFactory().textNode("T-99"));
    assertThat(problems(doc, Round.class)).containsExactly("$.nominations[3].tasks[4]: unknown task 'T-99'");
  }

  @Test
  void aSixthNomination_namedAtTheSixth() {
    ObjectNode doc = round();
    tasks(doc, 0).add("T-01");
    assertThat(problems(doc, Round.class)).singleElement().asString()
        .isEqualTo("$.nominations[0].tasks[5]: member 'KD' nominates 6 tasks; at most 5 are allowed, so the sixth"
            + " nomination, task 'T-01', is one too many");
  }

  @Test
  void everyRoundProblemAtOnce() {
    ObjectNode doc = round();
    tasks(doc, 1).set(0, JSON.getNodeFactory().textNode("T-99"));
    tasks(doc, 2).set(3, JSON.getNodeFactory().textNode("T-05")); // DIR-SS already names T-05 first
    ((ObjectNode) doc.get("nominations").get(4)).put("member", "DIR-XX");
    assertThat(problems(doc, Round.class)).containsExactly(
        "$.nominations[1].tasks[0]: unknown task 'T-99'",
        "$.nominations[2].tasks[3]: task 'T-05' is nominated twice",
        "$.nominations[4].member: member 'DIR-XX' is not on the board of the round's portfolio");
  }

  @Test
  void aMemberNominatingTwice_namedAtTheSecondList() {
    ObjectNode doc = round();
    ((ArrayNode) doc.get("nominations")).addObject().put("member", "KD").putArray("tasks").add("T-01");
    assertThat(problems(doc, Round.class)).singleElement().asString()
        .startsWith("$.nominations[5].member: member 'KD' nominates twice");
  }

  @Test
  void structuralProblemsInRoundAndEmbeddedPortfolio_areAllReported() {
    ObjectNode doc = round();
    ((ObjectNode) doc.get("portfolio").get("tasks").get(0)).put("retired", "no");
    ((ObjectNode) doc.get("policy")).put("maxPerMember", 0);
    ((ObjectNode) doc.get("ruleChoice")).put("rule", "coin-flip");
    ((ObjectNode) doc.get("ruleChoice")).putArray("tieBreak").addObject().put("type", "alphabetical");
    ((ObjectNode) doc.get("nominations").get(0)).put("tasks", "T-01");
    assertThat(problems(doc, Round.class)).containsExactly(
        "$.portfolio.tasks[0].retired: expected true or false, found a string",
        "$.policy.maxPerMember: the integer 0 is out of range; expected 1 to 2147483647",
        "$.ruleChoice.rule: unknown rule 'coin-flip'; known rules: " + String.join(", ",
            dk.prioritization.core.RuleRegistry.standard().rules().stream().map(r -> r.id()).toList()),
        "$.nominations[0].tasks: expected an array, found a string");
  }

  @Test
  void badTieBreakChain_isNamed() {
    ObjectNode doc = round();
    ArrayNode chain = ((ObjectNode) doc.get("ruleChoice")).putArray("tieBreak");
    chain.addObject().put("type", "alphabetical");
    chain.addObject().put("type", "random").put("seed", "forty-two");
    chain.addObject().put("type", "fixedOrder").putArray("order").add("T-01").add("T-99");
    assertThat(problems(doc, Round.class)).containsExactly(
        "$.ruleChoice.tieBreak[0].type: unknown tie-breaker type 'alphabetical'; known types: byRule,"
            + " candidateOrder, fixedOrder, none, random",
        "$.ruleChoice.tieBreak[1].seed: expected an integer, found a string",
        "$.ruleChoice.tieBreak[2].order[1]: unknown task 'T-99'");
  }

  @Test
  void ruleOptionsOtherThanApprovalsCap_areRefused() {
    ObjectNode doc = round();
    ((ObjectNode) doc.get("ruleChoice")).put("rule", "borda-modified");
    assertThat(problems(doc, Round.class)).singleElement().asString().startsWith("$.ruleChoice.options: rule"
        + " 'borda-modified' has the options");
  }

  @Test
  void aRuleOfTheWrongBallotKind() {
    ObjectNode doc = round();
    ObjectNode choice = (ObjectNode) doc.get("ruleChoice");
    choice.put("rule", "borda-modified");
    choice.remove("options");
    assertThat(problems(doc, Round.class)).singleElement().asString()
        .startsWith("$.ruleChoice.rule: rule 'borda-modified' counts ranked ballots");
  }

  @Test
  void priorityList_withATamperedFingerprintOrEntry() {
    ObjectNode doc = (ObjectNode) JSON.valueToTree(new RoundPriorityList(RoundJsonTest.example().build()));
    ObjectNode list = (ObjectNode) doc.get("priorityList");
    list.put("fingerprint", "0".repeat(64));
    ((ObjectNode) list.get("entries").get(0)).put("score", "6");
    assertThat(problems(doc, PriorityList.class)).satisfiesExactly(
        p -> assertThat(p).startsWith("$.priorityList.entries[0]: differs from the recomputed entry"),
        p -> assertThat(p).startsWith("$.priorityList.fingerprint: the stored fingerprint 0000"));
  }

  @Test
  void priorityList_savedByAnotherLibraryVersion_isCheckedByItsEntriesAlone() throws Exception {
    ObjectNode doc = (ObjectNode) JSON.valueToTree(new RoundPriorityList(RoundJsonTest.example().build()));
    ObjectNode list = (ObjectNode) doc.get("priorityList");
    list.put("libraryVersion", "0.0.1");
    list.put("fingerprint", "0".repeat(64)); // another version's fingerprint cannot match ours
    PriorityList read = JSON.readValue(JSON.writeValueAsString(doc), PriorityList.class);
    assertThat(read.entries()).isEqualTo(RoundJsonTest.example().build().priorityList().entries());
    ((ObjectNode) list.get("entries").get(0)).put("score", "6");
    assertThat(problems(doc, PriorityList.class)).singleElement().asString()
        .startsWith("$.priorityList.entries[0]: differs from the recomputed entry");
  }

  @Test
  void priorityList_missingFormatAndUnknownField() {
    ObjectNode doc = (ObjectNode) JSON.valueToTree(new RoundPriorityList(RoundJsonTest.example().build()));
    doc.remove("format");
    ((ObjectNode) doc.get("priorityList")).put("winner", "T-04");
    assertThat(problems(doc, PriorityList.class)).satisfiesExactly(
        p -> assertThat(p).startsWith("$.format: missing field 'format'"),
        p -> assertThat(p).startsWith("$.priorityList.winner: unknown field 'winner'"));
  }

  static ObjectNode followUp() {
    return (ObjectNode) JSON.valueToTree(NorddjursExample.followUp());
  }

  static ObjectNode report(ObjectNode doc, int quarter, int report) {
    return (ObjectNode) doc.get("quarters").get(quarter).get("reports").get(report);
  }

  @Test
  void followUp_domainProblems_namedAtTheReport() {
    ObjectNode doc = followUp();
    report(doc, 0, 3).put("task", "T-99");
    report(doc, 1, 2).put("date", "2025-09-30");
    report(doc, 1, 4).put("comment", " ");
    report(doc, 1, 6).put("task", "T-04"); // reports[1][5] is T-04's, reports[1][6] T-05's
    assertThat(problems(doc, FollowUp.class)).containsExactly(
        "$.quarters[0].reports[3].task: unknown task 'T-99'",
        "$.quarters[1].reports[2].date: the 2025-Q2 report on task 'T-02' is dated 2025-09-30, outside the quarter"
            + " (2025-04-01 to 2025-06-30)",
        "$.quarters[1].reports[4].comment: the 2025-Q2 report on initiative 'I-2' has an empty comment",
        "$.quarters[1].reports[6]: task 'T-04' has two or more reports for 2025-Q2; give one per quarter");
  }

  @Test
  void followUp_structuralProblems() {
    ObjectNode doc = followUp().put("format", "prioritization/7");
    report(doc, 0, 0).put("status", "green");
    report(doc, 0, 1).put("initiative", "I-1");
    ((ObjectNode) doc.get("quarters").get(1)).put("quarter", "2025-Q5");
    assertThat(problems(doc, FollowUp.class)).satisfiesExactly(
        p -> assertThat(p).startsWith("$.format: the document is in format 'prioritization/7', written by a newer"),
        p -> assertThat(p).startsWith("$.quarters[0].reports[0].status: unknown status 'green'; known: notStarted,"),
        p -> assertThat(p).isEqualTo("$.quarters[0].reports[1]: a report names a task or an initiative, not both"),
        p -> assertThat(p).isEqualTo("$.quarters[1].quarter: '2025-Q5' is not a quarter; write a quarter like 2025-Q1"));
  }
}
