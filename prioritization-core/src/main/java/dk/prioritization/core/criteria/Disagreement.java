package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

/**
 * A flag that evaluators' scores of an option on a criterion differ by more than the threshold.
 *
 * @param option the option
 * @param criterion the criterion's name
 * @param lowest the lowest score given
 * @param highest the highest score given
 * @param <C> the option type
 */
public record Disagreement<C>(C option, String criterion, int lowest, int highest) {

  /**
   * Creates a flag.
   *
   * @param option the option
   * @param criterion the criterion
   * @param lowest the lowest score
   * @param highest the highest score
   */
  public Disagreement {
    requireNonNull(option, "option");
    requireNonNull(criterion, "criterion");
  }

  /**
   * Returns the spread of the scores, highest minus lowest.
   *
   * @return the spread
   */
  public int spread() {
    return highest - lowest;
  }
}
