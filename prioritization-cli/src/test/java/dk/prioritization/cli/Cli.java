package dk.prioritization.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process with captured output. */
final class Cli {
  private Cli() {}

  /** The exit code and what went to stdout and stderr. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
