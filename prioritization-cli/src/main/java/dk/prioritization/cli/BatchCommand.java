package dk.prioritization.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ProfileException;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.UnsupportedBallotException;
import dk.prioritization.core.pairwise.PairwiseRule;
import dk.prioritization.core.pairwise.Unranked;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code batch}: runs rules over many profiles given one per line. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Runs rules over many cases, one per line, to a JSON Lines file.", "",
        "Runs rules over every case of a JSON Lines file, one case per line in the shape of the "
        + "reference cases: {\"id\": ..., \"candidates\": [...], \"ballots\": [{\"ranking\": [[1], [2, 3]], \"count\": 5} "
        + "or {\"approved\": [1, 2], \"count\": 5}, ...], \"unranked\": \"below\"|\"incomparable\"} (other fields "
        + "are ignored). Writes one line per case: {\"id\": ..., \"results\": {\"<rule as given>\": "
        + "{\"winners\": [...], \"ranking\": [[...], ...], \"scores\": {...}}, ...}}; a rule that cannot take "
        + "the case's ballots gets {\"error\": \"...\"}. Ties are kept."})
final class BatchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The cases, one JSON object per line.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the results (JSON Lines).")
  Path output;

  @Option(names = "--rules", defaultValue = "all", paramLabel = "a,b,c|all",
      description = {"Rule ids or pref_voting names, comma-separated; 'all' (the default) is every rule "
          + "the case's ballots allow."})
  String rules;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public void run() {
    List<Rules.Named> named = Rules.list(rules);
    if (!Files.isRegularFile(input)) {
      throw new InputException(input + ": no such file");
    }
    ObjectMapper mapper = new ObjectMapper();
    long total = countLines();
    boolean progress = System.console() != null;
    PrintWriter err = spec.commandLine().getErr();
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode c;
        try {
          c = mapper.readTree(line);
        } catch (JsonProcessingException e) {
          throw new InputException(input + " line " + number + ": not valid JSON: " + Main.oneLine(e.getOriginalMessage()));
        }
        ObjectNode result = runCase(c, named, input + " line " + number);
        out.write(mapper.writeValueAsString(result));
        out.write('\n');
        if (progress) {
          progress(err, number, total);
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputException(e.getFile() + ": no such file or directory", e);
    } catch (IOException e) {
      throw new InputException("batch: " + Main.oneLine(e.getMessage()), e);
    }
    if (progress) {
      err.println();
      err.flush();
    }
  }

  private long countLines() {
    try (var lines = Files.lines(input, StandardCharsets.UTF_8)) {
      return lines.count();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(input + ": cannot read: " + Main.oneLine(e.getMessage()), e);
    }
  }

  private static void progress(PrintWriter err, long done, long total) {
    int width = 30;
    int filled = total == 0 ? width : (int) (width * done / total);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    err.flush();
  }

  /** Runs the rules on one case. */
  static ObjectNode runCase(JsonNode c, List<Rules.Named> named, String where) {
    if (!c.isObject()) {
      throw new InputException(where + ": a case is a JSON object");
    }
    Profile<?> profile = profile(c, where);
    Unranked unranked = Unranked.BELOW;
    JsonNode u = c.get("unranked");
    if (u != null && !u.isNull()) {
      try {
        unranked = Unranked.fromId(u.asText());
      } catch (IllegalArgumentException e) {
        throw new InputException(where + ": $.unranked: " + Main.oneLine(e.getMessage()));
      }
    }
    ObjectNode out = NODES.objectNode();
    out.set("id", c.has("id") ? c.get("id") : NODES.nullNode());
    ObjectNode results = out.putObject("results");
    boolean all = named == null;
    for (Rules.Named n : all ? Rules.all(profile.kind()) : named) {
      Rule rule = n.rule() instanceof PairwiseRule p ? p.withUnranked(unranked) : n.rule();
      try {
        results.set(n.name(), entry(rule.rank(profile, TieBreaker.none())));
      } catch (UnsupportedBallotException e) {
        if (!all) {
          results.set(n.name(), NODES.objectNode().put("error", Main.oneLine(e.getMessage())));
        }
      } catch (ProblemTooLargeException | IllegalArgumentException e) {
        results.set(n.name(), NODES.objectNode().put("error", Main.oneLine(e.getMessage())));
      }
    }
    return out;
  }

  private static <C> ObjectNode entry(Result<C> r) {
    ObjectNode e = NODES.objectNode();
    ArrayNode winners = e.putArray("winners");
    for (Object w : Ranker.sorted(r.winners())) {
      winners.add(candidate(w));
    }
    ArrayNode ranking = e.putArray("ranking");
    for (Set<C> tier : r.ranking().tiers()) {
      ArrayNode t = ranking.addArray();
      for (Object c : Ranker.sorted(tier)) {
        t.add(candidate(c));
      }
    }
    if (!r.scores().isEmpty()) {
      ObjectNode scores = e.putObject("scores");
      for (Object c : Ranker.sorted(r.scores().keySet())) {
        @SuppressWarnings("unchecked")
        Rational s = r.scores().get((C) c);
        scores.set(String.valueOf(c), s.isInteger() ? NODES.numberNode(s.numerator()) : NODES.textNode(s.toString()));
      }
    }
    return e;
  }

  private static JsonNode candidate(Object c) {
    return c instanceof Integer i ? NODES.numberNode(i) : NODES.textNode(String.valueOf(c));
  }

  /** The case's profile: ranked, or approval when its ballots are approval ballots. */
  static Profile<?> profile(JsonNode c, String where) {
    JsonNode cands = c.get("candidates");
    if (cands == null || !cands.isArray() || cands.isEmpty()) {
      throw new InputException(where + ": $.candidates: missing or empty");
    }
    boolean ints = true;
    for (JsonNode n : cands) {
      if (!n.isIntegralNumber() && !n.isTextual()) {
        throw new InputException(where + ": $.candidates: a candidate is a string or an integer");
      }
      ints &= n.isIntegralNumber();
    }
    final boolean numbers = ints;
    List<Object> candidates = new ArrayList<>();
    for (JsonNode n : cands) {
      candidates.add(numbers ? (Object) n.asInt() : n.asText());
    }
    JsonNode ballots = c.get("ballots");
    if (ballots == null || !ballots.isArray()) {
      throw new InputException(where + ": $.ballots: missing or not an array");
    }
    boolean approval = "approval".equals(c.path("kind").asText())
        || (ballots.size() > 0 && ballots.get(0).has("approved"));
    try {
      if (approval) {
        ApprovalProfile.Builder<Object> b = Profile.approval(candidates);
        int i = 0;
        for (JsonNode ballot : ballots) {
          List<Object> approved = new ArrayList<>();
          for (JsonNode n : required(ballot, "approved", where, i)) {
            approved.add(value(n, numbers));
          }
          b.add(ApprovalBallot.of(approved), count(ballot, where, i));
          i++;
        }
        return b.build();
      }
      RankedProfile.Builder<Object> b = Profile.ranked(candidates);
      int i = 0;
      for (JsonNode ballot : ballots) {
        List<List<Object>> tiers = new ArrayList<>();
        for (JsonNode tier : required(ballot, "ranking", where, i)) {
          if (!tier.isArray()) {
            throw new InputException(where + ": $.ballots[" + i + "].ranking: a tier is an array of candidates");
          }
          List<Object> t = new ArrayList<>();
          tier.forEach(n -> t.add(value(n, numbers)));
          tiers.add(t);
        }
        b.add(RankedBallot.ofTiers(tiers), count(ballot, where, i));
        i++;
      }
      return b.build();
    } catch (ProfileException e) {
      throw new InputException(where + ": " + Main.oneLine(e.problems().get(0).message())
          + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more problems)" : ""), e);
    }
  }

  private static JsonNode required(JsonNode ballot, String field, String where, int i) {
    JsonNode n = ballot.get(field);
    if (n == null || !n.isArray()) {
      throw new InputException(where + ": $.ballots[" + i + "]." + field + ": missing or not an array");
    }
    return n;
  }

  private static Object value(JsonNode n, boolean ints) {
    return ints && n.isIntegralNumber() ? (Object) n.asInt() : n.asText();
  }

  private static long count(JsonNode ballot, String where, int i) {
    JsonNode n = ballot.get("count");
    if (n == null) {
      return 1;
    }
    if (!n.canConvertToLong() || !n.isIntegralNumber()) {
      throw new InputException(where + ": $.ballots[" + i + "].count: not an integer");
    }
    return n.asLong();
  }
}
