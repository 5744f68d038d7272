package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Result;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.pairwise.Schulze;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.runoff.InstantRunoff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden files of the engine's documents, compared byte for byte so that a change of shape
 * shows in review, and read back equal. Run with {@code -Dgolden.write=true} to rewrite them
 * (then review the diff).
 */
class CoreGoldenFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());
  private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n")));
  private static final Path DIR = Path.of("src/test/resources/golden");
  /** Results carry the library version; the golden files use a fixed one so releases keep them. */
  private static final String VERSION = "0.0.0-golden";

  static RankedProfile<String> ranked() {
    return Profile.ranked(List.of("Anna", "Bo", "Carl", "Dorte"))
        .add(RankedBallot.of("Anna", "Bo", "Carl", "Dorte"), 4)
        .add(RankedBallot.ofTiers(List.of(List.of("Bo", "Carl"), List.of("Anna"))), 3)
        .add(RankedBallot.of("Carl", "Dorte"), 2)
        .add(RankedBallot.of("Dorte", "Bo", "Anna", "Carl"), 3)
        .build();
  }

  static <C> Result<C> fixed(Result<C> r) {
    return new Result<>(r.ruleId(), r.options(), r.ranking(), r.scores(), r.explanation(), r.profileFingerprint(),
        r.tieBreaker(), r.tieBreaks(), VERSION);
  }

  private static Map<String, Object> documents() {
    Map<String, Object> docs = new LinkedHashMap<>();
    docs.put("profile-ranked.json", ranked());
    docs.put("profile-approval.json", Profile.approval(List.of(1, 2, 3, 4)).cap(2)
        .add(ApprovalBallot.of(1, 3), 5).add(ApprovalBallot.of(2), 2).add(ApprovalBallot.<Integer>of(), 1).build());
    docs.put("profile-score.json", Profile.scores(List.of("T-1", "T-2", "T-3"), 0, 5).ungradedAs(0)
        .add(ScoreBallot.of(Map.of("T-1", 5, "T-2", 3, "T-3", 0)), 2).add(ScoreBallot.of(Map.of("T-3", 4))).build());
    docs.put("profile-cumulative.json", Profile.cumulative(List.of("A", "B", "C"), 10)
        .add(CumulativeBallot.of(Map.of("A", 6, "C", 4)), 3).add(CumulativeBallot.of(Map.of("B", 10))).build());
    docs.put("result-schulze.json", fixed(Schulze.rule().rank(ranked())));
    docs.put("result-instant-runoff.json", fixed(InstantRunoff.standard().rank(ranked())));
    Profile<String> tied = Profile.ranked(List.of("A", "B", "C")).add(1, "A", "B", "C").add(1, "B", "A", "C").build();
    docs.put("result-borda-tie-broken.json", fixed(Borda.standard().rank(tied,
        TieBreaker.byRule(RuleRegistry.standard().get("plurality")).then(TieBreaker.random(42)))));
    docs.put("rule-choice.json", new RuleChoice(RuleRegistry.standard().get("approval"),
        List.of(new RuleChoice.ByRule(Borda.standard()), new RuleChoice.Random(42))));
    return docs;
  }

  private static void check(String name, byte[] actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.write")) {
      Files.write(file, actual);
    }
    assertThat(Files.exists(file)).as("golden file %s (write it with -Dgolden.write=true)", file).isTrue();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as("%s differs from the golden file", name)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void documents_matchTheGoldenFilesByteForByte_andReadBackEqual() throws IOException {
    for (Map.Entry<String, Object> e : documents().entrySet()) {
      byte[] bytes = (PRETTY.writeValueAsString(e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8);
      check(e.getKey(), bytes);
      Object back = JSON.readValue(bytes, e.getValue().getClass());
      assertThat(back).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void ballotStream_matchesTheGoldenFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BallotStream.write(ranked(), out);
    check("ballots-ranked.jsonl", out.toByteArray());
    assertThat(BallotStream.read(DIR.resolve("ballots-ranked.jsonl"), ReadLimits.defaults())).isEqualTo(ranked());
  }

  /** No schema validator is available offline: check each golden file has its schema's required fields. */
  @Test
  void goldenFiles_haveTheirSchemasRequiredTopLevelFields() throws IOException {
    Map<String, String> schemaOf = Map.of("profile", "profile", "result", "result", "rule-choice", "rule-choice",
        "ballots", "ballots");
    for (String name : documents().keySet()) {
      String kind = name.startsWith("rule-choice") ? "rule-choice" : name.substring(0, name.indexOf('-'));
      JsonNode schema = schema(schemaOf.get(kind));
      JsonNode doc = JSON.readTree(DIR.resolve(name).toFile());
      assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      for (JsonNode required : schema.get("required")) {
        assertThat(doc.has(required.asText())).as("%s has %s", name, required.asText()).isTrue();
      }
      for (var field : doc.properties()) {
        assertThat(schema.get("properties").has(field.getKey())).as("%s: %s in the schema", name, field.getKey()).isTrue();
      }
    }
    JsonNode header = JSON.readTree(Files.readAllLines(DIR.resolve("ballots-ranked.jsonl")).get(0));
    JsonNode schema = schema("ballots");
    for (JsonNode required : schema.get("$defs").get("header").get("required")) {
      assertThat(header.has(required.asText())).as("header has %s", required.asText()).isTrue();
    }
  }

  private static JsonNode schema(String kind) throws IOException {
    try (InputStream in = PrioritizationModule.class.getResourceAsStream("schema/" + kind + ".schema.json")) {
      assertThat(in).as("schema %s", kind).isNotNull();
      return JSON.readTree(in);
    }
  }
}
