package dk.prioritization.core.generate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.internal.BallotTable;
import dk.prioritization.core.internal.SplitMix64;
import java.util.List;
import java.util.Objects;

/**
 * Impartial scores: each voter gives each candidate an integer grade drawn uniformly from the
 * scale min..max, independently.
 *
 * <p>The cardinal counterpart of {@link ImpartialCulture}: all (max-min+1)<sup>m</sup> ballots are
 * equally likely. Every ballot grades every candidate, so the profile declares no grade for
 * ungraded candidates.
 *
 * <p><b>Draws:</b> per voter, one uniform draw in [0, max-min+1) per candidate in candidate order
 * (a {@code nextInt} while the scale's size fits an {@code int}).
 *
 * <p><b>Source:</b> the cardinal analogue of impartial culture, the usual null model for score
 * ballots: every grade on the scale equally likely for every candidate, with no correlation
 * between candidates or voters.
 *
 * <p><b>Complexity:</b> O(n·m) time for n voters and m candidates; memory O(d·m) for the d
 * distinct ballots drawn.
 *
 * <pre>{@code
 * ScoreProfile<String> p = ImpartialScores.of(List.of("a", "b", "c"), 0, 5).generate(40, 11L);
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class ImpartialScores<C> implements ProfileGenerator<ScoreProfile<C>> {
  private final ImmutableList<C> candidates;
  private final int min;
  private final int max;

  private ImpartialScores(ImmutableList<C> candidates, int min, int max) {
    this.candidates = candidates;
    this.min = min;
    this.max = max;
  }

  /**
   * Returns impartial scores over {@code candidates} on the scale {@code min..max}.
   *
   * @param candidates the candidates, in the order the profiles will list them; distinct, with
   *     distinct {@code toString()}
   * @param min the lowest grade
   * @param max the highest grade, at least {@code min}
   * @param <C> the candidate type
   * @return the generator
   * @throws IllegalArgumentException if {@code candidates} is empty or names a candidate twice, or
   *     {@code max < min}
   * @throws NullPointerException if {@code candidates} is or holds null
   */
  public static <C> ImpartialScores<C> of(List<C> candidates, int min, int max) {
    ImmutableList<C> list = Checks.candidates("candidates", candidates);
    if (max < min) {
      throw new IllegalArgumentException("max must be at least min (" + min + ") but was: " + max);
    }
    return new ImpartialScores<>(list, min, max);
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
   * Returns the lowest grade.
   *
   * @return the lowest grade
   */
  public int min() {
    return min;
  }

  /**
   * Returns the highest grade.
   *
   * @return the highest grade
   */
  public int max() {
    return max;
  }

  @Override
  public ScoreProfile<C> generate(long voters, long seed) {
    Checks.voters(voters);
    SplitMix64 random = new SplitMix64(seed);
    int m = candidates.size();
    long size = (long) max - min + 1;
    int[] key = new int[m];
    BallotTable table = new BallotTable();
    for (long v = 0; v < voters; v++) {
      for (int c = 0; c < m; c++) {
        key[c] = (int) (min + Draws.uniformLong(random, size));
      }
      table.add(key, m, 1);
    }
    ScoreProfile.Builder<C> builder = Profile.scores(candidates, min, max);
    int[] data = table.data();
    int[] offsets = table.offsets();
    long[] counts = table.counts();
    for (int b = 0; b < counts.length; b++) {
      ImmutableMap.Builder<C, Integer> grades = ImmutableMap.builderWithExpectedSize(m);
      for (int c = 0; c < m; c++) {
        grades.put(candidates.get(c), data[offsets[b] + c]);
      }
      builder.add(ScoreBallot.of(grades.buildOrThrow()), counts[b]);
    }
    return builder.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImpartialScores<?> g && g.candidates.equals(candidates) && g.min == min && g.max == max;
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, min, max);
  }

  /** Returns a description such as {@code "ImpartialScores[candidates=[a, b], min=0, max=5]"}. */
  @Override
  public String toString() {
    return "ImpartialScores[candidates=" + candidates + ", min=" + min + ", max=" + max + "]";
  }
}
