package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a weighted scoring: each option's weighted score, the ranking by it, and the
 * flags where evaluators disagree; {@link #explanation()} says it in English and Danish.
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

  /**
   * Returns the outcome as explanation steps in English and Danish: the weighted scores, then one
   * note per disagreement flag ({@link Disagreement#message()}), or a note that there is none.
   *
   * @return the explanation
   */
  public Explanation<C> explanation() {
    ImmutableList.Builder<Explanation.Step<C>> steps = ImmutableList.builder();
    steps.add(new Explanation.Tally<>(new Text("weighted score", "vægtet score"), scores));
    if (disagreements.isEmpty()) {
      steps.add(new Explanation.Note<>(new Text("no disagreement between the evaluators above the threshold",
          "ingen uenighed mellem bedømmerne over tærsklen")));
    }
    for (Disagreement<C> d : disagreements) {
      steps.add(new Explanation.Note<>(d.message()));
    }
    return new Explanation<>(steps.build());
  }
}
