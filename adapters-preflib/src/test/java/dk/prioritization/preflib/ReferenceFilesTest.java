package dk.prioritization.preflib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.Weighted;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PrefLib file of the reference data (copied from the core module's reference data into
 * {@code src/test/resources/reference}; see the README there) reads, agrees with the ballots that
 * pref_voting's side of the reference cases lists for it, and round-trips.
 */
class ReferenceFilesTest {
  private static final Map<String, JsonNode> CASES = loadCases();

  private static Map<String, JsonNode> loadCases() {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> cases = new LinkedHashMap<>();
    try (InputStream in = ReferenceFilesTest.class.getResourceAsStream("/reference/reference-cases.jsonl")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode c = json.readTree(line);
          cases.put(c.get("id").asText(), c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path dir = Path.of(ReferenceFilesTest.class.getResource("/reference/preflib").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList().stream();
    }
  }

  @Test
  void allFiftyFiveFilesAreThere() throws Exception {
    assertThat(files()).hasSize(55);
    assertThat(files().map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cat"))).hasSize(2);
  }

  /** A ballot as tiers of sets, so the order inside a tie does not matter; approval: one tier. */
  private static List<Set<Integer>> key(JsonNode ballot) {
    List<Set<Integer>> tiers = new ArrayList<>();
    if (ballot.has("approved")) {
      Set<Integer> t = new TreeSet<>();
      ballot.get("approved").forEach(n -> t.add(n.asInt()));
      tiers.add(t);
    } else {
      for (JsonNode tier : ballot.get("ranking")) {
        Set<Integer> t = new TreeSet<>();
        tier.forEach(n -> t.add(n.asInt()));
        tiers.add(t);
      }
    }
    return tiers;
  }

  private static List<Set<Integer>> key(Object ballot) {
    List<Set<Integer>> tiers = new ArrayList<>();
    if (ballot instanceof ApprovalBallot<?> a) {
      Set<Integer> t = new TreeSet<>();
      a.approved().forEach(c -> t.add((Integer) c));
      tiers.add(t);
    } else {
      for (List<?> tier : ((RankedBallot<?>) ballot).tiers()) {
        Set<Integer> t = new TreeSet<>();
        tier.forEach(c -> t.add((Integer) c));
        tiers.add(t);
      }
    }
    return tiers;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsAndAgreesWithTheReferenceCase(Path file) throws IOException {
    String name = file.getFileName().toString();
    JsonNode c = CASES.get("preflib-" + name);
    assertThat(c).as("the reference case of %s", name).isNotNull();

    PrefLibFile f = PrefLib.read(file);

    assertThat(f.dataType().extension()).isEqualTo(name.substring(name.lastIndexOf('.') + 1));
    assertThat(f.metadata()).containsEntry("FILE NAME", name).containsEntry("TITLE", c.get("title").asText());
    assertThat(f.profile().voterCount()).isEqualTo(c.get("num_voters").asLong());
    List<Integer> candidates = new ArrayList<>();
    c.get("candidates").forEach(n -> candidates.add(n.asInt()));
    assertThat(f.profile().candidates()).isEqualTo(candidates);
    Map<Integer, String> names = new HashMap<>();
    c.get("candidate_names").properties().forEach(e -> names.put(Integer.valueOf(e.getKey()), e.getValue().asText()));
    assertThat(f.alternativeNames()).isEqualTo(names);

    Map<List<Set<Integer>>, Long> expected = new HashMap<>();
    for (JsonNode b : c.get("ballots")) {
      expected.merge(key(b), b.get("count").asLong(), Long::sum);
    }
    Map<List<Set<Integer>>, Long> actual = new HashMap<>();
    for (Weighted<?> w : f.profile().ballots()) {
      actual.merge(key(w.ballot()), w.count(), Long::sum);
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(c.get("kind").asText()).isEqualTo(switch (f.dataType()) {
      case CAT -> "approval";
      case SOC -> "linear";
      case SOI -> f.rankedProfile().isLinear() ? "linear" : "truncated";
      case TOC, TOI -> f.rankedProfile().hasTies() ? "weak" : f.rankedProfile().isTruncated() ? "truncated" : "linear";
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void roundTrips(Path file) throws IOException {
    PrefLibFile f = PrefLib.read(file);
    StringWriter out = new StringWriter();
    PrefLib.write(f, out);
    PrefLibFile again = PrefLib.read(new StringReader(out.toString()), f.dataType());

    assertThat(again.profile()).isEqualTo(f.profile());
    assertThat(again.dataType()).isEqualTo(f.dataType());
    assertThat(again.alternativeNames()).isEqualTo(f.alternativeNames());
    for (String key : PrefLibWriter.DESCRIPTIVE) {
      assertThat(again.metadata().get(key)).as(key).isEqualTo(f.metadata().get(key));
    }
    // and writing again gives the same text
    StringWriter out2 = new StringWriter();
    PrefLib.write(again, out2);
    assertThat(out2.toString()).isEqualTo(out.toString());
  }

  /**
   * PrefLib's own files use the writer's notation: so the written data lines are the file's, up
   * to the order of lines and the order inside braces (the writer lists a tie ascending; two
   * files list some ties unsorted, e.g. {@code {20,12,9}}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void writtenLinesAreTheFilesLines(Path file) throws IOException {
    PrefLibFile f = PrefLib.read(file);
    StringWriter out = new StringWriter();
    PrefLib.write(f, out);
    List<String> original = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).map(ReferenceFilesTest::sortBraces).sorted().toList();
    List<String> written = out.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList();
    assertThat(written).isEqualTo(original);
  }

  /** Sorts the numbers inside each pair of braces: {@code "1: 3,{9,2}"} -> {@code "1: 3,{2,9}"}. */
  private static String sortBraces(String line) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('{', i);
      if (open < 0) {
        sb.append(line, i, line.length());
        break;
      }
      int close = line.indexOf('}', open);
      sb.append(line, i, open + 1);
      String inside = line.substring(open + 1, close);
      if (!inside.isEmpty()) {
        sb.append(String.join(",", Stream.of(inside.split(",")).mapToInt(Integer::parseInt).sorted()
            .mapToObj(Integer::toString).toList()));
      }
      sb.append('}');
      i = close + 1;
    }
    return sb.toString();
  }
}
