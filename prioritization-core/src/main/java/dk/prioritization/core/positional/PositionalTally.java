package dk.prioritization.core.positional;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import java.util.List;
import java.util.Map;

/**
 * The mergeable tally of a positional rule: each candidate's exact points, summed over ballots.
 *
 * <p>Points are sums, so the tally of a union of ballot sets is the {@link #merge} of their
 * tallies: {@code tally(A ∪ B) = tally(A).merge(tally(B))}. That lets a caller count parts of a
 * large election separately (on several machines, say) and combine them. Only tallies of the same
 * {@linkplain #scheme() scheme} over the same candidates merge.
 *
 * <pre>{@code
 * PositionalTally<String> t = Borda.standard().tally(partA).merge(Borda.standard().tally(partB));
 * Ranking<String> ranking = t.ranking();
 * }</pre>
 *
 * <p>Inside, points are {@code long} numerators over one common denominator (1 for Borda, 2 for
 * averaged Borda, lcm(1..m) for Dowdall); arithmetic is exact and overflow throws.
 *
 * @param <C> the candidate type
 */
public final class PositionalTally<C> {
  private final ImmutableList<C> candidates;
  private final String scheme;
  private final long[] numerators;
  private final long denominator;
  private final long voters;

  PositionalTally(List<C> candidates, String scheme, long[] numerators, long denominator, long voters) {
    this.candidates = ImmutableList.copyOf(candidates);
    this.scheme = scheme;
    this.numerators = numerators;
    this.denominator = denominator;
    this.voters = voters;
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
   * Returns the scheme: the rule id and the options that fix each ballot's points, e.g.
   * {@code "borda-symmetric"}.
   *
   * @return the scheme
   */
  public String scheme() {
    return scheme;
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
   * Returns {@code candidate}'s points.
   *
   * @param candidate a candidate
   * @return the exact points
   * @throws IllegalArgumentException if it is not a candidate of this tally
   */
  public Rational points(C candidate) {
    int i = candidates.indexOf(candidate);
    checkArgument(i >= 0, "unknown candidate '%s'; the candidates are %s", candidate, candidates);
    return Rational.of(numerators[i], denominator);
  }

  /**
   * Returns every candidate's points, in candidate order.
   *
   * @return the points
   */
  public Map<C, Rational> scores() {
    ImmutableMap.Builder<C, Rational> m = ImmutableMap.builderWithExpectedSize(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      m.put(candidates.get(i), Rational.of(numerators[i], denominator));
    }
    return m.buildOrThrow();
  }

  /**
   * Returns the ranking by descending points; equal points share a tier.
   *
   * @return the ranking
   */
  public Ranking<C> ranking() {
    return Ranking.byDescendingScores(scores());
  }

  /**
   * Returns the tally of both tallies' ballots together.
   *
   * @param other a tally of the same scheme over the same candidates
   * @return the merged tally
   * @throws IllegalArgumentException if the schemes or candidates differ
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public PositionalTally<C> merge(PositionalTally<C> other) {
    checkArgument(scheme.equals(other.scheme), "cannot merge a %s tally with a %s tally", scheme, other.scheme);
    checkArgument(candidates.equals(other.candidates),
        "cannot merge tallies over different candidates: %s and %s", candidates, other.candidates);
    long[] sum = new long[numerators.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(numerators[i], other.numerators[i]);
    }
    return new PositionalTally<>(candidates, scheme, sum, denominator, Math.addExact(voters, other.voters));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PositionalTally<?> t
        && scheme.equals(t.scheme)
        && candidates.equals(t.candidates)
        && voters == t.voters
        && denominator == t.denominator
        && java.util.Arrays.equals(numerators, t.numerators);
  }

  @Override
  public int hashCode() {
    return scheme.hashCode() * 31 + java.util.Arrays.hashCode(numerators);
  }

  @Override
  public String toString() {
    return scheme + " tally of " + voters + " voters: " + scores();
  }
}
