package dk.prioritization.core.budget;

import static com.google.common.base.Preconditions.checkArgument;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The utilitarian optimum: a set of candidates within the budget with the largest total number
 * of approvals, found exactly by dynamic programming over the integer budget (the 0-1 knapsack
 * problem).
 *
 * <p><b>Source:</b> the 0-1 knapsack recurrence of R. Bellman, <i>Dynamic Programming</i>,
 * Princeton University Press, 1957; as a participatory budgeting rule, H. Aziz and N. Shah,
 * "Participatory budgeting: models and approaches", 2021 (utilitarian welfare maximisation) and
 * pabutools' {@code max_additive_utilitarian_welfare}.
 *
 * <p><b>Complexity:</b> O(m &middot; B) time and bits for m candidates and budget B. A problem with
 * m &middot; (B + 1) larger than the limit (default {@value #DEFAULT_LIMIT}) is refused with a
 * {@link ProblemTooLargeException} before any work.
 *
 * <p><b>Properties:</b> never exceeds the budget; its total approvals are at least those of every
 * other feasible set, in particular of {@link GreedyByVotes} and {@link GreedyByVotesPerCost};
 * not proportional; not monotone in the budget as a set (a larger budget may drop a candidate).
 *
 * <p><b>Ties:</b> several sets may be optimal. The rule returns one deterministically: a
 * candidate enters the table only when it strictly improves on the sets without it, candidates
 * taken in candidate order, which favours earlier candidates among equally good sets; the
 * explanation says that other optimal sets may exist. Candidates nobody approves are
 * never chosen. The chosen candidates are listed by approvals, most first, then candidate order.
 */
public final class Knapsack implements BudgetRule {
  /** The default limit on m &middot; (B + 1), the size of the table. */
  public static final long DEFAULT_LIMIT = 50_000_000L;

  private static final Knapsack RULE = new Knapsack(DEFAULT_LIMIT);

  private final long limit;

  private Knapsack(long limit) {
    this.limit = limit;
  }

  /**
   * Returns the rule with the default size limit.
   *
   * @return the rule
   */
  public static Knapsack rule() {
    return RULE;
  }

  /**
   * Returns the rule refusing tables of more than {@code limit} cells (candidates times budget
   * plus one).
   *
   * @param limit the limit, positive
   * @return the rule
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public static Knapsack withLimit(long limit) {
    checkArgument(limit > 0, "limit must be positive but was: %s", limit);
    return new Knapsack(limit);
  }

  @Override
  public String id() {
    return "knapsack";
  }

  @Override
  public String description() {
    return "The set within the budget with most approvals in total, found exactly.";
  }

  @Override
  public Map<String, String> options() {
    return limit == DEFAULT_LIMIT ? Map.of() : Map.of("limit", Long.toString(limit));
  }

  @Override
  public <C> BudgetSelection<C> select(ApprovalProfile<C> profile, BudgetInstance<C> instance) {
    Work<C> w = new Work<>(profile, instance);
    int m = w.m;
    long budget = instance.budget();
    if (budget >= Integer.MAX_VALUE) {
      throw new ProblemTooLargeException(id(), "budget", budget, Integer.MAX_VALUE - 1L);
    }
    long cells = (long) m * (budget + 1);
    if (cells > limit) {
      throw new ProblemTooLargeException(id(), "candidates times (budget + 1)", cells, limit);
    }
    int cap = (int) instance.budget();
    long[] best = new long[cap + 1];
    boolean[][] take = new boolean[m][cap + 1];
    for (int i = 0; i < m; i++) {
      long a = w.approvals[i];
      long c = w.cost[i];
      if (a == 0 || c > cap) {
        continue;
      }
      for (int b = cap; b >= c; b--) {
        long with = best[b - (int) c] + a;
        if (with > best[b]) {
          best[b] = with;
          take[i][b] = true;
        }
      }
    }
    boolean[] in = new boolean[m];
    int b = cap;
    for (int i = m - 1; i >= 0; i--) {
      if (take[i][b]) {
        in[i] = true;
        b -= (int) w.cost[i];
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      if (in[i]) {
        order.add(i);
      }
    }
    order.sort((x, y) -> w.approvals[x] != w.approvals[y]
        ? Long.compare(w.approvals[y], w.approvals[x]) : Integer.compare(x, y));
    w.steps.add(new Explanation.Note<>(new Text(
        "the largest total of approvals within the budget is " + best[cap]
            + "; other sets with the same total may exist",
        "den største samlede mængde godkendelser inden for budgettet er " + best[cap]
            + "; andre mængder med samme total kan findes")));
    for (int i : order) {
      w.choose(i, new Text(
          "part of the best set: " + Names.count(w.approvals[i], "approval", "approvals") + ", costs " + w.cost[i],
          "del af den bedste mængde: " + Names.count(w.approvals[i], "godkendelse", "godkendelser") + ", koster "
              + w.cost[i]));
    }
    for (int i = 0; i < m; i++) {
      if (!in[i] && w.approvals[i] > 0) {
        w.reason(i, new Text("not in the best set: does not fit: costs " + w.cost[i] + ", " + w.left()
            + " left; the budget buys more approvals elsewhere",
            "ikke i den bedste mængde: passer ikke: koster " + w.cost[i] + ", " + w.left()
            + " tilbage; budgettet giver flere godkendelser andetsteds"));
      }
    }
    return w.finish(id());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Knapsack k && k.limit == limit;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(limit);
  }

  @Override
  public String toString() {
    return limit == DEFAULT_LIMIT ? id() : id() + "(limit=" + limit + ")";
  }
}
