package dk.prioritization.cli;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Rule;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.committee.CommitteeRule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules}: the registered rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Lists every registered rule: id, family, ballot kind, description.", "",
        "Families: ranking rules order all candidates (rank --rule ID); committee rules choose k "
        + "candidates (select --size K --rule ID); budget rules choose what fits a budget "
        + "(select --budget B --rule ID). Ranking rule options also accept pref_voting's function "
        + "names (e.g. beat_path for schulze)."})
final class RulesCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "family", "ballots", "description"});
    for (Rule r : Rules.registry().rules()) {
      rows.add(new String[] {r.id(), "ranking", r.ballotKind().id(), r.description()});
    }
    for (CommitteeRule r : Rules.registry().committeeRules()) {
      rows.add(new String[] {r.id(), "committee", BallotKind.APPROVAL.id(), r.description()});
    }
    for (BudgetRule r : Rules.registry().budgetRules()) {
      rows.add(new String[] {r.id(), "budget", BallotKind.APPROVAL.id(), r.description()});
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(Table.render(rows));
    out.flush();
  }
}
