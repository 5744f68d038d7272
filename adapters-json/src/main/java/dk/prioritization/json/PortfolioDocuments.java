package dk.prioritization.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableBiMap;
import dk.prioritization.core.Text;
import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.ChangeLogEntry;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.PortfolioException;
import dk.prioritization.portfolio.PortfolioHistory;
import dk.prioritization.portfolio.PortfolioProblem;
import dk.prioritization.portfolio.Scope;
import dk.prioritization.portfolio.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code "portfolio"} and {@code "portfolio-history"} documents: writing them as JSON trees
 * and reading them back with every problem named by its JSON path.
 *
 * <p><b>The change log.</b> A portfolio's log can only be made by applying changes (the builder
 * does not take one), so reading a portfolio whose log is not empty rebuilds it by replaying: the
 * version before the first logged change is reconstructed from the stated content by undoing the
 * log ({@link PortfolioLogs}), the log is replayed on it with {@link PortfolioHistory#replay}, and
 * the replayed content must equal the stated one. The document thus states the current content and
 * the log, nothing invented; a log that does not lead to the content is a problem at
 * {@code $.changeLog}.
 */
final class PortfolioDocuments {
  static final String KIND = "portfolio";
  static final String HISTORY_KIND = "portfolio-history";

  static final ImmutableBiMap<Perspective, String> PERSPECTIVES = ImmutableBiMap.of(
      Perspective.UPWARD, "upward", Perspective.DOWNWARD, "downward", Perspective.OUTWARD, "outward",
      Perspective.INWARD, "inward");

  static final String CROSS_CUTTING = "crossCutting";

  private static final Set<String> BODY = fields("version", "costUnit", "focusAreas", "initiatives", "tasks",
      "members", "changeLog");
  private static final Set<String> FOCUS_AREA = fields("id", "name");
  private static final Set<String> INITIATIVE = fields("id", "name", "focusArea", "description", "owner", "scope",
      "perspectives", "tags");
  private static final Set<String> TASK = fields("id", "name", "initiative", "caseOwner", "perspectives", "tags",
      "cost", "retired", "mergedInto");
  private static final Set<String> MEMBER = fields("id", "roleTitle", "department");
  private static final Set<String> ENTRY = fields("version", "change", "note", "author", "date");

  /** The change types by JSON name, and the fields each takes besides {@code "type"}. */
  static final Map<String, Set<String>> CHANGES = Map.ofEntries(
      Map.entry("addFocusArea", fields("type", "focusArea")),
      Map.entry("addInitiative", fields("type", "initiative")),
      Map.entry("addTask", fields("type", "task")),
      Map.entry("addMember", fields("type", "member")),
      Map.entry("renameTask", fields("type", "taskId", "newName")),
      Map.entry("renameInitiative", fields("type", "initiativeId", "newName")),
      Map.entry("retireTask", fields("type", "taskId")),
      Map.entry("moveTask", fields("type", "taskId", "toInitiative")),
      Map.entry("setTaskCost", fields("type", "taskId", "cost")),
      Map.entry("mergeTasks", fields("type", "taskIds", "merged")),
      Map.entry("mergeInitiatives", fields("type", "initiativeIds", "merged")));

  private PortfolioDocuments() {}

  static Set<String> fields(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }

  // ---------------------------------------------------------------- writing

  static ObjectNode header(String kind) {
    ObjectNode o = PortfolioNodes.JSON.objectNode();
    o.put("format", JsonFormat.FORMAT);
    o.put("kind", kind);
    return o;
  }

  /** Returns the portfolio document. */
  static ObjectNode document(Portfolio p) {
    return body(p, header(KIND));
  }

  /** Writes the portfolio's fields into {@code o} and returns it. */
  static ObjectNode body(Portfolio p, ObjectNode o) {
    o.put("version", p.version());
    p.costUnit().ifPresent(u -> o.putObject("costUnit").put("en", u.english()).put("da", u.danish()));
    ArrayNode areas = o.putArray("focusAreas");
    p.focusAreas().forEach(f -> areas.add(focusArea(f)));
    ArrayNode inits = o.putArray("initiatives");
    p.initiatives().forEach(i -> inits.add(initiative(i)));
    ArrayNode tasks = o.putArray("tasks");
    p.tasks().forEach(t -> tasks.add(task(t)));
    ArrayNode members = o.putArray("members");
    p.members().forEach(m -> members.add(member(m)));
    ArrayNode log = o.putArray("changeLog");
    p.changeLog().forEach(e -> log.add(entry(e)));
    return o;
  }

  static ObjectNode focusArea(FocusArea f) {
    return PortfolioNodes.JSON.objectNode().put("id", f.id()).put("name", f.name());
  }

  static ObjectNode initiative(Initiative i) {
    ObjectNode o = PortfolioNodes.JSON.objectNode().put("id", i.id()).put("name", i.name())
        .put("focusArea", i.focusArea()).put("description", i.description()).put("owner", i.owner());
    if (i.scope().isCrossCutting()) {
      o.put("scope", CROSS_CUTTING);
    } else {
      o.putObject("scope").put("department", i.scope().department().orElseThrow());
    }
    perspectives(o, i.perspectives());
    ArrayNode tags = o.putArray("tags");
    i.tags().forEach(tags::add);
    return o;
  }

  static ObjectNode task(Task t) {
    ObjectNode o = PortfolioNodes.JSON.objectNode().put("id", t.id()).put("name", t.name())
        .put("initiative", t.initiative()).put("caseOwner", t.caseOwner());
    perspectives(o, t.perspectives());
    ArrayNode tags = o.putArray("tags");
    t.tags().forEach(tags::add);
    t.cost().ifPresent(c -> o.put("cost", c));
    if (t.retired()) {
      o.put("retired", true);
    }
    t.mergedInto().ifPresent(m -> o.put("mergedInto", m));
    return o;
  }

  private static void perspectives(ObjectNode o, Set<Perspective> perspectives) {
    ArrayNode a = o.putArray("perspectives");
    for (Perspective p : Perspective.values()) {
      if (perspectives.contains(p)) {
        a.add(PERSPECTIVES.get(p));
      }
    }
  }

  static ObjectNode member(BoardMember m) {
    ObjectNode o = PortfolioNodes.JSON.objectNode().put("id", m.id()).put("roleTitle", m.roleTitle());
    m.department().ifPresent(d -> o.put("department", d));
    return o;
  }

  static ObjectNode entry(ChangeLogEntry e) {
    ObjectNode o = PortfolioNodes.JSON.objectNode().put("version", e.version());
    o.set("change", change(e.change()));
    o.put("note", e.note());
    e.author().ifPresent(a -> o.put("author", a));
    e.date().ifPresent(d -> o.put("date", d.toString()));
    return o;
  }

  static ObjectNode change(Change c) {
    ObjectNode o = PortfolioNodes.JSON.objectNode();
    if (c instanceof Change.AddFocusArea a) {
      o.put("type", "addFocusArea").set("focusArea", focusArea(a.focusArea()));
    } else if (c instanceof Change.AddInitiative a) {
      o.put("type", "addInitiative").set("initiative", initiative(a.initiative()));
    } else if (c instanceof Change.AddTask a) {
      o.put("type", "addTask").set("task", task(a.task()));
    } else if (c instanceof Change.AddMember a) {
      o.put("type", "addMember").set("member", member(a.member()));
    } else if (c instanceof Change.RenameTask r) {
      o.put("type", "renameTask").put("taskId", r.taskId()).put("newName", r.newName());
    } else if (c instanceof Change.RenameInitiative r) {
      o.put("type", "renameInitiative").put("initiativeId", r.initiativeId()).put("newName", r.newName());
    } else if (c instanceof Change.RetireTask r) {
      o.put("type", "retireTask").put("taskId", r.taskId());
    } else if (c instanceof Change.MoveTask m) {
      o.put("type", "moveTask").put("taskId", m.taskId()).put("toInitiative", m.toInitiative());
    } else if (c instanceof Change.SetTaskCost sc) {
      o.put("type", "setTaskCost").put("taskId", sc.taskId());
      sc.cost().ifPresent(x -> o.put("cost", x));
    } else if (c instanceof Change.MergeTasks m) {
      o.put("type", "mergeTasks");
      ArrayNode ids = o.putArray("taskIds");
      m.taskIds().forEach(ids::add);
      o.set("merged", task(m.merged()));
    } else if (c instanceof Change.MergeInitiatives m) {
      o.put("type", "mergeInitiatives");
      ArrayNode ids = o.putArray("initiativeIds");
      m.initiativeIds().forEach(ids::add);
      o.set("merged", initiative(m.merged()));
    } else {
      throw new IllegalArgumentException("unknown change " + c);
    }
    return o;
  }

  /**
   * Returns the history document: the first version as an embedded portfolio (with its own log,
   * if it has one) and the log entries that follow it.
   */
  static ObjectNode historyDocument(PortfolioHistory h) {
    ObjectNode o = header(HISTORY_KIND);
    o.set("first", body(h.first(), PortfolioNodes.JSON.objectNode()));
    ArrayNode log = o.putArray("changeLog");
    int first = h.first().version();
    h.log().stream().filter(e -> e.version() > first).forEach(e -> log.add(entry(e)));
    return o;
  }

  // ---------------------------------------------------------------- reading

  /** Reads a portfolio document. */
  static Portfolio readDocument(JsonNode root) {
    Problems problems = new Problems();
    PortfolioNodes n = new PortfolioNodes(problems);
    Optional<Portfolio> p = n.object(root, "$").flatMap(o -> {
      n.header(o, KIND);
      Set<String> known = fields("format", "kind");
      known.addAll(BODY);
      return readBody(n, o, "$", known);
    });
    problems.throwIfAny();
    return p.orElseThrow();
  }

  /** Reads a portfolio history document. */
  static PortfolioHistory readHistoryDocument(JsonNode root) {
    Problems problems = new Problems();
    PortfolioNodes n = new PortfolioNodes(problems);
    Optional<PortfolioHistory> h = n.object(root, "$").flatMap(o -> {
      n.header(o, HISTORY_KIND);
      n.onlyFields(o, "$", fields("format", "kind", "first", "changeLog"));
      Optional<Portfolio> first = n.present(o, "$", "first", true)
          ? embedded(n, o.get("first"), "$.first") : Optional.empty();
      int before = n.count();
      List<ChangeLogEntry> log = entries(n, o, "$");
      if (first.isEmpty() || n.count() > before) {
        return Optional.empty();
      }
      Portfolio p = first.get();
      for (int k = 0; k < log.size(); k++) {
        ChangeLogEntry e = log.get(k);
        String at = Problems.index("$.changeLog", k);
        if (e.version() != p.version() + 1) {
          n.add(Problems.field(at, "version"), "expected version " + (p.version() + 1)
              + ", the one after the version before it, found " + e.version());
          return Optional.empty();
        }
        Optional<Portfolio> next = step(n, p, e, at);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        p = next.get();
      }
      return Optional.of(PortfolioHistory.replay(first.get(), log));
    });
    problems.throwIfAny();
    return h.orElseThrow();
  }

  /** Reads a portfolio embedded in another document (no format or kind). */
  static Optional<Portfolio> embedded(PortfolioNodes n, JsonNode node, String path) {
    return n.object(node, path).flatMap(o -> readBody(n, o, path, BODY));
  }

  /** The content of a portfolio as read, before it is checked by the domain. */
  private record Content(int version, Optional<Text> costUnit, List<FocusArea> areas, List<Initiative> inits,
      List<Task> tasks, List<BoardMember> members) {
    Portfolio build() {
      Portfolio.Builder b = Portfolio.builder().version(version);
      costUnit.ifPresent(b::costUnit);
      areas.forEach(b::focusArea);
      inits.forEach(b::initiative);
      tasks.forEach(b::task);
      members.forEach(b::member);
      return b.build();
    }
  }

  static Optional<Portfolio> readBody(PortfolioNodes n, ObjectNode o, String path, Set<String> known) {
    int before = n.count();
    n.onlyFields(o, path, known);
    Optional<Integer> version = n.integer(o, path, "version", 1, Integer.MAX_VALUE);
    Optional<Optional<Text>> costUnit = n.optText(o, path, "costUnit");
    List<FocusArea> areas = list(n, o, path, "focusAreas", PortfolioDocuments::readFocusArea);
    List<Initiative> inits = list(n, o, path, "initiatives", PortfolioDocuments::readInitiative);
    List<Task> tasks = list(n, o, path, "tasks", PortfolioDocuments::readTask);
    List<BoardMember> members = list(n, o, path, "members", PortfolioDocuments::readMember);
    List<ChangeLogEntry> log = n.present(o, path, "changeLog", true) ? entries(n, o, path) : List.of();
    if (n.count() > before) {
      return Optional.empty();
    }
    Content content = new Content(version.orElseThrow(), costUnit.orElseThrow(), areas, inits, tasks, members);
    Portfolio current;
    try {
      current = content.build();
    } catch (PortfolioException e) {
      for (PortfolioProblem p : e.problems()) {
        locate(n, p, content, path);
      }
      return Optional.empty();
    }
    if (log.isEmpty()) {
      return Optional.of(current);
    }
    String logPath = Problems.field(path, "changeLog");
    int firstVersion = current.version() - log.size() + 1;
    for (int k = 0; k < log.size(); k++) {
      if (log.get(k).version() != firstVersion + k) {
        n.add(Problems.field(Problems.index(logPath, k), "version"), "expected version " + (firstVersion + k)
            + ": the log's entries are consecutive and the last one is the portfolio's version "
            + current.version() + ", found " + log.get(k).version());
      }
    }
    if (n.count() > before) {
      return Optional.empty();
    }
    Portfolio base;
    try {
      base = PortfolioLogs.undo(current, log);
    } catch (IllegalArgumentException e) {
      n.add(logPath, "the change log does not lead to the portfolio's content: " + e.getMessage());
      return Optional.empty();
    }
    Portfolio p = base;
    for (int k = 0; k < log.size(); k++) {
      Optional<Portfolio> next = step(n, p, log.get(k), Problems.index(logPath, k));
      if (next.isEmpty()) {
        return Optional.empty();
      }
      p = next.get();
    }
    if (!sameContent(p, current)) {
      n.add(logPath, "the change log does not lead to the portfolio's content");
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** Applies one logged change, mapping its problems to the entry's path. */
  private static Optional<Portfolio> step(PortfolioNodes n, Portfolio p, ChangeLogEntry e, String at) {
    try {
      return Optional.of(PortfolioHistory.replay(p, List.of(e)).latest());
    } catch (PortfolioException x) {
      for (PortfolioProblem problem : x.problems()) {
        n.add(Problems.field(at, "change"), problem.message());
      }
      return Optional.empty();
    }
  }

  static boolean sameContent(Portfolio a, Portfolio b) {
    return a.version() == b.version() && a.costUnit().equals(b.costUnit()) && a.focusAreas().equals(b.focusAreas())
        && a.initiatives().equals(b.initiatives()) && a.tasks().equals(b.tasks()) && a.members().equals(b.members());
  }

  /** Reads an array field of elements; an element that cannot be read is left out (a problem is recorded). */
  private static <T> List<T> list(PortfolioNodes n, ObjectNode o, String path, String name, Reader<T> reader) {
    List<T> out = new ArrayList<>();
    n.array(o, path, name, true).ifPresent(a -> {
      String at = Problems.field(path, name);
      for (int i = 0; i < a.size(); i++) {
        reader.read(n, a.get(i), Problems.index(at, i)).ifPresent(out::add);
      }
    });
    return out;
  }

  /** Reads one element at a path. */
  interface Reader<T> {
    Optional<T> read(PortfolioNodes n, JsonNode node, String path);
  }

  static Optional<FocusArea> readFocusArea(PortfolioNodes n, JsonNode node, String path) {
    Optional<ObjectNode> o = n.object(node, path);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    n.onlyFields(o.get(), path, FOCUS_AREA);
    Optional<String> id = n.string(o.get(), path, "id");
    Optional<String> name = n.string(o.get(), path, "name");
    return id.isPresent() && name.isPresent() ? Optional.of(new FocusArea(id.get(), name.get())) : Optional.empty();
  }

  static Optional<Initiative> readInitiative(PortfolioNodes n, JsonNode node, String path) {
    Optional<ObjectNode> on = n.object(node, path);
    if (on.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = on.get();
    int before = n.count();
    n.onlyFields(o, path, INITIATIVE);
    Optional<String> id = n.string(o, path, "id");
    Optional<String> name = n.string(o, path, "name");
    Optional<String> area = n.string(o, path, "focusArea");
    Optional<String> description = n.string(o, path, "description");
    Optional<String> owner = n.string(o, path, "owner");
    Optional<Scope> scope = n.present(o, path, "scope", true) ? scope(n, o.get("scope"), Problems.field(path, "scope"))
        : Optional.empty();
    Optional<Set<Perspective>> perspectives = perspectives(n, o, path);
    Optional<List<String>> tags = n.strings(o, path, "tags", false);
    if (n.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new Initiative(id.orElseThrow(), name.orElseThrow(), area.orElseThrow(),
        description.orElseThrow(), owner.orElseThrow(), scope.orElseThrow(), perspectives.orElseThrow(),
        Set.copyOf(tags.orElseThrow())));
  }

  private static Optional<Scope> scope(PortfolioNodes n, JsonNode v, String path) {
    if (v.isTextual()) {
      if (v.textValue().equals(CROSS_CUTTING)) {
        return Optional.of(Scope.CROSS_CUTTING);
      }
      n.add(path, "unknown scope '" + v.textValue() + "'; a scope is \"" + CROSS_CUTTING
          + "\" or {\"department\": \"...\"}");
      return Optional.empty();
    }
    if (!(v instanceof ObjectNode o)) {
      n.add(path, "expected \"" + CROSS_CUTTING + "\" or {\"department\": \"...\"}, found " + PortfolioNodes.describe(v));
      return Optional.empty();
    }
    n.onlyFields(o, path, fields("department"));
    Optional<String> d = n.string(o, path, "department");
    if (d.isPresent() && d.get().isBlank()) {
      n.add(Problems.field(path, "department"), "a department's name is blank");
      return Optional.empty();
    }
    return d.map(Scope::department);
  }

  private static Optional<Set<Perspective>> perspectives(PortfolioNodes n, ObjectNode o, String path) {
    Optional<ArrayNode> a = n.array(o, path, "perspectives", true);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    Set<Perspective> out = EnumSet.noneOf(Perspective.class);
    boolean ok = true;
    String at = Problems.field(path, "perspectives");
    for (int i = 0; i < a.get().size(); i++) {
      String pi = Problems.index(at, i);
      Optional<Perspective> p = n.named(a.get().get(i), pi, PERSPECTIVES.inverse(), "perspective");
      if (p.isPresent() && !out.add(p.get())) {
        n.add(pi, "perspective '" + PERSPECTIVES.get(p.get()) + "' is listed twice");
      }
      ok &= p.isPresent();
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  static Optional<Task> readTask(PortfolioNodes n, JsonNode node, String path) {
    Optional<ObjectNode> on = n.object(node, path);
    if (on.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = on.get();
    int before = n.count();
    n.onlyFields(o, path, TASK);
    Optional<String> id = n.string(o, path, "id");
    Optional<String> name = n.string(o, path, "name");
    Optional<String> initiative = n.string(o, path, "initiative");
    Optional<String> owner = n.string(o, path, "caseOwner");
    Optional<Set<Perspective>> perspectives = perspectives(n, o, path);
    Optional<List<String>> tags = n.strings(o, path, "tags", false);
    Optional<OptionalLong> cost = n.cost(o, path, "cost");
    Optional<Boolean> retired = n.bool(o, path, "retired", false, false);
    Optional<String> mergedInto = n.optString(o, path, "mergedInto");
    if (n.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new Task(id.orElseThrow(), name.orElseThrow(), initiative.orElseThrow(), owner.orElseThrow(),
        perspectives.orElseThrow(), Set.copyOf(tags.orElseThrow()), retired.orElseThrow(), mergedInto,
        cost.orElseThrow()));
  }

  static Optional<BoardMember> readMember(PortfolioNodes n, JsonNode node, String path) {
    Optional<ObjectNode> on = n.object(node, path);
    if (on.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = on.get();
    int before = n.count();
    n.onlyFields(o, path, MEMBER);
    Optional<String> id = n.string(o, path, "id");
    Optional<String> title = n.string(o, path, "roleTitle");
    Optional<String> department = n.optString(o, path, "department");
    if (n.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new BoardMember(id.orElseThrow(), title.orElseThrow(), department));
  }

  /** Reads the {@code changeLog} array of {@code o}; entries that cannot be read are left out. */
  static List<ChangeLogEntry> entries(PortfolioNodes n, ObjectNode o, String path) {
    return list(n, o, path, "changeLog", PortfolioDocuments::readEntry);
  }

  static Optional<ChangeLogEntry> readEntry(PortfolioNodes n, JsonNode node, String path) {
    Optional<ObjectNode> on = n.object(node, path);
    if (on.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = on.get();
    int before = n.count();
    n.onlyFields(o, path, ENTRY);
    Optional<Integer> version = n.integer(o, path, "version", 2, Integer.MAX_VALUE);
    Optional<Change> change = n.present(o, path, "change", true)
        ? readChange(n, o.get("change"), Problems.field(path, "change")) : Optional.empty();
    Optional<String> note = n.string(o, path, "note");
    Optional<String> author = n.optString(o, path, "author");
    Optional<LocalDate> date = n.date(o, path, "date", false);
    if (n.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new ChangeLogEntry(version.orElseThrow(), change.orElseThrow(), note.orElseThrow(), author,
        date));
  }

  static Optional<Change> readChange(PortfolioNodes n, JsonNode node, String path) {
    Optional<ObjectNode> on = n.object(node, path);
    if (on.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = on.get();
    Optional<String> type = n.string(o, path, "type");
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Set<String> known = CHANGES.get(type.get());
    if (known == null) {
      n.add(Problems.field(path, "type"), "unknown change type '" + type.get() + "'; known types: "
          + String.join(", ", new java.util.TreeSet<>(CHANGES.keySet())));
      return Optional.empty();
    }
    int before = n.count();
    n.onlyFields(o, path, known);
    Change c = switch (type.get()) {
      case "addFocusArea" -> sub(n, o, path, "focusArea", PortfolioDocuments::readFocusArea)
          .map(Change.AddFocusArea::new).orElse(null);
      case "addInitiative" -> sub(n, o, path, "initiative", PortfolioDocuments::readInitiative)
          .map(Change.AddInitiative::new).orElse(null);
      case "addTask" -> sub(n, o, path, "task", PortfolioDocuments::readTask).map(Change.AddTask::new).orElse(null);
      case "addMember" -> sub(n, o, path, "member", PortfolioDocuments::readMember)
          .map(Change.AddMember::new).orElse(null);
      case "renameTask" -> both(n.string(o, path, "taskId"), n.string(o, path, "newName"), Change.RenameTask::new);
      case "renameInitiative" -> both(n.string(o, path, "initiativeId"), n.string(o, path, "newName"),
          Change.RenameInitiative::new);
      case "retireTask" -> n.string(o, path, "taskId").map(Change.RetireTask::new).orElse(null);
      case "moveTask" -> both(n.string(o, path, "taskId"), n.string(o, path, "toInitiative"), Change.MoveTask::new);
      case "setTaskCost" -> both(n.string(o, path, "taskId"), n.cost(o, path, "cost"), Change.SetTaskCost::new);
      case "mergeTasks" -> both(n.strings(o, path, "taskIds", true),
          sub(n, o, path, "merged", PortfolioDocuments::readTask), Change.MergeTasks::new);
      case "mergeInitiatives" -> both(n.strings(o, path, "initiativeIds", true),
          sub(n, o, path, "merged", PortfolioDocuments::readInitiative), Change.MergeInitiatives::new);
      default -> throw new AssertionError(type.get());
    };
    return n.count() > before ? Optional.empty() : Optional.ofNullable(c);
  }

  private static <T> Optional<T> sub(PortfolioNodes n, ObjectNode o, String path, String name, Reader<T> reader) {
    return n.present(o, path, name, true) ? reader.read(n, o.get(name), Problems.field(path, name)) : Optional.empty();
  }

  private static <A, B, R> R both(Optional<A> a, Optional<B> b, java.util.function.BiFunction<A, B, R> f) {
    return a.isPresent() && b.isPresent() ? f.apply(a.get(), b.get()) : null;
  }

  // ---------------------------------------------------------------- domain problems to paths

  /** Records a builder's problem at the path of the element and field at fault. */
  private static void locate(PortfolioNodes n, PortfolioProblem p, Content c, String path) {
    String element = p.element();
    String listName;
    List<String> ids;
    if (element.startsWith("focus area '")) {
      listName = "focusAreas";
      ids = c.areas().stream().map(FocusArea::id).toList();
    } else if (element.startsWith("initiative '")) {
      listName = "initiatives";
      ids = c.inits().stream().map(Initiative::id).toList();
    } else if (element.startsWith("task '")) {
      listName = "tasks";
      ids = c.tasks().stream().map(Task::id).toList();
    } else if (element.startsWith("member '")) {
      listName = "members";
      ids = c.members().stream().map(BoardMember::id).toList();
    } else if (element.equals("cost unit")) {
      n.add(Problems.field(Problems.field(path, "costUnit"), p.message().endsWith("Danish name") ? "da" : "en"),
          p.message());
      return;
    } else {
      n.add(path, p.message());
      return;
    }
    String id = element.substring(element.indexOf('\'') + 1, element.lastIndexOf('\''));
    int index = -1;
    String field;
    String message = p.message();
    switch (p.kind()) {
      case DUPLICATE_ID -> {
        index = nth(ids, id::equals, 2);
        field = "id";
        message = "duplicate id '" + id + "': an earlier element of " + listName + " has it";
      }
      case EMPTY_FIELD -> {
        if (message.contains("has an empty id")) {
          index = nth(ids, String::isBlank, 1);
          field = "id";
        } else {
          index = ids.indexOf(id);
          field = emptyField(message);
        }
      }
      case DANGLING_REFERENCE -> {
        index = ids.indexOf(id);
        field = listName.equals("tasks") ? "initiative" : "focusArea";
      }
      case NO_PERSPECTIVE -> {
        index = ids.indexOf(id);
        field = "perspectives";
      }
      case BAD_MERGE -> {
        index = ids.indexOf(id);
        field = "mergedInto";
      }
      case NEGATIVE_COST, COST_TOO_LARGE -> {
        index = ids.indexOf(id);
        field = "cost";
      }
      default -> {
        index = ids.indexOf(id);
        field = null;
      }
    }
    if (message.startsWith(element + " ")) {
      message = message.substring(element.length() + 1);
      if (message.startsWith("names ")) {
        message = message.substring("names ".length());
      }
    }
    String at = index < 0 ? Problems.field(path, listName) : Problems.index(Problems.field(path, listName), index);
    n.add(field == null || index < 0 ? at : Problems.field(at, field), message);
  }

  private static String emptyField(String message) {
    for (Map.Entry<String, String> e : Map.of("empty case owner", "caseOwner", "empty role title", "roleTitle",
        "empty description", "description", "empty owner", "owner", "empty department", "department").entrySet()) {
      if (message.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return "name";
  }

  /** Returns the index of the n-th element matching, or -1. */
  private static int nth(List<String> ids, java.util.function.Predicate<String> match, int n) {
    int seen = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (match.test(ids.get(i)) && ++seen == n) {
        return i;
      }
    }
    return -1;
  }
}
