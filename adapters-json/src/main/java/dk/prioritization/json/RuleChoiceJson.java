package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The JSON form of a {@link RuleChoice}. */
final class RuleChoiceJson {
  private RuleChoiceJson() {}

  static void write(JsonGenerator g, RuleChoice c) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", c.rule().id());
    ResultJson.writeOptions(g, c.rule().options());
    g.writeFieldName("tieBreak");
    g.writeStartArray();
    for (RuleChoice.TieBreak t : c.tieBreak()) {
      g.writeStartObject();
      if (t instanceof RuleChoice.CandidateOrder) {
        g.writeStringField("type", "candidateOrder");
      } else if (t instanceof RuleChoice.FixedOrder f) {
        g.writeStringField("type", "fixedOrder");
        g.writeFieldName("order");
        Values.writeCandidates(g, f.order());
      } else if (t instanceof RuleChoice.ByRule b) {
        g.writeStringField("type", "byRule");
        g.writeStringField("rule", b.rule().id());
        ResultJson.writeOptions(g, b.rule().options());
      } else if (t instanceof RuleChoice.Random r) {
        g.writeStringField("type", "random");
        g.writeNumberField("seed", r.seed());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static RuleChoice read(JsonNode v, RuleRegistry registry) {
    Problems problems = new Problems();
    RuleChoice c = read(v, registry, problems);
    problems.throwIfAny();
    return c;
  }

  private static RuleChoice read(JsonNode v, RuleRegistry registry, Problems problems) {
    if (!Trees.object(v, "$", problems, Set.of("rule", "options", "tieBreak"))) {
      return null;
    }
    Rule rule = rule(v, "$", registry, problems);
    List<RuleChoice.TieBreak> chain = new ArrayList<>();
    boolean ok = true;
    JsonNode tb = v.get("tieBreak");
    if (tb != null && Trees.array(tb, "$.tieBreak", problems)) {
      Candidates cs = new Candidates();
      for (int i = 0; i < tb.size(); i++) {
        RuleChoice.TieBreak t = tieBreak(tb.get(i), Problems.index("$.tieBreak", i), registry, problems, cs);
        if (t == null) {
          ok = false;
        } else {
          chain.add(t);
        }
      }
    } else if (tb != null) {
      ok = false;
    }
    return rule == null || !ok ? null : new RuleChoice(rule, chain);
  }

  /** Resolves {@code rule} and checks {@code options} at {@code path}; null after problems. */
  private static Rule rule(JsonNode v, String path, RuleRegistry registry, Problems problems) {
    String id = Trees.string(Trees.required(v, "rule", path, problems), path + ".rule", problems);
    Map<String, String> options = ResultJson.readOptions(v.get("options"), path + ".options", problems);
    if (id == null) {
      return null;
    }
    Optional<Rule> found = registry.find(id);
    if (found.isEmpty()) {
      problems.add(path + ".rule", "unknown rule '" + id + "'; known rules: "
          + String.join(", ", registry.rules().stream().map(Rule::id).toList()));
      return null;
    }
    Rule rule = found.get();
    if (options == null) {
      return null;
    }
    boolean ok = true;
    for (Map.Entry<String, String> e : options.entrySet()) {
      String at = path + ".options." + e.getKey();
      String actual = rule.options().get(e.getKey());
      if (actual == null) {
        problems.add(at, "rule '" + id + "' in the registry has no option '" + e.getKey() + "' (its options: "
            + rule.options() + "); options are not set from JSON, give a registry holding the configured rule");
        ok = false;
      } else if (!actual.equals(e.getValue())) {
        problems.add(at, "rule '" + id + "' in the registry has " + e.getKey() + "=" + actual + ", not "
            + e.getValue() + "; options are not set from JSON, give a registry holding the configured rule");
        ok = false;
      }
    }
    return ok ? rule : null;
  }

  private static final Map<String, Set<String>> FIELDS = Map.of(
      "candidateOrder", Set.of("type"),
      "fixedOrder", Set.of("type", "order"),
      "byRule", Set.of("type", "rule", "options"),
      "random", Set.of("type", "seed"));

  private static RuleChoice.TieBreak tieBreak(JsonNode v, String path, RuleRegistry registry, Problems problems,
      Candidates cs) {
    if (v == null || !v.isObject()) {
      problems.add(path, "expected a tie-breaker (an object) but found " + Trees.describe(v));
      return null;
    }
    String type = Trees.string(Trees.required(v, "type", path, problems), path + ".type", problems);
    if (type == null) {
      return null;
    }
    Set<String> fields = FIELDS.get(type);
    if (fields == null) {
      problems.add(path + ".type", "unknown tie-breaker type '" + type + "'; expected one of "
          + new java.util.TreeSet<>(FIELDS.keySet()));
      return null;
    }
    Trees.object(v, path, problems, fields);
    switch (type) {
      case "candidateOrder" -> {
        return new RuleChoice.CandidateOrder();
      }
      case "fixedOrder" -> {
        Set<Object> order = Values.readCandidateSet(Trees.required(v, "order", path, problems), path + ".order",
            problems, cs);
        return order == null ? null : new RuleChoice.FixedOrder(List.copyOf(order));
      }
      case "byRule" -> {
        Rule rule = rule(v, path, registry, problems);
        return rule == null ? null : new RuleChoice.ByRule(rule);
      }
      default -> {
        Long seed = Trees.longValue(Trees.required(v, "seed", path, problems), path + ".seed", problems);
        return seed == null ? null : new RuleChoice.Random(seed);
      }
    }
  }
}
