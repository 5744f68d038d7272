package dk.prioritization.core.criteria;

/**
 * Thrown for invalid multi-criteria input: a bad weight, a score off its scale, an unknown or
 * missing option, criterion or score, or an AHP matrix that is not a reciprocal matrix on Saaty's
 * scale. The message names the offending option, criterion, evaluator or cell.
 */
public final class CriteriaException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the input. */
  public enum Problem {
    /** A criterion's weight is negative. */
    NEGATIVE_WEIGHT,
    /** The weights do not sum to a positive number. */
    WEIGHTS_NOT_POSITIVE,
    /** A criterion's scale is empty (minimum above maximum) or a name repeats. */
    BAD_CRITERION,
    /** A score lies outside its criterion's scale. */
    SCORE_OFF_SCALE,
    /** A score names an option that is not being scored. */
    UNKNOWN_OPTION,
    /** A score names a criterion that does not exist. */
    UNKNOWN_CRITERION,
    /** An evaluator did not score an option on a criterion. */
    MISSING_SCORE,
    /** An evaluator scored an option on a criterion twice. */
    DUPLICATE_SCORE,
    /** An AHP matrix is not square, or its size does not match the items. */
    NOT_SQUARE,
    /** An AHP entry lies outside Saaty's scale 1/9..9, or a diagonal entry is not 1. */
    OFF_SAATY_SCALE,
    /** An AHP entry is not the reciprocal of its mirror entry. */
    NOT_RECIPROCAL
  }

  /** What is wrong. */
  private final Problem problem;

  CriteriaException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }
}
