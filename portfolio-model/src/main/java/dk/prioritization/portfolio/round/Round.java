package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.UnsupportedBallotException;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A prioritisation round: before a meeting each board member nominates the tasks they find most
 * important, and a rule aggregates the nominations into the board's {@link PriorityList}.
 *
 * <p>A round holds a portfolio version, a {@link NominationPolicy}, the members' nominations, a
 * rule and a tie-breaker. The candidates are the portfolio's active tasks in portfolio order, so
 * a task nobody nominated is still on the list, with score 0, in the last tier.
 *
 * <p><b>Default rule.</b> For unranked nominations, approval voting capped at the policy's
 * maximum ({@code Approval.withCap(maxPerMember)}): a task's score is the number of members who
 * nominated it. For ranked nominations, Emerson's modified Borda count ({@code Borda.modified()}):
 * a member who ranks k tasks gives k points to the first, k-1 to the second, ..., 1 to the last,
 * and 0 to every task they did not nominate. Truncation is therefore harmless but earns nothing:
 * a member who nominates fewer tasks gives fewer points in all, never more weight to each. Any
 * other {@link Rule} counting the policy's ballot kind (approval ballots for unranked rounds,
 * ranked ballots for ranked ones) may be chosen instead, for instance from the engine's
 * {@code RuleRegistry}.
 *
 * <p><b>Default tie-break: none.</b> Ties are kept and shown as tiers, for the board to discuss,
 * in keeping with the engine's principle that ties are reported, not hidden. A tie-breaker (or a
 * chain of them) may be set; it is applied to the rule's result and recorded in it. Where a
 * question needs a strict order (the top k, the balanced top k), what the tie-breaker leaves tied
 * is ordered by portfolio order and the answer says so.
 *
 * <p><b>Choosing a set.</b> Besides the priority list, a round can choose a set of tasks from the
 * same nominations: "the best k tasks" by an approval committee rule ({@link #select}) and "the
 * tasks that fit capacity C" by a budget rule with the tasks' costs ({@link #fitCapacity}). For
 * both, the candidates are the active tasks in portfolio order and each nominating member's
 * nomination is one approval ballot (in a ranked round, the set they nominated). The round's own
 * rule and tie-breaker play no part; the committee and budget rules break ties by candidate order,
 * that is portfolio order, and say so in their explanations.
 *
 * <pre>{@code
 * Round round = Round.builder(portfolio)
 *     .nominate("CEO", "T1", "T4", "T7")
 *     .nominate("DIR-BU", "T4", "T2")
 *     .build();
 * PriorityList list = round.priorityList();
 * Selection three = round.select(Phragmen.sequential(), 3);         // the best 3, proportionally
 * Selection fits = round.fitCapacity(Knapsack.rule(), 24);          // what fits 24 person-months
 * }</pre>
 */
public final class Round {
  private final Portfolio portfolio;
  private final NominationPolicy policy;
  private final Rule rule;
  private final TieBreaker tieBreaker;
  private final ImmutableList<Nomination> nominations;
  private final PriorityList priorityList;

  private Round(Portfolio portfolio, NominationPolicy policy, Rule rule, TieBreaker tieBreaker,
      List<Nomination> nominations, Result<Task> result) {
    this.portfolio = portfolio;
    this.policy = policy;
    this.rule = rule;
    this.tieBreaker = tieBreaker;
    this.nominations = ImmutableList.copyOf(nominations);
    this.priorityList = new PriorityList(portfolio, policy, this.nominations, result);
  }

  /**
   * Returns a builder for a round on {@code portfolio}, with the default policy, rule and
   * tie-break (none).
   *
   * @param portfolio the portfolio version the round is about
   * @return the builder
   */
  public static Builder builder(Portfolio portfolio) {
    return new Builder(requireNonNull(portfolio, "portfolio"));
  }

  /**
   * Returns the default rule for a policy: capped approval for unranked nominations, Emerson's
   * modified Borda count for ranked ones.
   *
   * @param policy the policy
   * @return the rule
   */
  public static Rule defaultRule(NominationPolicy policy) {
    return policy.ranked() ? Borda.modified() : Approval.withCap(policy.maxPerMember());
  }

  /**
   * Returns the portfolio version the round is about.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * Returns the nomination policy.
   *
   * @return the policy
   */
  public NominationPolicy policy() {
    return policy;
  }

  /**
   * Returns the rule that aggregates the nominations.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the tie-breaker applied to the rule's result ({@link TieBreaker#none()} by default).
   *
   * @return the tie-breaker
   */
  public TieBreaker tieBreaker() {
    return tieBreaker;
  }

  /**
   * Returns the nominations, one per nominating member, in the portfolio's member order.
   *
   * @return the nominations
   */
  public List<Nomination> nominations() {
    return nominations;
  }

  /**
   * Returns the board's priority list.
   *
   * @return the priority list
   */
  public PriorityList priorityList() {
    return priorityList;
  }

  /**
   * Returns "the best k tasks" by an approval committee rule: the candidates are the active tasks,
   * each nominating member's nomination one approval ballot.
   *
   * @param rule the committee rule, e.g. {@code Phragmen.sequential()} or {@code Pav.exact()}
   * @param k how many tasks, from 1 to the number of active tasks
   * @return the selection: the chosen tasks in the rule's order, a reason for every active task,
   *     the next one out, the total cost where every chosen task has a cost, and roll-ups
   * @throws IllegalArgumentException if {@code k} is below 1 or above the number of active tasks
   * @throws dk.prioritization.core.ProblemTooLargeException if an exact rule refuses the instance
   */
  public Selection select(CommitteeRule rule, int k) {
    requireNonNull(rule, "rule");
    return Selections.select(portfolio, nominations, rule, k);
  }

  /**
   * Returns "the tasks that fit capacity C" by a budget rule: the candidates are the active tasks
   * with their costs, each nominating member's nomination one approval ballot, and the capacity
   * the budget, in the portfolio's cost unit.
   *
   * @param rule the budget rule, e.g. {@code Knapsack.rule()} or {@code EqualSharesBudget.rule()}
   * @param capacity the capacity, positive
   * @return the selection: the chosen tasks in the rule's order, their total cost and the capacity
   *     left, a reason for every active task, the next one out, and roll-ups
   * @throws IllegalArgumentException if the capacity is zero or negative
   * @throws RoundException if an active task has no cost, with one {@link RoundProblem.Kind#MISSING_COST}
   *     problem naming each such task
   * @throws dk.prioritization.core.ProblemTooLargeException if the rule refuses the instance (the
   *     knapsack refuses a capacity of {@code Integer.MAX_VALUE} or more, or too large a table)
   */
  public Selection fitCapacity(BudgetRule rule, long capacity) {
    requireNonNull(rule, "rule");
    return Selections.fitCapacity(portfolio, nominations, rule, capacity);
  }

  @Override
  public String toString() {
    return "round on portfolio version " + portfolio.version() + ": " + nominations.size() + " members nominate, rule "
        + rule.id() + ", tie-break " + tieBreaker.id();
  }

  /**
   * Collects a round's settings and nominations and checks them all at {@link #build()}.
   *
   * <p>Not thread-safe; build once.
   */
  public static final class Builder {
    private final Portfolio portfolio;
    private NominationPolicy policy = NominationPolicy.standard();
    private Rule rule;
    private TieBreaker tieBreaker = TieBreaker.none();
    private final List<Map.Entry<String, List<String>>> calls = new ArrayList<>();

    private Builder(Portfolio portfolio) {
      this.portfolio = portfolio;
    }

    /**
     * Sets the nomination policy ({@link NominationPolicy#standard()} unless set).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(NominationPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the rule; unless set, the {@linkplain Round#defaultRule default} for the policy.
     *
     * @param rule a rule counting the policy's kind of ballot
     * @return this builder
     */
    public Builder rule(Rule rule) {
      this.rule = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the tie-breaker, possibly a chain ({@link TieBreaker#none()} unless set).
     *
     * @param tieBreaker the tie-breaker
     * @return this builder
     */
    public Builder tieBreaker(TieBreaker tieBreaker) {
      this.tieBreaker = requireNonNull(tieBreaker, "tieBreaker");
      return this;
    }

    /**
     * Records a member's nominations; they are checked at {@link #build()}.
     *
     * @param memberId the member's id
     * @param taskIds the nominated tasks' ids, in the member's order
     * @return this builder
     */
    public Builder nominate(String memberId, String... taskIds) {
      return nominate(memberId, Arrays.asList(taskIds));
    }

    /**
     * Records a member's nominations; they are checked at {@link #build()}.
     *
     * @param memberId the member's id
     * @param taskIds the nominated tasks' ids, in the member's order
     * @return this builder
     */
    public Builder nominate(String memberId, List<String> taskIds) {
      requireNonNull(memberId, "memberId");
      calls.add(Map.entry(memberId, ImmutableList.copyOf(taskIds)));
      return this;
    }

    /**
     * Checks the nominations and counts them.
     *
     * @return the round
     * @throws RoundException listing every problem: too many nominations, unknown, retired or
     *     duplicate tasks, members not on the board or nominating twice, own-department tasks the
     *     policy refuses, a rule of the wrong ballot kind or one that refuses the nominations, and
     *     a round with nothing to count
     */
    public Round build() {
      Rule r = rule != null ? rule : defaultRule(policy);
      List<RoundProblem> problems = new ArrayList<>();
      BallotKind wanted = policy.ranked() ? BallotKind.RANKED : BallotKind.APPROVAL;
      if (r.ballotKind() != wanted) {
        problems.add(RoundProblem.of(RoundProblem.Kind.WRONG_BALLOT_KIND, null, null, "rule '" + r.id() + "' counts "
            + r.ballotKind().id() + " ballots, but " + (policy.ranked() ? "ranked" : "unranked")
            + " nominations make " + wanted.id() + " ballots"));
      }
      Map<String, Nomination> byMember = new LinkedHashMap<>();
      Set<String> seenMembers = new HashSet<>();
      for (Map.Entry<String, List<String>> call : calls) {
        String id = call.getKey();
        String who = "member '" + id + "'";
        Optional<BoardMember> member = portfolio.member(id);
        boolean first = seenMembers.add(id);
        if (member.isEmpty()) {
          if (first) {
            problems.add(RoundProblem.of(RoundProblem.Kind.UNKNOWN_MEMBER, id, null, who
                + " is not on the board of portfolio version " + portfolio.version() + " but nominates tasks"));
          }
        } else if (!first) {
          problems.add(RoundProblem.of(RoundProblem.Kind.NOMINATES_TWICE, id, null, who
              + " nominates twice; give each member's nominations in one list"));
        }
        List<String> ids = call.getValue();
        if (ids.size() > policy.maxPerMember()) {
          String excess = ids.get(policy.maxPerMember());
          problems.add(RoundProblem.of(RoundProblem.Kind.TOO_MANY_NOMINATIONS, id, excess, who + " nominates "
              + ids.size() + " tasks; at most " + policy.maxPerMember() + " are allowed, so the "
              + Ordinals.english(policy.maxPerMember() + 1) + " nomination, task '" + excess + "', is one too many"));
        }
        List<Task> tasks = new ArrayList<>();
        Set<String> seenTasks = new HashSet<>();
        for (String taskId : ids) {
          if (!seenTasks.add(taskId)) {
            problems.add(RoundProblem.of(RoundProblem.Kind.DUPLICATE_TASK, id, taskId, who + " nominates task '"
                + taskId + "' twice"));
            continue;
          }
          Optional<Task> task = portfolio.task(taskId);
          if (task.isEmpty()) {
            problems.add(RoundProblem.of(RoundProblem.Kind.UNKNOWN_TASK, id, taskId, who + " nominates unknown task '"
                + taskId + "'"));
            continue;
          }
          Task t = task.get();
          if (t.retired()) {
            problems.add(RoundProblem.of(RoundProblem.Kind.RETIRED_TASK, id, taskId, who + " nominates retired task '"
                + taskId + "'" + t.mergedInto().map(m -> " (merged into '" + m + "')").orElse("")));
            continue;
          }
          if (!policy.ownDepartmentAllowed() && member.isPresent() && isOwn(member.get(), t)) {
            problems.add(RoundProblem.of(RoundProblem.Kind.OWN_DEPARTMENT, id, taskId, who + " nominates task '"
                + taskId + "' of their own department '" + member.get().department().orElseThrow()
                + "'; this round does not allow that"));
            continue;
          }
          tasks.add(t);
        }
        if (member.isPresent() && first) {
          byMember.put(id, new Nomination(member.get(), tasks));
        }
      }
      List<Task> candidates = portfolio.activeTasks();
      if (candidates.isEmpty()) {
        problems.add(RoundProblem.of(RoundProblem.Kind.NOTHING_TO_COUNT, null, null, "portfolio version "
            + portfolio.version() + " has no active task to nominate"));
      }
      if (calls.isEmpty()) {
        problems.add(RoundProblem.of(RoundProblem.Kind.NOTHING_TO_COUNT, null, null, "no member nominates; a round"
            + " needs at least one member's nominations (an empty list counts)"));
      }
      if (!problems.isEmpty()) {
        throw new RoundException(problems);
      }
      List<Nomination> ordered = new ArrayList<>();
      for (BoardMember m : portfolio.members()) {
        Nomination n = byMember.get(m.id());
        if (n != null) {
          ordered.add(n);
        }
      }
      Profile<Task> profile = profile(candidates, ordered);
      Result<Task> result;
      try {
        result = r.rank(profile, tieBreaker);
      } catch (UnsupportedBallotException e) {
        throw new RoundException(List.of(RoundProblem.of(RoundProblem.Kind.RULE_REFUSED, null, null, "rule '" + r.id()
            + "' refuses the nominations: " + e.getMessage())));
      }
      return new Round(portfolio, policy, r, tieBreaker, ordered, result);
    }

    private Profile<Task> profile(List<Task> candidates, List<Nomination> nominations) {
      if (policy.ranked()) {
        RankedProfile.Builder<Task> b = Profile.ranked(candidates);
        for (Nomination n : nominations) {
          b.add(n.tasks().isEmpty() ? RankedBallot.<Task>empty() : RankedBallot.strict(n.tasks()));
        }
        return b.build();
      }
      ApprovalProfile.Builder<Task> b = Profile.approval(candidates);
      for (Nomination n : nominations) {
        b.add(ApprovalBallot.of(n.tasks()));
      }
      return b.build();
    }

    private boolean isOwn(BoardMember member, Task task) {
      Optional<Initiative> initiative = portfolio.initiative(task.initiative());
      return member.department().isPresent() && initiative.isPresent()
          && initiative.get().scope().department().equals(member.department());
    }
  }
}
