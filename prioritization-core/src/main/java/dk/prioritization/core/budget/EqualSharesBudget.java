package dk.prioritization.core.budget;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.EqualSharesMarket;
import dk.prioritization.core.internal.Names;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Method of Equal Shares with costs, for approval ballots: the budget is split equally among
 * the voters, and a candidate can only be chosen if its supporters can pay for it from their
 * shares.
 *
 * <p><b>Definition.</b> Each of the n voters starts with B / n. In each round, for each candidate
 * c not yet chosen, with cost(c) &gt; 0, find the smallest payment q such that its supporters pay
 * cost(c) in total when each pays min(own money, q); c is affordable if its supporters together
 * have at least cost(c). Choose the affordable candidate with the smallest q / cost(c) (the
 * "price per unit of utility" under cost utilities, where a voter's utility of an approved
 * candidate is its cost; equivalently the largest "effective vote count" cost(c) / q). Its
 * supporters pay min(own money, q). Stop when no candidate is affordable. A candidate that costs
 * nothing and has a supporter is chosen first, free of charge. Voters casting the same ballot are
 * counted by weight; all money is exact {@link Rational}.
 *
 * <p><b>Completion:</b> none. The method may leave budget unspent; this rule reports it and does
 * not complete the selection (equalshares.net recommends completing by raising the budget, "add1";
 * run {@link GreedyByVotes} on the remainder for a utilitarian completion if wanted).
 *
 * <p><b>Source:</b> D. Peters, G. Pierczyński and P. Skowron, "Proportional participatory
 * budgeting with additive utilities", NeurIPS 2021; the approval version with cost utilities as
 * described at equalshares.net.
 *
 * <p><b>Complexity:</b> at most O(k &middot; m &middot; (d + a log a)) exact integer operations for
 * k chosen candidates, m candidates, d distinct ballots and a distinct amounts of money left
 * (voters holding the same amount are counted together, all amounts over one common
 * denominator). A candidate is re-evaluated only while its last price is not above the best
 * price of the round, since prices never fall (equalshares.net, "Implementation: computation");
 * 100 projects and 10,000 voters take about 3 ms.
 *
 * <p><b>Properties:</b> never exceeds the budget; satisfies extended justified representation up
 * to one project (EJR up to one) for cost utilities; not exhaustive (see completion); not
 * monotone in the budget.
 *
 * <p><b>Ties:</b> equal prices are decided in candidate order, as stated in the explanation.
 * Candidates nobody approves are never chosen.
 */
public final class EqualSharesBudget implements BudgetRule {
  private static final EqualSharesBudget RULE = new EqualSharesBudget();

  private EqualSharesBudget() {}

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public static EqualSharesBudget rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "equal-shares-cost";
  }

  @Override
  public String description() {
    return "Method of Equal Shares: each voter gets an equal share of the budget to spend on what they approve.";
  }

  @Override
  public Map<String, String> options() {
    return Map.of();
  }

  @Override
  public <C> BudgetSelection<C> select(ApprovalProfile<C> profile, BudgetInstance<C> instance) {
    Work<C> w = new Work<>(profile, instance);
    long n = w.data.voters;
    Rational share = n == 0 ? Rational.ZERO : Rational.of(w.budget, n);
    w.steps.add(new Explanation.Note<>(new Text(
        "each of the " + n + " voters gets an equal share of the budget: " + share
            + "; equal prices are decided in candidate order",
        "hver af de " + n + " vælgere får en lige stor del af budgettet: " + share
            + "; lige priser afgøres i kandidatrækkefølge")));
    boolean[] done = new boolean[w.m];
    for (int i = 0; i < w.m; i++) {
      if (w.approvals[i] > 0 && w.cost[i] == 0) {
        done[i] = true;
        w.choose(i, new Text("chosen in round " + (w.chosen.size() + 1) + ": costs nothing",
            "valgt i runde " + (w.chosen.size() + 1) + ": koster intet"));
      }
    }
    boolean[] considered = new boolean[w.m];
    for (int i = 0; i < w.m; i++) {
      considered[i] = w.approvals[i] > 0 && w.cost[i] > 0;
    }
    EqualSharesMarket market = new EqualSharesMarket(w.data.counts, EqualSharesMarket.supporters(w.data), w.cost, considered, share);
    while (true) {
      int best = market.next();
      if (best < 0) {
        break;
      }
      Rational bestQ = market.nextPayment();
      market.pay(best, bestQ);
      done[best] = true;
      w.choose(best, new Text(
          "chosen in round " + (w.chosen.size() + 1) + ": costs " + w.cost[best] + "; its "
              + Names.count(w.approvals[best], "supporter pays", "supporters pay") + " at most " + bestQ + " each",
          "valgt i runde " + (w.chosen.size() + 1) + ": koster " + w.cost[best] + "; dens "
              + Names.count(w.approvals[best], "tilhænger", "tilhængere") + " betaler højst " + bestQ + " hver"));
    }
    Map<C, Rational> left = new LinkedHashMap<>();
    for (int i = 0; i < w.m; i++) {
      Rational have = market.left(i);
      left.put(w.candidates.get(i), have);
      if (!done[i] && w.approvals[i] > 0) {
        w.reason(i, new Text(
            "not affordable: costs " + w.cost[i] + ", its supporters have " + have + " left",
            "har ikke råd: koster " + w.cost[i] + ", dens tilhængere har " + have + " tilbage"));
      }
    }
    w.steps.add(new Explanation.Tally<>(
        new Text("money its supporters have left", "penge dens tilhængere har tilbage"), left));
    // next: the most money left per unit of cost (free candidates were all taken), ties by candidate order
    Rational[] perCost = new Rational[w.m];
    for (int i = 0; i < w.m; i++) {
      perCost[i] = w.cost[i] == 0 ? Rational.ZERO : left.get(w.candidates.get(i)).times(Rational.of(1, w.cost[i]));
    }
    w.nextOrder = java.util.stream.IntStream.range(0, w.m).boxed()
        .sorted((x, y) -> {
          int c = perCost[y].compareTo(perCost[x]);
          return c != 0 ? c : Integer.compare(x, y);
        })
        .mapToInt(Integer::intValue).toArray();
    return w.finish(id());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EqualSharesBudget;
  }

  @Override
  public int hashCode() {
    return 23;
  }

  @Override
  public String toString() {
    return id();
  }
}
