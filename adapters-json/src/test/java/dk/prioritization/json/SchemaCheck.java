package dk.prioritization.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (draft 2020-12) checker for the keywords the library's schemas use:
 * {@code $ref} (within a schema and to another schema file of the library), {@code type},
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code items},
 * {@code minItems}, {@code uniqueItems}, {@code enum}, {@code const}, {@code minimum},
 * {@code maximum}, {@code minLength}, {@code pattern}, {@code allOf}, {@code anyOf},
 * {@code oneOf}, {@code not} and {@code if}/{@code then}. Annotations ({@code description},
 * {@code default}, {@code format}, {@code title}) are ignored. No validator library is available
 * to the build, so this one checks the golden files against their schemas; an unknown keyword
 * fails loudly rather than being skipped.
 */
final class SchemaCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description",
      "default", "format");

  private final Map<String, JsonNode> files = new HashMap<>();

  /** Returns the problems of {@code doc} against the schema file {@code name}, e.g. "portfolio.schema.json". */
  List<String> check(JsonNode doc, String name) {
    List<String> out = new ArrayList<>();
    validate(doc, file(name), name, "$", out);
    return out;
  }

  private JsonNode file(String name) {
    return files.computeIfAbsent(name, n -> {
      try (InputStream in = SchemaCheck.class.getResourceAsStream("/dk/prioritization/json/schema/" + n)) {
        if (in == null) {
          throw new IllegalArgumentException("no schema " + n);
        }
        return JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private void validate(JsonNode v, JsonNode s, String file, String at, List<String> out) {
    for (Map.Entry<String, JsonNode> e : s.properties()) {
      JsonNode k = e.getValue();
      switch (e.getKey()) {
        case "$ref" -> {
          String ref = k.asText();
          int hash = ref.indexOf('#');
          String target = hash == 0 ? file : ref.substring(0, hash < 0 ? ref.length() : hash);
          JsonNode root = file(target);
          JsonNode sub = hash < 0 ? root : root.at(ref.substring(hash + 1));
          if (sub.isMissingNode()) {
            throw new IllegalArgumentException("unresolved $ref " + ref + " in " + file);
          }
          validate(v, sub, target, at, out);
        }
        case "type" -> {
          boolean ok = false;
          for (JsonNode t : k.isArray() ? k : JSON.createArrayNode().add(k)) {
            ok |= hasType(v, t.asText());
          }
          if (!ok) {
            out.add(at + ": expected type " + k + ", found " + v.getNodeType());
          }
        }
        case "properties" -> {
          if (v.isObject()) {
            for (Map.Entry<String, JsonNode> p : k.properties()) {
              if (v.has(p.getKey())) {
                validate(v.get(p.getKey()), p.getValue(), file, at + "." + p.getKey(), out);
              }
            }
          }
        }
        case "required" -> {
          if (v.isObject()) {
            k.forEach(r -> {
              if (!v.has(r.asText())) {
                out.add(at + ": missing required " + r.asText());
              }
            });
          }
        }
        case "additionalProperties" -> {
          if (v.isObject()) {
            JsonNode props = s.path("properties");
            v.fieldNames().forEachRemaining(f -> {
              if (!props.has(f)) {
                if (k.isBoolean() && !k.booleanValue()) {
                  out.add(at + ": property " + f + " is not allowed");
                } else if (k.isObject()) {
                  validate(v.get(f), k, file, at + "." + f, out);
                }
              }
            });
          }
        }
        case "items" -> {
          if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
              validate(v.get(i), k, file, at + "[" + i + "]", out);
            }
          }
        }
        case "minItems" -> {
          if (v.isArray() && v.size() < k.asInt()) {
            out.add(at + ": fewer than " + k.asInt() + " items");
          }
        }
        case "uniqueItems" -> {
          if (v.isArray() && k.asBoolean()) {
            Set<JsonNode> seen = new HashSet<>();
            v.forEach(x -> {
              if (!seen.add(x)) {
                out.add(at + ": duplicate item " + x);
              }
            });
          }
        }
        case "enum" -> {
          boolean ok = false;
          for (JsonNode x : k) {
            ok |= x.equals(v);
          }
          if (!ok) {
            out.add(at + ": " + v + " is not one of " + k);
          }
        }
        case "const" -> {
          if (!k.equals(v)) {
            out.add(at + ": expected " + k + ", found " + v);
          }
        }
        case "minimum" -> {
          if (v.isNumber() && v.decimalValue().compareTo(k.decimalValue()) < 0) {
            out.add(at + ": " + v + " is below the minimum " + k);
          }
        }
        case "maximum" -> {
          if (v.isNumber() && v.decimalValue().compareTo(k.decimalValue()) > 0) {
            out.add(at + ": " + v + " is above the maximum " + k);
          }
        }
        case "minLength" -> {
          if (v.isTextual() && v.textValue().codePointCount(0, v.textValue().length()) < k.asInt()) {
            out.add(at + ": shorter than " + k.asInt());
          }
        }
        case "pattern" -> {
          if (v.isTextual() && !Pattern.compile(k.asText()).matcher(v.textValue()).find()) {
            out.add(at + ": '" + v.textValue() + "' does not match " + k.asText());
          }
        }
        case "allOf" -> k.forEach(sub -> validate(v, sub, file, at, out));
        case "anyOf", "oneOf" -> {
          int matching = 0;
          for (JsonNode sub : k) {
            List<String> tmp = new ArrayList<>();
            validate(v, sub, file, at, tmp);
            matching += tmp.isEmpty() ? 1 : 0;
          }
          if (matching == 0 || (e.getKey().equals("oneOf") && matching > 1)) {
            out.add(at + ": " + matching + " of the " + e.getKey() + " alternatives match");
          }
        }
        case "not" -> {
          List<String> tmp = new ArrayList<>();
          validate(v, k, file, at, tmp);
          if (tmp.isEmpty()) {
            out.add(at + ": matches a schema it must not match: " + k);
          }
        }
        case "if" -> {
          List<String> tmp = new ArrayList<>();
          validate(v, k, file, at, tmp);
          if (tmp.isEmpty() && s.has("then")) {
            validate(v, s.get("then"), file, at, out);
          } else if (!tmp.isEmpty() && s.has("else")) {
            validate(v, s.get("else"), file, at, out);
          }
        }
        case "then", "else" -> { }
        default -> {
          if (!ANNOTATIONS.contains(e.getKey())) {
            throw new IllegalArgumentException("keyword " + e.getKey() + " in " + file + " is not supported");
          }
        }
      }
    }
  }

  private static boolean hasType(JsonNode v, String type) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }
}
