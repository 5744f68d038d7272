package dk.prioritization.preflib;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in a PrefLib file, at a line.
 *
 * @param line the line number, counting from 1
 * @param message what is wrong, e.g. {@code "alternative 12 is not declared (the file has 11
 *     alternatives)"}
 */
public record PrefLibProblem(int line, String message) {
  /**
   * Creates the problem.
   *
   * @param line the line number, from 1
   * @param message what is wrong
   */
  public PrefLibProblem {
    requireNonNull(message, "message");
  }

  /** Returns the problem as {@code "line 17: message"}. */
  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
