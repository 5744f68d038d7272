package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.approval.SatisfactionApproval;
import dk.prioritization.core.cardinal.CumulativeVoting;
import dk.prioritization.core.cardinal.MajorityJudgment;
import dk.prioritization.core.cardinal.ScoreVoting;
import dk.prioritization.core.cardinal.Star;
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
 * A directory of rules by their stable kebab-case id: {@code plurality}, {@code borda},
 * {@code approval}, ...
 *
 * <pre>{@code
 * Rule rule = RuleRegistry.standard().get("borda");
 * for (Rule r : RuleRegistry.standard().rules()) {
 *   System.out.println(r.id() + "  " + r.ballotKind().id() + "  " + r.description());
 * }
 * }</pre>
 *
 * <p>The standard registry holds the built-in rules and every rule a {@link RuleProvider} on the
 * class or module path adds. Registries are immutable; {@link #with(Rule)} returns a new one.
 */
public final class RuleRegistry {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final ImmutableSortedMap<String, Rule> rules;

  private RuleRegistry(Map<String, Rule> rules) {
    this.rules = ImmutableSortedMap.copyOf(rules);
  }

  /**
   * Returns the registry of built-in rules and every rule that a {@link RuleProvider} found by
   * {@link ServiceLoader} adds.
   *
   * @return the standard registry
   * @throws IllegalStateException if two rules share an id, or an id is not kebab-case
   */
  public static RuleRegistry standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns a registry of exactly the built-in rules, without providers.
   *
   * @return the built-in registry
   */
  public static RuleRegistry builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Returns a registry of the given rules.
   *
   * @param rules the rules
   * @return the registry
   * @throws IllegalStateException if two rules share an id, or an id is not kebab-case
   */
  public static RuleRegistry of(List<? extends Rule> rules) {
    SortedMap<String, Rule> map = new TreeMap<>();
    for (Rule r : rules) {
      add(map, r);
    }
    return new RuleRegistry(map);
  }

  /**
   * Returns a registry with {@code rule} added.
   *
   * @param rule the rule
   * @return the new registry
   * @throws IllegalStateException if its id is taken or not kebab-case
   */
  public RuleRegistry with(Rule rule) {
    SortedMap<String, Rule> map = new TreeMap<>(rules);
    add(map, rule);
    return new RuleRegistry(map);
  }

  private static void add(Map<String, Rule> map, Rule rule) {
    requireNonNull(rule, "rule");
    String id = rule.id();
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalStateException("rule id '" + id + "' of " + rule.getClass().getName() + " is not kebab-case");
    }
    Rule old = map.putIfAbsent(id, rule);
    if (old != null) {
      throw new IllegalStateException("rule id '" + id + "' is claimed by both " + old.getClass().getName()
          + " and " + rule.getClass().getName());
    }
  }

  /**
   * Returns the rule with {@code id}, if there is one.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Returns the rule with {@code id}.
   *
   * @param id the id
   * @return the rule
   * @throws UnknownRuleException naming the id and the ids that exist, if there is none
   */
  public Rule get(String id) {
    Rule r = rules.get(requireNonNull(id, "id"));
    if (r == null) {
      throw new UnknownRuleException(id, "unknown rule '" + id + "'; known rules: " + String.join(", ", rules.keySet()));
    }
    return r;
  }

  /**
   * Returns every rule, sorted by id.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules.values().asList();
  }

  /**
   * Returns the rules that count {@code kind} ballots, sorted by id.
   *
   * @param kind the ballot kind
   * @return the rules
   */
  public List<Rule> rules(BallotKind kind) {
    return rules.values().stream().filter(r -> r.ballotKind() == kind).collect(ImmutableList.toImmutableList());
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

  /** Lazily built registries. */
  private static final class Holder {
    static final RuleRegistry BUILT_IN = of(builtInRules());
    static final RuleRegistry STANDARD = loadStandard();

    private static RuleRegistry loadStandard() {
      List<Rule> all = new ArrayList<>(builtInRules());
      for (RuleProvider p : ServiceLoader.load(RuleProvider.class, RuleRegistry.class.getClassLoader())) {
        all.addAll(p.rules());
      }
      return of(all);
    }
  }
}
