package dk.prioritization.core.budget;

import dk.prioritization.core.ApprovalProfile;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Greedy selection by approvals per unit of cost: take the candidates in order of approvals
 * divided by cost, highest first, and choose each one that still fits the budget.
 *
 * <p>A candidate that costs nothing and has approvals comes first (its ratio is unbounded).
 * Ratios are compared exactly, by cross-multiplication.
 *
 * <p><b>Source:</b> the classical greedy heuristic for the 0-1 knapsack problem, G. B. Dantzig,
 * "Discrete-variable extremum problems", <i>Operations Research</i> 5(2), 1957; in participatory
 * budgeting, pabutools' {@code greedy_utilitarian_welfare} with cardinality satisfaction
 * ({@code Cardinality_Sat}), whose satisfaction per unit of cost is approvals divided by cost.
 *
 * <p><b>Complexity:</b> O(total approvals + m log m).
 *
 * <p><b>Properties:</b> never exceeds the budget; exhaustive; not optimal in total approvals;
 * favours cheap candidates.
 *
 * <p><b>Ties:</b> equal ratios are taken in candidate order. Candidates nobody approves are never
 * chosen.
 */
public final class GreedyByVotesPerCost implements BudgetRule {
  private static final GreedyByVotesPerCost RULE = new GreedyByVotesPerCost();

  private GreedyByVotesPerCost() {}

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public static GreedyByVotesPerCost rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "greedy-cost";
  }

  @Override
  public String description() {
    return "Most approvals per unit of cost first; each candidate that still fits is chosen.";
  }

  @Override
  public Map<String, String> options() {
    return Map.of();
  }

  @Override
  public <C> BudgetSelection<C> select(ApprovalProfile<C> profile, BudgetInstance<C> instance) {
    Work<C> w = new Work<>(profile, instance);
    int[] order = IntStream.range(0, w.m).boxed().sorted((a, b) -> {
      // a before b when approvals[a] / cost[a] > approvals[b] / cost[b]; free candidates first
      int c;
      if (w.cost[a] == 0 || w.cost[b] == 0) {
        c = Boolean.compare(w.cost[a] != 0, w.cost[b] != 0);
      } else {
        c = BigInteger.valueOf(w.approvals[b]).multiply(BigInteger.valueOf(w.cost[a]))
            .compareTo(BigInteger.valueOf(w.approvals[a]).multiply(BigInteger.valueOf(w.cost[b])));
      }
      return c != 0 ? c : Integer.compare(a, b);
    }).mapToInt(Integer::intValue).toArray();
    w.steps.add(Texts.tiesByCandidateOrder("approvals per unit of cost", "godkendelser pr. omkostningsenhed"));
    w.greedy(order);
    return w.finish(id());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GreedyByVotesPerCost;
  }

  @Override
  public int hashCode() {
    return 19;
  }

  @Override
  public String toString() {
    return id();
  }
}
