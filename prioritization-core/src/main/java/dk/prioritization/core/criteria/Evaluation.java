package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

/**
 * One evaluator's score of one option on one criterion.
 *
 * @param evaluator who scored, e.g. a board member's role
 * @param option the option scored
 * @param criterion the name of the criterion
 * @param score the score, on the criterion's scale
 * @param <C> the option type
 */
public record Evaluation<C>(String evaluator, C option, String criterion, int score) {

  /**
   * Creates an evaluation.
   *
   * @param evaluator the evaluator
   * @param option the option
   * @param criterion the criterion
   * @param score the score
   */
  public Evaluation {
    requireNonNull(evaluator, "evaluator");
    requireNonNull(option, "option");
    requireNonNull(criterion, "criterion");
  }
}
