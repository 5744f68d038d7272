package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a weighted scoring: each option's weighted score, the ranking by it, and the
 * flags where evaluators disagree.
 *
 * @param scores each option's weighted score (mean over evaluators), in option order
 * @param ranking the options by score, highest first; equal scores share a tier
 * @param disagreements the option/criterion pairs whose scores spread more than the threshold,
 *     in option then criterion order
 * @param <C> the option type
 */
public record Scoring<C>(Map<C, Rational> scores, Ranking<C> ranking, List<Disagreement<C>> disagreements) {

  /**
   * Creates an outcome, copying the collections.
   *
   * @param scores the scores
   * @param ranking the ranking
   * @param disagreements the flags
   */
  public Scoring {
    scores = ImmutableMap.copyOf(scores);
    requireNonNull(ranking, "ranking");
    disagreements = ImmutableList.copyOf(disagreements);
  }
}
