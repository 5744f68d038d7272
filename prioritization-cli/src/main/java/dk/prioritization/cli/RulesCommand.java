package dk.prioritization.cli;

import dk.prioritization.core.Rule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules}: the registered rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Lists every registered rule: id, ballot kind, description. "
        + "Rule options also accept pref_voting's function names (e.g. beat_path for schulze)."})
final class RulesCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "ballots", "description"});
    for (Rule r : Rules.registry().rules()) {
      rows.add(new String[] {r.id(), r.ballotKind().id(), r.description()});
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(Table.render(rows));
    out.flush();
  }
}
