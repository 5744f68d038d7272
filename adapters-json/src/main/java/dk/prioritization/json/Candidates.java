package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * How candidates appear in JSON.
 *
 * <p>An {@link Integer} candidate is written as a JSON integer; any other candidate as the JSON
 * string of its {@code toString()}. Reading, JSON integers become {@link Integer}s and strings
 * become {@link String}s; the candidates of one value or document are all of one kind, and a value
 * of the other kind is a problem. As an object key (score maps) a candidate is its
 * {@code toString()}; an integer key is read back as an {@link Integer} when the candidates are
 * integers.
 *
 * <p>An instance infers the kind from the first candidate it reads, unless given one.
 */
final class Candidates {
  /** The kind of the candidates read so far: null before the first, else Integer or String. */
  private Class<?> kind;

  Candidates() {}

  Candidates(Class<?> kind) {
    this.kind = kind;
  }

  /** Returns the kind decided so far, or null. */
  Class<?> kind() {
    return kind;
  }

  /** Writes one candidate. */
  static void write(JsonGenerator g, Object candidate) throws IOException {
    if (candidate instanceof Integer i) {
      g.writeNumber(i);
    } else {
      g.writeString(String.valueOf(candidate));
    }
  }

  /** Returns a candidate's name as an object key. */
  static String key(Object candidate) {
    return String.valueOf(candidate);
  }

  /** Reads one candidate, or returns null after recording a problem. */
  Object read(JsonNode v, String path, Problems problems) {
    if (v != null && v.isTextual()) {
      if (kind == Integer.class) {
        problems.add(path, "expected an integer candidate like the others but found the string '" + v.asText() + "'");
        return null;
      }
      kind = String.class;
      return v.asText();
    }
    if (v != null && v.isIntegralNumber()) {
      if (kind == String.class) {
        problems.add(path, "expected a string candidate like the others but found the integer " + v.asText());
        return null;
      }
      if (!v.canConvertToInt()) {
        problems.add(path, "candidate " + v.asText() + " does not fit an int");
        return null;
      }
      kind = Integer.class;
      return v.intValue();
    }
    problems.add(path, "expected a candidate (a string or an integer) but found " + Trees.describe(v));
    return null;
  }

  /** Reads a candidate given as an object key, or returns null after recording a problem. */
  Object key(String key, String path, Problems problems) {
    if (kind == Integer.class) {
      try {
        return Integer.valueOf(key);
      } catch (NumberFormatException e) {
        problems.add(path, "expected an integer candidate like the others but found the key '" + key + "'");
        return null;
      }
    }
    return key;
  }
}
