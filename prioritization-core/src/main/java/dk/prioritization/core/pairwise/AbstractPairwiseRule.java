package dk.prioritization.core.pairwise;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Ballots;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shared body of the pairwise rules: count the tally, decide on it, and explain with the
 * margin matrix first.
 */
abstract class AbstractPairwiseRule implements PairwiseRule {
  static final Text MARGINS = new Text("margins (row over column)", "marginer (række over kolonne)");

  final Unranked unranked;

  AbstractPairwiseRule(Unranked unranked) {
    this.unranked = requireNonNull(unranked, "unranked");
  }

  /** What a rule decides from a tally: the ranking, scores if it has any, and its own steps. */
  record Decision<C>(Ranking<C> ranking, Map<C, Rational> scores, List<Explanation.Step<C>> steps) {
    Decision {
      requireNonNull(ranking, "ranking");
      scores = ImmutableMap.copyOf(scores);
      steps = ImmutableList.copyOf(steps);
    }
  }

  /** Decides on {@code tally}. */
  abstract <C> Decision<C> decide(PairwiseTally<C> tally);

  /** The options besides {@code unranked}, by name; none by default. */
  Map<String, String> moreOptions() {
    return Map.of();
  }

  @Override
  public final Unranked unranked() {
    return unranked;
  }

  @Override
  public final BallotKind ballotKind() {
    return BallotKind.RANKED;
  }

  @Override
  public final Map<String, String> options() {
    Map<String, String> all = new LinkedHashMap<>(moreOptions());
    all.put("unranked", unranked.id());
    return ImmutableMap.copyOf(all);
  }

  @Override
  public final <C> Result<C> rank(Profile<C> profile) {
    PairwiseTally<C> tally = PairwiseTally.of(Ballots.ranked(this, profile), unranked);
    Decision<C> d = decide(tally);
    Explanation<C> explanation = Explanation.<C>of(marginStep(tally)).with(d.steps());
    return Result.of(this, profile, d.ranking(), d.scores(), explanation);
  }

  @Override
  public final <C> Ranking<C> rank(PairwiseTally<C> tally) {
    return decide(requireNonNull(tally, "tally")).ranking();
  }

  /** Returns the step showing the tally's margins. */
  static <C> Explanation.Step<C> marginStep(PairwiseTally<C> tally) {
    return new Explanation.Matrix<>(MARGINS, tally.candidates(), tally.marginArray());
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && options().equals(((AbstractPairwiseRule) o).options());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), options());
  }

  @Override
  public String toString() {
    return id() + options();
  }
}
