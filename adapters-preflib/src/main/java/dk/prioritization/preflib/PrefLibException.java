package dk.prioritization.preflib;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a PrefLib file cannot be read: it lists every problem found, each with its line
 * number, not just the first.
 *
 * <p>The message lists the problems one per line, e.g.
 * {@code "line 17: alternative 12 is not declared (the file has 11 alternatives)"}.
 */
public final class PrefLibException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, by line. */
  @SuppressWarnings("serial") // an ImmutableList of records, serialisable in practice
  private final ImmutableList<PrefLibProblem> problems;

  /**
   * Creates the exception; its message names the source and lists every problem, one per line.
   *
   * @param source what was read, e.g. a file name, for the message
   * @param problems the problems, at least one
   */
  public PrefLibException(String source, List<PrefLibProblem> problems) {
    super(message(source, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String source, List<PrefLibProblem> problems) {
    StringBuilder sb = new StringBuilder(source).append(" has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (PrefLibProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, ordered by line.
   *
   * @return the problems
   */
  public List<PrefLibProblem> problems() {
    return problems;
  }
}
