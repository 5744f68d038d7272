package dk.prioritization.cli;

import dk.prioritization.core.Profile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.UnsupportedBallotException;
import dk.prioritization.core.pairwise.PairwiseRule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare}: several rules on one profile, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compares several rules on one set of ballots.", "",
        "Ranks FILE (a profile, JSON Lines or PrefLib file) by several rules, ties kept, and shows "
        + "each candidate's place under each rule (= marks a tie), whether the winners differ, and the "
        + "Kendall tau distance between every two rankings: the number of candidate pairs they order "
        + "oppositely, plus 1/2 for each pair tied in exactly one of them."})
final class CompareCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The ballots.")
  Path file;

  @Option(names = "--rules", required = true, paramLabel = "a,b,c|all",
      description = "Rule ids or pref_voting names, comma-separated, or 'all': every rule the ballots allow.")
  String rules;

  @Option(names = "--format", paramLabel = "json|jsonl|preflib", description = "The file's format (default: from the extension).")
  Inputs.Format format;

  @Override
  public void run() {
    List<Rules.Named> named = Rules.list(rules);
    Inputs.Input input = Inputs.readOrFail(file, format);
    Profile<?> profile = input.profile();
    if (profile == null) {
      throw new InputException(file + ": a '" + input.kind() + "' document has no ballots to compare rules on");
    }
    compare(profile, named, spec.commandLine().getOut());
  }

  private static <C> void compare(Profile<C> profile, List<Rules.Named> named, PrintWriter out) {
    List<String> names = new ArrayList<>();
    List<Result<C>> results = new ArrayList<>();
    if (named == null) {
      for (Rules.Named n : Rules.all(profile.kind())) {
        try {
          results.add(n.rule().rank(profile, TieBreaker.none()));
          names.add(n.name());
        } catch (UnsupportedBallotException | dk.prioritization.core.ProblemTooLargeException e) {
          // 'all' means the rules these ballots allow
        }
      }
    } else {
      for (Rules.Named n : named) {
        results.add(Ranker.rank(n.rule(), profile, TieBreaker.none()));
        names.add(n.name());
      }
    }
    if (results.isEmpty()) {
      throw new InputException("no rule can rank these ballots");
    }
    List<C> candidates = profile.candidates();
    List<String[]> rows = new ArrayList<>();
    String[] head = new String[names.size() + 1];
    head[0] = "candidate";
    for (int r = 0; r < names.size(); r++) {
      head[r + 1] = names.get(r);
    }
    rows.add(head);
    for (C c : candidates) {
      String[] row = new String[names.size() + 1];
      row[0] = String.valueOf(c);
      for (int r = 0; r < results.size(); r++) {
        row[r + 1] = place(results.get(r), c);
      }
      rows.add(row);
    }
    out.println("Places (1 = first; = marks a tie)" + (profile.kind().id().equals("ranked") && anyPairwise(named)
        ? ", unranked candidates below the ranked ones in pairwise counts" : "") + ":");
    out.print(Table.render(rows));
    out.println();
    Set<Set<C>> distinct = new HashSet<>();
    results.forEach(r -> distinct.add(r.winners()));
    if (distinct.size() == 1) {
      out.println("Winners: every rule agrees: " + Ranker.names(results.get(0).winners()));
    } else {
      out.println("Winners differ:");
      List<String[]> w = new ArrayList<>();
      for (int r = 0; r < results.size(); r++) {
        w.add(new String[] {"  " + names.get(r), Ranker.names(results.get(r).winners())});
      }
      out.print(Table.render(w));
    }
    out.println();
    out.println("Kendall tau distance (p = 1/2) between the rankings, of " + pairs(candidates.size()) + " pairs:");
    List<String[]> matrix = new ArrayList<>();
    String[] top = new String[names.size() + 1];
    top[0] = "";
    for (int r = 0; r < names.size(); r++) {
      top[r + 1] = names.get(r);
    }
    matrix.add(top);
    for (int a = 0; a < results.size(); a++) {
      String[] row = new String[names.size() + 1];
      row[0] = names.get(a);
      for (int b = 0; b < results.size(); b++) {
        row[b + 1] = decimal(results.get(a).ranking().kendallDistance(results.get(b).ranking()));
      }
      matrix.add(row);
    }
    out.print(Table.render(matrix));
    out.flush();
  }

  private static boolean anyPairwise(List<Rules.Named> named) {
    return named == null || named.stream().anyMatch(n -> n.rule() instanceof PairwiseRule);
  }

  private static long pairs(int m) {
    return (long) m * (m - 1) / 2;
  }

  private static <C> String place(Result<C> result, C c) {
    List<Set<C>> tiers = result.ranking().tiers();
    int before = 0;
    for (Set<C> tier : tiers) {
      if (tier.contains(c)) {
        return (before + 1) + (tier.size() > 1 ? "=" : "");
      }
      before += tier.size();
    }
    return "-";
  }

  static String decimal(Rational r) {
    return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator())).stripTrailingZeros().toPlainString();
  }
}
