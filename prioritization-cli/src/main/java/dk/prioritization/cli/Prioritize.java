package dk.prioritization.cli;

import dk.prioritization.core.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; with no subcommand it prints the usage. */
@Command(name = "prioritize", mixinStandardHelpOptions = true, versionProvider = Prioritize.VersionProvider.class,
    description = "Ranks candidates by votes with the prioritization engine.",
    subcommands = {DemoCommand.class, RulesCommand.class, RankCommand.class, SelectCommand.class, ValidateCommand.class,
        BatchCommand.class, CompareCommand.class},
    footer = {"", "Exit codes: 0 success, 1 a problem with the input, 2 a usage error."})
final class Prioritize implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The library version. */
  static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"prioritize " + Version.current()};
    }
  }
}
