package dk.prioritization.cli;

import dk.prioritization.core.Profile;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.round.Round;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: checks a document or ballot file and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a document or ballot file and lists every problem.", "",
        "Reads FILE (a JSON document of any kind, a JSON Lines ballot file or a PrefLib file) "
        + "and prints every problem with its JSON path or line; exit code 1 if there is any."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to check.")
  Path file;

  @Option(names = "--format", paramLabel = "json|jsonl|preflib",
      description = "The file's format (default: from the extension).")
  Inputs.Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Inputs.Input input;
    try {
      input = Inputs.read(file, format);
    } catch (Inputs.ProblemsException e) {
      for (Inputs.Problem p : e.problems()) {
        out.println(p);
      }
      out.flush();
      int n = e.problems().size();
      spec.commandLine().getErr().println(spec.qualifiedName() + ": " + file + ": " + n + (n == 1 ? " problem" : " problems"));
      spec.commandLine().getErr().flush();
      return 1;
    }
    out.println("valid: " + describe(input));
    out.flush();
    return 0;
  }

  private static String describe(Inputs.Input input) {
    Profile<?> p = input.profile();
    if (p != null) {
      return input.kind() + ", " + p.kind().id() + " ballots, " + p.candidateCount() + " candidates, "
          + p.voterCount() + " voters (" + p.distinctBallotCount() + " distinct ballots)";
    }
    if (input.round() != null) {
      Round r = input.round();
      return "round, portfolio version " + r.portfolio().version() + ", rule " + r.rule().id() + ", "
          + r.nominations().size() + " nominations";
    }
    if (input.value() instanceof Portfolio portfolio) {
      return "portfolio, version " + portfolio.version() + ", " + portfolio.tasks().size() + " tasks";
    }
    return input.kind();
  }
}
