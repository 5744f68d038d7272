package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.PortfolioHistory;
import dk.prioritization.portfolio.example.NorddjursExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad portfolio documents: each problem is named by its JSON path, all of them at once. */
class PortfolioBadInputTest {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());

  static ObjectNode example() {
    return (ObjectNode) JSON.valueToTree(NorddjursExample.portfolio());
  }

  static List<String> problems(Object doc, Class<?> type) {
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> JSON.readValue(doc instanceof String s ? s : JSON.writeValueAsString(doc), type));
    assertThat(e).as("a DocumentException").isNotNull();
    return e.problems().stream().map(DocumentProblem::toString).toList();
  }

  static ObjectNode task(ObjectNode doc, int i) {
    return (ObjectNode) doc.get("tasks").get(i);
  }

  @Test
  void missingFormat() {
    ObjectNode doc = example();
    doc.remove("format");
    assertThat(problems(doc, Portfolio.class)).singleElement().asString().startsWith("$.format: missing field 'format'");
  }

  @Test
  void futureFormat_isNamedNewer() {
    ObjectNode doc = example().put("format", "prioritization/2");
    assertThat(problems(doc, Portfolio.class)).singleElement().asString()
        .startsWith("$.format: the document is in format 'prioritization/2', written by a newer version");
  }

  @Test
  void otherKind() {
    assertThat(problems(example().put("kind", "round"), Portfolio.class)).singleElement().asString()
        .isEqualTo("$.kind: this is a 'round' document; expected a 'portfolio' document");
  }

  @Test
  void unknownField_isNamedWithItsPath() {
    ObjectNode doc = example();
    task(doc, 4).put("colour", "red");
    assertThat(problems(doc, Portfolio.class)).singleElement().asString()
        .startsWith("$.tasks[4].colour: unknown field 'colour'");
  }

  @Test
  void wrongTypes_andMissingFields_areAllReported() {
    ObjectNode doc = example().put("version", "one");
    task(doc, 2).put("name", 7);
    task(doc, 3).remove("caseOwner");
    ((ObjectNode) doc.get("initiatives").get(0)).put("scope", "everywhere");
    ((ObjectNode) doc.get("members").get(1)).putArray("department");
    assertThat(problems(doc, Portfolio.class)).containsExactly(
        "$.version: expected an integer, found a string",
        "$.initiatives[0].scope: unknown scope 'everywhere'; a scope is \"crossCutting\" or {\"department\": \"...\"}",
        "$.tasks[2].name: expected a string, found a number",
        "$.tasks[3].caseOwner: missing field 'caseOwner'",
        "$.members[1].department: expected a string, found an array");
  }

  @Test
  void overflowingVersion() {
    assertThat(problems(example().put("version", 99999999999L), Portfolio.class)).singleElement().asString()
        .isEqualTo("$.version: the integer 99999999999 is out of range; expected 1 to 2147483647");
  }

  @Test
  void unknownPerspective() {
    ObjectNode doc = example();
    ((ArrayNode) task(doc, 0).get("perspectives")).add("sideways");
    assertThat(problems(doc, Portfolio.class)).singleElement().asString()
        .startsWith("$.tasks[0].perspectives[1]: unknown perspective 'sideways'; known: upward, downward, outward,"
            + " inward");
  }

  @Test
  void duplicateIds_andDanglingReferences_namedAtTheElement() {
    ObjectNode doc = example();
    task(doc, 5).put("id", "T-01");
    task(doc, 4).put("initiative", "I-12");
    ((ObjectNode) doc.get("initiatives").get(2)).put("focusArea", "F9");
    assertThat(problems(doc, Portfolio.class)).containsExactlyInAnyOrder(
        "$.tasks[5].id: duplicate id 'T-01': an earlier element of tasks has it",
        "$.tasks[4].initiative: unknown initiative 'I-12'",
        "$.initiatives[2].focusArea: unknown focus area 'F9'");
  }

  @Test
  void emptyNameAndNoPerspective() {
    ObjectNode doc = example();
    task(doc, 1).put("name", " ");
    task(doc, 6).putArray("perspectives");
    assertThat(problems(doc, Portfolio.class)).containsExactly(
        "$.tasks[1].name: has an empty name",
        "$.tasks[6].perspectives: has no leadership perspective; give it one or more");
  }

  @Test
  void unknownChangeType_isNamed() {
    ObjectNode doc = (ObjectNode) JSON.valueToTree(NorddjursExample.portfolio()
        .apply(new Change.RetireTask("T-01"), "Done"));
    ((ObjectNode) doc.get("changeLog").get(0).get("change")).put("type", "deleteTask");
    assertThat(problems(doc, Portfolio.class)).singleElement().asString()
        .startsWith("$.changeLog[0].change.type: unknown change type 'deleteTask'; known types: addFocusArea,");
  }

  @Test
  void aChangeLogThatDoesNotLeadToTheContent_isNamed() {
    Portfolio v3 = NorddjursExample.portfolio().apply(new Change.RetireTask("T-01"), "Done")
        .apply(new Change.RenameTask("T-02", "Temamøder"), "");
    ObjectNode doc = (ObjectNode) JSON.valueToTree(v3);
    task(doc, 0).remove("retired"); // the log retires T-01, the content says it is active
    assertThat(problems(doc, Portfolio.class)).singleElement().asString()
        .isEqualTo("$.changeLog: the change log does not lead to the portfolio's content");

    ObjectNode wrongVersion = (ObjectNode) JSON.valueToTree(v3);
    ((ObjectNode) wrongVersion.get("changeLog").get(1)).put("version", 4);
    assertThat(problems(wrongVersion, Portfolio.class)).singleElement().asString()
        .startsWith("$.changeLog[1].version: expected version 3");

    ObjectNode notApplying = (ObjectNode) JSON.valueToTree(v3);
    ((ObjectNode) notApplying.get("changeLog").get(1).get("change")).put("taskId", "T-99");
    assertThat(problems(notApplying, Portfolio.class)).first().asString()
        .isEqualTo("$.changeLog[1].change: cannot rename unknown task 'T-99'");
  }

  @Test
  void badDateInALogEntry() {
    ObjectNode doc = (ObjectNode) JSON.valueToTree(NorddjursExample.portfolio()
        .apply(new Change.RetireTask("T-01"), "Done"));
    ((ObjectNode) doc.get("changeLog").get(0)).put("date", "15/01/2025");
    assertThat(problems(doc, Portfolio.class)).singleElement().asString()
        .isEqualTo("$.changeLog[0].date: '15/01/2025' is not an ISO-8601 date such as 2025-01-15");
  }

  @Test
  void truncatedDocument_namesWhereItEnds() throws Exception {
    String json = JSON.writeValueAsString(NorddjursExample.portfolio());
    String cut = json.substring(0, json.indexOf("\"T-05\"") + 3);
    assertThat(problems(cut, Portfolio.class)).singleElement().asString().startsWith("$.tasks[4].id: not valid JSON:");
  }

  @Test
  void history_withAChangeThatDoesNotApply() {
    ObjectNode doc = (ObjectNode) JSON.valueToTree(PortfolioHistory.start(NorddjursExample.portfolio())
        .apply(new Change.MoveTask("T-01", "I-2"), ""));
    ((ObjectNode) doc.get("changeLog").get(0).get("change")).put("toInitiative", "I-1");
    assertThat(problems(doc, PortfolioHistory.class)).singleElement().asString()
        .isEqualTo("$.changeLog[0].change: task 'T-01' already belongs to initiative 'I-1'");
  }

  @Test
  void negativeCost_namedAtTheTask() {
    ObjectNode doc = example();
    task(doc, 2).put("cost", -3);
    assertThat(problems(doc, Portfolio.class)).containsExactly(
        "$.tasks[2].cost: the cost -3 is negative; a cost is zero or more");
  }

  @Test
  void nonIntegerCost_namedAtTheTask() {
    ObjectNode doc = example();
    task(doc, 2).put("cost", 2.5);
    task(doc, 3).put("cost", "3");
    assertThat(problems(doc, Portfolio.class)).containsExactly(
        "$.tasks[2].cost: expected a whole number (a cost in the portfolio's cost unit), found the number 2.5",
        "$.tasks[3].cost: expected a whole number (a cost in the portfolio's cost unit), found a string");
  }

  @Test
  void tooLargeCost_namedAtTheTask() throws Exception {
    ObjectNode doc = example();
    task(doc, 4).put("cost", new java.math.BigInteger("99999999999999999999"));
    assertThat(problems(doc, Portfolio.class)).containsExactly(
        "$.tasks[4].cost: the cost 99999999999999999999 is too large; a cost is at most 9223372036854775807");
  }

  @Test
  void costsThatTogetherOverflow_namedAtTheTaskWhereTheSumOverflows() {
    ObjectNode doc = example();
    for (int i = 0; i < doc.get("tasks").size(); i++) {
      task(doc, i).remove("cost");
    }
    task(doc, 1).put("cost", Long.MAX_VALUE);
    task(doc, 5).put("cost", 1);
    assertThat(problems(doc, Portfolio.class)).singleElement().asString().startsWith(
        "$.tasks[5].cost: has the cost 1, which takes the total cost of the tasks up to it past 9223372036854775807");
  }

  @Test
  void badCostUnit_namedAtItsField() {
    ObjectNode blank = example();
    blank.putObject("costUnit").put("en", "person-months").put("da", "");
    assertThat(problems(blank, Portfolio.class)).containsExactly("$.costUnit.da: cost unit has an empty Danish name");

    ObjectNode plain = example().put("costUnit", "person-months");
    assertThat(problems(plain, Portfolio.class)).containsExactly("$.costUnit: expected an object, found a string");

    ObjectNode half = example();
    half.putObject("costUnit").put("en", "person-months");
    assertThat(problems(half, Portfolio.class)).containsExactly("$.costUnit.da: missing field 'da'");
  }

  @Test
  void badCostInASetTaskCostChange_namedAtTheChange() {
    ObjectNode doc = (ObjectNode) JSON.valueToTree(NorddjursExample.portfolio()
        .apply(Change.SetTaskCost.of("T-01", 5), "Estimated again"));
    ((ObjectNode) doc.get("changeLog").get(0).get("change")).put("cost", -4);
    assertThat(problems(doc, Portfolio.class)).containsExactly(
        "$.changeLog[0].change.cost: the cost -4 is negative; a cost is zero or more");
  }

  @Test
  void notAnObject() {
    assertThat(problems("[1, 2]", Portfolio.class)).containsExactly("$: expected an object, found an array");
  }
}
