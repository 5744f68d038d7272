package dk.prioritization.core.cardinal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.GradeData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The mergeable tally of score or cumulative ballots: for each candidate, how many voters gave
 * it each value, and for each ordered pair of candidates, how many voters gave the first a
 * strictly higher value than the second.
 *
 * <p>From the histograms come the score sums ({@link ScoreVoting}, {@link CumulativeVoting}), the
 * top-grade counts and the majority grades ({@link MajorityJudgment}); the pairwise counts are
 * STAR's automatic runoff ({@link Star}). Everything is a count, so the tally of a union of ballot
 * sets is the {@link #merge} of their tallies: {@code of(A ∪ B) = of(A).merge(of(B))}. Only
 * tallies of the same kind, over the same candidates and on the same scale merge.
 *
 * <pre>{@code
 * ScoreTally<String> t = ScoreTally.of(partA).merge(ScoreTally.of(partB));
 * t.sum("Nashville");              // 293
 * t.prefer("Nashville", "Memphis"); // voters grading Nashville above Memphis
 * t.count("Nashville", 5);         // voters giving Nashville five stars
 * }</pre>
 *
 * <p>A "value" is a grade on a score ballot and a number of points on a cumulative one. A
 * cumulative tally's scale is 0 to the budget. Arithmetic is exact {@code long} arithmetic and
 * overflow throws {@link ArithmeticException}. Counting a profile of d distinct ballots over m
 * candidates takes O(d·m²) time (the pairwise counts) and O(m² + m·g) space, g the number of
 * distinct values given. Tallies are immutable and thread-safe.
 *
 * @param <C> the candidate type
 */
public final class ScoreTally<C> {
  private final ImmutableList<C> candidates;
  private final ImmutableMap<C, Integer> index;
  private final BallotKind kind;
  private final int min;
  private final int max;
  private final long voters;
  private final Histogram[] histograms;
  private final long[] sums;
  /** prefer[a * m + b]: voters giving a a strictly higher value than b. */
  private final long[] prefer;

  private ScoreTally(List<C> candidates, BallotKind kind, int min, int max, long voters,
      Histogram[] histograms, long[] prefer) {
    this.candidates = ImmutableList.copyOf(candidates);
    ImmutableMap.Builder<C, Integer> index = ImmutableMap.builderWithExpectedSize(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      index.put(candidates.get(i), i);
    }
    this.index = index.buildOrThrow();
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.voters = voters;
    this.histograms = histograms;
    this.sums = new long[histograms.length];
    for (int c = 0; c < histograms.length; c++) {
      sums[c] = histograms[c].sum();
    }
    this.prefer = prefer;
  }

  /**
   * Counts a score profile.
   *
   * @param profile the profile
   * @param <C> the candidate type
   * @return the tally, on the profile's scale
   * @throws ArithmeticException if a score sum overflows a {@code long}
   */
  public static <C> ScoreTally<C> of(ScoreProfile<C> profile) {
    GradeData d = Access.grades(profile);
    return new ScoreTally<>(profile.candidates(), BallotKind.SCORE, d.min, d.max, d.voters, Histogram.of(d),
        pairs(d));
  }

  /**
   * Counts a cumulative profile; its scale is 0 to the budget.
   *
   * @param profile the profile
   * @param <C> the candidate type
   * @return the tally
   * @throws ArithmeticException if a sum of points overflows a {@code long}
   */
  public static <C> ScoreTally<C> of(CumulativeProfile<C> profile) {
    GradeData d = Access.points(profile);
    return new ScoreTally<>(profile.candidates(), BallotKind.CUMULATIVE, d.min, d.max, d.voters,
        Histogram.of(d), pairs(d));
  }

  /** Counts, for each ordered pair, the voters giving the first a strictly higher value. */
  private static long[] pairs(GradeData d) {
    int m = d.m;
    long[] prefer = new long[m * m];
    for (int b = 0, from = 0; b < d.size; b++, from += m) {
      long count = d.counts[b];
      for (int x = 0; x < m; x++) {
        int vx = d.values[from + x];
        for (int y = x + 1; y < m; y++) {
          int vy = d.values[from + y];
          if (vx > vy) {
            prefer[x * m + y] += count; // at most d.voters, which is exact
          } else if (vy > vx) {
            prefer[y * m + x] += count;
          }
        }
      }
    }
    return prefer;
  }

  /**
   * Returns each candidate's sum of values without building a tally: O(d·m).
   *
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  static long[] sums(GradeData d) {
    long[] sums = new long[d.m];
    for (int b = 0, from = 0; b < d.size; b++, from += d.m) {
      long count = d.counts[b];
      for (int c = 0; c < d.m; c++) {
        sums[c] = Math.addExact(sums[c], Math.multiplyExact(d.values[from + c], count));
      }
    }
    return sums;
  }

  /**
   * Returns the candidates, in the profile's order.
   *
   * @return the candidates
   */
  public List<C> candidates() {
    return candidates;
  }

  /**
   * Returns the kind of ballots counted: {@link BallotKind#SCORE} or {@link BallotKind#CUMULATIVE}.
   *
   * @return the ballot kind
   */
  public BallotKind kind() {
    return kind;
  }

  /**
   * Returns the lowest value of the scale: the lowest grade, or 0 for cumulative ballots.
   *
   * @return the lowest value
   */
  public int min() {
    return min;
  }

  /**
   * Returns the highest value of the scale: the top grade (five stars on a STAR ballot), or the
   * budget for cumulative ballots.
   *
   * @return the highest value
   */
  public int max() {
    return max;
  }

  /**
   * Returns the number of voters counted.
   *
   * @return the number of voters
   */
  public long voters() {
    return voters;
  }

  /**
   * Returns how many voters gave {@code candidate} the value {@code value}.
   *
   * @param candidate a candidate
   * @param value a value on the scale
   * @return the number of voters
   * @throws IllegalArgumentException if the candidate is unknown or the value is off the scale
   */
  public long count(C candidate, int value) {
    checkArgument(value >= min && value <= max, "value %s is off the scale %s..%s", value, min, max);
    return histograms[index(candidate)].count(value);
  }

  /**
   * Returns {@code candidate}'s histogram: each value some voter gave it, ascending, with the
   * number of voters who gave it. Values nobody gave are left out.
   *
   * @param candidate a candidate
   * @return an immutable map from value to number of voters
   * @throws IllegalArgumentException if the candidate is unknown
   */
  public SortedMap<Integer, Long> histogram(C candidate) {
    return histograms[index(candidate)].asMap();
  }

  /**
   * Returns the sum of the values {@code candidate} received: its score sum, or its points.
   *
   * @param candidate a candidate
   * @return the exact sum
   * @throws IllegalArgumentException if the candidate is unknown
   */
  public long sum(C candidate) {
    return sums[index(candidate)];
  }

  /**
   * Returns every candidate's sum, in candidate order.
   *
   * @return the sums
   */
  public Map<C, Rational> sums() {
    ImmutableMap.Builder<C, Rational> m = ImmutableMap.builderWithExpectedSize(candidates.size());
    for (int c = 0; c < candidates.size(); c++) {
      m.put(candidates.get(c), Rational.of(sums[c]));
    }
    return m.buildOrThrow();
  }

  /**
   * Returns how many voters gave {@code a} a strictly higher value than {@code b}; voters giving
   * both the same value prefer neither.
   *
   * @param a a candidate
   * @param b a candidate
   * @return the number of voters; 0 if {@code a} and {@code b} are the same
   * @throws IllegalArgumentException if either candidate is unknown
   */
  public long prefer(C a, C b) {
    return prefer[index(a) * candidates.size() + index(b)];
  }

  /**
   * Returns the tally of both tallies' ballots together.
   *
   * @param other a tally of the same kind, over the same candidates in the same order, on the
   *     same scale
   * @return the merged tally
   * @throws IllegalArgumentException if the kinds, candidates or scales differ; the message
   *     names the difference
   * @throws ArithmeticException if a count or sum overflows a {@code long}
   */
  public ScoreTally<C> merge(ScoreTally<C> other) {
    checkArgument(kind == other.kind, "cannot merge a %s tally with a %s tally", kind.id(), other.kind.id());
    checkArgument(candidates.equals(other.candidates),
        "cannot merge tallies over different candidates: %s and %s", candidates, other.candidates);
    checkArgument(min == other.min && max == other.max,
        "cannot merge tallies on different scales: %s..%s and %s..%s", min, max, other.min, other.max);
    Histogram[] h = new Histogram[histograms.length];
    for (int c = 0; c < h.length; c++) {
      h[c] = histograms[c].plus(other.histograms[c]);
    }
    long[] p = new long[prefer.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.addExact(prefer[i], other.prefer[i]);
    }
    return new ScoreTally<>(candidates, kind, min, max, Math.addExact(voters, other.voters), h, p);
  }

  /** Returns the histogram of the candidate at {@code c}. */
  Histogram histogramAt(int c) {
    return histograms[c];
  }

  /** Returns the sum of the candidate at {@code c}. */
  long sumAt(int c) {
    return sums[c];
  }

  /** Returns the voters giving the candidate at {@code a} more than the one at {@code b}. */
  long preferAt(int a, int b) {
    return prefer[a * candidates.size() + b];
  }

  private int index(C candidate) {
    Integer i = index.get(candidate);
    checkArgument(i != null, "unknown candidate '%s'; the candidates are %s", candidate, candidates);
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreTally<?> t
        && kind == t.kind
        && min == t.min
        && max == t.max
        && voters == t.voters
        && candidates.equals(t.candidates)
        && Arrays.equals(histograms, t.histograms)
        && Arrays.equals(prefer, t.prefer);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + candidates.hashCode()) * 31 + Arrays.hashCode(histograms);
  }

  /** Returns a summary such as {@code "score tally 0..5 of 100 voters: {A=293, B=237}"}. */
  @Override
  public String toString() {
    return kind.id() + " tally " + min + ".." + max + " of " + voters + " voters: " + sums();
  }
}
