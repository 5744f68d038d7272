package dk.prioritization.portfolio.round;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a prioritisation round is not valid, or cannot answer a question put to it (tasks
 * without a cost when asked what fits a capacity): it lists every problem found, not just the
 * first, each naming the member and task at fault.
 */
public final class RoundException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  @SuppressWarnings("serial") // an ImmutableList of records is serializable
  private final ImmutableList<RoundProblem> problems;

  /**
   * Creates the exception; its message lists every problem, one per line.
   *
   * @param problems the problems, at least one
   */
  public RoundException(List<RoundProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<RoundProblem> problems) {
    StringBuilder sb = new StringBuilder("the round has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (RoundProblem p : problems) {
      sb.append("\n  ").append(p.message());
    }
    return sb.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public List<RoundProblem> problems() {
    return problems;
  }
}
