package dk.prioritization.core.budget;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.ApprovalData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Method of Equal Shares with costs as {@link EqualSharesBudget} first computed it, kept as an
 * oracle for the faster engine: every voter's money an exact rational, every open candidate's
 * payment recomputed in every round by sorting its supporters by money. Deliberately simple and
 * slow; it returns numbers only, not the rule's texts.
 */
final class EqualSharesBudgetReference {
  /**
   * The reference's answer.
   *
   * @param chosen the chosen candidates' indices in the order chosen, zero-cost ones first
   * @param payments for each candidate chosen by paying, in order, the most a supporter paid
   * @param left for every candidate, the money its supporters have left at the end
   * @param tiedRounds the rounds in which another candidate had the same smallest price
   * @param cappedRounds the rounds in which a supporter paid all it had, less than the payment
   */
  record Result(List<Integer> chosen, List<Rational> payments, List<Rational> left, int tiedRounds,
      int cappedRounds) {}

  private EqualSharesBudgetReference() {}

  static Result run(ApprovalProfile<String> profile, BudgetInstance<String> instance) {
    ApprovalData data = Access.approval(profile);
    int m = profile.candidateCount();
    long[] cost = new long[m];
    long[] approvals = new long[m];
    for (int i = 0; i < m; i++) {
      cost[i] = instance.cost(profile.candidates().get(i));
    }
    int d = data.size;
    long n = data.voters;
    Rational[] money = new Rational[d];
    Arrays.fill(money, n == 0 ? Rational.ZERO : Rational.of(instance.budget(), n));
    List<List<Integer>> supporters = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      supporters.add(new ArrayList<>());
    }
    for (int b = 0; b < d; b++) {
      for (int k = data.offsets[b]; k < data.offsets[b + 1]; k++) {
        supporters.get(data.members[k]).add(b);
        approvals[data.members[k]] += data.counts[b];
      }
    }
    List<Integer> chosen = new ArrayList<>();
    List<Rational> payments = new ArrayList<>();
    int tiedRounds = 0;
    int cappedRounds = 0;
    boolean[] done = new boolean[m];
    for (int i = 0; i < m; i++) {
      if (approvals[i] > 0 && cost[i] == 0) {
        done[i] = true;
        chosen.add(i);
      }
    }
    while (true) {
      int best = -1;
      Rational bestQ = null;
      Rational bestRho = null;
      boolean tied = false;
      for (int i = 0; i < m; i++) {
        if (done[i] || approvals[i] == 0) {
          continue;
        }
        Rational q = payment(cost[i], supporters.get(i), money, data.counts);
        if (q == null) {
          continue;
        }
        Rational rho = q.times(Rational.of(1, cost[i]));
        tied |= bestRho != null && rho.compareTo(bestRho) == 0;
        if (bestRho == null || rho.compareTo(bestRho) < 0) {
          tied = false;
          best = i;
          bestQ = q;
          bestRho = rho;
        }
      }
      if (best < 0) {
        break;
      }
      done[best] = true;
      tiedRounds += tied ? 1 : 0;
      boolean capped = false;
      for (int b : supporters.get(best)) {
        capped |= money[b].compareTo(bestQ) < 0;
        money[b] = money[b].minus(money[b].compareTo(bestQ) < 0 ? money[b] : bestQ);
      }
      chosen.add(best);
      payments.add(bestQ);
      cappedRounds += capped ? 1 : 0;
    }
    List<Rational> left = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      Rational have = Rational.ZERO;
      for (int b : supporters.get(i)) {
        have = have.plus(money[b].times(Rational.of(data.counts[b])));
      }
      left.add(have);
    }
    return new Result(chosen, payments, left, tiedRounds, cappedRounds);
  }

  private static Rational payment(long cost, List<Integer> groups, Rational[] money, long[] counts) {
    Rational total = Rational.ZERO;
    long weight = 0;
    for (int b : groups) {
      total = total.plus(money[b].times(Rational.of(counts[b])));
      weight += counts[b];
    }
    Rational price = Rational.of(cost);
    if (total.compareTo(price) < 0) {
      return null;
    }
    List<Integer> byMoney = new ArrayList<>(groups);
    byMoney.sort((x, y) -> {
      int c = money[x].compareTo(money[y]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    Rational paid = Rational.ZERO;
    for (int b : byMoney) {
      Rational q = price.minus(paid).times(Rational.of(1, weight));
      if (q.compareTo(money[b]) <= 0) {
        return q;
      }
      paid = paid.plus(money[b].times(Rational.of(counts[b])));
      weight -= counts[b];
    }
    return null;
  }
}
