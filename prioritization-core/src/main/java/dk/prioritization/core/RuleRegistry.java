package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.budget.EqualSharesBudget;
import dk.prioritization.core.budget.GreedyByVotes;
import dk.prioritization.core.budget.GreedyByVotesPerCost;
import dk.prioritization.core.budget.Knapsack;
import dk.prioritization.core.approval.SatisfactionApproval;
import dk.prioritization.core.cardinal.CumulativeVoting;
import dk.prioritization.core.cardinal.MajorityJudgment;
import dk.prioritization.core.cardinal.ScoreVoting;
import dk.prioritization.core.cardinal.Star;
import dk.prioritization.core.committee.ApprovalTopK;
import dk.prioritization.core.committee.ChamberlinCourant;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.core.committee.EqualShares;
import dk.prioritization.core.committee.Pav;
import dk.prioritization.core.committee.Phragmen;
import dk.prioritization.core.committee.SatisfactionTopK;
import dk.prioritization.core.pairwise.Blacks;
import dk.prioritization.core.pairwise.Copeland;
import dk.prioritization.core.pairwise.KemenyYoung;
import dk.prioritization.core.pairwise.Llull;
import dk.prioritization.core.pairwise.MajoritySets;
import dk.prioritization.core.pairwise.Minimax;
import dk.prioritization.core.pairwise.RankedPairs;
import dk.prioritization.core.pairwise.Schulze;
import dk.prioritization.core.pairwise.SplitCycle;
import dk.prioritization.core.positional.AntiPlurality;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.Dowdall;
import dk.prioritization.core.positional.Plurality;
import dk.prioritization.core.runoff.Baldwin;
import dk.prioritization.core.runoff.Bucklin;
import dk.prioritization.core.runoff.Coombs;
import dk.prioritization.core.runoff.InstantRunoff;
import dk.prioritization.core.runoff.Nanson;
import dk.prioritization.core.runoff.PluralityWithRunoff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A directory of rules by their stable kebab-case id, in three families: ranking rules
 * ({@link Rule}: {@code plurality}, {@code borda}, {@code schulze}, ...), approval committee rules
 * ({@link CommitteeRule}: {@code pav}, {@code seq-phragmen}, {@code equal-shares}, ...) and budget
 * rules ({@link BudgetRule}: {@code knapsack}, {@code equal-shares-cost}, ...).
 *
 * <pre>{@code
 * Rule rule = RuleRegistry.standard().get("borda");
 * for (Rule r : RuleRegistry.standard().rules()) {
 *   System.out.println(r.id() + "  " + r.ballotKind().id() + "  " + r.description());
 * }
 * Committee<String> nine = RuleRegistry.standard().committeeRule("pav").select(approvals, 9);
 * BudgetSelection<String> fits = RuleRegistry.standard().budgetRule("knapsack").select(approvals, costs);
 * }</pre>
 *
 * <p>The three families share one namespace: an id names at most one rule of any family, so an
 * id alone says what to run. The standard registry holds the built-in rules and every rule a
 * {@link RuleProvider} on the class or module path adds. Registries are immutable;
 * {@link #with(Rule)} and its overloads return a new one.
 */
public final class RuleRegistry {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final ImmutableSortedMap<String, Rule> rules;
  private final ImmutableSortedMap<String, CommitteeRule> committeeRules;
  private final ImmutableSortedMap<String, BudgetRule> budgetRules;

  private RuleRegistry(Ids ids) {
    this.rules = ImmutableSortedMap.copyOf(ids.rules);
    this.committeeRules = ImmutableSortedMap.copyOf(ids.committee);
    this.budgetRules = ImmutableSortedMap.copyOf(ids.budget);
  }

  /**
   * Returns the registry of built-in rules of every family and every rule that a
   * {@link RuleProvider} found by {@link ServiceLoader} adds.
   *
   * @return the standard registry
   * @throws IllegalStateException if two rules share an id, or an id is not kebab-case
   */
  public static RuleRegistry standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns a registry of exactly the built-in rules of every family, without providers.
   *
   * @return the built-in registry
   */
  public static RuleRegistry builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Returns a registry of the given ranking rules, with no committee or budget rules.
   *
   * @param rules the rules
   * @return the registry
   * @throws IllegalStateException if two rules share an id, or an id is not kebab-case
   */
  public static RuleRegistry of(List<? extends Rule> rules) {
    return of(rules, List.of(), List.of());
  }

  /**
   * Returns a registry of the given rules of each family.
   *
   * @param rules the ranking rules
   * @param committeeRules the committee rules
   * @param budgetRules the budget rules
   * @return the registry
   * @throws IllegalStateException if two rules, of any families, share an id, or an id is not
   *     kebab-case
   */
  public static RuleRegistry of(List<? extends Rule> rules, List<? extends CommitteeRule> committeeRules,
      List<? extends BudgetRule> budgetRules) {
    Ids ids = new Ids();
    rules.forEach(r -> ids.add(ids.rules, requireNonNull(r, "rule").id(), r));
    committeeRules.forEach(r -> ids.add(ids.committee, requireNonNull(r, "committee rule").id(), r));
    budgetRules.forEach(r -> ids.add(ids.budget, requireNonNull(r, "budget rule").id(), r));
    return new RuleRegistry(ids);
  }

  /**
   * Returns a registry with {@code rule} added.
   *
   * @param rule the rule
   * @return the new registry
   * @throws IllegalStateException if its id is taken or not kebab-case
   */
  public RuleRegistry with(Rule rule) {
    Ids ids = copy();
    ids.add(ids.rules, requireNonNull(rule, "rule").id(), rule);
    return new RuleRegistry(ids);
  }

  /**
   * Returns a registry with the committee rule {@code rule} added.
   *
   * @param rule the rule
   * @return the new registry
   * @throws IllegalStateException if its id is taken or not kebab-case
   */
  public RuleRegistry with(CommitteeRule rule) {
    Ids ids = copy();
    ids.add(ids.committee, requireNonNull(rule, "rule").id(), rule);
    return new RuleRegistry(ids);
  }

  /**
   * Returns a registry with the budget rule {@code rule} added.
   *
   * @param rule the rule
   * @return the new registry
   * @throws IllegalStateException if its id is taken or not kebab-case
   */
  public RuleRegistry with(BudgetRule rule) {
    Ids ids = copy();
    ids.add(ids.budget, requireNonNull(rule, "rule").id(), rule);
    return new RuleRegistry(ids);
  }

  private Ids copy() {
    Ids ids = new Ids();
    ids.rules.putAll(rules);
    ids.committee.putAll(committeeRules);
    ids.budget.putAll(budgetRules);
    return ids;
  }

  /** The three families' maps while a registry is built, checking ids across all of them. */
  private static final class Ids {
    final SortedMap<String, Rule> rules = new TreeMap<>();
    final SortedMap<String, CommitteeRule> committee = new TreeMap<>();
    final SortedMap<String, BudgetRule> budget = new TreeMap<>();

    <R> void add(Map<String, R> family, String id, R rule) {
      if (!KEBAB.matcher(id).matches()) {
        throw new IllegalStateException("rule id '" + id + "' of " + rule.getClass().getName() + " is not kebab-case");
      }
      Object old = rules.containsKey(id) ? rules.get(id) : committee.containsKey(id) ? committee.get(id) : budget.get(id);
      if (old != null) {
        throw new IllegalStateException("rule id '" + id + "' is claimed by both " + old.getClass().getName()
            + " and " + rule.getClass().getName());
      }
      family.put(id, rule);
    }
  }

  /**
   * Returns the ranking rule with {@code id}, if there is one.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Returns the ranking rule with {@code id}.
   *
   * @param id the id
   * @return the rule
   * @throws UnknownRuleException naming the id and the ids that exist, if there is none; if the id
   *     is a committee or budget rule's, the message says so
   */
  public Rule get(String id) {
    Rule r = rules.get(requireNonNull(id, "id"));
    if (r == null) {
      throw unknown(id, "rule", rules.keySet());
    }
    return r;
  }

  private UnknownRuleException unknown(String id, String family, java.util.Set<String> known) {
    String other = rules.containsKey(id) ? "a ranking rule (use get)"
        : committeeRules.containsKey(id) ? "a committee rule (use committeeRule)"
        : budgetRules.containsKey(id) ? "a budget rule (use budgetRule)" : null;
    if (other != null) {
      return new UnknownRuleException(id, "'" + id + "' is not a " + family + " but " + other);
    }
    return new UnknownRuleException(id, "unknown " + family + " '" + id + "'; known " + family
        + (family.endsWith("rule") ? "s" : "") + ": " + String.join(", ", known));
  }

  /**
   * Returns every ranking rule, sorted by id.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules.values().asList();
  }

  /**
   * Returns the ranking rules that count {@code kind} ballots, sorted by id.
   *
   * @param kind the ballot kind
   * @return the rules
   */
  public List<Rule> rules(BallotKind kind) {
    return rules.values().stream().filter(r -> r.ballotKind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the committee rule with {@code id}, if there is one.
   *
   * @param id the id, e.g. {@code "pav"}
   * @return the rule, or empty
   */
  public Optional<CommitteeRule> findCommitteeRule(String id) {
    return Optional.ofNullable(committeeRules.get(id));
  }

  /**
   * Returns the committee rule with {@code id}.
   *
   * @param id the id, e.g. {@code "seq-phragmen"}
   * @return the rule
   * @throws UnknownRuleException naming the id and the committee rules that exist, if there is none
   */
  public CommitteeRule committeeRule(String id) {
    CommitteeRule r = committeeRules.get(requireNonNull(id, "id"));
    if (r == null) {
      throw unknown(id, "committee rule", committeeRules.keySet());
    }
    return r;
  }

  /**
   * Returns every committee rule, sorted by id.
   *
   * @return the committee rules
   */
  public List<CommitteeRule> committeeRules() {
    return committeeRules.values().asList();
  }

  /**
   * Returns the budget rule with {@code id}, if there is one.
   *
   * @param id the id, e.g. {@code "knapsack"}
   * @return the rule, or empty
   */
  public Optional<BudgetRule> findBudgetRule(String id) {
    return Optional.ofNullable(budgetRules.get(id));
  }

  /**
   * Returns the budget rule with {@code id}.
   *
   * @param id the id, e.g. {@code "equal-shares-cost"}
   * @return the rule
   * @throws UnknownRuleException naming the id and the budget rules that exist, if there is none
   */
  public BudgetRule budgetRule(String id) {
    BudgetRule r = budgetRules.get(requireNonNull(id, "id"));
    if (r == null) {
      throw unknown(id, "budget rule", budgetRules.keySet());
    }
    return r;
  }

  /**
   * Returns every budget rule, sorted by id.
   *
   * @return the budget rules
   */
  public List<BudgetRule> budgetRules() {
    return budgetRules.values().asList();
  }

  static List<Rule> builtInRules() {
    return ImmutableList.of(
        Plurality.rule(),
        AntiPlurality.rule(),
        Borda.standard(),
        Borda.symmetric(),
        Borda.pessimistic(),
        Borda.averaged(),
        Borda.modified(),
        Dowdall.rule(),
        Approval.rule(),
        SatisfactionApproval.rule(),
        ScoreVoting.rule(),
        Star.rule(),
        MajorityJudgment.rule(),
        CumulativeVoting.rule(),
        KemenyYoung.rule(),
        InstantRunoff.standard(),
        InstantRunoff.fixedOrder(),
        InstantRunoff.parallelUniverse(),
        InstantRunoff.exhaustedBallots(),
        Coombs.standard(),
        Coombs.fixedOrder(),
        Coombs.parallelUniverse(),
        Baldwin.standard(),
        Baldwin.fixedOrder(),
        Baldwin.parallelUniverse(),
        Nanson.strict(),
        Nanson.weak(),
        PluralityWithRunoff.rule(),
        Bucklin.standard(),
        Bucklin.simplified(),
        Bucklin.truncated(),
        Copeland.rule(),
        Llull.rule(),
        Minimax.rule(),
        Schulze.rule(),
        RankedPairs.rule(),
        RankedPairs.fixedOrder(),
        SplitCycle.rule(),
        Blacks.rule(),
        MajoritySets.condorcet(),
        MajoritySets.weakCondorcet(),
        MajoritySets.smithSet(),
        MajoritySets.schwartzSet());
  }

  static List<CommitteeRule> builtInCommitteeRules() {
    return ImmutableList.of(
        ApprovalTopK.rule(),
        SatisfactionTopK.rule(),
        Pav.exact(),
        Pav.sequential(),
        ChamberlinCourant.exact(),
        ChamberlinCourant.greedy(),
        Phragmen.sequential(),
        EqualShares.withCompletion());
  }

  static List<BudgetRule> builtInBudgetRules() {
    return ImmutableList.of(
        GreedyByVotes.rule(),
        GreedyByVotesPerCost.rule(),
        Knapsack.rule(),
        EqualSharesBudget.rule());
  }

  /** Lazily built registries. */
  private static final class Holder {
    static final RuleRegistry BUILT_IN = of(builtInRules(), builtInCommitteeRules(), builtInBudgetRules());
    static final RuleRegistry STANDARD = loadStandard();

    private static RuleRegistry loadStandard() {
      List<Rule> all = new ArrayList<>(builtInRules());
      List<CommitteeRule> committee = new ArrayList<>(builtInCommitteeRules());
      List<BudgetRule> budget = new ArrayList<>(builtInBudgetRules());
      for (RuleProvider p : ServiceLoader.load(RuleProvider.class, RuleRegistry.class.getClassLoader())) {
        all.addAll(p.rules());
        committee.addAll(p.committeeRules());
        budget.addAll(p.budgetRules());
      }
      return of(all, committee, budget);
    }
  }
}
