package dk.prioritization.core.approval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.ApprovalData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The mergeable tally of approval ballots: for each candidate, how many voters approve it on
 * ballots of each size.
 *
 * <p>From it come both the approval counts ({@link #approvals}) and the exact satisfaction-approval
 * scores ({@link #satisfaction}: each voter's one point split evenly over the candidates they
 * approve). Counts are sums, so {@code tally(A ∪ B) = tally(A).merge(tally(B))}.
 *
 * <pre>{@code
 * ApprovalTally<String> t = ApprovalTally.of(partA).merge(ApprovalTally.of(partB));
 * t.approvals("T4");   // 17
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class ApprovalTally<C> {
  private final ImmutableList<C> candidates;
  /** bySize[c][s]: voters approving c on a ballot that approves s candidates. */
  private final long[][] bySize;
  private final long voters;
  private final long emptyBallots;

  private ApprovalTally(List<C> candidates, long[][] bySize, long voters, long emptyBallots) {
    this.candidates = ImmutableList.copyOf(candidates);
    this.bySize = bySize;
    this.voters = voters;
    this.emptyBallots = emptyBallots;
  }

  /**
   * Counts an approval profile.
   *
   * @param profile the profile
   * @param <C> the candidate type
   * @return the tally
   */
  public static <C> ApprovalTally<C> of(ApprovalProfile<C> profile) {
    ApprovalData d = Access.approval(profile);
    long[][] bySize = new long[d.m][d.m + 1];
    long empty = 0;
    for (int b = 0; b < d.size; b++) {
      int from = d.offsets[b];
      int size = d.offsets[b + 1] - from;
      long count = d.counts[b];
      if (size == 0) {
        empty += count;
      }
      for (int i = from; i < from + size; i++) {
        long[] row = bySize[d.members[i]];
        row[size] += count; // cannot overflow: bounded by d.voters, which is exact
      }
    }
    return new ApprovalTally<>(profile.candidates(), bySize, d.voters, empty);
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
   * Returns the number of voters counted, empty ballots included.
   *
   * @return the number of voters
   */
  public long voters() {
    return voters;
  }

  /**
   * Returns the number of voters who approved nobody.
   *
   * @return the number of empty ballots
   */
  public long emptyBallots() {
    return emptyBallots;
  }

  /**
   * Returns how many voters approve {@code candidate}.
   *
   * @param candidate a candidate
   * @return its approvals
   */
  public long approvals(C candidate) {
    long sum = 0;
    for (long v : bySize[index(candidate)]) {
      sum += v;
    }
    return sum;
  }

  /**
   * Returns each candidate's approvals, in candidate order.
   *
   * @return the approvals
   */
  public Map<C, Rational> approvals() {
    ImmutableMap.Builder<C, Rational> m = ImmutableMap.builder();
    for (C c : candidates) {
      m.put(c, Rational.of(approvals(c)));
    }
    return m.buildOrThrow();
  }

  /**
   * Returns {@code candidate}'s satisfaction score: the sum over its approvers of one divided by
   * the number of candidates each approves.
   *
   * @param candidate a candidate
   * @return the exact score
   */
  public Rational satisfaction(C candidate) {
    long[] row = bySize[index(candidate)];
    Rational sum = Rational.ZERO;
    for (int s = 1; s < row.length; s++) {
      if (row[s] != 0) {
        sum = sum.plus(Rational.of(row[s], s));
      }
    }
    return sum;
  }

  /**
   * Returns each candidate's satisfaction score, in candidate order.
   *
   * @return the scores
   */
  public Map<C, Rational> satisfaction() {
    ImmutableMap.Builder<C, Rational> m = ImmutableMap.builder();
    for (C c : candidates) {
      m.put(c, satisfaction(c));
    }
    return m.buildOrThrow();
  }

  /**
   * Returns the tally of both tallies' ballots together.
   *
   * @param other a tally over the same candidates
   * @return the merged tally
   * @throws IllegalArgumentException if the candidates differ
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ApprovalTally<C> merge(ApprovalTally<C> other) {
    checkArgument(candidates.equals(other.candidates),
        "cannot merge tallies over different candidates: %s and %s", candidates, other.candidates);
    long[][] sum = new long[bySize.length][];
    for (int c = 0; c < sum.length; c++) {
      sum[c] = new long[bySize[c].length];
      for (int s = 0; s < sum[c].length; s++) {
        sum[c][s] = Math.addExact(bySize[c][s], other.bySize[c][s]);
      }
    }
    return new ApprovalTally<>(candidates, sum, Math.addExact(voters, other.voters),
        Math.addExact(emptyBallots, other.emptyBallots));
  }

  private int index(C candidate) {
    int i = candidates.indexOf(candidate);
    checkArgument(i >= 0, "unknown candidate '%s'; the candidates are %s", candidate, candidates);
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApprovalTally<?> t
        && candidates.equals(t.candidates)
        && voters == t.voters
        && emptyBallots == t.emptyBallots
        && Arrays.deepEquals(bySize, t.bySize);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(bySize);
  }

  @Override
  public String toString() {
    return "approval tally of " + voters + " voters: " + approvals();
  }
}
