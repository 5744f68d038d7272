package dk.prioritization.core.generate;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.RankedProfile;
import java.util.List;
import java.util.Objects;

/**
 * The impartial culture: every voter draws a linear order of the candidates uniformly at random,
 * independently of the others.
 *
 * <p>Impartial culture is the standard null model of social choice: all m! rankings are equally
 * likely, so it produces the most "contested" profiles (Condorcet cycles and ties are as frequent
 * as they get). It is pref_voting's {@code generate_profile(m, n, probmodel="IC")} and PrefLib's
 * and prefsampling's {@code impartial} culture.
 *
 * <p><b>Source:</b> G.-T. Guilbaud, "Les théories de l'intérêt général et le problème logique de
 * l'agrégation", <i>Économie appliquée</i> 5(4), 1952; for the experimental practice see
 * N. Boehmer et al., "Guide to numerical experiments on elections in computational social
 * choice", IJCAI 2024.
 *
 * <p><b>Draws:</b> per voter, a Fisher-Yates shuffle of the candidate indices (the identity, then
 * {@code nextInt(i + 1)} for i from m-1 down to 1), followed by the optional truncation and ties
 * (see {@link #withTruncation} and {@link #withTies}).
 *
 * <p><b>Complexity:</b> O(n·m) time for n voters and m candidates; memory O(d·m) for the d
 * distinct ballots drawn.
 *
 * <pre>{@code
 * RankedProfile<String> p = ImpartialCulture.of(List.of("a", "b", "c", "d"))
 *     .withTruncation(0.2)
 *     .generate(100, 42L);
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class ImpartialCulture<C> implements ProfileGenerator<RankedProfile<C>> {
  private final ImmutableList<C> candidates;
  private final double truncation;
  private final double ties;

  private ImpartialCulture(ImmutableList<C> candidates, double truncation, double ties) {
    this.candidates = candidates;
    this.truncation = truncation;
    this.ties = ties;
  }

  /**
   * Returns the impartial culture over {@code candidates}, with complete strict ballots.
   *
   * @param candidates the candidates, in the order the profiles will list them; distinct, with
   *     distinct {@code toString()}
   * @param <C> the candidate type
   * @return the generator
   * @throws IllegalArgumentException if {@code candidates} is empty or names a candidate twice
   * @throws NullPointerException if {@code candidates} is or holds null
   */
  public static <C> ImpartialCulture<C> of(List<C> candidates) {
    return new ImpartialCulture<>(Checks.candidates("candidates", candidates), 0, 0);
  }

  /**
   * Returns this culture with truncated ballots: with probability {@code probability} a ballot
   * keeps only its top L candidates, L drawn uniformly from 0..m-1, and leaves the others
   * unranked (L = 0 is the empty ballot; L = m-1 leaves one candidate unranked, which the
   * profile counts as truncated).
   *
   * @param probability the chance that a ballot is truncated, in [0, 1]; 0 turns truncation off
   * @return the configured generator
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
   */
  public ImpartialCulture<C> withTruncation(double probability) {
    return new ImpartialCulture<>(candidates, Checks.probability("truncation probability", probability), ties);
  }

  /**
   * Returns this culture with tied ballots: after any truncation, each adjacent pair of ranked
   * positions is merged into one tier with probability {@code probability}, independently.
   *
   * @param probability the chance that two adjacent positions tie, in [0, 1]; 0 turns ties off,
   *     1 puts all ranked candidates of a ballot in one tier
   * @return the configured generator
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
   */
  public ImpartialCulture<C> withTies(double probability) {
    return new ImpartialCulture<>(candidates, truncation, Checks.probability("ties probability", probability));
  }

  /**
   * Returns the candidates.
   *
   * @return the candidates, in profile order
   */
  public List<C> candidates() {
    return candidates;
  }

  /**
   * Returns the probability that a ballot is truncated.
   *
   * @return the truncation probability
   */
  public double truncation() {
    return truncation;
  }

  /**
   * Returns the probability that two adjacent ranked positions are tied.
   *
   * @return the ties probability
   */
  public double ties() {
    return ties;
  }

  @Override
  public RankedProfile<C> generate(long voters, long seed) {
    return RankedSampler.generate(candidates, truncation, ties, voters, seed, Draws::permutation);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImpartialCulture<?> g
        && g.candidates.equals(candidates)
        && Double.compare(g.truncation, truncation) == 0
        && Double.compare(g.ties, ties) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, truncation, ties);
  }

  /** Returns a description such as {@code "ImpartialCulture[candidates=[a, b], truncation=0.0, ties=0.0]"}. */
  @Override
  public String toString() {
    return "ImpartialCulture[candidates=" + candidates + ", truncation=" + truncation + ", ties=" + ties + "]";
  }
}
