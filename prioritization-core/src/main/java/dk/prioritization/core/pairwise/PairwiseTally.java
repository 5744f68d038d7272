package dk.prioritization.core.pairwise;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.RankedData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pairwise tally of a ranked profile: for every ordered pair of candidates, how many voters
 * prefer the first to the second; and the majority relation built on it.
 *
 * <p>This is what every Condorcet method counts. The {@linkplain #support support} of (a, b) is
 * the number of voters ranking a strictly above b; the {@linkplain #margin margin} is support(a,
 * b) - support(b, a). Voters ranking a and b in one tier count for neither. How a candidate left
 * unranked on a truncated ballot compares is the tally's {@link Unranked} convention.
 *
 * <pre>{@code
 * PairwiseTally<String> t = PairwiseTally.of(profile);
 * t.margin("Anna", "Bo");          // 12: twelve more voters prefer Anna to Bo than the reverse
 * t.condorcetWinner();             // Optional[Anna]
 * t.smithSet();                    // [Anna]
 * }</pre>
 *
 * <p>Supports are sums over ballots, so the tally of a union of ballot sets is the
 * {@link #merge merge} of their tallies: count parts of a large election apart and combine them.
 *
 * <p>The <em>majority graph</em> has an edge a → b when margin(a, b) &gt; 0. Its strongly
 * connected components with zero-margin pairs counted as edges both ways ({@link #components()})
 * are linearly ordered: every margin from an earlier component to a later one is positive. The
 * first component is the Smith set.
 *
 * <p>Counting costs O(L²) per distinct ballot ranking L candidates, plus O(m²) once; the matrix
 * takes 8m² bytes (8 MB for 1,000 candidates). The tally is immutable and thread-safe.
 *
 * @param <C> the candidate type
 */
public final class PairwiseTally<C> {
  private final ImmutableList<C> candidates;
  private final Unranked unranked;
  private final long voters;
  /** support[i * m + j]: voters preferring candidate i to candidate j. */
  private final long[] support;
  /** margin[i * m + j] = support(i, j) - support(j, i). */
  private final long[] margin;

  private PairwiseTally(List<C> candidates, Unranked unranked, long voters, long[] support) {
    this.candidates = ImmutableList.copyOf(candidates);
    this.unranked = unranked;
    this.voters = voters;
    this.support = support;
    int m = this.candidates.size();
    this.margin = new long[m * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        margin[i * m + j] = support[i * m + j] - support[j * m + i];
      }
    }
  }

  /**
   * Counts {@code profile} with unranked candidates {@linkplain Unranked#BELOW below} the ranked
   * ones.
   *
   * @param profile the profile
   * @param <C> the candidate type
   * @return the tally
   */
  public static <C> PairwiseTally<C> of(RankedProfile<C> profile) {
    return of(profile, Unranked.BELOW);
  }

  /**
   * Counts {@code profile} under the given convention for unranked candidates.
   *
   * @param profile the profile
   * @param unranked how an unranked candidate compares
   * @param <C> the candidate type
   * @return the tally
   */
  public static <C> PairwiseTally<C> of(RankedProfile<C> profile, Unranked unranked) {
    requireNonNull(unranked, "unranked");
    RankedData d = Access.ranked(profile);
    int m = d.m;
    long[] support = new long[m * m];
    // For truncated ballots under BELOW: each ranked candidate beats every unranked one. Counted
    // as (ballots ranking a) - (ballots ranking both a and b), so a ballot of L candidates costs
    // O(L²), not O(L·m).
    long[] ranking = null;
    long[] both = null;
    boolean below = unranked == Unranked.BELOW && d.anyTruncated;
    if (below) {
      ranking = new long[m];
      both = new long[m * m];
    }
    int[] order = d.order;
    for (int b = 0; b < d.size; b++) {
      long w = d.counts[b];
      int from = d.offsets[b];
      int to = d.offsets[b + 1];
      int p = from;
      while (p < to) {
        int tierEnd = p + 1;
        while (tierEnd < to && order[tierEnd] < 0) {
          tierEnd++;
        }
        for (int x = p; x < tierEnd; x++) {
          int row = (order[x] & RankedData.CANDIDATE) * m;
          for (int y = tierEnd; y < to; y++) {
            support[row + (order[y] & RankedData.CANDIDATE)] += w;
          }
        }
        p = tierEnd;
      }
      if (below && to - from < m) {
        for (int x = from; x < to; x++) {
          int a = order[x] & RankedData.CANDIDATE;
          ranking[a] += w;
          int row = a * m;
          for (int y = from; y < to; y++) {
            both[row + (order[y] & RankedData.CANDIDATE)] += w;
          }
        }
      }
    }
    if (below) {
      for (int a = 0; a < m; a++) {
        int row = a * m;
        for (int c = 0; c < m; c++) {
          if (c != a) {
            support[row + c] += ranking[a] - both[row + c];
          }
        }
      }
    }
    return new PairwiseTally<>(profile.candidates(), unranked, d.voters, support);
  }

  /**
   * Returns a tally from given supports, for a count made elsewhere or a textbook matrix.
   *
   * @param candidates the candidates, distinct
   * @param support {@code support[i][j]}: voters preferring candidate i to candidate j; the
   *     diagonal must be 0
   * @param voters the number of voters counted
   * @param unranked the convention the supports were counted under
   * @param <C> the candidate type
   * @return the tally
   * @throws IllegalArgumentException if the matrix is not square over the candidates, an entry is
   *     negative, a diagonal entry is not 0, or support(i, j) + support(j, i) exceeds the voters
   */
  public static <C> PairwiseTally<C> fromSupport(List<C> candidates, long[][] support, long voters,
      Unranked unranked) {
    requireNonNull(unranked, "unranked");
    int m = candidates.size();
    checkArgument(m > 0, "a pairwise tally needs at least one candidate");
    checkArgument(ImmutableSet.copyOf(candidates).size() == m, "the candidates %s are not distinct", candidates);
    checkArgument(voters >= 0, "the number of voters is %s, below 0", voters);
    checkArgument(support.length == m, "the support matrix has %s rows for %s candidates", support.length, m);
    long[] flat = new long[m * m];
    for (int i = 0; i < m; i++) {
      checkArgument(support[i].length == m, "row %s (%s) of the support matrix has %s entries for %s candidates",
          i, candidates.get(i), support[i].length, m);
      for (int j = 0; j < m; j++) {
        long s = support[i][j];
        if (i == j) {
          checkArgument(s == 0, "the support of %s over itself is %s, not 0", candidates.get(i), s);
        }
        checkArgument(s >= 0, "the support of %s over %s is %s, below 0", candidates.get(i), candidates.get(j), s);
        flat[i * m + j] = s;
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        checkArgument(flat[i * m + j] <= voters - flat[j * m + i],
            "%s voters prefer %s to %s and %s the reverse: more than the %s voters counted",
            flat[i * m + j], candidates.get(i), candidates.get(j), flat[j * m + i], voters);
      }
    }
    return new PairwiseTally<>(candidates, unranked, voters, flat);
  }

  /**
   * Returns the candidates, in the profile's order; indices below refer to it.
   *
   * @return the candidates
   */
  public List<C> candidates() {
    return candidates;
  }

  /**
   * Returns the convention under which unranked candidates were counted.
   *
   * @return the convention
   */
  public Unranked unranked() {
    return unranked;
  }

  /**
   * Returns the number of voters counted.
   *
   * @return the voters
   */
  public long voters() {
    return voters;
  }

  /**
   * Returns how many voters prefer {@code a} to {@code b}.
   *
   * @param a a candidate
   * @param b another candidate
   * @return the support
   * @throws IllegalArgumentException if either is not a candidate of this tally
   */
  public long support(C a, C b) {
    return supportAt(index(a), index(b));
  }

  /**
   * Returns support(a, b) - support(b, a).
   *
   * @param a a candidate
   * @param b another candidate
   * @return the margin; positive if a majority of those with a preference prefer {@code a}
   * @throws IllegalArgumentException if either is not a candidate of this tally
   */
  public long margin(C a, C b) {
    return marginAt(index(a), index(b));
  }

  /**
   * Returns how many voters prefer candidate {@code i} to candidate {@code j}, by index.
   *
   * @param i a candidate index
   * @param j a candidate index
   * @return the support
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public long supportAt(int i, int j) {
    int m = checkIndices(i, j);
    return support[i * m + j];
  }

  /**
   * Returns the margin of candidate {@code i} over candidate {@code j}, by index.
   *
   * @param i a candidate index
   * @param j a candidate index
   * @return the margin
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public long marginAt(int i, int j) {
    int m = checkIndices(i, j);
    return margin[i * m + j];
  }

  /**
   * Returns a copy of the margin matrix, row by row: entry {@code i * m + j} is the margin of
   * candidate i over candidate j.
   *
   * @return the margins
   */
  public long[] margins() {
    return margin.clone();
  }

  /**
   * Returns a copy of the support matrix, row by row: entry {@code i * m + j} is the number of
   * voters preferring candidate i to candidate j.
   *
   * @return the supports
   */
  public long[] supports() {
    return support.clone();
  }

  /** Returns the margins without copying, for the rules of this package. */
  long[] marginArray() {
    return margin;
  }

  /** Returns the supports without copying, for the rules of this package. */
  long[] supportArray() {
    return support;
  }

  /**
   * Returns the tally of both tallies' ballots together.
   *
   * @param other a tally over the same candidates, under the same convention
   * @return the merged tally
   * @throws IllegalArgumentException if the candidates or conventions differ
   * @throws ArithmeticException if the number of voters overflows a {@code long}
   */
  public PairwiseTally<C> merge(PairwiseTally<C> other) {
    checkArgument(candidates.equals(other.candidates),
        "cannot merge pairwise tallies over different candidates: %s and %s", candidates, other.candidates);
    checkArgument(unranked == other.unranked,
        "cannot merge a tally counting unranked candidates as %s with one counting them as %s",
        unranked.id(), other.unranked.id());
    long[] sum = new long[support.length];
    for (int k = 0; k < sum.length; k++) {
      sum[k] = Math.addExact(support[k], other.support[k]);
    }
    return new PairwiseTally<>(candidates, unranked, Math.addExact(voters, other.voters), sum);
  }

  /**
   * Returns the Condorcet winner: the candidate with a positive margin over every other.
   *
   * @return the winner, or empty if there is none
   */
  public Optional<C> condorcetWinner() {
    return extreme(1);
  }

  /**
   * Returns the Condorcet loser: the candidate with a negative margin against every other.
   *
   * @return the loser, or empty if there is none
   */
  public Optional<C> condorcetLoser() {
    return extreme(-1);
  }

  private Optional<C> extreme(int sign) {
    int m = candidates.size();
    if (m == 1) {
      return Optional.empty();
    }
    outer:
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (j != i && Long.signum(margin[i * m + j]) != sign) {
          continue outer;
        }
      }
      return Optional.of(candidates.get(i));
    }
    return Optional.empty();
  }

  /**
   * Returns the weak Condorcet winners: the candidates no other candidate beats (no negative
   * margin).
   *
   * @return the weak Condorcet winners in candidate order; possibly empty
   */
  public Set<C> weakCondorcetWinners() {
    int m = candidates.size();
    ImmutableSet.Builder<C> out = ImmutableSet.builder();
    outer:
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (margin[j * m + i] > 0) {
          continue outer;
        }
      }
      out.add(candidates.get(i));
    }
    return out.build();
  }

  /**
   * Returns the Smith set (top cycle, GETCHA): the smallest non-empty set of candidates each of
   * whom beats, by a positive margin, every candidate outside it.
   *
   * @return the Smith set in candidate order
   */
  public Set<C> smithSet() {
    return components().get(0);
  }

  /**
   * Returns the Schwartz set (GOCHA): the union of the minimal sets of candidates that no
   * outsider beats; equivalently, the candidates x such that whoever reaches x by a chain of
   * majority wins is reached back by x. It lies inside the Smith set.
   *
   * @return the Schwartz set in candidate order
   */
  public Set<C> schwartzSet() {
    boolean[] in = MajorityGraph.schwartz(candidates.size(), margin);
    ImmutableSet.Builder<C> out = ImmutableSet.builder();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out.add(candidates.get(i));
      }
    }
    return out.build();
  }

  /**
   * Returns the strongly connected components of the majority graph with zero-margin pairs as
   * edges both ways, best first: every candidate of a component has a positive margin over every
   * candidate of each later one. The first is the Smith set; a component of one candidate after
   * the first marks a clear step in the social order.
   *
   * @return the components, each in candidate order
   */
  public List<Set<C>> components() {
    int[][] comps = MajorityGraph.components(candidates.size(), margin, true);
    List<Set<C>> out = new ArrayList<>(comps.length);
    for (int[] comp : comps) {
      ImmutableSet.Builder<C> set = ImmutableSet.builderWithExpectedSize(comp.length);
      for (int v : comp) {
        set.add(candidates.get(v));
      }
      out.add(set.build());
    }
    return ImmutableList.copyOf(out);
  }

  private int index(C candidate) {
    int i = candidates.indexOf(candidate);
    checkArgument(i >= 0, "unknown candidate '%s'; the candidates are %s", candidate, candidates);
    return i;
  }

  private int checkIndices(int i, int j) {
    int m = candidates.size();
    com.google.common.base.Preconditions.checkElementIndex(i, m, "candidate index");
    com.google.common.base.Preconditions.checkElementIndex(j, m, "candidate index");
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseTally<?> t
        && candidates.equals(t.candidates)
        && unranked == t.unranked
        && voters == t.voters
        && Arrays.equals(support, t.support);
  }

  @Override
  public int hashCode() {
    return (candidates.hashCode() * 31 + unranked.hashCode()) * 31 + Arrays.hashCode(support);
  }

  @Override
  public String toString() {
    return "pairwise tally of " + voters + " voters over " + candidates + " (unranked " + unranked.id() + ")";
  }
}
