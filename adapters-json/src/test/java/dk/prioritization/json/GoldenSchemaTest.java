package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every golden document satisfies its JSON Schema in full (checked
 * by {@link SchemaCheck}), and the schemas refuse what the readers refuse: a negative or
 * fractional cost, an unknown change type, a selection with both k and a capacity.
 */
class GoldenSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SchemaCheck schemas = new SchemaCheck();

  private static JsonNode golden(String name) throws Exception {
    try (InputStream in = GoldenSchemaTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as(name).isNotNull();
      return JSON.readTree(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "portfolio-example.json, portfolio",
      "portfolio-history-example.json, portfolio-history",
      "round-example.json, round",
      "priority-list-example.json, priority-list",
      "follow-up-example.json, follow-up",
      "selection-committee-example.json, selection",
      "selection-capacity-example.json, selection",
      "profile-ranked.json, profile",
      "profile-approval.json, profile",
      "profile-score.json, profile",
      "profile-cumulative.json, profile",
      "result-schulze.json, result",
      "result-instant-runoff.json, result",
      "result-borda-tie-broken.json, result",
      "rule-choice.json, rule-choice"})
  void goldenFile_satisfiesItsSchema(String file, String kind) throws Exception {
    assertThat(schemas.check(golden(file), kind + ".schema.json")).isEmpty();
  }

  @Test
  void portfolioSchema_refusesBadCostsAndAnUnknownChange() throws Exception {
    ObjectNode doc = (ObjectNode) golden("portfolio-history-example.json");
    ObjectNode task = (ObjectNode) doc.get("first").get("tasks").get(3);
    task.put("cost", -1);
    ((ObjectNode) doc.get("first").get("tasks").get(4)).put("cost", 2.5);
    ((ObjectNode) doc.get("changeLog").get(2).get("change")).put("type", "deleteTask");
    ((ObjectNode) doc.get("first")).putObject("costUnit").put("en", "person-months");
    assertThat(schemas.check(doc, "portfolio-history.schema.json")).containsExactlyInAnyOrder(
        "$.first.costUnit: missing required da",
        "$.first.tasks[3].cost: -1 is below the minimum 0",
        "$.first.tasks[4].cost: expected type \"integer\", found NUMBER",
        "$.changeLog[2].change: 0 of the oneOf alternatives match");
  }

  @Test
  void selectionSchema_refusesKAndCapacityTogether() throws Exception {
    ObjectNode doc = (ObjectNode) golden("selection-committee-example.json");
    ((ObjectNode) doc.get("selection")).put("capacity", 35).put("capacityLeft", 1).put("totalCost", 34);
    assertThat(schemas.check(doc, "selection.schema.json")).containsExactly(
        "$.selection: 0 of the oneOf alternatives match");
    ObjectNode neither = (ObjectNode) golden("selection-capacity-example.json");
    ((ObjectNode) neither.get("selection")).remove("capacity");
    assertThat(schemas.check(neither, "selection.schema.json")).containsExactly(
        "$.selection: 0 of the oneOf alternatives match");
  }
}
