package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ScoreProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A profile's ballot kind and declared limits, as a profile document or a ballots header states
 * them: {@code cap} (approval, optional), {@code min}, {@code max} and {@code ungradedAs} (score;
 * the last optional), {@code budget} (cumulative).
 */
record ProfileSettings(BallotKind kind, Integer cap, int min, int max, Integer ungradedAs, int budget) {

  /** The fields that hold settings. */
  static final Set<String> FIELDS = Set.of("ballotKind", "cap", "min", "max", "ungradedAs", "budget");

  /** Returns the settings of a profile. */
  static ProfileSettings of(Profile<?> p) {
    if (p instanceof ApprovalProfile<?> a) {
      return new ProfileSettings(BallotKind.APPROVAL, a.cap().isPresent() ? a.cap().getAsInt() : null, 0, 0, null, 0);
    } else if (p instanceof ScoreProfile<?> s) {
      return new ProfileSettings(BallotKind.SCORE, null, s.minGrade(), s.maxGrade(),
          s.ungradedAs().isPresent() ? s.ungradedAs().getAsInt() : null, 0);
    } else if (p instanceof CumulativeProfile<?> c) {
      return new ProfileSettings(BallotKind.CUMULATIVE, null, 0, 0, null, c.budget());
    }
    return new ProfileSettings(BallotKind.RANKED, null, 0, 0, null, 0);
  }

  /** Writes {@code ballotKind} and the settings fields of this kind. */
  void write(JsonGenerator g) throws IOException {
    g.writeStringField("ballotKind", kind.id());
    switch (kind) {
      case APPROVAL -> {
        if (cap != null) {
          g.writeNumberField("cap", cap);
        }
      }
      case SCORE -> {
        g.writeNumberField("min", min);
        g.writeNumberField("max", max);
        if (ungradedAs != null) {
          g.writeNumberField("ungradedAs", ungradedAs);
        }
      }
      case CUMULATIVE -> g.writeNumberField("budget", budget);
      default -> { }
    }
  }

  /** Returns the ballot kind with this id, or null. */
  static BallotKind kind(String id) {
    for (BallotKind k : BallotKind.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Reads the settings of a document, or returns null after recording problems.
   *
   * @param expected the kind the caller asked for, or null for any
   */
  static ProfileSettings read(JsonNode doc, BallotKind expected, Problems problems) {
    String kp = "$.ballotKind";
    String id = Trees.string(Trees.required(doc, "ballotKind", "$", problems), kp, problems);
    if (id == null) {
      return null;
    }
    BallotKind kind = kind(id);
    if (kind == null) {
      problems.add(kp, "unknown ballot kind '" + id + "'; expected ranked, approval, score or cumulative");
      return null;
    }
    if (expected != null && kind != expected) {
      problems.add(kp, "expected a " + expected.id() + " profile but found ballot kind '" + id + "'");
      return null;
    }
    boolean ok = true;
    for (String f : List.of("cap", "min", "max", "ungradedAs", "budget")) {
      boolean belongs = switch (f) {
        case "cap" -> kind == BallotKind.APPROVAL;
        case "budget" -> kind == BallotKind.CUMULATIVE;
        default -> kind == BallotKind.SCORE;
      };
      if (!belongs && doc.has(f)) {
        problems.add("$." + f, "'" + f + "' does not apply to a " + kind.id() + " profile");
        ok = false;
      }
    }
    Integer cap = null;
    int min = 0;
    int max = 0;
    Integer ungraded = null;
    int budget = 0;
    switch (kind) {
      case APPROVAL -> {
        if (doc.has("cap")) {
          cap = Trees.intValue(doc.get("cap"), "$.cap", problems);
          if (cap == null) {
            ok = false;
          } else if (cap <= 0) {
            problems.add("$.cap", "the cap " + cap + " must be positive");
            ok = false;
          }
        }
      }
      case SCORE -> {
        Integer lo = Trees.intValue(Trees.required(doc, "min", "$", problems), "$.min", problems);
        Integer hi = Trees.intValue(Trees.required(doc, "max", "$", problems), "$.max", problems);
        if (lo == null || hi == null) {
          return null;
        }
        min = lo;
        max = hi;
        if (max < min) {
          problems.add("$.max", "the scale " + min + ".." + max + " is empty: max must be at least min");
          return null;
        }
        if (doc.has("ungradedAs")) {
          ungraded = Trees.intValue(doc.get("ungradedAs"), "$.ungradedAs", problems);
          if (ungraded == null) {
            ok = false;
          } else if (ungraded < min || ungraded > max) {
            problems.add("$.ungradedAs", "grade " + ungraded + " is off the scale " + min + ".." + max);
            ok = false;
          }
        }
      }
      case CUMULATIVE -> {
        Integer b = Trees.intValue(Trees.required(doc, "budget", "$", problems), "$.budget", problems);
        if (b == null) {
          return null;
        }
        if (b <= 0) {
          problems.add("$.budget", "the budget " + b + " must be positive");
          return null;
        }
        budget = b;
      }
      default -> { }
    }
    return ok ? new ProfileSettings(kind, cap, min, max, ungraded, budget) : null;
  }

  /**
   * Reads the candidate list at {@code $.candidates}, or returns null after recording problems
   * (wrong type, mixed kinds, a candidate twice, none, more than {@code max}).
   */
  static List<Object> candidates(JsonNode doc, int max, Problems problems) {
    String path = "$.candidates";
    JsonNode list = Trees.required(doc, "candidates", "$", problems);
    if (!Trees.array(list, path, problems)) {
      return null;
    }
    if (list.size() > max) {
      problems.add(path, list.size() + " candidates exceed the limit of " + max + " (maxCandidates)");
      return null;
    }
    if (list.isEmpty()) {
      problems.add(path, "the profile has no candidates");
      return null;
    }
    Candidates reader = new Candidates();
    List<Object> out = new ArrayList<>();
    Map<Object, Integer> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      String at = Problems.index(path, i);
      Object c = reader.read(list.get(i), at, problems);
      if (c == null) {
        ok = false;
        continue;
      }
      Integer first = seen.putIfAbsent(c, i);
      if (first != null) {
        problems.add(at, "candidate " + (c instanceof Integer ? c : "'" + c + "'") + " is listed twice (first at "
            + Problems.index(path, first) + ")");
        ok = false;
      }
      out.add(c);
    }
    return ok ? out : null;
  }
}
