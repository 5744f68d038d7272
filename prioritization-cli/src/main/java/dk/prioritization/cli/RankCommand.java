package dk.prioritization.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.json.RoundPriorityList;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rank}: ranks the candidates of a ballot file or the tasks of a round. */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = {"Ranks the candidates of a ballot file or the tasks of a round.", "",
        "FILE is a JSON profile document, a JSON round document (its "
        + "priority list), a JSON Lines ballot file, or a PrefLib file (.soc .soi .toc .toi .cat).",
        "",
        "Default rule by ballot kind: ranked ballots schulze (accepts ties and truncated ballots; "
        + "elects the Condorcet winner when there is one), approval ballots approval, score ballots "
        + "score, cumulative ballots cumulative. A round ranks by its own rule choice."})
final class RankCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to rank.")
  Path file;

  @Option(names = "--format", paramLabel = "json|jsonl|preflib",
      description = "The file's format (default: from the extension: .json, .jsonl, .soc/.soi/.toc/.toi/.cat).")
  Inputs.Format format;

  @Option(names = "--rule", paramLabel = "ID",
      description = "The rule: an id from 'prioritize rules' or a pref_voting name (e.g. beat_path).")
  String rule;

  @Option(names = "--tie-break", paramLabel = "candidate-order|random:SEED|none", defaultValue = "none",
      description = "How to break the ties the rule leaves (default: ${DEFAULT-VALUE}, ties are kept).")
  String tieBreak;

  @Option(names = "--explain", description = "Also print the rule's explanation (table output).")
  boolean explain;

  @Option(names = "--output", paramLabel = "table|json|csv", defaultValue = "table",
      description = "table (tiers with scores), json (the result document) or csv (rank,candidate,score); default ${DEFAULT-VALUE}.")
  Output output;

  @Option(names = "--lang", defaultValue = "en", description = "Language of the explanation: da or en (default: ${DEFAULT-VALUE}).")
  Lang lang;

  /** Output forms. */
  enum Output {
    /** A table. */
    table,
    /** JSON. */
    json,
    /** CSV. */
    csv
  }

  @Override
  public void run() {
    TieBreaker breaker = tieBreaker(tieBreak);
    Rule chosen = rule == null ? null : Rules.resolve(rule);
    Inputs.Input input = Inputs.readOrFail(file, format);
    PrintWriter out = spec.commandLine().getOut();
    if (input.round() != null) {
      if (chosen != null || !tieBreak.equals("none")) {
        throw new UsageException("a round ranks by its own rule choice and tie-break; drop --rule and --tie-break");
      }
      rankRound(input.round(), out);
    } else if (input.profile() != null) {
      Profile<?> profile = input.profile();
      Rule r = chosen == null ? Rules.defaultRule(profile.kind()) : chosen;
      Result<?> result = Ranker.rank(r, profile, breaker);
      print(result, Object::toString, out, header(r, profile, breaker));
    } else {
      throw new InputException(file + ": a '" + input.kind() + "' document has no ballots to rank (give a profile, round or ballot file)");
    }
    out.flush();
  }

  private String header(Rule r, Profile<?> profile, TieBreaker breaker) {
    return "rule " + r.id() + ", tie-break " + breaker.id() + ", " + profile.candidateCount() + " candidates, "
        + profile.voterCount() + " voters";
  }

  private void rankRound(Round round, PrintWriter out) {
    PriorityList list = round.priorityList();
    if (output == Output.json) {
      out.println(json(new RoundPriorityList(round)));
      return;
    }
    Result<Task> result = list.result();
    if (output == Output.table) {
      out.println("round of portfolio version " + round.portfolio().version() + ", rule " + round.rule().id()
          + ", " + round.nominations().size() + " nominations");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"rank", "task", "score", "name"});
      int tier = 1;
      for (Set<Task> t : result.ranking().tiers()) {
        for (Task task : t) {
          rows.add(new String[] {String.valueOf(tier), task.id(), score(result.scores().get(task)), task.name()});
        }
        tier++;
      }
      out.print(Table.render(rows));
      if (explain) {
        out.println();
        out.print(list.explain(lang.locale()));
      }
    } else {
      print(result, Task::id, out, null);
    }
  }

  private <C> void print(Result<C> result, Function<? super C, String> label, PrintWriter out, String header) {
    switch (output) {
      case json:
        out.println(json(result));
        break;
      case csv:
        out.println("rank,candidate,score");
        int rank = 1;
        for (Set<C> tier : result.ranking().tiers()) {
          for (C c : tier) {
            out.println(rank + "," + csv(label.apply(c)) + "," + csv(score(result.scores().get(c))));
          }
          rank++;
        }
        break;
      default:
        if (header != null) {
          out.println(header);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rank", "candidate", "score"});
        int tier = 1;
        for (Set<C> t : result.ranking().tiers()) {
          for (C c : t) {
            rows.add(new String[] {String.valueOf(tier), label.apply(c), score(result.scores().get(c))});
          }
          tier++;
        }
        out.print(Table.render(rows));
        out.println("winners: " + Ranker.names(result.winners()));
        if (explain) {
          out.println();
          out.print(result.explain(lang.locale()));
        }
    }
  }

  static String score(Rational s) {
    return s == null ? "" : s.toString();
  }

  static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  static String json(Object value) {
    ObjectMapper mapper = Inputs.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Parses a tie-break option. */
  static TieBreaker tieBreaker(String spec) {
    if (spec.equals("none")) {
      return TieBreaker.none();
    }
    if (spec.equals("candidate-order")) {
      return TieBreaker.candidateOrder();
    }
    if (spec.startsWith("random:")) {
      try {
        return TieBreaker.random(Long.parseLong(spec.substring("random:".length())));
      } catch (NumberFormatException e) {
        throw new UsageException("--tie-break random:SEED needs an integer seed, not '" + spec.substring(7) + "'");
      }
    }
    throw new UsageException("unknown tie-break '" + spec + "' (candidate-order, random:SEED or none)");
  }
}
