package dk.prioritization.portfolio.round;

import static com.google.common.base.Preconditions.checkArgument;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Text;
import dk.prioritization.core.budget.BudgetInstance;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.budget.BudgetSelection;
import dk.prioritization.core.committee.Committee;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Runs a committee or budget rule on a round's nominations and maps the engine's answer back to
 * the portfolio: reasons in portfolio order, totals and roll-ups.
 */
final class Selections {
  private Selections() {}

  /** Each nominating member's nominated tasks as one approval ballot; the active tasks as candidates. */
  static ApprovalProfile<Task> approvals(Portfolio portfolio, List<Nomination> nominations) {
    ApprovalProfile.Builder<Task> b = Profile.approval(portfolio.activeTasks());
    for (Nomination n : nominations) {
      b.add(ApprovalBallot.of(n.tasks()));
    }
    return b.build();
  }

  static Selection select(Portfolio portfolio, List<Nomination> nominations, CommitteeRule rule, int k) {
    int m = portfolio.activeTasks().size();
    checkArgument(k >= 1 && k <= m, "k is %s; ask for 1 to the %s active tasks of portfolio version %s", k, m,
        portfolio.version());
    Committee<Task> c = rule.select(approvals(portfolio, nominations), k);
    List<Task> chosen = List.copyOf(c.members());
    return new Selection(rule.id(), Map.of(), OptionalInt.of(k), OptionalLong.empty(), chosen, total(chosen),
        OptionalLong.empty(), inPortfolioOrder(portfolio, c.reasons(), rule.id()), c.runnerUp(),
        byInitiative(portfolio, chosen), byFocusArea(portfolio, chosen), portfolio.costUnit(), c.explanation());
  }

  static Selection fitCapacity(Portfolio portfolio, List<Nomination> nominations, BudgetRule rule, long capacity) {
    checkArgument(capacity > 0, "capacity must be positive but was: %s", capacity);
    Map<Task, Long> costs = new LinkedHashMap<>();
    List<RoundProblem> missing = new ArrayList<>();
    for (Task t : portfolio.activeTasks()) {
      if (t.cost().isPresent()) {
        costs.put(t, t.cost().getAsLong());
      } else {
        missing.add(RoundProblem.of(RoundProblem.Kind.MISSING_COST, null, t.id(), "task '" + t.id() + "' ("
            + t.name() + ") has no cost; to fit a capacity every active task needs one (Change.SetTaskCost)"));
      }
    }
    if (!missing.isEmpty()) {
      throw new RoundException(missing);
    }
    BudgetSelection<Task> s = rule.select(approvals(portfolio, nominations), BudgetInstance.of(costs, capacity));
    List<Task> chosen = s.chosen();
    return new Selection(rule.id(), rule.options(), OptionalInt.empty(), OptionalLong.of(capacity), chosen,
        OptionalLong.of(s.totalCost()), OptionalLong.of(s.budgetLeft()),
        inPortfolioOrder(portfolio, s.reasons(), rule.id()), s.runnerUp(), byInitiative(portfolio, chosen),
        byFocusArea(portfolio, chosen), portfolio.costUnit(), s.explanation());
  }

  /** The reasons of every active task, in portfolio order; a rule that leaves one out is a bug in the rule. */
  private static Map<Task, Text> inPortfolioOrder(Portfolio portfolio, Map<Task, Text> reasons, String ruleId) {
    Map<Task, Text> out = new LinkedHashMap<>();
    for (Task t : portfolio.activeTasks()) {
      Text why = reasons.get(t);
      if (why == null) {
        throw new IllegalStateException("rule '" + ruleId + "' gives no reason for task " + t);
      }
      out.put(t, why);
    }
    return out;
  }

  /** The total cost of {@code tasks}, or empty if one has no cost; the portfolio keeps every total in a long. */
  static OptionalLong total(List<Task> tasks) {
    long sum = 0;
    for (Task t : tasks) {
      if (t.cost().isEmpty()) {
        return OptionalLong.empty();
      }
      sum = Math.addExact(sum, t.cost().getAsLong());
    }
    return OptionalLong.of(sum);
  }

  private static List<SelectionGroup> byInitiative(Portfolio portfolio, List<Task> chosen) {
    return groups(portfolio, chosen, portfolio.initiatives(), Initiative::id, Initiative::name, Task::initiative);
  }

  private static List<SelectionGroup> byFocusArea(Portfolio portfolio, List<Task> chosen) {
    return groups(portfolio, chosen, portfolio.focusAreas(), FocusArea::id, FocusArea::name,
        t -> portfolio.focusAreaOf(t).id());
  }

  private static <G> List<SelectionGroup> groups(Portfolio portfolio, List<Task> chosen, List<G> groups,
      Function<G, String> id, Function<G, String> name, Function<Task, String> groupOf) {
    List<SelectionGroup> out = new ArrayList<>();
    for (G g : groups) {
      String gid = id.apply(g);
      List<Task> in = chosen.stream().filter(t -> groupOf.apply(t).equals(gid)).toList();
      int active = (int) portfolio.activeTasks().stream().filter(t -> groupOf.apply(t).equals(gid)).count();
      out.add(new SelectionGroup(gid, name.apply(g), in, active, total(in)));
    }
    return out;
  }
}
