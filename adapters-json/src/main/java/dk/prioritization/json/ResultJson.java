package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Text;
import dk.prioritization.core.TieBreak;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The result document and the explanation steps.
 *
 * <p>Every {@link Explanation.Step} is an object with an explicit {@code "type"}: {@code tally},
 * {@code runoff}, {@code tie-broken}, {@code tie-kept}, {@code note}, {@code matrix},
 * {@code elimination}, {@code pair-locked}, {@code optimum}. The candidate kind (integers or
 * strings) is taken from the ranking; maps keyed by candidate (scores, tallies) use the
 * candidate's name as key. {@code winners} and {@code fingerprint} are written for readers and
 * checked when read: they must agree with the ranking and with the recomputed fingerprint.
 */
final class ResultJson {
  static final String KIND = "result";
  private static final Set<String> FIELDS = Set.of("format", "kind", "ruleId", "options", "ranking", "winners",
      "scores", "explanation", "tieBreaker", "tieBreaks", "profileFingerprint", "libraryVersion", "fingerprint");

  private ResultJson() {}

  static void write(JsonGenerator g, Result<?> r) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", JsonFormat.FORMAT);
    g.writeStringField("kind", KIND);
    g.writeStringField("ruleId", r.ruleId());
    writeOptions(g, r.options());
    g.writeFieldName("ranking");
    Values.writeTiers(g, r.ranking().tiers());
    g.writeFieldName("winners");
    Values.writeCandidates(g, r.winners());
    g.writeFieldName("scores");
    writeRationalMap(g, r.scores());
    g.writeFieldName("explanation");
    writeExplanation(g, r.explanation());
    g.writeStringField("tieBreaker", r.tieBreaker());
    g.writeFieldName("tieBreaks");
    g.writeStartArray();
    for (TieBreak<?> t : r.tieBreaks()) {
      writeTieBreak(g, t);
    }
    g.writeEndArray();
    g.writeStringField("profileFingerprint", r.profileFingerprint());
    g.writeStringField("libraryVersion", r.libraryVersion());
    g.writeStringField("fingerprint", r.fingerprint());
    g.writeEndObject();
  }

  static void writeOptions(JsonGenerator g, Map<String, String> options) throws IOException {
    g.writeFieldName("options");
    g.writeStartObject();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(options).entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  static Map<String, String> readOptions(JsonNode v, String path, Problems problems) {
    if (v == null) {
      return Map.of();
    }
    if (!v.isObject()) {
      problems.add(path, "expected an object of option: value strings but found " + Trees.describe(v));
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : Trees.fields(v)) {
      String s = Trees.string(e.getValue(), Problems.field(path, e.getKey()), problems);
      if (s == null) {
        ok = false;
      } else {
        out.put(e.getKey(), s);
      }
    }
    return ok ? out : null;
  }

  private static void writeRationalMap(JsonGenerator g, Map<?, Rational> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<?, Rational> e : map.entrySet()) {
      g.writeFieldName(Candidates.key(e.getKey()));
      Values.writeRational(g, e.getValue());
    }
    g.writeEndObject();
  }

  static void writeTieBreak(JsonGenerator g, TieBreak<?> t) throws IOException {
    g.writeStartObject();
    g.writeFieldName("tied");
    Values.writeCandidates(g, t.tied());
    g.writeFieldName("into");
    Values.writeTiers(g, t.into());
    g.writeStringField("method", t.method());
    g.writeFieldName("by");
    Values.writeText(g, t.by());
    g.writeEndObject();
  }

  static void writeExplanation(JsonGenerator g, Explanation<?> e) throws IOException {
    g.writeStartArray();
    for (Explanation.Step<?> s : e.steps()) {
      writeStep(g, s);
    }
    g.writeEndArray();
  }

  static void writeStep(JsonGenerator g, Explanation.Step<?> s) throws IOException {
    g.writeStartObject();
    if (s instanceof Explanation.Tally<?> t) {
      g.writeStringField("type", "tally");
      g.writeFieldName("measure");
      Values.writeText(g, t.measure());
      g.writeFieldName("values");
      writeRationalMap(g, t.values());
    } else if (s instanceof Explanation.Runoff<?> r) {
      g.writeStringField("type", "runoff");
      g.writeFieldName("first");
      Candidates.write(g, r.first());
      g.writeFieldName("second");
      Candidates.write(g, r.second());
      g.writeNumberField("preferFirst", r.preferFirst());
      g.writeNumberField("preferSecond", r.preferSecond());
      g.writeNumberField("indifferent", r.indifferent());
    } else if (s instanceof Explanation.TieBroken<?> t) {
      g.writeStringField("type", "tie-broken");
      g.writeFieldName("tieBreak");
      writeTieBreak(g, t.tieBreak());
    } else if (s instanceof Explanation.TieKept<?> t) {
      g.writeStringField("type", "tie-kept");
      g.writeFieldName("tied");
      Values.writeCandidates(g, t.tied());
    } else if (s instanceof Explanation.Note<?> n) {
      g.writeStringField("type", "note");
      g.writeFieldName("text");
      Values.writeText(g, n.text());
    } else if (s instanceof Explanation.Matrix<?> x) {
      g.writeStringField("type", "matrix");
      g.writeFieldName("title");
      Values.writeText(g, x.title());
      g.writeFieldName("candidates");
      Values.writeCandidates(g, x.candidates());
      g.writeFieldName("values");
      int m = x.candidates().size();
      long[] values = x.values();
      g.writeStartArray();
      for (int i = 0; i < m; i++) {
        g.writeArray(values, i * m, m);
      }
      g.writeEndArray();
    } else if (s instanceof Explanation.Elimination<?> x) {
      g.writeStringField("type", "elimination");
      g.writeNumberField("round", x.round());
      g.writeFieldName("measure");
      Values.writeText(g, x.measure());
      g.writeFieldName("values");
      writeRationalMap(g, x.values());
      g.writeFieldName("eliminated");
      Values.writeCandidates(g, x.eliminated());
    } else if (s instanceof Explanation.PairLocked<?> x) {
      g.writeStringField("type", "pair-locked");
      g.writeFieldName("winner");
      Candidates.write(g, x.winner());
      g.writeFieldName("loser");
      Candidates.write(g, x.loser());
      g.writeNumberField("margin", x.margin());
      g.writeBooleanField("locked", x.locked());
    } else if (s instanceof Explanation.Optimum<?> x) {
      g.writeStringField("type", "optimum");
      g.writeFieldName("measure");
      Values.writeText(g, x.measure());
      g.writeFieldName("ranking");
      Values.writeTiers(g, x.ranking().tiers());
      g.writeFieldName("value");
      Values.writeRational(g, x.value());
      if (x.optimalCount().isPresent()) {
        g.writeNumberField("optimalCount", x.optimalCount().getAsLong());
      }
    } else {
      throw new IllegalStateException("no JSON form for the explanation step " + s.getClass().getName());
    }
    g.writeEndObject();
  }

  // --- reading --------------------------------------------------------------------------------

  /** Reads a result document; throws {@link DocumentException} listing every problem. */
  static Result<Object> read(JsonNode doc) {
    Problems problems = new Problems();
    Result<Object> r = read(doc, problems);
    problems.throwIfAny();
    return r;
  }

  private static Result<Object> read(JsonNode doc, Problems problems) {
    if (!Trees.object(doc, "$", problems, FIELDS)) {
      return null;
    }
    Trees.checkDocument(doc, KIND, problems);
    Candidates cs = new Candidates();
    Ranking<Object> ranking = Values.readRanking(Trees.required(doc, "ranking", "$", problems), "$.ranking", problems, cs);
    String ruleId = Trees.string(Trees.required(doc, "ruleId", "$", problems), "$.ruleId", problems);
    Map<String, String> options = readOptions(doc.get("options"), "$.options", problems);
    Set<Object> winners = doc.has("winners")
        ? Values.readCandidateSet(doc.get("winners"), "$.winners", problems, cs) : null;
    Map<Object, Rational> scores = doc.has("scores")
        ? Values.readCandidateMap(doc.get("scores"), "$.scores", problems, cs, Values::readRational) : Map.of();
    Explanation<Object> explanation = readExplanation(Trees.required(doc, "explanation", "$", problems),
        "$.explanation", problems, cs);
    String tieBreaker = Trees.string(Trees.required(doc, "tieBreaker", "$", problems), "$.tieBreaker", problems);
    List<TieBreak<Object>> tieBreaks = new ArrayList<>();
    JsonNode tbs = doc.get("tieBreaks");
    boolean tbOk = true;
    if (tbs != null && Trees.array(tbs, "$.tieBreaks", problems)) {
      for (int i = 0; i < tbs.size(); i++) {
        TieBreak<Object> t = readTieBreak(tbs.get(i), Problems.index("$.tieBreaks", i), problems, cs);
        if (t == null) {
          tbOk = false;
        } else {
          tieBreaks.add(t);
        }
      }
    } else if (tbs != null) {
      tbOk = false;
    }
    String pf = Trees.string(Trees.required(doc, "profileFingerprint", "$", problems), "$.profileFingerprint", problems);
    String version = Trees.string(Trees.required(doc, "libraryVersion", "$", problems), "$.libraryVersion", problems);
    String fingerprint = doc.has("fingerprint") ? Trees.string(doc.get("fingerprint"), "$.fingerprint", problems) : null;
    if (ranking == null || ruleId == null || options == null || scores == null || explanation == null
        || tieBreaker == null || !tbOk || pf == null || version == null) {
      return null;
    }
    Result<Object> r = new Result<>(ruleId, options, ranking, scores, explanation, pf, tieBreaker, tieBreaks, version);
    if (winners != null && !winners.equals(r.winners())) {
      problems.add("$.winners", "the winners " + winners + " are not the ranking's first tier " + r.winners());
    }
    if (fingerprint != null && !fingerprint.equals(r.fingerprint())) {
      problems.add("$.fingerprint", "does not match the result's content; it has fingerprint " + r.fingerprint());
    }
    return r;
  }

  static TieBreak<Object> readTieBreak(JsonNode v, String path, Problems problems, Candidates cs) {
    if (!Trees.object(v, path, problems, Set.of("tied", "into", "method", "by"))) {
      return null;
    }
    Set<Object> tied = Values.readCandidateSet(Trees.required(v, "tied", path, problems), path + ".tied", problems, cs);
    List<List<Object>> into = Values.readTiers(Trees.required(v, "into", path, problems), path + ".into", problems, cs);
    String method = Trees.string(Trees.required(v, "method", path, problems), path + ".method", problems);
    JsonNode byNode = Trees.required(v, "by", path, problems);
    Text by = byNode == null ? null : Values.readText(byNode, path + ".by", problems);
    if (tied == null || into == null || method == null || by == null) {
      return null;
    }
    List<Set<Object>> groups = new ArrayList<>();
    Set<Object> all = new java.util.HashSet<>();
    for (List<Object> g : into) {
      groups.add(Set.copyOf(g));
      all.addAll(g);
    }
    if (!all.equals(tied) || groups.stream().mapToInt(Set::size).sum() != tied.size()) {
      problems.add(path + ".into", "the groups do not hold exactly the tied candidates " + tied);
      return null;
    }
    List<Set<Object>> ordered = new ArrayList<>();
    for (List<Object> g : into) {
      ordered.add(com.google.common.collect.ImmutableSet.copyOf(g));
    }
    return new TieBreak<>(tied, ordered, method, by);
  }

  static Explanation<Object> readExplanation(JsonNode v, String path, Problems problems, Candidates cs) {
    if (!Trees.array(v, path, problems)) {
      return null;
    }
    List<Explanation.Step<Object>> steps = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Explanation.Step<Object> s = readStep(v.get(i), Problems.index(path, i), problems, cs);
      if (s == null) {
        ok = false;
      } else {
        steps.add(s);
      }
    }
    return ok ? new Explanation<>(steps) : null;
  }

  private static final Map<String, Set<String>> STEP_FIELDS = Map.of(
      "tally", Set.of("type", "measure", "values"),
      "runoff", Set.of("type", "first", "second", "preferFirst", "preferSecond", "indifferent"),
      "tie-broken", Set.of("type", "tieBreak"),
      "tie-kept", Set.of("type", "tied"),
      "note", Set.of("type", "text"),
      "matrix", Set.of("type", "title", "candidates", "values"),
      "elimination", Set.of("type", "round", "measure", "values", "eliminated"),
      "pair-locked", Set.of("type", "winner", "loser", "margin", "locked"),
      "optimum", Set.of("type", "measure", "ranking", "value", "optimalCount"));

  static Explanation.Step<Object> readStep(JsonNode v, String path, Problems problems, Candidates cs) {
    if (v == null || !v.isObject()) {
      problems.add(path, "expected an explanation step (an object) but found " + Trees.describe(v));
      return null;
    }
    String type = Trees.string(Trees.required(v, "type", path, problems), path + ".type", problems);
    if (type == null) {
      return null;
    }
    Set<String> fields = STEP_FIELDS.get(type);
    if (fields == null) {
      problems.add(path + ".type", "unknown step type '" + type + "'; expected one of "
          + new java.util.TreeSet<>(STEP_FIELDS.keySet()));
      return null;
    }
    Trees.object(v, path, problems, fields);
    R r = new R(v, path, problems);
    switch (type) {
      case "tally" -> {
        Text measure = r.text("measure");
        Map<Object, Rational> values = r.rationals("values", cs);
        return measure == null || values == null ? null : new Explanation.Tally<>(measure, values);
      }
      case "runoff" -> {
        Object first = r.candidate("first", cs);
        Object second = r.candidate("second", cs);
        Long a = r.longValue("preferFirst");
        Long b = r.longValue("preferSecond");
        Long c = r.longValue("indifferent");
        return first == null || second == null || a == null || b == null || c == null ? null
            : new Explanation.Runoff<>(first, second, a, b, c);
      }
      case "tie-broken" -> {
        JsonNode t = Trees.required(v, "tieBreak", path, problems);
        TieBreak<Object> tb = t == null ? null : readTieBreak(t, path + ".tieBreak", problems, cs);
        return tb == null ? null : new Explanation.TieBroken<>(tb);
      }
      case "tie-kept" -> {
        Set<Object> tied = Values.readCandidateSet(Trees.required(v, "tied", path, problems), path + ".tied", problems, cs);
        return tied == null ? null : new Explanation.TieKept<>(tied);
      }
      case "note" -> {
        Text text = r.text("text");
        return text == null ? null : new Explanation.Note<>(text);
      }
      case "matrix" -> {
        Text title = r.text("title");
        List<Object> candidates = Values.readCandidateList(Trees.required(v, "candidates", path, problems),
            path + ".candidates", problems, cs);
        long[] values = matrix(Trees.required(v, "values", path, problems), path + ".values",
            candidates == null ? -1 : candidates.size(), problems);
        return title == null || candidates == null || values == null ? null
            : new Explanation.Matrix<>(title, candidates, values);
      }
      case "elimination" -> {
        Integer round = Trees.intValue(Trees.required(v, "round", path, problems), path + ".round", problems);
        if (round != null && round < 1) {
          problems.add(path + ".round", "round " + round + ": rounds count from 1");
          round = null;
        }
        Text measure = r.text("measure");
        Map<Object, Rational> values = r.rationals("values", cs);
        Set<Object> eliminated = Values.readCandidateSet(Trees.required(v, "eliminated", path, problems),
            path + ".eliminated", problems, cs);
        return round == null || measure == null || values == null || eliminated == null ? null
            : new Explanation.Elimination<>(round, measure, values, eliminated);
      }
      case "pair-locked" -> {
        Object winner = r.candidate("winner", cs);
        Object loser = r.candidate("loser", cs);
        Long margin = r.longValue("margin");
        Boolean locked = Trees.booleanValue(Trees.required(v, "locked", path, problems), path + ".locked", problems);
        return winner == null || loser == null || margin == null || locked == null ? null
            : new Explanation.PairLocked<>(winner, loser, margin, locked);
      }
      default -> {
        Text measure = r.text("measure");
        Ranking<Object> ranking = Values.readRanking(Trees.required(v, "ranking", path, problems), path + ".ranking",
            problems, cs);
        JsonNode valueNode = Trees.required(v, "value", path, problems);
        Rational value = valueNode == null ? null : Values.readRational(valueNode, path + ".value", problems);
        OptionalLong count = OptionalLong.empty();
        if (v.has("optimalCount")) {
          Long n = Trees.longValue(v.get("optimalCount"), path + ".optimalCount", problems);
          if (n == null) {
            return null;
          }
          count = OptionalLong.of(n);
        }
        return measure == null || ranking == null || value == null ? null
            : new Explanation.Optimum<>(measure, ranking, value, count);
      }
    }
  }

  private static long[] matrix(JsonNode v, String path, int m, Problems problems) {
    if (!Trees.array(v, path, problems) || m < 0) {
      return null;
    }
    if (v.size() != m) {
      problems.add(path, "expected " + m + " rows, one per candidate, but found " + v.size());
      return null;
    }
    long[] out = new long[m * m];
    boolean ok = true;
    for (int i = 0; i < m; i++) {
      String rp = Problems.index(path, i);
      JsonNode row = v.get(i);
      if (!Trees.array(row, rp, problems)) {
        ok = false;
        continue;
      }
      if (row.size() != m) {
        problems.add(rp, "expected " + m + " entries, one per candidate, but found " + row.size());
        ok = false;
        continue;
      }
      for (int j = 0; j < m; j++) {
        Long x = Trees.longValue(row.get(j), Problems.index(rp, j), problems);
        if (x == null) {
          ok = false;
        } else {
          out[i * m + j] = x;
        }
      }
    }
    return ok ? out : null;
  }

  /** Required-field readers for one step object. */
  private record R(JsonNode v, String path, Problems problems) {
    Text text(String name) {
      JsonNode x = Trees.required(v, name, path, problems);
      return x == null ? null : Values.readText(x, path + "." + name, problems);
    }

    Map<Object, Rational> rationals(String name, Candidates cs) {
      JsonNode x = Trees.required(v, name, path, problems);
      return Values.readCandidateMap(x, path + "." + name, problems, cs, Values::readRational);
    }

    Object candidate(String name, Candidates cs) {
      JsonNode x = Trees.required(v, name, path, problems);
      return x == null ? null : cs.read(x, path + "." + name, problems);
    }

    Long longValue(String name) {
      return Trees.longValue(Trees.required(v, name, path, problems), path + "." + name, problems);
    }
  }
}
