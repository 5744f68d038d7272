package dk.prioritization.core.generate;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.internal.BallotTable;
import dk.prioritization.core.internal.SplitMix64;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Pólya-Eggenberger urn: voters draw rankings from an urn that favours the rankings already
 * drawn, so profiles come out more homogeneous ("contagious") than under impartial culture.
 *
 * <p>The urn starts with one copy of each of the m! linear orders. Each voter in turn draws a
 * ranking uniformly from the urn, casts it, and puts it back together with α·m! further copies
 * of it. This is the parameterisation of PrefLib's and pref_voting's urn model
 * ({@code generate_profile(m, n, "URN", alpha=α)}) and of prefsampling's {@code urn}; α = 0 is
 * {@linkplain ImpartialCulture impartial culture}, α = 1/m! is the impartial anonymous culture
 * (every anonymous profile equally likely), and large α makes voters copy each other.
 *
 * <p>Counted out: when k voters have voted the urn holds m! + k·α·m! rankings, k·α·m! of them
 * copies added for the earlier voters, α·m! for each. So voter k+1
 * <ul>
 *   <li>with probability 1 / (1 + k·α) draws from the original m! rankings, a uniform linear
 *       order; and</li>
 *   <li>with probability k·α / (1 + k·α) draws an added copy, which is the ranking of a
 *       uniformly chosen earlier voter.</li>
 * </ul>
 * The generator works with these two cases and the counts of the distinct rankings drawn so
 * far; it never materialises m! rankings. Per voter the draws are: if k &gt; 0 and α &gt; 0, one
 * {@code nextDouble()} u, and the voter copies when u·(1 + k·α) ≥ 1; a copy takes one uniform
 * draw of an earlier voter in [0, k) (a {@code nextInt(k)} while k fits an {@code int}); a fresh
 * ranking takes the Fisher-Yates shuffle of {@link ImpartialCulture}. So α = 0 gives exactly the
 * profile {@code ImpartialCulture} gives for the same seed. Then come the optional truncation and
 * ties draws (see {@link #withTruncation} and {@link #withTies}); the urn holds and copies the
 * voters' linear orders before truncation and ties, which are applied to every voter
 * independently.
 *
 * <p><b>Sources:</b> F. Eggenberger and G. Pólya, "Über die Statistik verketteter Vorgänge",
 * <i>Zeitschrift für Angewandte Mathematik und Mechanik</i> 3(4), 1923; S. Berg, "Paradox of
 * voting under an urn model: the effect of homogeneity", <i>Public Choice</i> 47, 1985; N. Mattei
 * and T. Walsh, "PrefLib: a library for preferences", ADT 2013.
 *
 * <p><b>Complexity:</b> O(n·(m + log d)) time for n voters, m candidates and d distinct
 * rankings drawn (a Fenwick tree over the counts picks the earlier voter); memory O(d·m).
 *
 * <pre>{@code
 * RankedProfile<String> p = PolyaUrn.of(List.of("a", "b", "c", "d"), 0.5).generate(100, 3L);
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class PolyaUrn<C> implements ProfileGenerator<RankedProfile<C>> {
  private final ImmutableList<C> candidates;
  private final double alpha;
  private final double truncation;
  private final double ties;

  private PolyaUrn(ImmutableList<C> candidates, double alpha, double truncation, double ties) {
    this.candidates = candidates;
    this.alpha = alpha;
    this.truncation = truncation;
    this.ties = ties;
  }

  /**
   * Returns the urn over {@code candidates} with replacement parameter {@code alpha}, with complete
   * strict ballots.
   *
   * @param candidates the candidates, in the order the profiles will list them; distinct, with
   *     distinct {@code toString()}
   * @param alpha the number of copies put back after each draw, as a multiple of m!: finite and
   *     at least 0 (0 is impartial culture)
   * @param <C> the candidate type
   * @return the generator
   * @throws IllegalArgumentException if {@code candidates} is empty or names a candidate twice, or
   *     {@code alpha} is negative, infinite or NaN
   * @throws NullPointerException if {@code candidates} is or holds null
   */
  public static <C> PolyaUrn<C> of(List<C> candidates, double alpha) {
    if (!(alpha >= 0 && alpha < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("alpha must be finite and at least 0 but was: " + alpha);
    }
    return new PolyaUrn<>(Checks.candidates("candidates", candidates), alpha + 0.0, 0, 0);
  }

  /**
   * Returns this urn with truncated ballots: with probability {@code probability} a ballot
   * keeps only its top L candidates, L drawn uniformly from 0..m-1, and leaves the others
   * unranked (L = 0 is the empty ballot; L = m-1 leaves one candidate unranked, which the
   * profile counts as truncated).
   *
   * @param probability the chance that a ballot is truncated, in [0, 1]; 0 turns truncation off
   * @return the configured generator
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
   */
  public PolyaUrn<C> withTruncation(double probability) {
    return new PolyaUrn<>(candidates, alpha, Checks.probability("truncation probability", probability), ties);
  }

  /**
   * Returns this urn with tied ballots: after any truncation, each adjacent pair of ranked
   * positions is merged into one tier with probability {@code probability}, independently.
   *
   * @param probability the chance that two adjacent positions tie, in [0, 1]; 0 turns ties off,
   *     1 puts all ranked candidates of a ballot in one tier
   * @return the configured generator
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
   */
  public PolyaUrn<C> withTies(double probability) {
    return new PolyaUrn<>(candidates, alpha, truncation, Checks.probability("ties probability", probability));
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
   * Returns the replacement parameter α: copies returned per draw, as a multiple of m!.
   *
   * @return α, at least 0
   */
  public double alpha() {
    return alpha;
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
    return RankedSampler.generate(candidates, truncation, ties, voters, seed, new Urn(candidates.size(), alpha));
  }

  /** One generation's urn: the distinct rankings drawn so far and how many voters drew each. */
  private static final class Urn implements RankedSampler.Culture {
    private final int m;
    private final double alpha;
    private final BallotTable ids = new BallotTable();
    private final CountTree counts = new CountTree();
    private int[] rankings;
    private long voters;

    Urn(int m, double alpha) {
      this.m = m;
      this.alpha = alpha;
      this.rankings = new int[16 * m];
    }

    @Override
    public void draw(SplitMix64 random, int[] order) {
      long k = voters;
      if (k > 0 && alpha > 0 && random.nextDouble() * (1 + k * alpha) >= 1) {
        int earlier = counts.find(Draws.uniformLong(random, k));
        System.arraycopy(rankings, earlier * m, order, 0, m);
      } else {
        Draws.permutation(random, order);
      }
      if (alpha > 0) {
        int id = ids.add(order, m, 1);
        if ((id + 1) * (long) m > rankings.length) {
          rankings = Arrays.copyOf(rankings, Math.toIntExact(Math.max((id + 1) * (long) m, 2L * rankings.length)));
        }
        System.arraycopy(order, 0, rankings, id * m, m);
        counts.add(id, 1);
      }
      voters = k + 1;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolyaUrn<?> g
        && g.candidates.equals(candidates)
        && Double.compare(g.alpha, alpha) == 0
        && Double.compare(g.truncation, truncation) == 0
        && Double.compare(g.ties, ties) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, alpha, truncation, ties);
  }

  /** Returns a description such as {@code "PolyaUrn[candidates=[a, b], alpha=0.5, truncation=0.0, ties=0.0]"}. */
  @Override
  public String toString() {
    return "PolyaUrn[candidates=" + candidates + ", alpha=" + alpha + ", truncation=" + truncation + ", ties=" + ties + "]";
  }
}
