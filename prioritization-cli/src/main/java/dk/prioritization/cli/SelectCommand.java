package dk.prioritization.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Text;
import dk.prioritization.core.budget.BudgetException;
import dk.prioritization.core.budget.BudgetInstance;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.budget.BudgetSelection;
import dk.prioritization.core.committee.Committee;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.json.RoundSelection;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.RoundException;
import dk.prioritization.portfolio.round.Selection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code select}: chooses a set of candidates: a committee of k, or what fits a budget. */
@Command(name = "select", mixinStandardHelpOptions = true,
    description = {"Chooses a set from approval ballots: the best k candidates by a committee rule "
        + "(--size), or the candidates that fit a budget by a budget rule (--budget, with costs).", "",
        "FILE is a JSON profile document, a JSON Lines ballot file or a PrefLib .cat file of approval "
        + "ballots, or a JSON round document: then the candidates are the round's active tasks, each "
        + "member's nominations one approval ballot, and the costs the portfolio's task costs.",
        "",
        "Default rules: seq-phragmen for --size (proportional, explains each round), "
        + "equal-shares-cost for --budget. 'prioritize rules' lists the committee and budget rules."})
final class SelectCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The approval ballots.")
  Path file;

  @Option(names = "--format", paramLabel = "json|jsonl|preflib",
      description = "The file's format (default: from the extension).")
  Inputs.Format format;

  @Option(names = "--rule", paramLabel = "ID", description = "A committee rule (with --size) or a budget rule (with --budget).")
  String rule;

  @Option(names = "--size", paramLabel = "K", description = "Choose a committee of K candidates.")
  Integer size;

  @Option(names = "--budget", paramLabel = "B", description = "Choose candidates whose costs fit the budget B.")
  Long budget;

  @Option(names = "--costs", paramLabel = "FILE",
      description = "A JSON object of candidate to whole-number cost, e.g. {\"T1\": 3, \"T2\": 5}.")
  Path costsFile;

  @Option(names = "--cost", paramLabel = "NAME=COST", description = "A candidate's cost (repeatable; overrides --costs).")
  List<String> costs = new ArrayList<>();

  @Option(names = "--explain", description = "Also print the rule's explanation.")
  boolean explain;

  @Option(names = "--output", paramLabel = "table|csv|json", defaultValue = "table",
      description = "table, csv (candidate,chosen,position,cost,reason; every candidate) or, for a round, "
          + "json (the selection document); default ${DEFAULT-VALUE}.")
  Output output;

  @Option(names = "--lang", defaultValue = "en", description = "Language of the reasons: da or en (default: ${DEFAULT-VALUE}).")
  Lang lang;

  /** Output forms. */
  enum Output {
    /** A table. */
    table,
    /** CSV. */
    csv,
    /** JSON: the selection document of a round. */
    json
  }

  @Override
  public void run() {
    if ((size == null) == (budget == null)) {
      throw new UsageException("give exactly one of --size K (a committee) and --budget B (what fits a budget)");
    }
    if (size == null && rule != null && Rules.registry().findCommitteeRule(rule).isPresent()) {
      throw new UsageException("'" + rule + "' is a committee rule: give --size K, not --budget");
    }
    if (budget == null && rule != null && Rules.registry().findBudgetRule(rule).isPresent()) {
      throw new UsageException("'" + rule + "' is a budget rule: give --budget B and costs, not --size");
    }
    if (budget != null && budget <= 0) {
      throw new UsageException("--budget " + budget + " must be positive");
    }
    if (budget == null && (costsFile != null || !costs.isEmpty())) {
      throw new UsageException("costs are only used with --budget");
    }
    Inputs.Input input = Inputs.readOrFail(file, format);
    PrintWriter out = spec.commandLine().getOut();
    if (input.round() != null) {
      selectRound(input.round(), out);
      out.flush();
      return;
    }
    if (output == Output.json) {
      throw new UsageException("--output json writes a round's selection document; give a round document or use table or csv");
    }
    Profile<?> profile = input.profile();
    if (profile == null) {
      throw new InputException(file + ": a '" + input.kind() + "' document has no approval ballots to select from"
          + " (give a profile or ballot file)");
    }
    if (!(profile instanceof ApprovalProfile<?> approvals)) {
      throw new InputException(file + ": selection needs approval ballots, but the file holds "
          + profile.kind().id() + " ballots");
    }
    if (size != null) {
      committee(approvals, out);
    } else {
      budget(approvals, out);
    }
    out.flush();
  }

  /** A round's selection: the portfolio's active tasks, the members' nominations, the tasks' costs. */
  private void selectRound(Round round, PrintWriter out) {
    if (costsFile != null || !costs.isEmpty()) {
      throw new UsageException("a round takes its costs from the portfolio's tasks; drop --costs and --cost");
    }
    Selection selection;
    try {
      selection = size != null
          ? round.select(rule == null ? Rules.registry().committeeRule("seq-phragmen") : committeeRule(rule), size)
          : round.fitCapacity(rule == null ? Rules.registry().budgetRule("equal-shares-cost") : budgetRule(rule), budget);
    } catch (RoundException e) {
      throw new InputException(file + ": " + String.join("; ", e.problems().stream().map(p -> p.message()).toList()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Locale locale = lang.locale();
    switch (output) {
      case json:
        out.println(RankCommand.json(new RoundSelection(round, selection)));
        break;
      case csv:
        out.println("candidate,chosen,position,cost,reason");
        selection.reasons().forEach((task, why) -> {
          int at = selection.chosen().indexOf(task);
          out.println(RankCommand.csv(task.id()) + "," + (at >= 0) + "," + (at >= 0 ? String.valueOf(at + 1) : "") + ","
              + (task.cost().isPresent() ? String.valueOf(task.cost().getAsLong()) : "") + ","
              + RankCommand.csv(why.in(locale)));
        });
        break;
      default:
        out.print(explain ? selection.explain(locale) : selection.summary(locale));
    }
  }

  private <C> void committee(ApprovalProfile<C> p, PrintWriter out) {
    CommitteeRule r = rule == null ? Rules.registry().committeeRule("seq-phragmen") : committeeRule(rule);
    if (size < 1 || size > p.candidateCount()) {
      throw new UsageException("--size " + size + " must be from 1 to the " + p.candidateCount() + " candidates");
    }
    Committee<C> c = r.select(p, size);
    Locale locale = lang.locale();
    if (output == Output.csv) {
      csv(p, new ArrayList<>(c.members()), c.reasons(), Map.of(), out);
      return;
    }
    out.println("rule " + r.id() + ", a committee of " + size + " from " + p.candidateCount() + " candidates, "
        + p.voterCount() + " voters" + (c.score().map(s -> ", score " + s).orElse("")));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"seat", "candidate", "why"});
    int seat = 1;
    for (C m : c.members()) {
      rows.add(new String[] {String.valueOf(seat++), m.toString(), c.reasons().get(m).in(locale)});
    }
    out.print(Table.render(rows));
    if (c.tied()) {
      out.println("a tie was broken by candidate order (see --explain)");
    }
    runnerUp(c.runnerUp(), c.reasons(), Map.of(), locale, out);
    explain(c.explanation(), locale, out);
  }

  private <C> void budget(ApprovalProfile<C> p, PrintWriter out) {
    BudgetRule r = rule == null ? Rules.registry().budgetRule("equal-shares-cost") : budgetRule(rule);
    BudgetInstance<C> instance;
    try {
      instance = BudgetInstance.of(costs(p), budget);
    } catch (BudgetException e) {
      throw new InputException(e.getMessage());
    }
    BudgetSelection<C> s;
    try {
      s = r.select(p, instance);
    } catch (BudgetException e) {
      throw new InputException(e.getMessage());
    }
    Locale locale = lang.locale();
    Map<C, Long> cost = instance.costs();
    if (output == Output.csv) {
      csv(p, s.chosen(), s.reasons(), cost, out);
      return;
    }
    out.println("rule " + r.id() + ", budget " + budget + ", " + p.candidateCount() + " candidates, "
        + p.voterCount() + " voters");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "candidate", "cost", "why"});
    int i = 1;
    for (C c : s.chosen()) {
      rows.add(new String[] {String.valueOf(i++), c.toString(), String.valueOf(cost.get(c)), s.reasons().get(c).in(locale)});
    }
    out.print(Table.render(rows));
    out.println("spent " + s.totalCost() + " of " + budget + ", " + s.budgetLeft() + " left");
    runnerUp(s.runnerUp(), s.reasons(), cost, locale, out);
    explain(s.explanation(), locale, out);
  }

  private static <C> void runnerUp(Optional<C> runnerUp, Map<C, Text> reasons, Map<C, Long> cost, Locale locale,
      PrintWriter out) {
    runnerUp.ifPresent(c -> out.println("next one out: " + c + (cost.containsKey(c) ? " (costs " + cost.get(c) + ")" : "")
        + ": " + reasons.get(c).in(locale)));
  }

  private void explain(Explanation<?> explanation, Locale locale, PrintWriter out) {
    if (explain) {
      out.println();
      out.print(explanation.render(locale));
    }
  }

  private <C> void csv(ApprovalProfile<C> p, List<C> chosen, Map<C, Text> reasons, Map<C, Long> cost, PrintWriter out) {
    out.println("candidate,chosen,position,cost,reason");
    for (C c : p.candidates()) {
      int at = chosen.indexOf(c);
      out.println(RankCommand.csv(c.toString()) + "," + (at >= 0) + "," + (at >= 0 ? String.valueOf(at + 1) : "") + ","
          + (cost.containsKey(c) ? cost.get(c) : "") + "," + RankCommand.csv(reasons.get(c).in(lang.locale())));
    }
  }

  private static CommitteeRule committeeRule(String id) {
    return Rules.registry().findCommitteeRule(id).orElseThrow(() -> new UsageException(
        "unknown committee rule '" + id + "' (see 'prioritize rules')"));
  }

  private static BudgetRule budgetRule(String id) {
    return Rules.registry().findBudgetRule(id).orElseThrow(() -> new UsageException(
        "unknown budget rule '" + id + "' (see 'prioritize rules')"));
  }

  /** The costs by candidate: the --costs file, then each --cost; names must be the profile's candidates. */
  private <C> Map<C, Long> costs(ApprovalProfile<C> p) {
    Map<String, C> byName = new LinkedHashMap<>();
    for (C c : p.candidates()) {
      byName.put(c.toString(), c);
    }
    Map<String, Long> named = new LinkedHashMap<>();
    if (costsFile != null) {
      JsonNode root;
      try {
        root = Inputs.mapper().readTree(Files.readString(costsFile));
      } catch (IOException e) {
        throw new InputException(costsFile + ": cannot read the costs: " + Main.oneLine(e.getMessage()));
      }
      if (root == null || !root.isObject()) {
        throw new InputException(costsFile + ": the costs must be a JSON object of candidate to cost");
      }
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        if (!e.getValue().canConvertToExactIntegral() || !e.getValue().canConvertToLong()) {
          throw new InputException(costsFile + ": $." + e.getKey() + ": the cost must be a whole number, not "
              + e.getValue());
        }
        named.put(e.getKey(), e.getValue().longValue());
      }
    }
    for (String spec : costs) {
      int eq = spec.lastIndexOf('=');
      if (eq <= 0) {
        throw new UsageException("--cost '" + spec + "' must be NAME=COST");
      }
      try {
        named.put(spec.substring(0, eq), Long.parseLong(spec.substring(eq + 1).trim()));
      } catch (NumberFormatException e) {
        throw new UsageException("--cost '" + spec + "': the cost must be a whole number");
      }
    }
    Map<C, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : named.entrySet()) {
      C c = byName.get(e.getKey());
      if (c == null) {
        throw new InputException("a cost is given for '" + e.getKey() + "', which is not a candidate of " + file);
      }
      out.put(c, e.getValue());
    }
    List<String> missing = new ArrayList<>();
    for (C c : p.candidates()) {
      if (!out.containsKey(c)) {
        missing.add(c.toString());
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException("no cost is given for " + String.join(", ", missing) + " (use --costs FILE or --cost NAME=COST)");
    }
    return out;
  }
}
