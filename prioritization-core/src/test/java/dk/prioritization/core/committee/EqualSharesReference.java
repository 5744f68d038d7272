package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Method of Equal Shares with add1 and approval completion as {@link EqualShares} first
 * computed it, kept as an oracle for the faster engine: every voter's money an exact rational,
 * every open candidate's price recomputed in every round by sorting its approvers by money, and a
 * whole run for every budget tried. Deliberately simple and slow; numbers only, no texts.
 */
final class EqualSharesReference {
  /**
   * One run at one total budget.
   *
   * @param members the candidates bought, in order
   * @param prices the price per voter ρ each was bought at
   * @param rounds for each round, every affordable open candidate's ρ (null where not)
   * @param tied whether some round had two candidates of the smallest ρ
   * @param left for every candidate, the money its approvers have left at the end
   */
  record Run(List<Integer> members, List<Rational> prices, List<Rational[]> rounds, boolean tied,
      List<Rational> left) {}

  /**
   * The rule's answer.
   *
   * @param members the committee, in the rule's order (bought, then completed)
   * @param tied whether the rule reports a tie
   * @param budget the total budget of the kept run
   * @param kept the kept run
   * @param runnerUp the candidate the rule would take next, or -1
   */
  record Result(List<Integer> members, boolean tied, long budget, Run kept, int runnerUp) {}

  private EqualSharesReference() {}

  /** One run with total budget {@code budget}. */
  static Run run(Approvals<?> a, long budget) {
    Rational[] money = new Rational[a.ballots];
    Arrays.fill(money, Rational.of(budget, Math.max(1, a.voters)));
    boolean[] in = new boolean[a.m];
    List<Integer> members = new ArrayList<>();
    List<Rational> prices = new ArrayList<>();
    List<Rational[]> rounds = new ArrayList<>();
    boolean tied = false;
    while (true) {
      Rational[] rho = new Rational[a.m];
      Rational best = null;
      for (int c = 0; c < a.m; c++) {
        if (in[c]) {
          continue;
        }
        rho[c] = price(a, money, c);
        if (rho[c] != null && (best == null || rho[c].compareTo(best) < 0)) {
          best = rho[c];
        }
      }
      if (best == null) {
        break;
      }
      List<Integer> top = new ArrayList<>();
      for (int c = 0; c < a.m; c++) {
        if (rho[c] != null && rho[c].compareTo(best) == 0) {
          top.add(c);
        }
      }
      int chosen = top.get(0);
      tied |= top.size() > 1;
      rounds.add(rho);
      for (int b : a.approvers[chosen]) {
        money[b] = money[b].compareTo(best) <= 0 ? Rational.ZERO : money[b].minus(best);
      }
      in[chosen] = true;
      members.add(chosen);
      prices.add(best);
    }
    List<Rational> left = new ArrayList<>();
    for (int c = 0; c < a.m; c++) {
      Rational have = Rational.ZERO;
      for (int b : a.approvers[c]) {
        have = have.plus(money[b].times(Rational.of(a.counts[b])));
      }
      left.add(have);
    }
    return new Run(members, prices, rounds, tied, left);
  }

  private static Rational price(Approvals<?> a, Rational[] money, int c) {
    int[] appr = a.approvers[c];
    Integer[] order = new Integer[appr.length];
    Rational total = Rational.ZERO;
    long n = 0;
    for (int i = 0; i < appr.length; i++) {
      order[i] = appr[i];
      total = total.plus(money[appr[i]].times(Rational.of(a.counts[appr[i]])));
      n += a.counts[appr[i]];
    }
    if (total.compareTo(Rational.ONE) < 0) {
      return null;
    }
    Arrays.sort(order, (x, y) -> money[x].compareTo(money[y]));
    Rational left = Rational.ONE;
    for (int b : order) {
      if (money[b].times(Rational.of(n)).compareTo(left) >= 0) {
        return Approvals.divide(left, Rational.of(n));
      }
      left = left.minus(money[b].times(Rational.of(a.counts[b])));
      n -= a.counts[b];
    }
    return null;
  }

  /** The committee of size {@code k}. */
  static Result select(ApprovalProfile<String> profile, int k) {
    Approvals<String> a = Approvals.of(profile, k);
    int approvedCandidates = 0;
    for (int c = 0; c < a.m; c++) {
      approvedCandidates += a.approvals(c) > 0 ? 1 : 0;
    }
    long budget = k;
    Run kept = run(a, budget);
    long keptBudget = budget;
    long ceiling = Math.multiplyExact(Math.max(1, a.voters), (long) a.m);
    while (kept.members().size() < k && kept.members().size() < approvedCandidates && budget < ceiling) {
      budget++;
      Run next = run(a, budget);
      if (next.members().size() > k) {
        break;
      }
      kept = next;
      keptBudget = budget;
    }
    List<Integer> members = new ArrayList<>(kept.members());
    boolean tied = kept.tied();
    boolean[] in = new boolean[a.m];
    members.forEach(c -> in[c] = true);
    Integer[] byApprovals = new Integer[a.m];
    for (int c = 0; c < a.m; c++) {
      byApprovals[c] = c;
    }
    Arrays.sort(byApprovals, (x, y) -> {
      int cmp = Long.compare(a.approvals(y), a.approvals(x));
      return cmp != 0 ? cmp : Integer.compare(x, y);
    });
    boolean completed = members.size() < k;
    if (completed) {
      long lastScore = -1;
      for (int c : byApprovals) {
        if (!in[c] && members.size() < k) {
          in[c] = true;
          members.add(c);
          lastScore = a.approvals(c);
        }
      }
      for (int c = 0; c < a.m; c++) {
        tied |= !in[c] && a.approvals(c) == lastScore;
      }
    }
    int runnerUp = -1;
    if (completed) {
      for (int c : byApprovals) {
        if (!in[c]) {
          runnerUp = c;
          break;
        }
      }
    } else {
      for (int c = 0; c < a.m; c++) {
        if (!in[c] && (runnerUp < 0 || kept.left().get(c).compareTo(kept.left().get(runnerUp)) > 0)) {
          runnerUp = c;
        }
      }
    }
    return new Result(members, tied, keptBudget, kept, runnerUp);
  }
}
