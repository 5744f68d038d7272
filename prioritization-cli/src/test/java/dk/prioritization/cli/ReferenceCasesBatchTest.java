package dk.prioritization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} over the reference cases (PrefLib elections with pref_voting 1.18.1's winners),
 * every method key given as an alias.
 */
class ReferenceCasesBatchTest {
  /** The method keys pref_voting defines for complete strict orders only (the README's "L"). */
  static final Set<String> LINEAR_ONLY = Set.of("borda", "anti_plurality", "plurality_with_runoff_put", "coombs",
      "coombs_put", "baldwin", "baldwin_put", "strict_nanson", "weak_nanson", "bucklin", "simplified_bucklin", "blacks");

  @TempDir
  Path dir;

  static List<JsonNode> cases() {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(CommandsTest.resource("reference-cases.jsonl"), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(mapper.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void everyKeyAsAnAlias_givesTheReferenceWinners() throws IOException {
    List<JsonNode> cases = cases();
    assertThat(cases).hasSize(61);
    assertThat(Rules.ALIASES).hasSize(32);
    for (JsonNode c : cases) {
      c.get("results").fieldNames().forEachRemaining(k -> assertThat(Rules.ALIASES).as("key").containsKey(k));
    }
    Path out = dir.resolve("results.jsonl");
    Cli.Run r = Cli.run("batch", "--input", CommandsTest.resource("reference-cases.jsonl").toString(),
        "--output", out.toString(), "--rules", String.join(",", Rules.ALIASES.keySet()));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(cases.size());
    ObjectMapper mapper = new ObjectMapper();
    int compared = 0;
    int refused = 0;
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      JsonNode got = mapper.readTree(lines.get(i));
      String id = c.get("id").asText();
      assertThat(got.get("id").asText()).isEqualTo(id);
      JsonNode results = got.get("results");
      assertThat(results.size()).isEqualTo(Rules.ALIASES.size());
      for (Iterator<String> keys = c.get("results").fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        JsonNode entry = results.get(key);
        assertThat(entry.has("error")).as(id + " " + key + ": " + entry).isFalse();
        assertThat(entry.get("winners")).as(id + " " + key).isEqualTo(c.get("results").get(key).get("winners"));
        compared++;
      }
      String kind = c.get("kind").asText();
      if (!kind.equals("linear") && !kind.equals("approval")) {
        for (String key : LINEAR_ONLY) {
          assertThat(c.get("results").has(key)).isFalse();
          assertThat(results.get(key).has("error")).as(id + " " + key).isTrue();
          assertThat(results.get(key).get("error").asText()).isNotBlank();
          refused++;
        }
      }
      if (kind.equals("approval")) {
        assertThat(results.get("beat_path").has("error")).isTrue();
      } else {
        assertThat(results.get("approval").has("error")).as(id).isTrue();
      }
    }
    assertThat(compared).isGreaterThan(1000);
    assertThat(refused).isEqualTo(47 * LINEAR_ONLY.size());
  }

  @Test
  void condorcetWithoutAWinner_givesAllCandidates_asPrefVoting() throws IOException {
    Path in = dir.resolve("cycle.jsonl");
    // a Condorcet cycle: A > B > C, B > C > A, C > A > B, one voter each: no (weak) Condorcet winner
    Files.writeString(in, "{\"id\": \"cycle\", \"candidates\": [\"A\", \"B\", \"C\"], \"ballots\": ["
        + "{\"ranking\": [[\"A\"], [\"B\"], [\"C\"]], \"count\": 1}, {\"ranking\": [[\"B\"], [\"C\"], [\"A\"]], \"count\": 1},"
        + "{\"ranking\": [[\"C\"], [\"A\"], [\"B\"]], \"count\": 1}], \"unranked\": \"incomparable\"}\n");
    Path out = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("batch", "--input", in.toString(), "--output", out.toString(), "--rules", "condorcet,weak_condorcet,all");
    assertThat(r.code()).isEqualTo(2); // 'all' only alone
    r = Cli.run("batch", "--input", in.toString(), "--output", out.toString(), "--rules", "condorcet,weak_condorcet,plurality");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode res = new ObjectMapper().readTree(Files.readString(out)).get("results");
    assertThat(res.get("condorcet").get("winners").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
    assertThat(res.get("weak_condorcet").get("winners").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
    assertThat(res.get("plurality").get("scores").toString()).isEqualTo("{\"A\":1,\"B\":1,\"C\":1}");

    r = Cli.run("batch", "--input", in.toString(), "--output", out.toString());
    assertThat(r.code()).isZero();
    JsonNode all = new ObjectMapper().readTree(Files.readString(out)).get("results");
    assertThat(all.has("schulze")).isTrue();
    assertThat(all.has("approval")).isFalse();
  }

  @Test
  void badCaseLine_isOneLineNamingIt() throws IOException {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\": 1, \"candidates\": [1, 2], \"ballots\": [{\"ranking\": [[3]]}]}\n{not json\n");
    Cli.Run r = Cli.run("batch", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString(), "--rules", "plurality");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString().contains("bad.jsonl line 1");
  }
}
