package dk.prioritization.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end measurement: from a JSON Lines file of profiles to each profile's winners under
 * seven rules, in one process, JVM start included.
 *
 * <p>Each line is a profile in the shape of the reference cases ({@code id}, {@code candidates},
 * {@code ballots} with {@code ranking} tiers and {@code count}; other fields are skipped). The
 * program streams each line through Jackson's parser (no JSON tree), builds the profile with the
 * public builder, ranks it with {@code borda}, {@code copeland}, {@code minimax}, {@code schulze},
 * {@code ranked-pairs-tb}, {@code split-cycle} and {@code instant-runoff} from the registry, and
 * prints one line per profile with the winners. Time it as a whole:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dk.prioritization.benchmarks.EndToEndData target/e2e.jsonl
 * time java -cp benchmarks/target/benchmarks.jar dk.prioritization.benchmarks.EndToEnd target/e2e.jsonl
 * }</pre>
 */
public final class EndToEnd {
  /** The rules of the measurement, by registry id. */
  static final List<String> RULES = List.of(
      "borda", "copeland", "minimax", "schulze", "ranked-pairs-tb", "split-cycle", "instant-runoff");

  private EndToEnd() {}

  /**
   * Ranks every profile of the file and prints the winners.
   *
   * @param args the JSON Lines file
   * @throws IOException if the file cannot be read or a line is not a profile
   */
  public static void main(String[] args) throws IOException {
    RuleRegistry registry = RuleRegistry.builtIn();
    List<Rule> rules = new ArrayList<>();
    for (String id : RULES) {
      rules.add(registry.get(id));
    }
    JsonFactory json = new JsonFactory();
    PrintStream out = System.out;
    try (BufferedReader lines = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try (JsonParser p = json.createParser(line)) {
          StringBuilder sb = new StringBuilder();
          Parsed parsed = parse(p, number);
          sb.append("{\"id\": \"").append(parsed.id).append("\", \"winners\": {");
          for (int r = 0; r < rules.size(); r++) {
            sb.append(r == 0 ? "" : ", ").append('"').append(rules.get(r).id()).append("\": ")
                .append(rules.get(r).rank(parsed.profile).winners());
          }
          out.println(sb.append("}}"));
        }
      }
    }
  }

  private record Parsed(String id, RankedProfile<Integer> profile) {}

  private static Parsed parse(JsonParser p, int line) throws IOException {
    expect(p, JsonToken.START_OBJECT, line);
    String id = null;
    List<Integer> candidates = null;
    RankedProfile.Builder<Integer> builder = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getValueAsString();
        case "candidates" -> {
          candidates = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            candidates.add(p.getIntValue());
          }
          builder = Profile.ranked(candidates);
        }
        case "ballots" -> {
          if (builder == null) {
            throw new IOException("line " + line + ": \"candidates\" must come before \"ballots\"");
          }
          while (p.nextToken() == JsonToken.START_OBJECT) {
            List<List<Integer>> tiers = new ArrayList<>();
            long count = 1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              if (name.equals("ranking")) {
                while (p.nextToken() == JsonToken.START_ARRAY) {
                  List<Integer> tier = new ArrayList<>(1);
                  while (p.nextToken() != JsonToken.END_ARRAY) {
                    tier.add(p.getIntValue());
                  }
                  tiers.add(tier);
                }
              } else if (name.equals("count")) {
                count = p.getLongValue();
              } else {
                p.skipChildren();
              }
            }
            builder.add(RankedBallot.ofTiers(tiers), count);
          }
        }
        default -> p.skipChildren();
      }
    }
    if (builder == null) {
      throw new IOException("line " + line + ": no \"candidates\"");
    }
    return new Parsed(id, builder.build());
  }

  private static void expect(JsonParser p, JsonToken token, int line) throws IOException {
    if (p.nextToken() != token) {
      throw new IOException("line " + line + ": expected " + token + " at " + p.currentLocation());
    }
  }
}
