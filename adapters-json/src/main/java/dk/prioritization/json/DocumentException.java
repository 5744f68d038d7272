package dk.prioritization.json;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a JSON document cannot be read: it lists every problem found, each with its JSON
 * path, not just the first.
 */
public final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  @SuppressWarnings("serial") // an ImmutableList of records, serialisable in practice
  private final ImmutableList<DocumentProblem> problems;

  /**
   * Creates the exception; its message lists every problem, one per line.
   *
   * @param problems the problems, at least one
   */
  public DocumentException(List<DocumentProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<DocumentProblem> problems) {
    StringBuilder sb = new StringBuilder("the document has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (DocumentProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public List<DocumentProblem> problems() {
    return problems;
  }
}
