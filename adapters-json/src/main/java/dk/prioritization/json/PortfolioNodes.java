package dk.prioritization.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.core.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a JSON tree with path tracking for the portfolio documents: every accessor records a
 * problem at the value's JSON path (missing, wrong type, unknown field) and returns empty instead
 * of throwing, so one pass finds every structural problem of a document.
 */
final class PortfolioNodes {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  final Problems problems;

  private int count;

  PortfolioNodes(Problems problems) {
    this.problems = problems;
  }

  /** Records a problem at {@code path}. */
  void add(String path, String message) {
    problems.add(path, message);
    count++;
  }

  /** Returns how many problems were recorded through this reader so far. */
  int count() {
    return count;
  }

  /** Returns what a JSON value is, for messages: "a string", "a number", ... */
  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    return switch (n.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Returns {@code node} as an object, or empty with a problem at {@code path}. */
  Optional<ObjectNode> object(JsonNode node, String path) {
    if (node instanceof ObjectNode o) {
      return Optional.of(o);
    }
    add(path, "expected an object, found " + describe(node));
    return Optional.empty();
  }

  /** Records a problem for each field of {@code o} not in {@code known}, naming it. */
  void onlyFields(ObjectNode o, String path, Set<String> known) {
    Iterator<String> names = o.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        add(Problems.field(path, name), "unknown field '" + name + "'; known fields here: "
            + String.join(", ", known));
      }
    }
  }

  /** Returns whether {@code o} has the field, recording a problem at its path if required and absent. */
  boolean present(ObjectNode o, String path, String name, boolean required) {
    JsonNode v = o.get(name);
    if (v == null) {
      if (required) {
        add(Problems.field(path, name), "missing field '" + name + "'");
      }
      return false;
    }
    return true;
  }

  /** Returns a required string field. */
  Optional<String> string(ObjectNode o, String path, String name) {
    return present(o, path, name, true) ? stringValue(o.get(name), Problems.field(path, name)) : Optional.empty();
  }

  /** Returns an optional string field: empty when absent (no problem) or of the wrong type (a problem). */
  Optional<String> optString(ObjectNode o, String path, String name) {
    return present(o, path, name, false) ? stringValue(o.get(name), Problems.field(path, name)) : Optional.empty();
  }

  /** Returns {@code v} as a string, or empty with a problem. */
  Optional<String> stringValue(JsonNode v, String path) {
    if (v != null && v.isTextual()) {
      return Optional.of(v.textValue());
    }
    add(path, "expected a string, found " + describe(v));
    return Optional.empty();
  }

  /** Returns a required integer field between {@code min} and {@code max}. */
  Optional<Integer> integer(ObjectNode o, String path, String name, int min, int max) {
    if (!present(o, path, name, true)) {
      return Optional.empty();
    }
    return intValue(o.get(name), Problems.field(path, name), min, max);
  }

  /** Returns {@code v} as an integer between {@code min} and {@code max}, or empty with a problem. */
  Optional<Integer> intValue(JsonNode v, String path, int min, int max) {
    if (v == null || !v.isIntegralNumber()) {
      add(path, "expected an integer, found " + describe(v));
      return Optional.empty();
    }
    if (!v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
      add(path, "the integer " + v.asText() + " is out of range; expected " + min + " to " + max);
      return Optional.empty();
    }
    return Optional.of(v.intValue());
  }

  /** Returns a required long integer field. */
  Optional<Long> longInteger(ObjectNode o, String path, String name) {
    if (!present(o, path, name, true)) {
      return Optional.empty();
    }
    JsonNode v = o.get(name);
    if (!v.isIntegralNumber()) {
      add(Problems.field(path, name), "expected an integer, found " + describe(v));
      return Optional.empty();
    }
    if (!v.canConvertToLong()) {
      add(Problems.field(path, name), "the integer " + v.asText() + " does not fit in 64 bits");
      return Optional.empty();
    }
    return Optional.of(v.longValue());
  }

  /**
   * Returns an optional cost field: empty when absent (no problem); a problem when it is not a
   * whole number, is negative or does not fit in 64 bits.
   */
  Optional<OptionalLong> cost(ObjectNode o, String path, String name) {
    JsonNode v = o.get(name);
    if (v == null) {
      return Optional.of(OptionalLong.empty());
    }
    String at = Problems.field(path, name);
    if (!v.isIntegralNumber()) {
      add(at, "expected a whole number (a cost in the portfolio's cost unit), found "
          + (v.isNumber() ? "the number " + v.asText() : describe(v)));
      return Optional.empty();
    }
    if (!v.canConvertToLong()) {
      add(at, "the cost " + v.asText() + " is too large; a cost is at most " + Long.MAX_VALUE);
      return Optional.empty();
    }
    if (v.longValue() < 0) {
      add(at, "the cost " + v.asText() + " is negative; a cost is zero or more");
      return Optional.empty();
    }
    return Optional.of(OptionalLong.of(v.longValue()));
  }

  /** Returns an optional text field {@code {"en": ..., "da": ...}}: empty when absent. */
  Optional<Optional<Text>> optText(ObjectNode o, String path, String name) {
    JsonNode v = o.get(name);
    if (v == null) {
      return Optional.of(Optional.empty());
    }
    String at = Problems.field(path, name);
    return object(v, at).flatMap(t -> {
      int before = count;
      onlyFields(t, at, Set.of("en", "da"));
      Optional<String> en = string(t, at, "en");
      Optional<String> da = string(t, at, "da");
      return count > before ? Optional.empty() : Optional.of(Optional.of(new Text(en.orElseThrow(), da.orElseThrow())));
    });
  }

  /** Returns a boolean field, {@code fallback} when absent. */
  Optional<Boolean> bool(ObjectNode o, String path, String name, boolean required, boolean fallback) {
    if (!present(o, path, name, required)) {
      return required ? Optional.empty() : Optional.of(fallback);
    }
    JsonNode v = o.get(name);
    if (!v.isBoolean()) {
      add(Problems.field(path, name), "expected true or false, found " + describe(v));
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  /** Returns an array field; absent and optional gives an empty array. */
  Optional<ArrayNode> array(ObjectNode o, String path, String name, boolean required) {
    if (!present(o, path, name, required)) {
      return required ? Optional.empty() : Optional.of(JSON.arrayNode());
    }
    JsonNode v = o.get(name);
    if (v instanceof ArrayNode a) {
      return Optional.of(a);
    }
    add(Problems.field(path, name), "expected an array, found " + describe(v));
    return Optional.empty();
  }

  /** Returns an array field of strings; a wrong element is a problem at its index. */
  Optional<List<String>> strings(ObjectNode o, String path, String name, boolean required) {
    Optional<ArrayNode> a = array(o, path, name, required);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    String at = Problems.field(path, name);
    for (int i = 0; i < a.get().size(); i++) {
      Optional<String> s = stringValue(a.get().get(i), Problems.index(at, i));
      if (s.isPresent()) {
        out.add(s.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  /** Returns a required ISO-8601 date field (yyyy-mm-dd). */
  Optional<LocalDate> date(ObjectNode o, String path, String name, boolean required) {
    if (!present(o, path, name, required)) {
      return Optional.empty();
    }
    Optional<String> s = stringValue(o.get(name), Problems.field(path, name));
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.get()));
    } catch (DateTimeParseException e) {
      add(Problems.field(path, name), "'" + s.get() + "' is not an ISO-8601 date such as 2025-01-15");
      return Optional.empty();
    }
  }

  /** Returns an enum constant by its JSON name, or empty with a problem listing the names. */
  <E> Optional<E> named(JsonNode v, String path, Map<String, E> byName, String what) {
    Optional<String> s = stringValue(v, path);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    E e = byName.get(s.get());
    if (e == null) {
      add(path, "unknown " + what + " '" + s.get() + "'; known: " + String.join(", ", byName.keySet()));
      return Optional.empty();
    }
    return Optional.of(e);
  }

  /**
   * Checks a document's {@code "format"} and {@code "kind"}: a missing format, another major version
   * (a newer one named as such) or another kind are problems.
   */
  void header(ObjectNode o, String kind) {
    JsonNode f = o.get("format");
    if (f == null) {
      add("$.format", "missing field 'format'; a document states \"format\": \"" + JsonFormat.FORMAT + "\"");
    } else if (!f.isTextual()) {
      add("$.format", "expected a string such as \"" + JsonFormat.FORMAT + "\", found " + describe(f));
    } else if (!f.textValue().equals(JsonFormat.FORMAT)) {
      String text = f.textValue();
      String name = JsonFormat.FORMAT.substring(0, JsonFormat.FORMAT.indexOf('/') + 1);
      String major = text.startsWith(name) ? text.substring(name.length()) : "";
      if (major.matches("[1-9]\\d{0,8}") && Integer.parseInt(major) > Integer.parseInt(JsonFormat.FORMAT.substring(name.length()))) {
        add("$.format", "the document is in format '" + text + "', written by a newer version of the library"
            + " than this one, which reads '" + JsonFormat.FORMAT + "'");
      } else {
        add("$.format", "unknown format '" + text + "'; this library reads '" + JsonFormat.FORMAT + "'");
      }
    }
    JsonNode k = o.get("kind");
    if (k == null) {
      add("$.kind", "missing field 'kind'; expected \"" + kind + "\"");
    } else if (!k.isTextual()) {
      add("$.kind", "expected the string \"" + kind + "\", found " + describe(k));
    } else if (!k.textValue().equals(kind)) {
      add("$.kind", "this is a '" + k.textValue() + "' document; expected a '" + kind + "' document");
    }
  }
}
