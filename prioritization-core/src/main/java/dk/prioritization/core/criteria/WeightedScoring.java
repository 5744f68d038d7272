package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weighted scoring (a weighted-sum multi-criteria model): several evaluators score each option on
 * each criterion; an option's score is the mean over evaluators of the weighted mean of its
 * criterion scores.
 *
 * <p><b>Definition.</b> With weights w_k and evaluator e's score s_e(o, k), the score of option o
 * is (1 / |E|) &Sigma;_e &Sigma;_k w_k s_e(o, k) / &Sigma;_k w_k, exact as a {@link Rational}.
 * A pair (o, k) is flagged as a {@link Disagreement} when max_e s_e(o, k) &minus; min_e s_e(o, k)
 * exceeds the threshold.
 *
 * <p><b>Source:</b> the simple additive weighting (weighted sum) model, P. C. Fishburn, "Additive
 * utilities with incomplete product sets", <i>Operations Research</i> 15, 1967; K. P. Yoon and
 * C.-L. Hwang, <i>Multiple Attribute Decision Making</i>, Sage, 1995, chapter on SAW.
 *
 * <p><b>Complexity:</b> O(evaluators &middot; options &middot; criteria).
 *
 * <p><b>Properties:</b> anonymous in the evaluators; monotone (raising a score never lowers the
 * option's score); compensatory (a high score on one criterion can make up for a low one);
 * depends on the scales chosen, unlike {@link Ahp}'s ratio judgments.
 *
 * <p><b>Ties:</b> options with equal scores share a tier of the ranking.
 *
 * @param <C> the option type
 */
public final class WeightedScoring<C> {
  private final List<C> options;
  private final List<Criterion> criteria;
  private final int threshold;

  private WeightedScoring(List<C> options, List<Criterion> criteria, int threshold) {
    this.options = options;
    this.criteria = criteria;
    this.threshold = threshold;
  }

  /**
   * Returns a scoring of {@code options} on {@code criteria} that flags a spread of scores larger
   * than {@code disagreementThreshold}.
   *
   * @param options the options, in the order results list them
   * @param criteria the criteria, with distinct names
   * @param disagreementThreshold the largest spread (max &minus; min) of evaluators' scores that
   *     is not flagged, not negative
   * @param <C> the option type
   * @return the scoring
   * @throws CriteriaException if the weights do not sum to a positive number or a name repeats
   * @throws IllegalArgumentException for a negative threshold, no options or repeated options
   */
  public static <C> WeightedScoring<C> of(List<C> options, List<Criterion> criteria, int disagreementThreshold) {
    List<C> opts = ImmutableList.copyOf(options);
    List<Criterion> crit = ImmutableList.copyOf(criteria);
    if (disagreementThreshold < 0) {
      throw new IllegalArgumentException("the disagreement threshold must not be negative but was "
          + disagreementThreshold);
    }
    if (opts.isEmpty() || opts.stream().distinct().count() != opts.size()) {
      throw new IllegalArgumentException("the options must be distinct and not empty: " + opts);
    }
    Rational sum = Rational.ZERO;
    List<String> names = new ArrayList<>();
    for (Criterion c : crit) {
      if (names.contains(c.name())) {
        throw new CriteriaException(CriteriaException.Problem.BAD_CRITERION,
            "criterion " + c.name() + " is given twice");
      }
      names.add(c.name());
      sum = sum.plus(c.weight());
    }
    if (sum.signum() <= 0) {
      throw new CriteriaException(CriteriaException.Problem.WEIGHTS_NOT_POSITIVE,
          "the weights of the criteria " + names + " sum to " + sum + ", not to a positive number");
    }
    return new WeightedScoring<>(opts, crit, disagreementThreshold);
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public List<C> options() {
    return options;
  }

  /**
   * Returns the criteria.
   *
   * @return the criteria
   */
  public List<Criterion> criteria() {
    return criteria;
  }

  /**
   * Scores the options. Every evaluator who appears must score every option on every criterion
   * exactly once.
   *
   * @param evaluations the scores
   * @return the weighted scores, ranking and disagreement flags
   * @throws CriteriaException naming the evaluator, option and criterion of a score off scale, an
   *     unknown option or criterion, a missing or a repeated score
   * @throws IllegalArgumentException if there are no evaluations
   */
  public Scoring<C> evaluate(Collection<Evaluation<C>> evaluations) {
    requireNonNull(evaluations, "evaluations");
    if (evaluations.isEmpty()) {
      throw new IllegalArgumentException("there are no evaluations");
    }
    Map<Object, Integer> optionIndex = new HashMap<>();
    for (int i = 0; i < options.size(); i++) {
      optionIndex.put(options.get(i), i);
    }
    Map<String, Integer> criterionIndex = new HashMap<>();
    for (int k = 0; k < criteria.size(); k++) {
      criterionIndex.put(criteria.get(k).name(), k);
    }
    // evaluators sorted by name so nothing depends on hash order
    Map<String, Integer[][]> sheets = new TreeMap<>();
    for (Evaluation<C> e : evaluations) {
      Integer o = optionIndex.get(e.option());
      if (o == null) {
        throw new CriteriaException(CriteriaException.Problem.UNKNOWN_OPTION,
            "evaluator " + e.evaluator() + " scored " + e.option() + ", which is not an option");
      }
      Integer k = criterionIndex.get(e.criterion());
      if (k == null) {
        throw new CriteriaException(CriteriaException.Problem.UNKNOWN_CRITERION,
            "evaluator " + e.evaluator() + " scored " + e.option() + " on " + e.criterion()
                + ", which is not a criterion");
      }
      Criterion c = criteria.get(k);
      if (e.score() < c.min() || e.score() > c.max()) {
        throw new CriteriaException(CriteriaException.Problem.SCORE_OFF_SCALE,
            "evaluator " + e.evaluator() + " scored " + e.option() + " " + e.score() + " on "
                + c.name() + ", off its scale " + c.min() + ".." + c.max());
      }
      Integer[][] sheet = sheets.computeIfAbsent(e.evaluator(), x -> new Integer[options.size()][criteria.size()]);
      if (sheet[o][k] != null) {
        throw new CriteriaException(CriteriaException.Problem.DUPLICATE_SCORE,
            "evaluator " + e.evaluator() + " scored " + e.option() + " on " + c.name() + " twice");
      }
      sheet[o][k] = e.score();
    }
    Rational weightSum = Rational.ZERO;
    for (Criterion c : criteria) {
      weightSum = weightSum.plus(c.weight());
    }
    Rational perEvaluator = Rational.of(weightSum.denominator(), weightSum.numerator())
        .times(Rational.of(1, sheets.size()));
    Map<C, Rational> scores = new LinkedHashMap<>();
    List<Disagreement<C>> flags = new ArrayList<>();
    for (int o = 0; o < options.size(); o++) {
      Rational total = Rational.ZERO;
      for (int k = 0; k < criteria.size(); k++) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer[][]> s : sheets.entrySet()) {
          Integer v = s.getValue()[o][k];
          if (v == null) {
            throw new CriteriaException(CriteriaException.Problem.MISSING_SCORE,
                "evaluator " + s.getKey() + " did not score " + options.get(o) + " on "
                    + criteria.get(k).name());
          }
          total = total.plus(criteria.get(k).weight().times(Rational.of(v)));
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        if ((long) hi - lo > threshold) {
          flags.add(new Disagreement<>(options.get(o), criteria.get(k).name(), lo, hi));
        }
      }
      scores.put(options.get(o), total.times(perEvaluator));
    }
    return new Scoring<>(scores, Ranking.byDescendingScores(scores), flags);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedScoring<?> w && w.options.equals(options) && w.criteria.equals(criteria)
        && w.threshold == threshold;
  }

  @Override
  public int hashCode() {
    return (options.hashCode() * 31 + criteria.hashCode()) * 31 + threshold;
  }

  @Override
  public String toString() {
    return "weighted-scoring(criteria=" + criteria + ", disagreement>" + threshold + ")";
  }
}
