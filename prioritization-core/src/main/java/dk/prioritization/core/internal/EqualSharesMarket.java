package dk.prioritization.core.internal;

import dk.prioritization.core.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The voters' money during one count of the Method of Equal Shares (approval ballots, each
 * supporter pays an equal share), and the search for the candidate to buy next; the engine of the
 * committee rule and of the budget rule.
 *
 * <p><b>Money by class.</b> Distinct ballots holding the same amount share a class, so the
 * payment for a candidate is found from its supporters' weight in each class, taken in
 * increasing order of amount: one step per class, not a sort of every supporter. There are few
 * classes (an amount is the share less some of the payments made so far; equal amounts are
 * merged). All amounts are whole multiples of one common denominator, so the steps are exact
 * integer arithmetic; a rational is made only for a result.
 *
 * <p><b>Lazy search.</b> A candidate's price per unit, q / cost, never falls as money is spent,
 * and a candidate its supporters cannot afford never becomes affordable again. So {@link #next}
 * keeps each candidate's last price as a lower bound, re-evaluates candidates in increasing order
 * of that bound (then index), and stops at the first whose bound is above the best price found:
 * that price is then the smallest, and the lowest index among equals has been seen. This is the
 * speed-up described at equalshares.net, "Implementation: computation"
 * (https://equalshares.net/implementation/computation/). The answers are those of evaluating
 * every candidate in every round.
 */
public final class EqualSharesMarket {
  private final long[] counts;
  private final long[] cost;
  /** For each candidate, the distinct ballots approving it, ascending. */
  private final int[][] supporters;
  /** The common denominator of all amounts. */
  private BigInteger denominator;
  /** Each class's money per voter, times {@link #denominator}; distinct. */
  private final List<BigInteger> amount = new ArrayList<>();
  /** The class of a scaled amount (looked up only, never iterated). */
  private final Map<BigInteger, Integer> classOf = new HashMap<>();
  /** The classes in increasing order of amount. */
  private final List<Integer> byAmount = new ArrayList<>();
  /** Each class's position in {@link #byAmount}. */
  private int[] rank = new int[0];
  /** Each distinct ballot's class. */
  private final int[] cls;
  /** Scratch: the supporters' weight by class; all zero between uses. */
  private long[] weight = new long[0];
  /** Each candidate's last price per unit, a lower bound of its price from now on. */
  private final Rational[] bound;
  /** The candidates {@link #next} still considers, by bound, then index. */
  private final PriorityQueue<Integer> queue;
  private Rational nextPayment;

  /**
   * Opens a market in which every voter has {@code share}.
   *
   * @param counts the voters casting each distinct ballot
   * @param supporters for each candidate, the distinct ballots approving it, ascending (not
   *     copied, not changed)
   * @param cost each candidate's cost, positive for the candidates {@link #next} considers
   * @param considered the candidates {@link #next} considers, by index
   * @param share each voter's money at the start, not negative
   */
  public EqualSharesMarket(long[] counts, int[][] supporters, long[] cost, boolean[] considered, Rational share) {
    this.counts = counts;
    this.supporters = supporters;
    this.cost = cost.clone();
    this.cls = new int[counts.length];
    this.denominator = share.denominator();
    classFor(share.numerator());
    this.bound = new Rational[supporters.length];
    this.queue = new PriorityQueue<>((x, y) -> {
      int c = bound[x].compareTo(bound[y]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    for (int i = 0; i < supporters.length; i++) {
      if (considered[i]) {
        bound[i] = Rational.ZERO;
        queue.add(i);
      }
    }
  }

  /**
   * Returns, for each candidate of {@code data}, the distinct ballots approving it, ascending.
   *
   * @param data the profile's distinct ballots
   * @return the supporters by candidate
   */
  public static int[][] supporters(ApprovalData data) {
    int d = data.size;
    int[] per = new int[data.m];
    for (int k = 0; k < data.offsets[d]; k++) {
      per[data.members[k]]++;
    }
    int[][] out = new int[data.m][];
    for (int i = 0; i < data.m; i++) {
      out[i] = new int[per[i]];
      per[i] = 0;
    }
    for (int b = 0; b < d; b++) {
      for (int k = data.offsets[b]; k < data.offsets[b + 1]; k++) {
        int i = data.members[k];
        out[i][per[i]++] = b;
      }
    }
    return out;
  }

  /** The class of the scaled amount {@code value}, made if new. */
  private int classFor(BigInteger value) {
    Integer known = classOf.get(value);
    if (known != null) {
      return known;
    }
    int k = amount.size();
    amount.add(value);
    classOf.put(value, k);
    int at = 0;
    int hi = byAmount.size();
    while (at < hi) {
      int mid = (at + hi) >>> 1;
      if (amount.get(byAmount.get(mid)).compareTo(value) < 0) {
        at = mid + 1;
      } else {
        hi = mid;
      }
    }
    byAmount.add(at, k);
    rank = new int[amount.size()];
    for (int r = 0; r < byAmount.size(); r++) {
      rank[byAmount.get(r)] = r;
    }
    weight = Arrays.copyOf(weight, amount.size());
    return k;
  }

  /** Makes {@code to}, a multiple of the denominator, the new denominator. */
  private void rescale(BigInteger to) {
    BigInteger factor = to.divide(denominator);
    denominator = to;
    classOf.clear();
    for (int k = 0; k < amount.size(); k++) {
      amount.set(k, amount.get(k).multiply(factor));
      classOf.put(amount.get(k), k);
    }
  }

  /**
   * Collects the weight by class of the supporters of {@code c} into {@link #weight}; returns the
   * classes met, in increasing order of amount.
   */
  private int[] gather(int c) {
    int[] met = new int[Math.min(supporters[c].length, amount.size())];
    int n = 0;
    for (int b : supporters[c]) {
      int k = cls[b];
      if (weight[k] == 0) {
        met[n++] = k;
      }
      weight[k] += counts[b];
    }
    long[] keys = new long[n];
    for (int j = 0; j < n; j++) {
      keys[j] = (long) rank[met[j]] << 32 | met[j];
    }
    Arrays.sort(keys);
    int[] out = new int[n];
    for (int j = 0; j < n; j++) {
      out[j] = (int) keys[j];
    }
    return out;
  }

  /**
   * Returns the smallest payment q such that the supporters of {@code c}, each paying min(own
   * money, q), together pay its cost; or null if all their money does not cover it.
   *
   * @param c the candidate's index
   * @return the payment per voter, exact, or null
   */
  public Rational payment(int c) {
    int[] classes = gather(c);
    long left = 0;
    for (int k : classes) {
      left += weight[k];
    }
    BigInteger rest = BigInteger.valueOf(cost[c]).multiply(denominator);
    Rational found = null;
    for (int k : classes) {
      if (found == null) {
        // can everyone from this class on pay an equal share, rest / left, of at most its money?
        BigInteger money = amount.get(k);
        if (rest.compareTo(money.multiply(BigInteger.valueOf(left))) <= 0) {
          found = Rational.of(rest, BigInteger.valueOf(left).multiply(denominator));
        } else {
          rest = rest.subtract(money.multiply(BigInteger.valueOf(weight[k])));
          left -= weight[k];
        }
      }
      weight[k] = 0;
    }
    return found;
  }

  /**
   * Returns the considered candidate not yet bought of the smallest price per unit, q / cost,
   * the lowest index among equals; or -1 if none is affordable. Its payment is then
   * {@link #nextPayment()}.
   *
   * @return the candidate's index, or -1
   */
  public int next() {
    int best = -1;
    Rational bestRho = null;
    Rational bestQ = null;
    List<Integer> seen = new ArrayList<>();
    while (!queue.isEmpty() && (bestRho == null || bound[queue.peek()].compareTo(bestRho) <= 0)) {
      int c = queue.poll();
      Rational q = payment(c);
      if (q == null) {
        continue; // not affordable now, nor ever again
      }
      Rational rho = q.times(Rational.of(1, cost[c]));
      bound[c] = rho;
      seen.add(c);
      int cmp = bestRho == null ? -1 : rho.compareTo(bestRho);
      if (cmp < 0 || (cmp == 0 && c < best)) {
        best = c;
        bestRho = rho;
        bestQ = q;
      }
    }
    queue.addAll(seen);
    nextPayment = bestQ;
    return best;
  }

  /**
   * Returns the payment of the candidate the last {@link #next} returned.
   *
   * @return the payment per voter, or null if {@link #next} found none
   */
  public Rational nextPayment() {
    return nextPayment;
  }

  /**
   * Buys {@code c}: each of its supporters pays min(own money, q). The candidate is no longer
   * considered by {@link #next}.
   *
   * @param c the candidate's index
   * @param q the payment per voter
   */
  public void pay(int c, Rational q) {
    queue.remove(c);
    BigInteger g = denominator.gcd(q.denominator());
    BigInteger common = denominator.divide(g).multiply(q.denominator());
    if (!common.equals(denominator)) {
      rescale(common);
    }
    BigInteger scaled = q.numerator().multiply(denominator.divide(q.denominator()));
    int[] moved = new int[amount.size()];
    Arrays.fill(moved, -1);
    for (int b : supporters[c]) {
      int k = cls[b];
      if (moved[k] < 0) {
        BigInteger money = amount.get(k);
        moved[k] = classFor(money.compareTo(scaled) <= 0 ? BigInteger.ZERO : money.subtract(scaled));
      }
      cls[b] = moved[k];
    }
  }

  /**
   * Returns the money the supporters of {@code c} have left, in total.
   *
   * @param c the candidate's index
   * @return the sum over its supporters of their money, exact
   */
  public Rational left(int c) {
    BigInteger have = BigInteger.ZERO;
    for (int k : gather(c)) {
      have = have.add(amount.get(k).multiply(BigInteger.valueOf(weight[k])));
      weight[k] = 0;
    }
    return Rational.of(have, denominator);
  }
}
