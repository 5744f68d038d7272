package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.Text;

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

  /**
   * Returns the flag as a sentence in English and Danish, e.g. "the evaluators disagree on T1
   * under impact: scores from 2 to 5 (spread 3)" and "bedømmerne er uenige om T1 under impact:
   * point fra 2 til 5 (spredning 3)".
   *
   * @return the sentence
   */
  public Text message() {
    return new Text(
        "the evaluators disagree on " + option + " under " + criterion + ": scores from " + lowest + " to "
            + highest + " (spread " + spread() + ")",
        "bedømmerne er uenige om " + option + " under " + criterion + ": point fra " + lowest + " til "
            + highest + " (spredning " + spread() + ")");
  }
}
