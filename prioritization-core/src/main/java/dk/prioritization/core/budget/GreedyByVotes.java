package dk.prioritization.core.budget;

import dk.prioritization.core.ApprovalProfile;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Greedy selection by approvals: take the candidates in order of approvals, most first, and choose
 * each one that still fits the budget; one that does not fit is skipped and the walk goes on.
 *
 * <p>This is how most participatory budgets are decided in practice. In pabutools it is
 * {@code greedy_utilitarian_welfare} with cost satisfaction ({@code Cost_Sat}): satisfaction per
 * unit of cost is then the number of approvals.
 *
 * <p><b>Source:</b> H. Aziz and N. Shah, "Participatory budgeting: models and approaches", in
 * <i>Pathways Between Social Science and Computational Social Science</i>, Springer, 2021,
 * section on greedy rules; pabutools' {@code greedy_utilitarian_welfare} with {@code Cost_Sat}.
 *
 * <p><b>Complexity:</b> O(total approvals + m log m).
 *
 * <p><b>Properties:</b> never exceeds the budget; exhaustive (no unchosen approved candidate fits
 * in what is left); monotone in approvals; not optimal in total approvals (see {@link Knapsack})
 * and not proportional: a majority can take the whole budget.
 *
 * <p><b>Ties:</b> candidates with equal approvals are taken in candidate order; the result says
 * so in its explanation. Candidates nobody approves are never chosen.
 */
public final class GreedyByVotes implements BudgetRule {
  private static final GreedyByVotes RULE = new GreedyByVotes();

  private GreedyByVotes() {}

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public static GreedyByVotes rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "greedy-approval";
  }

  @Override
  public String description() {
    return "Most approved first; each candidate that still fits the budget is chosen.";
  }

  @Override
  public Map<String, String> options() {
    return Map.of();
  }

  @Override
  public <C> BudgetSelection<C> select(ApprovalProfile<C> profile, BudgetInstance<C> instance) {
    Work<C> w = new Work<>(profile, instance);
    int[] order = IntStream.range(0, w.m).boxed()
        .sorted((a, b) -> w.approvals[a] != w.approvals[b]
            ? Long.compare(w.approvals[b], w.approvals[a]) : Integer.compare(a, b))
        .mapToInt(Integer::intValue).toArray();
    w.steps.add(Texts.tiesByCandidateOrder("approvals", "godkendelser"));
    w.greedy(order);
    return w.finish(id());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GreedyByVotes;
  }

  @Override
  public int hashCode() {
    return 17;
  }

  @Override
  public String toString() {
    return id();
  }
}
