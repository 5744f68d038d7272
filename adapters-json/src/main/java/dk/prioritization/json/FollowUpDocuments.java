package dk.prioritization.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableBiMap;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.followup.FollowUpException;
import dk.prioritization.portfolio.followup.FollowUpProblem;
import dk.prioritization.portfolio.followup.Item;
import dk.prioritization.portfolio.followup.Quarter;
import dk.prioritization.portfolio.followup.Status;
import dk.prioritization.portfolio.followup.StatusReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code "follow-up"} document: the portfolio followed up, embedded, and the reports grouped
 * by quarter, earliest first, each quarter's in the follow-up's reading order.
 *
 * <p>A report names its item by one field, {@code "task"} or {@code "initiative"}, with the id;
 * statuses have stable names ({@code notStarted}, {@code onTrack}, {@code atRisk},
 * {@code offTrack}, {@code done}); dates are ISO-8601.
 */
final class FollowUpDocuments {
  static final String KIND = "follow-up";

  static final ImmutableBiMap<Status, String> STATUSES = ImmutableBiMap.of(
      Status.NOT_STARTED, "notStarted", Status.ON_TRACK, "onTrack", Status.AT_RISK, "atRisk",
      Status.OFF_TRACK, "offTrack", Status.DONE, "done");

  private static final Set<String> QUARTER = PortfolioDocuments.fields("quarter", "reports");
  private static final Set<String> REPORT = PortfolioDocuments.fields("task", "initiative", "status", "comment",
      "date");

  private FollowUpDocuments() {}

  static ObjectNode document(FollowUp f) {
    ObjectNode o = PortfolioDocuments.header(KIND);
    o.set("portfolio", PortfolioDocuments.body(f.portfolio(), PortfolioNodes.JSON.objectNode()));
    ArrayNode quarters = o.putArray("quarters");
    for (Quarter q : f.quarters()) {
      ObjectNode qo = quarters.addObject().put("quarter", q.toString());
      ArrayNode reports = qo.putArray("reports");
      for (StatusReport r : f.reports(q)) {
        ObjectNode ro = reports.addObject();
        ro.put(r.item().kind() == Item.Kind.TASK ? "task" : "initiative", r.item().id());
        ro.put("status", STATUSES.get(r.status())).put("comment", r.comment()).put("date", r.date().toString());
      }
    }
    return o;
  }

  /** A report as read, with its path. */
  private record Located(StatusReport report, String path) {}

  static FollowUp readDocument(JsonNode root) {
    Problems problems = new Problems();
    PortfolioNodes n = new PortfolioNodes(problems);
    Optional<FollowUp> f = n.object(root, "$").flatMap(o -> {
      n.header(o, KIND);
      n.onlyFields(o, "$", PortfolioDocuments.fields("format", "kind", "portfolio", "quarters"));
      Optional<Portfolio> portfolio = n.present(o, "$", "portfolio", true)
          ? PortfolioDocuments.embedded(n, o.get("portfolio"), "$.portfolio") : Optional.empty();
      int before = n.count();
      List<Located> reports = new ArrayList<>();
      Map<Quarter, Integer> seen = new HashMap<>();
      n.array(o, "$", "quarters", true).ifPresent(a -> {
        for (int i = 0; i < a.size(); i++) {
          String at = Problems.index("$.quarters", i);
          Optional<ObjectNode> qo = n.object(a.get(i), at);
          if (qo.isEmpty()) {
            continue;
          }
          n.onlyFields(qo.get(), at, QUARTER);
          Optional<Quarter> q = n.string(qo.get(), at, "quarter").flatMap(s -> {
            try {
              return Optional.of(Quarter.parse(s));
            } catch (IllegalArgumentException e) {
              n.add(at + ".quarter", e.getMessage());
              return Optional.empty();
            }
          });
          if (q.isPresent() && seen.putIfAbsent(q.get(), i) != null) {
            n.add(at + ".quarter", "quarter " + q.get() + " is listed twice; it is first at $.quarters["
                + seen.get(q.get()) + "]");
          }
          n.array(qo.get(), at, "reports", true).ifPresent(ra -> {
            for (int j = 0; j < ra.size(); j++) {
              String rp = Problems.index(at + ".reports", j);
              readReport(n, ra.get(j), rp, q).ifPresent(r -> reports.add(new Located(r, rp)));
            }
          });
        }
      });
      if (portfolio.isEmpty() || n.count() > before) {
        return Optional.empty();
      }
      FollowUp.Builder b = FollowUp.builder(portfolio.get());
      reports.forEach(r -> b.report(r.report()));
      try {
        return Optional.of(b.build());
      } catch (FollowUpException e) {
        locate(n, e.problems(), reports);
        return Optional.empty();
      }
    });
    problems.throwIfAny();
    return f.orElseThrow();
  }

  private static Optional<StatusReport> readReport(PortfolioNodes n, JsonNode node, String path,
      Optional<Quarter> quarter) {
    Optional<ObjectNode> on = n.object(node, path);
    if (on.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = on.get();
    int before = n.count();
    n.onlyFields(o, path, REPORT);
    Optional<String> task = n.optString(o, path, "task");
    Optional<String> initiative = n.optString(o, path, "initiative");
    boolean hasTask = o.get("task") != null;
    boolean hasInitiative = o.get("initiative") != null;
    if (hasTask == hasInitiative) {
      n.add(path, hasTask ? "a report names a task or an initiative, not both"
          : "missing field 'task' or 'initiative': a report names what it is about");
    }
    Optional<Status> status = n.present(o, path, "status", true)
        ? n.named(o.get("status"), path + ".status", STATUSES.inverse(), "status") : Optional.empty();
    Optional<String> comment = n.string(o, path, "comment");
    Optional<LocalDate> date = n.date(o, path, "date", true);
    if (n.count() > before || quarter.isEmpty()) {
      return Optional.empty();
    }
    Item item = task.map(Item::task).orElseGet(() -> Item.initiative(initiative.orElseThrow()));
    return Optional.of(new StatusReport(item, quarter.get(), status.orElseThrow(), comment.orElseThrow(),
        date.orElseThrow()));
  }

  /** Records a follow-up builder's problems at the reports at fault, matched in order. */
  private static void locate(PortfolioNodes n, List<FollowUpProblem> problems, List<Located> reports) {
    int cursor = 0;
    for (FollowUpProblem p : problems) {
      int found = -1;
      int occurrences = 0;
      int from = p.kind() == FollowUpProblem.Kind.DUPLICATE_REPORT ? 0 : cursor;
      for (int k = from; k < reports.size() && found < 0; k++) {
        StatusReport r = reports.get(k).report();
        if (r.item().toString().equals(p.element()) && p.message().contains(r.quarter().toString())) {
          if (p.kind() != FollowUpProblem.Kind.DUPLICATE_REPORT || ++occurrences == 2) {
            found = k;
          }
        }
      }
      if (found < 0) {
        n.add("$.quarters", p.message());
        continue;
      }
      if (p.kind() != FollowUpProblem.Kind.DUPLICATE_REPORT) {
        cursor = found;
      }
      Located l = reports.get(found);
      String field = switch (p.kind()) {
        case UNKNOWN_ITEM -> l.report().item().kind() == Item.Kind.TASK ? "task" : "initiative";
        case DATE_OUTSIDE_QUARTER -> "date";
        case EMPTY_COMMENT -> "comment";
        default -> null;
      };
      String message = p.kind() == FollowUpProblem.Kind.UNKNOWN_ITEM
          ? "unknown " + l.report().item() : p.message();
      n.add(field == null ? l.path() : l.path() + "." + field, message);
    }
  }
}
