package dk.prioritization.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the {@code prioritize} command: ranks ballot files with the engine's rules,
 * validates documents, runs batches and comparisons, and shows the example board round.
 *
 * <p>Exit codes: 0 on success, 1 for a problem with the input (one line on standard error
 * naming it), 2 for a usage error. Results go to standard output.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line, e.g. {@code rank ballots.soc --rule schulze}
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /** Returns the configured command line, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Prioritize());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      String name = c.getCommandSpec().qualifiedName();
      c.getErr().println(name + ": " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
      c.getErr().flush();
      return CommandLine.ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      String name = c.getCommandSpec().qualifiedName();
      int code = ex instanceof UsageException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
      String message = ex instanceof UsageException || ex instanceof InputException
          ? ex.getMessage() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
      c.getErr().println(name + ": " + oneLine(message));
      c.getErr().flush();
      return code;
    });
    return cl;
  }

  /** Returns the first line of a message, never null. */
  static String oneLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
