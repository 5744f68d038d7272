package dk.prioritization.core.budget;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.ApprovalData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** One count of a budget rule: the approvals and costs by candidate index, and the reasons so far. */
final class Work<C> {
  final ApprovalProfile<C> profile;
  final ApprovalData data;
  final List<C> candidates;
  final int m;
  final long budget;
  final long[] cost;
  final long[] approvals;
  final Text[] reasons;
  final List<Integer> chosen = new ArrayList<>();
  final List<Explanation.Step<C>> steps = new ArrayList<>();
  long spent;
  /**
   * The order in which the rule would consider candidates next; the first approved one not chosen
   * is the runner-up. By default, most approvals first, ties by candidate order.
   */
  int[] nextOrder;

  Work(ApprovalProfile<C> profile, BudgetInstance<C> instance) {
    this.profile = profile;
    this.data = Access.approval(profile);
    this.candidates = profile.candidates();
    this.m = candidates.size();
    this.budget = instance.budget();
    for (C c : instance.costs().keySet()) {
      if (!profile.contains(c)) {
        throw new BudgetException(BudgetException.Problem.UNKNOWN_CANDIDATE, c,
            "a cost is given for " + c + ", which is not a candidate of the profile");
      }
    }
    this.cost = new long[m];
    for (int i = 0; i < m; i++) {
      cost[i] = instance.cost(candidates.get(i));
    }
    this.approvals = new long[m];
    for (int b = 0; b < data.size; b++) {
      for (int k = data.offsets[b]; k < data.offsets[b + 1]; k++) {
        approvals[data.members[k]] += data.counts[b];
      }
    }
    this.reasons = new Text[m];
    Map<C, Rational> tally = new LinkedHashMap<>();
    for (int i = 0; i < m; i++) {
      tally.put(candidates.get(i), Rational.of(approvals[i]));
    }
    steps.add(new Explanation.Tally<>(new Text("approvals", "godkendelser"), tally));
  }

  long left() {
    return budget - spent;
  }

  boolean fits(int i) {
    return cost[i] <= left();
  }

  void choose(int i, Text reason) {
    chosen.add(i);
    spent += cost[i];
    reason(i, reason);
  }

  void reason(int i, Text reason) {
    reasons[i] = reason;
    steps.add(new Explanation.Note<>(new Text(candidates.get(i) + ": " + reason.english(),
        candidates.get(i) + ": " + reason.danish())));
  }

  /** Walks {@code order}, choosing each candidate that fits; the greedy rules' whole count. */
  void greedy(int[] order) {
    nextOrder = order;
    for (int i : order) {
      if (approvals[i] == 0) {
        continue;
      }
      if (fits(i)) {
        long after = left() - cost[i];
        choose(i, new Text(
            "chosen as number " + (chosen.size() + 1) + ": " + Names.count(approvals[i], "approval", "approvals") + ", costs "
                + cost[i] + ", " + after + " left",
            "valgt som nr. " + (chosen.size() + 1) + ": " + Names.count(approvals[i], "godkendelse", "godkendelser") + ", koster "
                + cost[i] + ", " + after + " tilbage"));
      } else {
        reason(i, doesNotFit(i));
      }
    }
  }

  Text doesNotFit(int i) {
    return new Text("does not fit: costs " + cost[i] + ", " + left() + " left",
        "passer ikke: koster " + cost[i] + ", " + left() + " tilbage");
  }

  BudgetSelection<C> finish(String ruleId) {
    for (int i = 0; i < m; i++) {
      if (reasons[i] == null && approvals[i] == 0) {
        reason(i, new Text("not chosen: nobody approves it", "ikke valgt: ingen har godkendt den"));
      }
    }
    steps.add(new Explanation.Note<>(new Text(
        "spent " + spent + " of the budget " + budget + ", " + left() + " left",
        "brugt " + spent + " af budgettet " + budget + ", " + left() + " tilbage")));
    List<C> out = new ArrayList<>();
    for (int i : chosen) {
      out.add(candidates.get(i));
    }
    Map<C, Text> why = new LinkedHashMap<>();
    for (int i = 0; i < m; i++) {
      why.put(candidates.get(i), reasons[i]);
    }
    return new BudgetSelection<>(ruleId, out, spent, left(), why, runnerUp(), new Explanation<>(steps));
  }

  /** The first approved candidate not chosen in {@link #nextOrder}, if any. */
  private Optional<C> runnerUp() {
    int[] order = nextOrder;
    if (order == null) {
      order = IntStream.range(0, m).boxed()
          .sorted((x, y) -> approvals[x] != approvals[y] ? Long.compare(approvals[y], approvals[x]) : Integer.compare(x, y))
          .mapToInt(Integer::intValue).toArray();
    }
    boolean[] in = new boolean[m];
    for (int i : chosen) {
      in[i] = true;
    }
    for (int i : order) {
      if (!in[i] && approvals[i] > 0) {
        return Optional.of(candidates.get(i));
      }
    }
    return Optional.empty();
  }
}
