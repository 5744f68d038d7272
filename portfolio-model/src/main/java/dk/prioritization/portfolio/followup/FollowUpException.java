package dk.prioritization.portfolio.followup;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a follow-up is not valid: it lists every problem found, not just the first, each
 * naming the item at fault.
 */
public final class FollowUpException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  @SuppressWarnings("serial") // an ImmutableList of records is serializable
  private final ImmutableList<FollowUpProblem> problems;

  /**
   * Creates the exception; its message lists every problem, one per line.
   *
   * @param problems the problems, at least one
   */
  public FollowUpException(List<FollowUpProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<FollowUpProblem> problems) {
    StringBuilder sb = new StringBuilder("the follow-up has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (FollowUpProblem p : problems) {
      sb.append("\n  ").append(p.message());
    }
    return sb.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public List<FollowUpProblem> problems() {
    return problems;
  }
}
