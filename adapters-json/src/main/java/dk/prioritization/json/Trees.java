package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** Reading JSON trees with path tracking: the shared checks of every document and value. */
final class Trees {
  private Trees() {}

  /** Reads the value at the parser as a tree; a syntax error becomes a problem at its path. */
  static JsonNode read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.getParsingContext().inRoot() && !p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    try {
      JsonNode node = ctxt.readTree(p);
      return node;
    } catch (JsonEOFException e) {
      Problems problems = new Problems();
      problems.add(path(p.getParsingContext()), "the document ends early (truncated?)");
      problems.throwIfAny();
      throw e;
    } catch (StreamReadException e) {
      Problems problems = new Problems();
      problems.add(path(p.getParsingContext()), "not valid JSON: " + e.getOriginalMessage());
      problems.throwIfAny();
      throw e;
    }
  }

  /** Returns the JSON path of a parser's context, e.g. {@code $.ballots[3].ranking}. */
  static String path(JsonStreamContext context) {
    StringBuilder sb = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      String part;
      if (c.inArray()) {
        part = "[" + Math.max(0, c.getCurrentIndex()) + "]";
      } else {
        part = c.getCurrentName() == null ? "" : "." + c.getCurrentName();
      }
      sb.insert(0, part);
    }
    return "$" + sb;
  }

  /** Names a JSON value's type for a message: "a string", "a number", ... */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    JsonNodeType t = node.getNodeType();
    return switch (t) {
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? "an integer" : "a decimal number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      default -> "an unexpected value";
    };
  }

  /**
   * Checks the {@code format} and {@code kind} fields of a document.
   *
   * @return whether both are right
   */
  static boolean checkDocument(JsonNode doc, String kind, Problems problems) {
    boolean ok = true;
    JsonNode format = doc.get("format");
    String fp = Problems.field("$", "format");
    if (format == null) {
      problems.add(fp, "missing; a document states its format, \"" + JsonFormat.FORMAT + "\"");
      ok = false;
    } else if (!format.isTextual()) {
      problems.add(fp, "expected a string like \"" + JsonFormat.FORMAT + "\" but found " + describe(format));
      ok = false;
    } else if (!format.asText().equals(JsonFormat.FORMAT)) {
      String f = format.asText();
      String prefix = "prioritization/";
      Integer major = null;
      if (f.startsWith(prefix)) {
        try {
          major = Integer.valueOf(f.substring(prefix.length()).split("\\.", 2)[0]);
        } catch (NumberFormatException e) {
          major = null;
        }
      }
      if (major != null && major > 1) {
        problems.add(fp, "'" + f + "' was written by a newer version of the format; this library reads "
            + JsonFormat.FORMAT + " (upgrade the library)");
      } else {
        problems.add(fp, "unknown format '" + f + "'; expected '" + JsonFormat.FORMAT + "'");
      }
      ok = false;
    }
    JsonNode k = doc.get("kind");
    String kp = Problems.field("$", "kind");
    if (k == null) {
      problems.add(kp, "missing; expected '" + kind + "'");
      ok = false;
    } else if (!k.isTextual()) {
      problems.add(kp, "expected the string '" + kind + "' but found " + describe(k));
      ok = false;
    } else if (!k.asText().equals(kind)) {
      problems.add(kp, "expected a '" + kind + "' document but found kind '" + k.asText() + "'");
      ok = false;
    }
    return ok;
  }

  /**
   * Returns whether {@code node} is an object, recording a problem if not, and records every
   * field not in {@code allowed} as unknown.
   */
  static boolean object(JsonNode node, String path, Problems problems, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problems.add(path, "expected an object but found " + describe(node));
      return false;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!allowed.contains(name)) {
        problems.add(Problems.field(path, name), "unknown field '" + name + "'; expected one of " + allowed);
      }
    }
    return true;
  }

  /** Returns the field, or null after recording that it is missing. */
  static JsonNode required(JsonNode object, String name, String path, Problems problems) {
    JsonNode v = object.get(name);
    if (v == null) {
      problems.add(Problems.field(path, name), "missing field '" + name + "'");
    }
    return v;
  }

  /** Returns the string, or null after recording a problem. */
  static String string(JsonNode v, String path, Problems problems) {
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      problems.add(path, "expected a string but found " + describe(v));
      return null;
    }
    return v.asText();
  }

  /** Returns the long value, or null after recording a problem (wrong type or overflow). */
  static Long longValue(JsonNode v, String path, Problems problems) {
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber()) {
      problems.add(path, "expected an integer but found " + describe(v));
      return null;
    }
    if (!v.canConvertToLong()) {
      problems.add(path, v.bigIntegerValue() + " does not fit a long (at most " + Long.MAX_VALUE + ")");
      return null;
    }
    return v.longValue();
  }

  /** Returns the int value, or null after recording a problem (wrong type or overflow). */
  static Integer intValue(JsonNode v, String path, Problems problems) {
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber()) {
      problems.add(path, "expected an integer but found " + describe(v));
      return null;
    }
    if (!v.canConvertToInt()) {
      problems.add(path, v.bigIntegerValue() + " does not fit an int");
      return null;
    }
    return v.intValue();
  }

  /** Returns the boolean, or null after recording a problem. */
  static Boolean booleanValue(JsonNode v, String path, Problems problems) {
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      problems.add(path, "expected true or false but found " + describe(v));
      return null;
    }
    return v.booleanValue();
  }

  /** Returns whether {@code v} is an array, recording a problem if not. */
  static boolean array(JsonNode v, String path, Problems problems) {
    if (v == null) {
      return false;
    }
    if (!v.isArray()) {
      problems.add(path, "expected an array but found " + describe(v));
      return false;
    }
    return true;
  }

  /** The fields of an object node, in order. */
  static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
    return object.properties();
  }

}
