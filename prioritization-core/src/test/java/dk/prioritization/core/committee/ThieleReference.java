package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact PAV / Chamberlin-Courant search as the library first shipped it, kept as an oracle
 * for the faster search: a branch and bound over the candidates in index order, including
 * before excluding, bounded by the sum of the {@code r} largest marginal gains of the candidates
 * not yet decided, starting from the score of the greedy committee. It visits the committees in
 * lexicographic order of their sorted indices, so the first optimal committee it meets is the
 * first in candidate order. Deliberately simple and slow.
 */
final class ThieleReference {
  /** The reference's answer: the members' indices ascending, the score, and whether it is tied. */
  record Result(List<Integer> members, Rational score, boolean tied) {}

  private final Approvals<?> a;
  private final long[] w;
  private final int k;
  private final int[] sat;
  private final int[] stack;
  private final long[] scratch;
  private long best;
  private int[] bestSet;
  private boolean tied;

  private ThieleReference(Approvals<?> a, long[] w, int k, long lower) {
    this.a = a;
    this.w = w;
    this.k = k;
    this.sat = new int[a.ballots];
    this.stack = new int[k];
    this.scratch = new long[a.m];
    this.best = lower;
  }

  /** The exact committee of size {@code k}: PAV if {@code pav}, else Chamberlin-Courant. */
  static Result exact(ApprovalProfile<String> profile, int k, boolean pav) {
    Approvals<String> a = Approvals.of(profile, k);
    long[] w = weights(k, pav);
    ThieleReference s = new ThieleReference(a, w, k, greedy(a, w, k) - 1);
    s.dfs(0, 0, 0);
    List<Integer> members = new ArrayList<>();
    for (int c : s.bestSet) {
      members.add(c);
    }
    return new Result(members, Rational.of(s.best, w[0]), s.tied);
  }

  /** The weights {@code w[1..k]} scaled by {@code w[0]} = lcm(1..k) (PAV) or 1 (CC). */
  private static long[] weights(int k, boolean pav) {
    long[] w = new long[k + 1];
    if (!pav) {
      w[0] = 1;
      w[1] = 1;
      return w;
    }
    BigInteger lcm = BigInteger.ONE;
    for (int j = 2; j <= k; j++) {
      BigInteger bj = BigInteger.valueOf(j);
      lcm = lcm.divide(lcm.gcd(bj)).multiply(bj);
    }
    long l = lcm.longValueExact();
    w[0] = l;
    for (int j = 1; j <= k; j++) {
      w[j] = l / j;
    }
    return w;
  }

  private static long marginal(Approvals<?> a, long[] w, int[] sat, int c) {
    long g = 0;
    for (int b : a.approvers[c]) {
      int s = sat[b] + 1;
      if (s < w.length) {
        g += a.counts[b] * w[s];
      }
    }
    return g;
  }

  private static void add(Approvals<?> a, int[] sat, int c, int delta) {
    for (int b : a.approvers[c]) {
      sat[b] += delta;
    }
  }

  /** The scaled score of the sequential committee (largest marginal gain, ties by index). */
  private static long greedy(Approvals<?> a, long[] w, int k) {
    int[] sat = new int[a.ballots];
    boolean[] in = new boolean[a.m];
    long total = 0;
    for (int round = 0; round < k; round++) {
      int chosen = -1;
      long best = -1;
      for (int c = 0; c < a.m; c++) {
        long g = in[c] ? -1 : marginal(a, w, sat, c);
        if (g > best) {
          best = g;
          chosen = c;
        }
      }
      in[chosen] = true;
      add(a, sat, chosen, 1);
      total += best;
    }
    return total;
  }

  private void dfs(int i, int chosen, long score) {
    int r = k - chosen;
    if (r == 0) {
      if (score > best) {
        best = score;
        bestSet = stack.clone();
        tied = false;
      } else if (score == best) {
        tied = true;
      }
      return;
    }
    if (a.m - i < r) {
      return;
    }
    int n = 0;
    for (int c = i; c < a.m; c++) {
      scratch[n++] = marginal(a, w, sat, c);
    }
    Arrays.sort(scratch, 0, n);
    long bound = score;
    for (int j = 0; j < r; j++) {
      bound += scratch[n - 1 - j];
    }
    if (bound < best || (bound == best && tied)) {
      return;
    }
    long g = marginal(a, w, sat, i);
    add(a, sat, i, 1);
    stack[chosen] = i;
    dfs(i + 1, chosen + 1, score + g);
    add(a, sat, i, -1);
    dfs(i + 1, chosen, score);
  }
}
