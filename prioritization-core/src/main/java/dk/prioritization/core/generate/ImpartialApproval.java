package dk.prioritization.core.generate;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.internal.BallotTable;
import dk.prioritization.core.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The impartial approval culture: each voter approves each candidate independently with
 * probability p.
 *
 * <p>A ballot's size is then binomial, B(m, p), and given its size every set of that many
 * candidates is equally likely. This is prefsampling's {@code impartial} approval culture with
 * parameter p (also called the p-impartial culture).
 *
 * <p><b>Cap:</b> {@link #withCap(int) withCap(k)} declares the cap k on the generated profile (as
 * {@link ApprovalProfile.Builder#cap(int)} does) and draws each ballot from the same culture
 * <em>conditioned</em> on approving at most k candidates: its size s is drawn with probability
 * proportional to C(m, s)·p<sup>s</sup>·(1-p)<sup>m-s</sup> for s = 0..k, then a uniform set of s
 * candidates. That is the distribution that redrawing every ballot over the cap until it fits
 * would give, without the redraws. At p = 1, where no ballot of size k &lt; m could occur, the
 * conditioned culture is taken as its limit: every ballot approves a uniform set of k candidates.
 * A cap of m or more excludes nothing, and ballots are drawn as without a cap.
 *
 * <p><b>Draws:</b> without a cap (or with one of at least m), per voter one {@code nextDouble()}
 * per candidate in candidate order, approving it when the draw is below p. With a cap k &lt; m,
 * per voter one {@code nextDouble()} for the size (none if p = 1), then a partial Fisher-Yates
 * shuffle of the candidate indices ({@code i + nextInt(m - i)} for i from 0 to s-1).
 *
 * <p><b>Source:</b> N. Boehmer et al., "Guide to numerical experiments on elections in
 * computational social choice", IJCAI 2024, and its prefsampling library; the approval analogue of
 * {@link ImpartialCulture}.
 *
 * <p><b>Complexity:</b> O(n·m) time for n voters and m candidates (with a cap, O(m) once for the
 * size distribution); memory O(d·m) for the d distinct ballots drawn.
 *
 * <pre>{@code
 * ApprovalProfile<String> p = ImpartialApproval.of(tasks, 0.3).withCap(5).generate(12, 2025L);
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class ImpartialApproval<C> implements ProfileGenerator<ApprovalProfile<C>> {
  private final ImmutableList<C> candidates;
  private final double p;
  private final int cap;

  private ImpartialApproval(ImmutableList<C> candidates, double p, int cap) {
    this.candidates = candidates;
    this.p = p;
    this.cap = cap;
  }

  /**
   * Returns the impartial approval culture over {@code candidates}, without a cap.
   *
   * @param candidates the candidates, in the order the profiles will list them; distinct, with
   *     distinct {@code toString()}
   * @param p the probability that a voter approves a given candidate, in [0, 1]
   * @param <C> the candidate type
   * @return the generator
   * @throws IllegalArgumentException if {@code candidates} is empty or names a candidate twice, or
   *     {@code p} is not in [0, 1]
   * @throws NullPointerException if {@code candidates} is or holds null
   */
  public static <C> ImpartialApproval<C> of(List<C> candidates, double p) {
    return new ImpartialApproval<>(Checks.candidates("candidates", candidates), Checks.probability("p", p), -1);
  }

  /**
   * Returns this culture with a cap: the profiles declare it, and every ballot is drawn
   * conditioned on approving at most {@code cap} candidates (see the class documentation).
   *
   * @param cap the most candidates a ballot may approve, positive
   * @return the configured generator
   * @throws IllegalArgumentException if {@code cap} is not positive
   */
  public ImpartialApproval<C> withCap(int cap) {
    if (cap <= 0) {
      throw new IllegalArgumentException("cap must be positive but was: " + cap);
    }
    return new ImpartialApproval<>(candidates, p, cap);
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
   * Returns the probability that a voter approves a given candidate, before any cap.
   *
   * @return p, in [0, 1]
   */
  public double p() {
    return p;
  }

  /**
   * Returns the cap, if one was set.
   *
   * @return the cap, or empty
   */
  public OptionalInt cap() {
    return cap < 0 ? OptionalInt.empty() : OptionalInt.of(cap);
  }

  @Override
  public ApprovalProfile<C> generate(long voters, long seed) {
    Checks.voters(voters);
    SplitMix64 random = new SplitMix64(seed);
    int m = candidates.size();
    boolean capped = cap >= 0 && cap < m;
    double[] cumulative = capped ? sizeDistribution(m, p, cap) : null;
    int[] key = new int[m];
    int[] pool = new int[m];
    BallotTable table = new BallotTable();
    for (long v = 0; v < voters; v++) {
      int size = 0;
      if (!capped) {
        for (int c = 0; c < m; c++) {
          if (Draws.bernoulli(random, p)) {
            key[size++] = c;
          }
        }
      } else {
        size = p == 1 ? cap : pick(cumulative, random.nextDouble() * cumulative[cap]);
        for (int c = 0; c < m; c++) {
          pool[c] = c;
        }
        for (int i = 0; i < size; i++) {
          int j = i + random.nextInt(m - i);
          int t = pool[i];
          pool[i] = pool[j];
          pool[j] = t;
        }
        System.arraycopy(pool, 0, key, 0, size);
        Arrays.sort(key, 0, size);
      }
      table.add(key, size, 1);
    }
    ApprovalProfile.Builder<C> builder = Profile.approval(candidates);
    if (cap >= 0) {
      builder.cap(cap);
    }
    int[] data = table.data();
    int[] offsets = table.offsets();
    long[] counts = table.counts();
    for (int b = 0; b < counts.length; b++) {
      List<C> approved = new ArrayList<>(offsets[b + 1] - offsets[b]);
      for (int i = offsets[b]; i < offsets[b + 1]; i++) {
        approved.add(candidates.get(data[i]));
      }
      builder.add(ApprovalBallot.of(approved), counts[b]);
    }
    return builder.build();
  }

  /**
   * Returns the cumulative weights of ballot sizes 0..cap, each proportional to
   * C(m, s)·p^s·(1-p)^(m-s), built by ratios and rescaled so nothing overflows.
   */
  static double[] sizeDistribution(int m, double p, int cap) {
    double[] w = new double[cap + 1];
    w[0] = 1;
    double ratio = p / (1 - p); // infinite only at p = 1, which the caller handles
    for (int s = 1; s <= cap; s++) {
      w[s] = w[s - 1] * ((m - s + 1) / (double) s) * ratio;
      if (w[s] > 0x1p500) {
        for (int t = 0; t <= s; t++) {
          w[t] *= 0x1p-500;
        }
      }
    }
    double sum = 0;
    for (int s = 0; s <= cap; s++) {
      sum += w[s];
      w[s] = sum;
    }
    return w;
  }

  /** The smallest s with cumulative[s] &gt; x, or the last size of positive weight if rounding left none. */
  static int pick(double[] cumulative, double x) {
    for (int s = 0; s < cumulative.length; s++) {
      if (cumulative[s] > x) {
        return s;
      }
    }
    int s = cumulative.length - 1;
    while (s > 0 && cumulative[s] == cumulative[s - 1]) {
      s--;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImpartialApproval<?> g
        && g.candidates.equals(candidates)
        && Double.compare(g.p, p) == 0
        && g.cap == cap;
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, p, cap);
  }

  /** Returns a description such as {@code "ImpartialApproval[candidates=[a, b], p=0.5, cap=none]"}. */
  @Override
  public String toString() {
    return "ImpartialApproval[candidates=" + candidates + ", p=" + p + ", cap=" + (cap < 0 ? "none" : cap) + "]";
  }
}
