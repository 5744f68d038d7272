package dk.prioritization.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a profile cannot be built; it carries every problem found, not just the first.
 *
 * <pre>{@code
 * try {
 *   profile = builder.build();
 * } catch (ProfileException e) {
 *   for (ProfileProblem p : e.problems()) {
 *     log.warn(p.message());   // "ballot 7 names unknown candidate 'X'"
 *   }
 * }
 * }</pre>
 */
public final class ProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 20;

  /** The problems, in the order they were found. */
  @SuppressWarnings("serial") // an ImmutableList of records, serialisable in practice
  private final List<ProfileProblem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems the problems, at least one
   */
  public ProfileException(List<? extends ProfileProblem> problems) {
    super(summary(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return the problems, never empty
   */
  public List<ProfileProblem> problems() {
    return problems;
  }

  private static String summary(List<? extends ProfileProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ProfileException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    StringBuilder sb = new StringBuilder().append(problems.size()).append(" problems in the profile:");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      sb.append("\n  - ").append(problems.get(i).message());
    }
    if (problems.size() > LISTED) {
      sb.append("\n  ... and ").append(problems.size() - LISTED).append(" more (see problems())");
    }
    return sb.toString();
  }
}
