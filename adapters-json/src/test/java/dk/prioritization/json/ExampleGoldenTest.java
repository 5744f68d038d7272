package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dk.prioritization.core.budget.GreedyByVotes;
import dk.prioritization.core.committee.Phragmen;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.PortfolioHistory;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.Selection;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden files of each portfolio document kind, made from the embedded example: the writer's
 * output must equal them byte for byte, and reading them and writing again gives the same bytes.
 *
 * <p>To rewrite them after an intended change of shape, run with {@code -Dgolden.update=true} and
 * review the diff.
 */
class ExampleGoldenTest {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());
  static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  static Round exampleRound() {
    Round.Builder b = Round.builder(NorddjursExample.portfolio());
    NorddjursExample.nominations().forEach(b::nominate);
    return b.build();
  }

  static PortfolioHistory exampleHistory() {
    return PortfolioHistory.start(NorddjursExample.portfolio())
        .apply(new Change.RetireTask("T-16"), "Trivselsmålingen er gennemført", "Direktionssekretariatet",
            LocalDate.of(2025, 4, 2))
        .apply(new Change.MoveTask("T-26", "I-2"), "Benchmarking hører til økonomistyringen")
        .apply(Change.SetTaskCost.of("T-19", 18), "Ældreloven kræver mere end skønnet", "Direktionssekretariatet",
            LocalDate.of(2025, 5, 7));
  }

  private static String golden(String name, String written) throws Exception {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, written + "\n", StandardCharsets.UTF_8);
    }
    try (InputStream in = ExampleGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(written + "\n").as("golden file %s", name).isEqualTo(expected);
      return expected;
    }
  }

  @Test
  void portfolio_matchesGolden_andRoundTripsByteForByte() throws Exception {
    String golden = golden("portfolio-example.json", PRETTY.writeValueAsString(NorddjursExample.portfolio()));
    Portfolio back = JSON.readValue(golden, Portfolio.class);
    assertThat(back).isEqualTo(NorddjursExample.portfolio());
    assertThat(PRETTY.writeValueAsString(back) + "\n").isEqualTo(golden);
  }

  @Test
  void history_matchesGolden_andRoundTripsByteForByte() throws Exception {
    String golden = golden("portfolio-history-example.json", PRETTY.writeValueAsString(exampleHistory()));
    PortfolioHistory back = JSON.readValue(golden, PortfolioHistory.class);
    assertThat(back).isEqualTo(exampleHistory());
    assertThat(PRETTY.writeValueAsString(back) + "\n").isEqualTo(golden);
  }

  @Test
  void round_matchesGolden_andRoundTripsByteForByte() throws Exception {
    String golden = golden("round-example.json", PRETTY.writeValueAsString(exampleRound()));
    Round back = JSON.readValue(golden, Round.class);
    assertThat(back.portfolio()).isEqualTo(NorddjursExample.portfolio());
    assertThat(back.priorityList().fingerprint()).isEqualTo(exampleRound().priorityList().fingerprint());
    assertThat(PRETTY.writeValueAsString(back) + "\n").isEqualTo(golden);
  }

  @Test
  void priorityList_matchesGolden_andRoundTripsByteForByte() throws Exception {
    String golden = golden("priority-list-example.json",
        PRETTY.writeValueAsString(new RoundPriorityList(exampleRound())));
    PriorityList list = JSON.readValue(golden, PriorityList.class);
    assertThat(list.fingerprint()).isEqualTo(exampleRound().priorityList().fingerprint());
    assertThat(list.entries()).isEqualTo(exampleRound().priorityList().entries());
    RoundPriorityList back = JSON.readValue(golden, RoundPriorityList.class);
    assertThat(PRETTY.writeValueAsString(back) + "\n").isEqualTo(golden);
  }

  @Test
  void followUp_matchesGolden_andRoundTripsByteForByte() throws Exception {
    String golden = golden("follow-up-example.json", PRETTY.writeValueAsString(NorddjursExample.followUp()));
    FollowUp back = JSON.readValue(golden, FollowUp.class);
    assertThat(back).isEqualTo(NorddjursExample.followUp());
    assertThat(PRETTY.writeValueAsString(back) + "\n").isEqualTo(golden);
  }

  @Test
  void selectionByACommitteeRule_matchesGolden_andRoundTripsByteForByte() throws Exception {
    Round round = exampleRound();
    Selection five = round.select(Phragmen.sequential(), 5);
    String golden = golden("selection-committee-example.json", PRETTY.writeValueAsString(new RoundSelection(round, five)));
    assertThat(JSON.readValue(golden, Selection.class)).isEqualTo(five);
    RoundSelection back = JSON.readValue(golden, RoundSelection.class);
    assertThat(PRETTY.writeValueAsString(back) + "\n").isEqualTo(golden);
  }

  @Test
  void selectionByABudgetRule_matchesGolden_andRoundTripsByteForByte() throws Exception {
    Round round = exampleRound();
    Selection fits = round.fitCapacity(GreedyByVotes.rule(), 35);
    String golden = golden("selection-capacity-example.json", PRETTY.writeValueAsString(new RoundSelection(round, fits)));
    assertThat(JSON.readValue(golden, Selection.class)).isEqualTo(fits);
    RoundSelection back = JSON.readValue(golden, RoundSelection.class);
    assertThat(PRETTY.writeValueAsString(back) + "\n").isEqualTo(golden);
  }

  /**
   * Checks each golden file's top level against its schema: the schema's required top-level fields
   * are present, no other top-level field is there, and {@code kind} is the schema's constant.
   * ({@link GoldenSchemaTest} checks the whole of each file.)
   */
  @Test
  void goldenFiles_haveTheirSchemasTopLevelShape() throws Exception {
    for (Map.Entry<String, String> e : Map.of("portfolio-example.json", "portfolio",
        "portfolio-history-example.json", "portfolio-history", "round-example.json", "round",
        "priority-list-example.json", "priority-list", "follow-up-example.json", "follow-up",
        "selection-committee-example.json", "selection", "selection-capacity-example.json", "selection").entrySet()) {
      JsonNode doc;
      try (InputStream in = ExampleGoldenTest.class.getResourceAsStream("/golden/" + e.getKey())) {
        doc = JSON.readTree(in);
      }
      JsonNode schema;
      try (InputStream in = PrioritizationModule.class.getResourceAsStream(
          "/dk/prioritization/json/schema/" + e.getValue() + ".schema.json")) {
        assertThat(in).as("schema of %s", e.getValue()).isNotNull();
        schema = JSON.readTree(in);
      }
      assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      List<String> required = new ArrayList<>();
      schema.get("required").forEach(n -> required.add(n.asText()));
      List<String> fields = new ArrayList<>();
      Iterator<String> it = doc.fieldNames();
      it.forEachRemaining(fields::add);
      assertThat(fields).as(e.getKey()).containsAll(required);
      List<String> allowed = new ArrayList<>();
      schema.get("properties").fieldNames().forEachRemaining(allowed::add);
      assertThat(allowed).as(e.getKey()).containsAll(fields);
      assertThat(schema.at("/properties/kind/const").asText()).isEqualTo(e.getValue());
      assertThat(schema.at("/properties/format/const").asText()).isEqualTo(JsonFormat.FORMAT);
    }
  }
}
