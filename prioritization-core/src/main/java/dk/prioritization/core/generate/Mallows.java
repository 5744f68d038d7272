package dk.prioritization.core.generate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.internal.SplitMix64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The Mallows model: voters draw rankings near a reference ranking; a ranking at Kendall tau
 * distance d from the reference has probability proportional to φ<sup>d</sup>.
 *
 * <p>The dispersion φ runs from 0 to 1. At φ = 0 every voter casts the reference ranking; as φ
 * grows, rankings far from it grow more likely; at φ = 1 every ranking is equally likely and the
 * model is the {@linkplain ImpartialCulture impartial culture}. The expected distance grows with
 * φ. The Kendall tau distance counts the pairs of candidates the two rankings order differently.
 * This is pref_voting's and prefsampling's {@code mallows} with parameter {@code phi} (not the
 * "normalised" φ some libraries offer).
 *
 * <p><b>Sampling:</b> the repeated insertion model. Start from the empty ranking and insert the
 * reference's candidates one by one; the i-th (from 1) goes into one of the i slots of the
 * ranking so far, d places above the bottom slot with probability
 * φ<sup>d</sup> / (1 + φ + ... + φ<sup>i-1</sup>), for d = 0..i-1. Each such displacement adds
 * exactly d to the distance from the reference, which is why the result has the Mallows
 * distribution. Per voter this takes one {@code nextDouble()} for each of the candidates 2..m, in
 * reference order, then the optional truncation and ties draws (see {@link #withTruncation} and
 * {@link #withTies}). The weights φ<sup>d</sup> are built by repeated multiplication, so the draws
 * do not depend on the JVM's {@code Math.pow}.
 *
 * <p><b>Sources:</b> C. L. Mallows, "Non-null ranking models. I", <i>Biometrika</i> 44, 1957;
 * J.-P. Doignon, A. Pekeč and M. Regenwetter, "The repeated insertion model for rankings: missing
 * link between two subset choice models", <i>Psychometrika</i> 69(1), 2004; T. Lu and C.
 * Boutilier, "Effective sampling and learning for Mallows models with pairwise-preference data",
 * <i>Journal of Machine Learning Research</i> 15, 2014.
 *
 * <p><b>Complexity:</b> O(n·m²) time in the worst case for n voters and m candidates (each
 * insertion shifts part of an array; the slot is found by binary search over prefix sums), O(m)
 * working memory, O(d·m) for the d distinct ballots drawn.
 *
 * <pre>{@code
 * RankedProfile<String> p = Mallows.of(List.of("a", "b", "c", "d"), 0.4)
 *     .withReference(List.of("d", "c", "b", "a"))
 *     .generate(50, 7L);
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class Mallows<C> implements ProfileGenerator<RankedProfile<C>> {
  private final ImmutableList<C> candidates;
  private final double phi;
  private final ImmutableList<C> reference;
  private final double truncation;
  private final double ties;

  private Mallows(ImmutableList<C> candidates, double phi, ImmutableList<C> reference, double truncation,
      double ties) {
    this.candidates = candidates;
    this.phi = phi;
    this.reference = reference;
    this.truncation = truncation;
    this.ties = ties;
  }

  /**
   * Returns the Mallows model over {@code candidates} with dispersion {@code phi}, centred on the
   * candidate order, with complete strict ballots.
   *
   * @param candidates the candidates, in the order the profiles will list them (and, until
   *     {@link #withReference} says otherwise, the reference ranking, best first); distinct, with
   *     distinct {@code toString()}
   * @param phi the dispersion, in [0, 1]: 0 always gives the reference, 1 is impartial culture
   * @param <C> the candidate type
   * @return the generator
   * @throws IllegalArgumentException if {@code candidates} is empty or names a candidate twice, or
   *     {@code phi} is not in [0, 1]
   * @throws NullPointerException if {@code candidates} is or holds null
   */
  public static <C> Mallows<C> of(List<C> candidates, double phi) {
    ImmutableList<C> list = Checks.candidates("candidates", candidates);
    return new Mallows<>(list, Checks.probability("phi", phi), list, 0, 0);
  }

  /**
   * Returns this model centred on another reference ranking.
   *
   * @param reference the reference ranking, best first: every candidate exactly once
   * @return the configured generator
   * @throws IllegalArgumentException if {@code reference} is not an ordering of the candidates
   * @throws NullPointerException if {@code reference} is null
   */
  public Mallows<C> withReference(List<C> reference) {
    requireNonNull(reference, "reference");
    if (reference.size() != candidates.size() || !new HashSet<>(reference).equals(new HashSet<>(candidates))) {
      throw new IllegalArgumentException(
          "reference must order the candidates " + candidates + ", each once, but was: " + reference);
    }
    return new Mallows<>(candidates, phi, ImmutableList.copyOf(reference), truncation, ties);
  }

  /**
   * Returns this model with truncated ballots: with probability {@code probability} a ballot
   * keeps only its top L candidates, L drawn uniformly from 0..m-1, and leaves the others
   * unranked (L = 0 is the empty ballot; L = m-1 leaves one candidate unranked, which the
   * profile counts as truncated).
   *
   * @param probability the chance that a ballot is truncated, in [0, 1]; 0 turns truncation off
   * @return the configured generator
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
   */
  public Mallows<C> withTruncation(double probability) {
    return new Mallows<>(candidates, phi, reference, Checks.probability("truncation probability", probability), ties);
  }

  /**
   * Returns this model with tied ballots: after any truncation, each adjacent pair of ranked
   * positions is merged into one tier with probability {@code probability}, independently.
   *
   * @param probability the chance that two adjacent positions tie, in [0, 1]; 0 turns ties off,
   *     1 puts all ranked candidates of a ballot in one tier
   * @return the configured generator
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
   */
  public Mallows<C> withTies(double probability) {
    return new Mallows<>(candidates, phi, reference, truncation, Checks.probability("ties probability", probability));
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
   * Returns the dispersion φ.
   *
   * @return φ, in [0, 1]
   */
  public double phi() {
    return phi;
  }

  /**
   * Returns the reference ranking, best first.
   *
   * @return the reference ranking
   */
  public List<C> reference() {
    return reference;
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
    int m = candidates.size();
    int[] ref = new int[m];
    for (int i = 0; i < m; i++) {
      ref[i] = candidates.indexOf(reference.get(i));
    }
    // prefix[d] = 1 + phi + ... + phi^d; the i-th insertion (i slots) draws d from prefix[0..i-1].
    double[] prefix = new double[m];
    double power = 1;
    double sum = 0;
    for (int d = 0; d < m; d++) {
      sum += power;
      prefix[d] = sum;
      power *= phi;
    }
    return RankedSampler.generate(candidates, truncation, ties, voters, seed,
        (random, order) -> insert(random, ref, prefix, order));
  }

  /** One voter by repeated insertion: candidate ref[i] goes d places above the bottom of order[0..i]. */
  private static void insert(SplitMix64 random, int[] ref, double[] prefix, int[] order) {
    order[0] = ref[0];
    for (int i = 1; i < ref.length; i++) {
      int d = displacement(prefix, i, random.nextDouble() * prefix[i]);
      int slot = i - d;
      System.arraycopy(order, slot, order, slot + 1, d);
      order[slot] = ref[i];
    }
  }

  /** The smallest d in [0, max] with prefix[d] > x, or max if rounding left none. */
  private static int displacement(double[] prefix, int max, double x) {
    int lo = 0;
    int hi = max;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (prefix[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mallows<?> g
        && g.candidates.equals(candidates)
        && Double.compare(g.phi, phi) == 0
        && g.reference.equals(reference)
        && Double.compare(g.truncation, truncation) == 0
        && Double.compare(g.ties, ties) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, phi, reference, truncation, ties);
  }

  /** Returns a description such as {@code "Mallows[candidates=[a, b], phi=0.5, reference=[a, b], ...]"}. */
  @Override
  public String toString() {
    return "Mallows[candidates=" + candidates + ", phi=" + phi + ", reference=" + reference
        + ", truncation=" + truncation + ", ties=" + ties + "]";
  }
}
