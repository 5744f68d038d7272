package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.Rational;

/**
 * A criterion of a weighted scoring: its name, its weight and its integer scale.
 *
 * @param name the name, e.g. "impact"
 * @param weight the weight, not negative; weights are normalised by their sum
 * @param min the lowest score on the scale
 * @param max the highest score on the scale, at least {@code min}
 */
public record Criterion(String name, Rational weight, int min, int max) {

  /**
   * Creates and validates a criterion.
   *
   * @param name the name
   * @param weight the weight
   * @param min the lowest score
   * @param max the highest score
   * @throws CriteriaException for a negative weight or an empty scale
   */
  public Criterion {
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    if (weight.signum() < 0) {
      throw new CriteriaException(CriteriaException.Problem.NEGATIVE_WEIGHT,
          "the weight of criterion " + name + " is negative: " + weight);
    }
    if (min > max) {
      throw new CriteriaException(CriteriaException.Problem.BAD_CRITERION,
          "the scale of criterion " + name + " is empty: " + min + ".." + max);
    }
  }

  /**
   * Returns a criterion with a whole-number weight.
   *
   * @param name the name
   * @param weight the weight, not negative
   * @param min the lowest score
   * @param max the highest score
   * @return the criterion
   * @throws CriteriaException for a negative weight or an empty scale
   */
  public static Criterion of(String name, long weight, int min, int max) {
    return new Criterion(name, Rational.of(weight), min, max);
  }
}
