package dk.prioritization.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.round.Nomination;
import dk.prioritization.portfolio.round.NominationPolicy;
import dk.prioritization.portfolio.round.Nominator;
import dk.prioritization.portfolio.round.PriorityEntry;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.RoundException;
import dk.prioritization.portfolio.round.RoundProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code "round"} and {@code "priority-list"} documents, and the rule choice inside them.
 *
 * <p><b>Rule choice.</b> {@code {"rule": "<registry id>", "options": {...}, "tieBreak": [...]}}:
 * the rule is looked up in {@link RuleRegistry#standard()}; its options must be the registry
 * rule's own, except approval's {@code "cap"}, which selects {@code Approval.withCap(n)} (the
 * default rule of an unranked round). The tie-break chain lists its links in order, each by type:
 * {@code none}, {@code candidateOrder}, {@code random} (with {@code seed}), {@code byRule} (with
 * {@code rule} and {@code options}) and {@code fixedOrder} (with {@code order}, task ids); an
 * empty list is no tie-break. Tie-breakers are written from their stable id; one of another kind
 * (a third party's) cannot be written.
 *
 * <p><b>Priority list.</b> It is written with its round, entries, fingerprint, the library version
 * that computed it and its rendered explanation in English and Danish. Reading recomputes the list
 * from the round; the stored entries must equal the recomputed ones, and so must the fingerprint
 * when the list was saved by this library version (the fingerprint covers the version, so a list
 * saved by another version is checked by its entries alone). The explanation is only checked for
 * shape, as its wording may improve between versions.
 */
final class RoundDocuments {
  static final String ROUND_KIND = "round";
  static final String LIST_KIND = "priority-list";

  private static final Set<String> ROUND = PortfolioDocuments.fields("portfolio", "policy", "ruleChoice",
      "nominations");
  private static final Set<String> POLICY = PortfolioDocuments.fields("maxPerMember", "ranked",
      "ownDepartmentAllowed");
  private static final Set<String> CHOICE = PortfolioDocuments.fields("rule", "options", "tieBreak");
  private static final Set<String> NOMINATION = PortfolioDocuments.fields("member", "tasks");
  private static final Set<String> LIST = PortfolioDocuments.fields("entries", "fingerprint", "libraryVersion",
      "explanation");
  private static final Map<String, Set<String>> TIE_BREAKS = Map.of(
      "none", PortfolioDocuments.fields("type"),
      "candidateOrder", PortfolioDocuments.fields("type"),
      "random", PortfolioDocuments.fields("type", "seed"),
      "byRule", PortfolioDocuments.fields("type", "rule", "options"),
      "fixedOrder", PortfolioDocuments.fields("type", "order"));

  private static final Pattern RANDOM = Pattern.compile("random\\(seed=(-?\\d+)\\)");
  private static final Pattern BY_RULE = Pattern.compile("rule\\((.*)\\)");
  private static final Pattern FIXED = Pattern.compile("fixed-order\\((.*)\\)");

  private RoundDocuments() {}

  // ---------------------------------------------------------------- writing

  static ObjectNode roundDocument(Round r) {
    return roundBody(r, PortfolioDocuments.header(ROUND_KIND));
  }

  static ObjectNode roundBody(Round r, ObjectNode o) {
    o.set("portfolio", PortfolioDocuments.body(r.portfolio(), PortfolioNodes.JSON.objectNode()));
    NominationPolicy p = r.policy();
    o.putObject("policy").put("maxPerMember", p.maxPerMember()).put("ranked", p.ranked())
        .put("ownDepartmentAllowed", p.ownDepartmentAllowed());
    ObjectNode choice = o.putObject("ruleChoice");
    rule(choice, r.rule().id(), r.rule().options());
    choice.set("tieBreak", tieBreak(r.tieBreaker(), r.portfolio()));
    ArrayNode noms = o.putArray("nominations");
    for (Nomination n : r.nominations()) {
      ObjectNode no = noms.addObject().put("member", n.member().id());
      ArrayNode tasks = no.putArray("tasks");
      n.tasks().forEach(t -> tasks.add(t.id()));
    }
    return o;
  }

  private static void rule(ObjectNode o, String id, Map<String, String> options) {
    o.put("rule", id);
    ObjectNode opts = o.putObject("options");
    new TreeMap<>(options).forEach(opts::put);
  }

  /** Returns the tie-break chain of {@code t} as JSON, checking that it reads back to the same id. */
  static ArrayNode tieBreak(TieBreaker t, Portfolio portfolio) {
    ArrayNode a = PortfolioNodes.JSON.arrayNode();
    String id = t.id();
    if (!id.equals("none")) {
      for (String link : id.split(",then,", -1)) {
        a.add(link(link, portfolio));
      }
    }
    Problems problems = new Problems();
    Optional<TieBreaker> back = readTieBreak(new PortfolioNodes(problems), a, "$", portfolio);
    if (!problems.isEmpty() || back.isEmpty() || !back.get().id().equals(id)) {
      throw new IllegalArgumentException("the tie-breaker '" + id + "' cannot be written as JSON");
    }
    return a;
  }

  private static ObjectNode link(String id, Portfolio portfolio) {
    ObjectNode o = PortfolioNodes.JSON.objectNode();
    Matcher m;
    if (id.equals("none")) {
      o.put("type", "none");
    } else if (id.equals("candidate-order")) {
      o.put("type", "candidateOrder");
    } else if ((m = RANDOM.matcher(id)).matches()) {
      o.put("type", "random").put("seed", Long.parseLong(m.group(1)));
    } else if ((m = BY_RULE.matcher(id)).matches()) {
      String[] parts = m.group(1).split(";", -1);
      Map<String, String> options = new TreeMap<>();
      for (int i = 1; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        options.put(parts[i].substring(0, Math.max(eq, 0)), parts[i].substring(eq + 1));
      }
      o.put("type", "byRule");
      rule(o, parts[0], options);
    } else if ((m = FIXED.matcher(id)).matches()) {
      o.put("type", "fixedOrder");
      ArrayNode order = o.putArray("order");
      String inner = m.group(1);
      int pos = 0;
      while (pos < inner.length()) {
        Task best = null;
        for (Task t : portfolio.tasks()) {
          String s = t.toString();
          int end = pos + s.length();
          if (inner.startsWith(s, pos) && (end == inner.length() || inner.charAt(end) == ';')
              && (best == null || s.length() > best.toString().length())) {
            best = t;
          }
        }
        if (best == null) {
          throw new IllegalArgumentException("the tie-breaker '" + id + "' names a candidate that is not a task of"
              + " the round's portfolio; it cannot be written as JSON");
        }
        order.add(best.id());
        pos += best.toString().length() + 1;
      }
    } else {
      throw new IllegalArgumentException("the tie-breaker '" + id + "' has no JSON form; use none, candidate order,"
          + " random, by rule or fixed order");
    }
    return o;
  }

  static ObjectNode listDocument(PriorityList list, Round round) {
    ObjectNode o = PortfolioDocuments.header(LIST_KIND);
    o.set("round", roundBody(round, PortfolioNodes.JSON.objectNode()));
    o.set("priorityList", listBody(list));
    return o;
  }

  static ObjectNode listBody(PriorityList list) {
    ObjectNode o = PortfolioNodes.JSON.objectNode();
    o.set("entries", entries(list));
    o.put("fingerprint", list.fingerprint());
    o.put("libraryVersion", list.result().libraryVersion());
    o.putObject("explanation").put("en", list.explain(Locale.ENGLISH)).put("da", list.explain(Locale.forLanguageTag("da")));
    return o;
  }

  private static ArrayNode entries(PriorityList list) {
    ArrayNode a = PortfolioNodes.JSON.arrayNode();
    for (PriorityEntry e : list.entries()) {
      ObjectNode o = a.addObject().put("tier", e.tier()).put("task", e.task().id());
      e.score().ifPresent(s -> o.set("score", Values.rationalNode(s)));
      ArrayNode by = o.putArray("nominatedBy");
      for (Nominator n : e.nominatedBy()) {
        ObjectNode no = by.addObject().put("member", n.member().id());
        n.position().ifPresent(p -> no.put("position", p));
      }
    }
    return a;
  }

  // ---------------------------------------------------------------- reading

  static Round readRoundDocument(JsonNode root) {
    Problems problems = new Problems();
    PortfolioNodes n = new PortfolioNodes(problems);
    Optional<Round> r = n.object(root, "$").flatMap(o -> {
      n.header(o, ROUND_KIND);
      Set<String> known = PortfolioDocuments.fields("format", "kind");
      known.addAll(ROUND);
      return readRoundBody(n, o, "$", known);
    });
    problems.throwIfAny();
    return r.orElseThrow();
  }

  /** A priority list read back, with the round it came from. */
  record ListRead(Round round, PriorityList list) {}

  static ListRead readListDocument(JsonNode root) {
    Problems problems = new Problems();
    PortfolioNodes n = new PortfolioNodes(problems);
    Optional<ListRead> r = n.object(root, "$").flatMap(o -> {
      n.header(o, LIST_KIND);
      n.onlyFields(o, "$", PortfolioDocuments.fields("format", "kind", "round", "priorityList"));
      Optional<Round> round = n.present(o, "$", "round", true)
          ? n.object(o.get("round"), "$.round").flatMap(ro -> readRoundBody(n, ro, "$.round", ROUND))
          : Optional.empty();
      Optional<ObjectNode> stored = n.present(o, "$", "priorityList", true)
          ? n.object(o.get("priorityList"), "$.priorityList") : Optional.empty();
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      String at = "$.priorityList";
      ObjectNode s = stored.get();
      n.onlyFields(s, at, LIST);
      Optional<ArrayNode> entries = n.array(s, at, "entries", true);
      Optional<String> fingerprint = n.string(s, at, "fingerprint");
      Optional<String> version = n.string(s, at, "libraryVersion");
      n.present(s, at, "explanation", true);
      n.object(s.get("explanation") == null ? PortfolioNodes.JSON.objectNode() : s.get("explanation"),
          at + ".explanation").ifPresent(e -> {
            n.onlyFields(e, at + ".explanation", PortfolioDocuments.fields("en", "da"));
            n.string(e, at + ".explanation", "en");
            n.string(e, at + ".explanation", "da");
          });
      if (round.isEmpty()) {
        return Optional.empty();
      }
      PriorityList list = round.get().priorityList();
      ArrayNode expected = entries(list);
      entries.ifPresent(a -> {
        for (int i = 0; i < Math.max(a.size(), expected.size()); i++) {
          String ei = Problems.index(at + ".entries", i);
          if (i >= a.size()) {
            n.add(ei, "missing: the recomputed list has " + expected.size() + " entries, the stored one "
                + a.size());
            break;
          }
          if (i >= expected.size()) {
            n.add(ei, "not in the recomputed list, which has " + expected.size() + " entries");
            break;
          }
          if (!a.get(i).equals(expected.get(i))) {
            n.add(ei, "differs from the recomputed entry " + expected.get(i));
          }
        }
      });
      // The fingerprint covers the library version: it can only match a list computed by this
      // version. A list saved by another version is checked by its entries alone.
      boolean sameVersion = version.map(v -> v.equals(list.result().libraryVersion())).orElse(true);
      fingerprint.filter(f -> sameVersion && !f.equals(list.fingerprint())).ifPresent(f -> n.add(at + ".fingerprint",
          "the stored fingerprint " + f + " differs from the recomputed " + list.fingerprint()));
      return Optional.of(new ListRead(round.get(), list));
    });
    problems.throwIfAny();
    return r.orElseThrow();
  }

  static Optional<Round> readRoundBody(PortfolioNodes n, ObjectNode o, String path, Set<String> known) {
    int before = n.count();
    n.onlyFields(o, path, known);
    Optional<Portfolio> portfolio = n.present(o, path, "portfolio", true)
        ? PortfolioDocuments.embedded(n, o.get("portfolio"), Problems.field(path, "portfolio")) : Optional.empty();
    Optional<NominationPolicy> policy = n.present(o, path, "policy", true)
        ? policy(n, o.get("policy"), Problems.field(path, "policy")) : Optional.empty();
    String choicePath = Problems.field(path, "ruleChoice");
    Optional<ObjectNode> choice = n.present(o, path, "ruleChoice", true)
        ? n.object(o.get("ruleChoice"), choicePath) : Optional.empty();
    Optional<Rule> rule = choice.flatMap(c -> {
      n.onlyFields(c, choicePath, CHOICE);
      return readRule(n, c, choicePath);
    });
    List<Map.Entry<String, List<String>>> noms = new ArrayList<>();
    String nomsPath = Problems.field(path, "nominations");
    n.array(o, path, "nominations", true).ifPresent(a -> {
      for (int i = 0; i < a.size(); i++) {
        String at = Problems.index(nomsPath, i);
        n.object(a.get(i), at).ifPresent(no -> {
          n.onlyFields(no, at, NOMINATION);
          Optional<String> member = n.string(no, at, "member");
          Optional<List<String>> tasks = n.strings(no, at, "tasks", true);
          if (member.isPresent() && tasks.isPresent()) {
            noms.add(Map.entry(member.get(), tasks.get()));
          }
        });
      }
    });
    if (portfolio.isEmpty() || choice.isEmpty()) {
      return Optional.empty();
    }
    Optional<TieBreaker> tieBreak = choice.get().get("tieBreak") == null ? Optional.of(TieBreaker.none())
        : readTieBreak(n, choice.get().get("tieBreak"), Problems.field(choicePath, "tieBreak"), portfolio.get());
    if (n.count() > before) {
      return Optional.empty();
    }
    Round.Builder b = Round.builder(portfolio.get()).policy(policy.orElseThrow()).rule(rule.orElseThrow())
        .tieBreaker(tieBreak.orElseThrow());
    noms.forEach(e -> b.nominate(e.getKey(), e.getValue()));
    try {
      return Optional.of(b.build());
    } catch (RoundException e) {
      locate(n, e.problems(), noms, nomsPath, choicePath, policy.orElseThrow().maxPerMember());
    } catch (IllegalArgumentException e) {
      n.add(Problems.field(choicePath, "tieBreak"), e.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<NominationPolicy> policy(PortfolioNodes n, JsonNode node, String path) {
    return n.object(node, path).flatMap(o -> {
      n.onlyFields(o, path, POLICY);
      Optional<Integer> max = n.integer(o, path, "maxPerMember", 1, Integer.MAX_VALUE);
      Optional<Boolean> ranked = n.bool(o, path, "ranked", true, false);
      Optional<Boolean> own = n.bool(o, path, "ownDepartmentAllowed", true, true);
      return max.isPresent() && ranked.isPresent() && own.isPresent()
          ? Optional.of(new NominationPolicy(max.get(), ranked.get(), own.get())) : Optional.empty();
    });
  }

  /** Reads {@code "rule"} and {@code "options"} of {@code o}. */
  static Optional<Rule> readRule(PortfolioNodes n, ObjectNode o, String path) {
    Optional<String> id = n.string(o, path, "rule");
    Map<String, String> options = new TreeMap<>();
    boolean ok = true;
    if (o.get("options") != null) {
      Optional<ObjectNode> opts = n.object(o.get("options"), Problems.field(path, "options"));
      ok = opts.isPresent();
      if (opts.isPresent()) {
        for (Map.Entry<String, JsonNode> e : opts.get().properties()) {
          Optional<String> v = n.stringValue(e.getValue(), Problems.field(Problems.field(path, "options"), e.getKey()));
          ok &= v.isPresent();
          v.ifPresent(s -> options.put(e.getKey(), s));
        }
      }
    }
    if (id.isEmpty() || !ok) {
      return Optional.empty();
    }
    Optional<Rule> rule = RuleRegistry.standard().find(id.get());
    if (rule.isEmpty()) {
      n.add(Problems.field(path, "rule"), "unknown rule '" + id.get() + "'; known rules: "
          + String.join(", ", RuleRegistry.standard().rules().stream().map(Rule::id).toList()));
      return Optional.empty();
    }
    if (o.get("options") == null || options.equals(new TreeMap<>(rule.get().options()))) {
      return rule;
    }
    if (id.get().equals("approval") && options.keySet().equals(Set.of("cap"))) {
      String cap = options.get("cap");
      if (cap.matches("[1-9]\\d{0,8}")) {
        return Optional.of(Approval.withCap(Integer.parseInt(cap)));
      }
      n.add(Problems.field(Problems.field(path, "options"), "cap"), "the cap '" + cap + "' is not a positive integer");
      return Optional.empty();
    }
    n.add(Problems.field(path, "options"), "rule '" + id.get() + "' has the options " + new TreeMap<>(rule.get().options())
        + ", not " + options + "; only approval's 'cap' can be chosen");
    return Optional.empty();
  }

  static Optional<TieBreaker> readTieBreak(PortfolioNodes n, JsonNode node, String path, Portfolio portfolio) {
    if (!(node instanceof ArrayNode a)) {
      n.add(path, "expected an array of tie-breakers, found " + PortfolioNodes.describe(node));
      return Optional.empty();
    }
    int before = n.count();
    List<TieBreaker> links = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      String at = Problems.index(path, i);
      Optional<ObjectNode> o = n.object(a.get(i), at);
      if (o.isEmpty()) {
        continue;
      }
      Optional<String> type = n.string(o.get(), at, "type");
      if (type.isEmpty()) {
        continue;
      }
      Set<String> known = TIE_BREAKS.get(type.get());
      if (known == null) {
        n.add(Problems.field(at, "type"), "unknown tie-breaker type '" + type.get() + "'; known types: "
            + String.join(", ", new java.util.TreeSet<>(TIE_BREAKS.keySet())));
        continue;
      }
      n.onlyFields(o.get(), at, known);
      switch (type.get()) {
        case "none" -> links.add(TieBreaker.none());
        case "candidateOrder" -> links.add(TieBreaker.candidateOrder());
        case "random" -> n.longInteger(o.get(), at, "seed").ifPresent(s -> links.add(TieBreaker.random(s)));
        case "byRule" -> readRule(n, o.get(), at).ifPresent(r -> links.add(TieBreaker.byRule(r)));
        case "fixedOrder" -> n.strings(o.get(), at, "order", true).ifPresent(ids -> {
          List<Task> order = new ArrayList<>();
          for (int j = 0; j < ids.size(); j++) {
            Optional<Task> t = portfolio.task(ids.get(j));
            if (t.isEmpty()) {
              n.add(Problems.index(Problems.field(at, "order"), j), "unknown task '" + ids.get(j) + "'");
            } else if (order.contains(t.get())) {
              n.add(Problems.index(Problems.field(at, "order"), j), "task '" + ids.get(j) + "' is listed twice");
            } else {
              order.add(t.get());
            }
          }
          links.add(TieBreaker.fixedOrder(order));
        });
        default -> throw new AssertionError(type.get());
      }
    }
    if (n.count() > before) {
      return Optional.empty();
    }
    if (links.isEmpty()) {
      return Optional.of(TieBreaker.none());
    }
    TieBreaker t = links.get(0);
    for (int i = 1; i < links.size(); i++) {
      t = t.then(links.get(i));
    }
    return Optional.of(t);
  }

  /** Records a round builder's problems at the nominations, members or tasks at fault. */
  private static void locate(PortfolioNodes n, List<RoundProblem> problems, List<Map.Entry<String, List<String>>> noms,
      String nomsPath, String choicePath, int max) {
    int cursor = 0;
    for (RoundProblem p : problems) {
      switch (p.kind()) {
        case WRONG_BALLOT_KIND, RULE_REFUSED -> {
          n.add(Problems.field(choicePath, "rule"), p.message());
          continue;
        }
        case NOTHING_TO_COUNT -> {
          n.add(nomsPath, p.message());
          continue;
        }
        default -> { }
      }
      String member = p.member().orElse("");
      int i = -1;
      for (int k = cursor; k < noms.size(); k++) {
        boolean firstOfMember = noms.subList(0, k).stream().noneMatch(e -> e.getKey().equals(member));
        if (noms.get(k).getKey().equals(member) && (p.kind() != RoundProblem.Kind.NOMINATES_TWICE || !firstOfMember)) {
          i = k;
          break;
        }
      }
      if (i < 0) {
        n.add(nomsPath, p.message());
        continue;
      }
      cursor = i;
      String at = Problems.index(nomsPath, i);
      List<String> tasks = noms.get(i).getValue();
      String task = p.task().orElse("");
      switch (p.kind()) {
        case UNKNOWN_MEMBER -> n.add(Problems.field(at, "member"), "member '" + member
            + "' is not on the board of the round's portfolio");
        case NOMINATES_TWICE -> n.add(Problems.field(at, "member"), p.message());
        case TOO_MANY_NOMINATIONS -> n.add(Problems.index(Problems.field(at, "tasks"), max), p.message());
        case DUPLICATE_TASK -> n.add(Problems.index(Problems.field(at, "tasks"), secondIndex(tasks, task)),
            "task '" + task + "' is nominated twice");
        case UNKNOWN_TASK -> n.add(Problems.index(Problems.field(at, "tasks"), tasks.indexOf(task)),
            "unknown task '" + task + "'");
        default -> n.add(Problems.index(Problems.field(at, "tasks"), tasks.indexOf(task)), p.message());
      }
    }
  }

  private static int secondIndex(List<String> list, String s) {
    int first = list.indexOf(s);
    for (int i = first + 1; i < list.size(); i++) {
      if (list.get(i).equals(s)) {
        return i;
      }
    }
    return first;
  }
}
