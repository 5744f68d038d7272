package dk.prioritization.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.Text;
import dk.prioritization.core.Version;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.budget.Knapsack;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.RoundException;
import dk.prioritization.portfolio.round.RoundProblem;
import dk.prioritization.portfolio.round.Selection;
import dk.prioritization.portfolio.round.SelectionGroup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code "selection"} document: a round and a selection made from it by a committee rule
 * ({@code "k"}) or a budget rule ({@code "capacity"}).
 *
 * <p>Reading recomputes the selection from the round with the rule found by its id in
 * {@link RuleRegistry#standard()} (the knapsack's {@code "limit"} option selects
 * {@code Knapsack.withLimit}); the stored rule, k or capacity, chosen tasks, totals, next one out
 * and roll-ups must equal the recomputed ones. The reasons must name every active task, in
 * portfolio order, with the recomputed in-or-out; their wording, like the explanation, is checked
 * against the recomputed one only when the document was written by this library version (it may
 * improve between versions), and otherwise for shape.
 */
final class SelectionDocuments {
  static final String KIND = "selection";

  private static final Set<String> SELECTION = PortfolioDocuments.fields("rule", "options", "k", "capacity",
      "chosen", "totalCost", "capacityLeft", "nextOut", "reasons", "byInitiative", "byFocusArea", "libraryVersion",
      "explanation");
  /** The fields compared with the recomputed selection as they are. */
  private static final List<String> COMPARED = List.of("options", "chosen", "totalCost", "capacityLeft", "nextOut",
      "byInitiative", "byFocusArea");

  private SelectionDocuments() {}

  // ---------------------------------------------------------------- writing

  static ObjectNode document(RoundSelection rs) {
    ObjectNode o = PortfolioDocuments.header(KIND);
    o.set("round", RoundDocuments.roundBody(rs.round(), PortfolioNodes.JSON.objectNode()));
    o.set("selection", body(rs.selection()));
    return o;
  }

  static ObjectNode body(Selection s) {
    ObjectNode o = PortfolioNodes.JSON.objectNode();
    o.put("rule", s.ruleId());
    ObjectNode opts = o.putObject("options");
    new TreeMap<>(s.ruleOptions()).forEach(opts::put);
    s.k().ifPresent(k -> o.put("k", k));
    s.capacity().ifPresent(c -> o.put("capacity", c));
    o.set("chosen", ids(s.chosen()));
    s.totalCost().ifPresent(c -> o.put("totalCost", c));
    s.capacityLeft().ifPresent(c -> o.put("capacityLeft", c));
    s.nextOut().ifPresent(t -> o.put("nextOut", t.id()));
    ArrayNode reasons = o.putArray("reasons");
    s.reasons().forEach((t, why) -> {
      ObjectNode r = reasons.addObject().put("task", t.id()).put("chosen", s.isChosen(t));
      text(r.putObject("reason"), why);
    });
    o.set("byInitiative", groups(s.byInitiative()));
    o.set("byFocusArea", groups(s.byFocusArea()));
    o.put("libraryVersion", Version.current());
    o.putObject("explanation").put("en", s.explain(Locale.ENGLISH)).put("da", s.explain(Locale.forLanguageTag("da")));
    return o;
  }

  private static ArrayNode ids(List<Task> tasks) {
    ArrayNode a = PortfolioNodes.JSON.arrayNode();
    tasks.forEach(t -> a.add(t.id()));
    return a;
  }

  private static void text(ObjectNode o, Text t) {
    o.put("en", t.english()).put("da", t.danish());
  }

  private static ArrayNode groups(List<SelectionGroup> groups) {
    ArrayNode a = PortfolioNodes.JSON.arrayNode();
    for (SelectionGroup g : groups) {
      ObjectNode o = a.addObject().put("id", g.id());
      o.set("chosen", ids(g.chosen()));
      o.put("activeTasks", g.activeTasks());
      g.chosenCost().ifPresent(c -> o.put("chosenCost", c));
    }
    return a;
  }

  // ---------------------------------------------------------------- reading

  static RoundSelection readDocument(JsonNode root) {
    Problems problems = new Problems();
    PortfolioNodes n = new PortfolioNodes(problems);
    Optional<RoundSelection> r = n.object(root, "$").flatMap(o -> {
      n.header(o, KIND);
      n.onlyFields(o, "$", PortfolioDocuments.fields("format", "kind", "round", "selection"));
      Optional<Round> round = n.present(o, "$", "round", true)
          ? n.object(o.get("round"), "$.round").flatMap(ro -> RoundDocuments.readRoundBody(n, ro, "$.round",
              PortfolioDocuments.fields("portfolio", "policy", "ruleChoice", "nominations")))
          : Optional.empty();
      Optional<ObjectNode> stored = n.present(o, "$", "selection", true)
          ? n.object(o.get("selection"), "$.selection") : Optional.empty();
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      return read(n, stored.get(), "$.selection", round);
    });
    problems.throwIfAny();
    return r.orElseThrow();
  }

  private static Optional<RoundSelection> read(PortfolioNodes n, ObjectNode s, String at, Optional<Round> round) {
    int before = n.count();
    n.onlyFields(s, at, SELECTION);
    Optional<String> ruleId = n.string(s, at, "rule");
    Map<String, String> options = new TreeMap<>();
    if (s.get("options") != null) {
      n.object(s.get("options"), at + ".options").ifPresent(opts -> {
        for (Map.Entry<String, JsonNode> e : opts.properties()) {
          n.stringValue(e.getValue(), at + ".options." + e.getKey()).ifPresent(v -> options.put(e.getKey(), v));
        }
      });
    }
    boolean hasK = s.get("k") != null;
    boolean hasCapacity = s.get("capacity") != null;
    if (hasK == hasCapacity) {
      n.add(at, hasK ? "give k (a committee rule) or capacity (a budget rule), not both"
          : "missing field 'k' or 'capacity': k for a committee rule, capacity for a budget rule");
    }
    Optional<Integer> k = hasK ? n.integer(s, at, "k", Integer.MIN_VALUE, Integer.MAX_VALUE) : Optional.empty();
    Optional<Long> capacity = hasCapacity ? n.longInteger(s, at, "capacity") : Optional.empty();
    n.strings(s, at, "chosen", true);
    n.array(s, at, "reasons", true);
    n.array(s, at, "byInitiative", true);
    n.array(s, at, "byFocusArea", true);
    Optional<String> version = n.string(s, at, "libraryVersion");
    Optional<ObjectNode> explanation = n.present(s, at, "explanation", true)
        ? n.object(s.get("explanation"), at + ".explanation") : Optional.empty();
    explanation.ifPresent(e -> {
      n.onlyFields(e, at + ".explanation", PortfolioDocuments.fields("en", "da"));
      n.string(e, at + ".explanation", "en");
      n.string(e, at + ".explanation", "da");
    });
    if (n.count() > before || round.isEmpty() || ruleId.isEmpty()) {
      return Optional.empty();
    }
    Optional<Selection> recomputed = hasK ? k.flatMap(x -> select(n, at, round.get(), ruleId.get(), x))
        : capacity.flatMap(c -> fit(n, at, round.get(), ruleId.get(), options, c));
    if (recomputed.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode expected = body(recomputed.get());
    for (String field : COMPARED) {
      JsonNode want = expected.get(field);
      JsonNode have = s.get(field);
      if (want == null && have != null) {
        n.add(at + "." + field, "not in the recomputed selection");
      } else if (want != null && have == null) {
        n.add(at + "." + field, "missing: the recomputed selection has " + want);
      } else if (want != null && !same(want, have)) {
        n.add(at + "." + field, "differs from the recomputed " + want);
      }
    }
    boolean sameVersion = version.map(v -> v.equals(Version.current())).orElse(true);
    reasons(n, (ArrayNode) s.get("reasons"), (ArrayNode) expected.get("reasons"), at + ".reasons", sameVersion);
    if (sameVersion && explanation.isPresent() && !explanation.get().equals(expected.get("explanation"))) {
      n.add(at + ".explanation", "differs from the recomputed explanation");
    }
    return n.count() > before ? Optional.empty() : Optional.of(new RoundSelection(round.get(), recomputed.get()));
  }

  /** Whether two trees are equal, numbers compared by value (a document's 34 is an int, the writer's a long). */
  private static boolean same(JsonNode a, JsonNode b) {
    return a.equals((x, y) -> x.isNumber() && y.isNumber()
        ? (x.isIntegralNumber() && y.isIntegralNumber() ? x.bigIntegerValue().compareTo(y.bigIntegerValue())
            : x.decimalValue().compareTo(y.decimalValue()))
        : x.equals(y) ? 0 : 1, b);
  }

  /** Checks the stored reasons against the recomputed ones: same tasks, same in or out, and text. */
  private static void reasons(PortfolioNodes n, ArrayNode have, ArrayNode want, String at, boolean sameVersion) {
    for (int i = 0; i < Math.max(have.size(), want.size()); i++) {
      String ai = Problems.index(at, i);
      if (i >= have.size()) {
        n.add(ai, "missing: every active task has a reason, and the recomputed selection has " + want.size());
        return;
      }
      if (i >= want.size()) {
        n.add(ai, "not in the recomputed selection, which has " + want.size() + " reasons");
        return;
      }
      Optional<ObjectNode> r = n.object(have.get(i), ai);
      if (r.isEmpty()) {
        continue;
      }
      n.onlyFields(r.get(), ai, PortfolioDocuments.fields("task", "chosen", "reason"));
      Optional<String> task = n.string(r.get(), ai, "task");
      Optional<Boolean> chosen = n.bool(r.get(), ai, "chosen", true, false);
      Optional<Optional<Text>> reason = n.present(r.get(), ai, "reason", true)
          ? n.optText(r.get(), ai, "reason") : Optional.empty();
      JsonNode w = want.get(i);
      if (task.isPresent() && !task.get().equals(w.get("task").textValue())) {
        n.add(Problems.field(ai, "task"), "expected task '" + w.get("task").textValue()
            + "': the reasons follow the active tasks in portfolio order");
      } else if (chosen.isPresent() && chosen.get() != w.get("chosen").booleanValue()) {
        n.add(Problems.field(ai, "chosen"), "the recomputed selection has " + w.get("chosen").booleanValue());
      } else if (sameVersion && reason.isPresent() && !r.get().get("reason").equals(w.get("reason"))) {
        n.add(Problems.field(ai, "reason"), "differs from the recomputed " + w.get("reason"));
      }
    }
  }

  private static Optional<Selection> select(PortfolioNodes n, String at, Round round, String ruleId, int k) {
    Optional<CommitteeRule> rule = RuleRegistry.standard().findCommitteeRule(ruleId);
    if (rule.isEmpty()) {
      n.add(at + ".rule", "unknown committee rule '" + ruleId + "' (a selection with k is made by a committee rule);"
          + " known: " + String.join(", ", RuleRegistry.standard().committeeRules().stream()
              .map(CommitteeRule::id).toList()));
      return Optional.empty();
    }
    try {
      return Optional.of(round.select(rule.get(), k));
    } catch (ProblemTooLargeException e) {
      n.add(at + ".rule", e.getMessage());
    } catch (IllegalArgumentException e) {
      n.add(at + ".k", e.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<Selection> fit(PortfolioNodes n, String at, Round round, String ruleId,
      Map<String, String> options, long capacity) {
    Optional<BudgetRule> rule = RuleRegistry.standard().findBudgetRule(ruleId);
    if (rule.isEmpty()) {
      n.add(at + ".rule", "unknown budget rule '" + ruleId + "' (a selection with a capacity is made by a budget"
          + " rule); known: " + String.join(", ", RuleRegistry.standard().budgetRules().stream()
              .map(BudgetRule::id).toList()));
      return Optional.empty();
    }
    BudgetRule r = rule.get();
    if (!options.equals(new TreeMap<>(r.options()))) {
      if (r instanceof Knapsack && options.keySet().equals(Set.of("limit")) && options.get("limit").matches("[1-9]\\d{0,17}")) {
        r = Knapsack.withLimit(Long.parseLong(options.get("limit")));
      } else {
        n.add(at + ".options", "rule '" + ruleId + "' has the options " + new TreeMap<>(r.options()) + ", not "
            + options + "; only the knapsack's 'limit' (a positive integer) can be chosen");
        return Optional.empty();
      }
    }
    try {
      return Optional.of(round.fitCapacity(r, capacity));
    } catch (RoundException e) {
      List<Task> tasks = round.portfolio().tasks();
      for (RoundProblem p : e.problems()) {
        int i = p.task().map(id -> tasks.indexOf(round.portfolio().task(id).orElseThrow())).orElse(-1);
        n.add(i < 0 ? "$.round.portfolio.tasks" : Problems.index("$.round.portfolio.tasks", i) + ".cost",
            p.message().replace("(Change.SetTaskCost)", "(give it a \"cost\")"));
      }
    } catch (ProblemTooLargeException e) {
      n.add(at + ".capacity", e.getMessage());
    } catch (IllegalArgumentException e) {
      n.add(at + ".capacity", e.getMessage());
    }
    return Optional.empty();
  }
}
