package dk.prioritization.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reference cases: real PrefLib elections with the winners pref_voting 1.18.1 computes, copied
 * from the shared data into {@code src/test/resources/reference} (see the README there for the
 * format, each method's convention and the attribution of every data set).
 */
final class ReferenceCases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<JsonNode> CASES = load();

  private ReferenceCases() {}

  /** Returns every case, in file order. */
  static List<JsonNode> all() {
    return CASES;
  }

  private static List<JsonNode> load() {
    try (InputStream in = ReferenceCases.class.getResourceAsStream("/reference/reference-cases.jsonl")) {
      if (in == null) {
        throw new IllegalStateException("reference/reference-cases.jsonl is missing from the test resources");
      }
      List<JsonNode> cases = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          cases.add(JSON.readTree(line));
        }
      }
      return List.copyOf(cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the case's candidates, in the case's order (ascending ids). */
  static List<Integer> candidates(JsonNode c) {
    List<Integer> out = new ArrayList<>();
    c.get("candidates").forEach(n -> out.add(n.asInt()));
    return out;
  }

  /** Returns whether the case holds approval ballots. */
  static boolean isApproval(JsonNode c) {
    return "approval".equals(c.get("kind").asText());
  }

  /** Builds the case's ranked profile. */
  static RankedProfile<Integer> rankedProfile(JsonNode c) {
    RankedProfile.Builder<Integer> b = Profile.ranked(candidates(c));
    for (JsonNode ballot : c.get("ballots")) {
      List<List<Integer>> tiers = new ArrayList<>();
      for (JsonNode tier : ballot.get("ranking")) {
        List<Integer> t = new ArrayList<>();
        tier.forEach(n -> t.add(n.asInt()));
        tiers.add(t);
      }
      b.add(RankedBallot.ofTiers(tiers), ballot.get("count").asLong());
    }
    return b.build();
  }

  /** Builds the case's approval profile. */
  static ApprovalProfile<Integer> approvalProfile(JsonNode c) {
    ApprovalProfile.Builder<Integer> b = Profile.approval(candidates(c));
    for (JsonNode ballot : c.get("ballots")) {
      List<Integer> approved = new ArrayList<>();
      ballot.get("approved").forEach(n -> approved.add(n.asInt()));
      b.add(ApprovalBallot.of(approved), ballot.get("count").asLong());
    }
    return b.build();
  }

  /** Reads a {@code winners} array. */
  static Set<Integer> ids(JsonNode array) {
    Set<Integer> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  /** Reads a {@code ranking} array of tiers. */
  static List<Set<Integer>> tiers(JsonNode ranking) {
    List<Set<Integer>> out = new ArrayList<>();
    ranking.forEach(t -> out.add(ids(t)));
    return out;
  }
}
