package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.Ballot;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.Text;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain values: ballots, rankings, rationals and texts.
 *
 * <p>A {@link Rational} is a JSON integer when it is whole ({@code 7}) and otherwise a string in
 * lowest terms ({@code "7/2"}); reading also accepts a string holding an integer or any fraction,
 * which is reduced. A {@link Text} is {@code {"en": ..., "da": ...}}. A {@link Ranking} is an array
 * of tiers, each an array of candidates. A standalone ballot is an object with its
 * {@code "type"} ({@code ranked}, {@code approval}, {@code score}, {@code cumulative}) and the
 * same field a profile document's ballots have ({@code ranking}, {@code approved}, {@code scores},
 * {@code points}); its candidates are integers or strings (see {@link Candidates}); the keys of
 * score and points maps are read as strings.
 */
final class Values {
  private static final Pattern FRACTION = Pattern.compile("(-?\\d+)(?:/(\\d+))?");

  private Values() {}

  static void writeRational(JsonGenerator g, Rational r) throws IOException {
    if (r.isInteger()) {
      g.writeNumber(r.numerator());
    } else {
      g.writeString(r.toString());
    }
  }

  /** Returns {@code r} as a tree node, in the form {@link #writeRational} writes. */
  static JsonNode rationalNode(Rational r) {
    com.fasterxml.jackson.databind.node.JsonNodeFactory nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    if (!r.isInteger()) {
      return nodes.textNode(r.toString());
    }
    // the node Jackson's parser makes for the same digits, so trees compare equal after a round trip
    BigInteger n = r.numerator();
    int bits = n.bitLength();
    return bits < 32 ? nodes.numberNode(n.intValue()) : bits < 64 ? nodes.numberNode(n.longValue()) : nodes.numberNode(n);
  }

  static Rational readRational(JsonNode v, String path, Problems problems) {
    if (v != null && v.isIntegralNumber()) {
      return Rational.of(v.bigIntegerValue(), BigInteger.ONE);
    }
    if (v != null && v.isTextual()) {
      Matcher m = FRACTION.matcher(v.asText());
      if (m.matches()) {
        BigInteger d = m.group(2) == null ? BigInteger.ONE : new BigInteger(m.group(2));
        if (d.signum() == 0) {
          problems.add(path, "the fraction '" + v.asText() + "' has denominator 0");
          return null;
        }
        return Rational.of(new BigInteger(m.group(1)), d);
      }
      problems.add(path, "expected an exact number like 7 or \"7/2\" but found '" + v.asText() + "'");
      return null;
    }
    problems.add(path, "expected an exact number like 7 or \"7/2\" but found " + Trees.describe(v));
    return null;
  }

  static void writeText(JsonGenerator g, Text t) throws IOException {
    g.writeStartObject();
    g.writeStringField("en", t.english());
    g.writeStringField("da", t.danish());
    g.writeEndObject();
  }

  static Text readText(JsonNode v, String path, Problems problems) {
    if (!Trees.object(v, path, problems, Set.of("en", "da"))) {
      return null;
    }
    String en = Trees.string(Trees.required(v, "en", path, problems), path + ".en", problems);
    String da = Trees.string(Trees.required(v, "da", path, problems), path + ".da", problems);
    return en == null || da == null ? null : new Text(en, da);
  }

  static void writeCandidates(JsonGenerator g, Collection<?> candidates) throws IOException {
    g.writeStartArray();
    for (Object c : candidates) {
      Candidates.write(g, c);
    }
    g.writeEndArray();
  }

  static void writeTiers(JsonGenerator g, List<? extends Collection<?>> tiers) throws IOException {
    g.writeStartArray();
    for (Collection<?> tier : tiers) {
      writeCandidates(g, tier);
    }
    g.writeEndArray();
  }

  /** Reads an array of candidates; returns null after problems. */
  static List<Object> readCandidateList(JsonNode v, String path, Problems problems, Candidates cs) {
    if (v == null) {
      return null;
    }
    if (!Trees.array(v, path, problems)) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Object c = cs.read(v.get(i), Problems.index(path, i), problems);
      if (c == null) {
        ok = false;
      } else {
        out.add(c);
      }
    }
    return ok ? out : null;
  }

  /** Reads a set of candidates (no candidate twice); returns null after problems. */
  static Set<Object> readCandidateSet(JsonNode v, String path, Problems problems, Candidates cs) {
    List<Object> list = readCandidateList(v, path, problems, cs);
    if (list == null) {
      return null;
    }
    Set<Object> set = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!set.add(list.get(i))) {
        problems.add(Problems.index(path, i), "candidate '" + list.get(i) + "' is listed twice");
        return null;
      }
    }
    return ImmutableSet.copyOf(set);
  }

  /** Reads an array of candidate arrays; returns null after problems. */
  static List<List<Object>> readTiers(JsonNode v, String path, Problems problems, Candidates cs) {
    if (!Trees.array(v, path, problems)) {
      return null;
    }
    List<List<Object>> tiers = new ArrayList<>();
    boolean ok = true;
    for (int t = 0; t < v.size(); t++) {
      List<Object> tier = readCandidateList(v.get(t), Problems.index(path, t), problems, cs);
      if (tier == null) {
        ok = false;
      } else {
        tiers.add(tier);
      }
    }
    return ok ? tiers : null;
  }

  /** Reads a ranking: tiers, none empty, no candidate twice; returns null after problems. */
  static Ranking<Object> readRanking(JsonNode v, String path, Problems problems, Candidates cs) {
    List<List<Object>> tiers = readTiers(v, path, problems, cs);
    if (tiers == null) {
      return null;
    }
    Set<Object> seen = new LinkedHashSet<>();
    List<Set<Object>> sets = new ArrayList<>();
    boolean ok = true;
    for (int t = 0; t < tiers.size(); t++) {
      if (tiers.get(t).isEmpty()) {
        problems.add(Problems.index(path, t), "empty tier; a tier lists at least one candidate");
        ok = false;
      }
      for (int i = 0; i < tiers.get(t).size(); i++) {
        Object c = tiers.get(t).get(i);
        if (!seen.add(c)) {
          problems.add(Problems.index(Problems.index(path, t), i), "candidate '" + c + "' appears twice in the ranking");
          ok = false;
        }
      }
      sets.add(ImmutableSet.copyOf(tiers.get(t)));
    }
    return ok ? new Ranking<>(sets) : null;
  }

  /** Reads an object of candidate: value, keys by the candidates' kind; returns null after problems. */
  static <V> Map<Object, V> readCandidateMap(
      JsonNode v, String path, Problems problems, Candidates cs, ValueReader<V> values) {
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      problems.add(path, "expected an object keyed by candidate but found " + Trees.describe(v));
      return null;
    }
    Map<Object, V> out = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : Trees.fields(v)) {
      String at = Problems.field(path, e.getKey());
      Object c = cs.key(e.getKey(), at, problems);
      V x = values.read(e.getValue(), at, problems);
      if (c == null || x == null) {
        ok = false;
      } else {
        out.put(c, x);
      }
    }
    return ok ? out : null;
  }

  /** Reads one value with path tracking. */
  interface ValueReader<V> {
    V read(JsonNode v, String path, Problems problems);
  }

  // --- standalone ballots ---------------------------------------------------------------------

  static void writeBallot(JsonGenerator g, Ballot<?> b, boolean typed, long count) throws IOException {
    g.writeStartObject();
    if (typed) {
      g.writeStringField("type", b.kind().id());
    }
    if (b instanceof RankedBallot<?> r) {
      g.writeFieldName("ranking");
      writeTiers(g, r.tiers());
    } else if (b instanceof ApprovalBallot<?> a) {
      g.writeFieldName("approved");
      writeCandidates(g, a.approved());
    } else if (b instanceof ScoreBallot<?> s) {
      g.writeFieldName("scores");
      writeIntMap(g, s.grades());
    } else if (b instanceof CumulativeBallot<?> c) {
      g.writeFieldName("points");
      writeIntMap(g, c.points());
    }
    if (count > 0) {
      g.writeNumberField("count", count);
    }
    g.writeEndObject();
  }

  private static void writeIntMap(JsonGenerator g, Map<?, Integer> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<?, Integer> e : map.entrySet()) {
      g.writeNumberField(Candidates.key(e.getKey()), e.getValue());
    }
    g.writeEndObject();
  }

  /** Reads a standalone ballot; {@code expected} is the kind asked for, or null for any. */
  static Ballot<Object> readBallot(JsonNode v, BallotKind expected) {
    Problems problems = new Problems();
    Ballot<Object> b = readBallot(v, "$", expected, problems);
    problems.throwIfAny();
    return b;
  }

  private static Ballot<Object> readBallot(JsonNode v, String path, BallotKind expected, Problems problems) {
    if (!Trees.object(v, path, problems, Set.of("type", "ranking", "approved", "scores", "points"))) {
      return null;
    }
    BallotKind kind = expected;
    JsonNode type = v.get("type");
    if (type != null) {
      String id = Trees.string(type, path + ".type", problems);
      if (id == null) {
        return null;
      }
      BallotKind k = ProfileSettings.kind(id);
      if (k == null) {
        problems.add(path + ".type", "unknown ballot type '" + id + "'; expected ranked, approval, score or cumulative");
        return null;
      }
      if (expected != null && k != expected) {
        problems.add(path + ".type", "expected a " + expected.id() + " ballot but found type '" + id + "'");
        return null;
      }
      kind = k;
    } else if (kind == null) {
      problems.add(path + ".type", "missing field 'type'");
      return null;
    }
    String field = switch (kind) {
      case RANKED -> "ranking";
      case APPROVAL -> "approved";
      case SCORE -> "scores";
      case CUMULATIVE -> "points";
    };
    for (String f : List.of("ranking", "approved", "scores", "points")) {
      if (!f.equals(field) && v.has(f)) {
        problems.add(path + "." + f, "'" + f + "' does not belong to a " + kind.id() + " ballot");
      }
    }
    JsonNode body = Trees.required(v, field, path, problems);
    String at = path + "." + field;
    Candidates cs = new Candidates();
    switch (kind) {
      case RANKED -> {
        List<List<Object>> tiers = readTiers(body, at, problems, cs);
        return tiers == null ? null : RankedBallot.ofTiers(tiers);
      }
      case APPROVAL -> {
        List<Object> approved = readCandidateList(body, at, problems, cs);
        return approved == null ? null : new ApprovalBallot<>(ImmutableList.copyOf(approved));
      }
      default -> {
        Map<Object, Integer> map = readCandidateMap(body, at, problems, cs, Trees::intValue);
        if (map == null) {
          return null;
        }
        return kind == BallotKind.SCORE ? new ScoreBallot<>(map) : new CumulativeBallot<>(map);
      }
    }
  }
}
