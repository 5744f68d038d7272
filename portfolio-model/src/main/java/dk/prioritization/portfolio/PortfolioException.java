package dk.prioritization.portfolio;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a portfolio is not valid: it lists every problem found, not just the first, each
 * naming the element at fault.
 */
public final class PortfolioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  @SuppressWarnings("serial") // an ImmutableList of records is serializable
  private final ImmutableList<PortfolioProblem> problems;

  /**
   * Creates the exception; its message lists every problem, one per line.
   *
   * @param problems the problems, at least one
   */
  public PortfolioException(List<PortfolioProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<PortfolioProblem> problems) {
    StringBuilder sb = new StringBuilder("the portfolio has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (PortfolioProblem p : problems) {
      sb.append("\n  ").append(p.message());
    }
    return sb.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public List<PortfolioProblem> problems() {
    return problems;
  }
}
