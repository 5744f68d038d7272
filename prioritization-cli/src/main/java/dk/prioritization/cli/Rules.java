package dk.prioritization.cli;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rule ids, pref_voting's function names as aliases, and the default rule per ballot kind. */
final class Rules {
  private Rules() {}

  /** pref_voting 1.18.1 function name to our rule id (the reference cases' method keys). */
  static final Map<String, String> ALIASES = aliases();

  private static Map<String, String> aliases() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("plurality", "plurality");
    m.put("borda", "borda");
    m.put("borda_for_profile_with_ties", "borda-symmetric");
    m.put("anti_plurality", "anti-plurality");
    m.put("instant_runoff", "instant-runoff");
    m.put("instant_runoff_tb", "instant-runoff-tb");
    m.put("instant_runoff_put", "instant-runoff-put");
    m.put("instant_runoff_for_truncated_linear_orders", "instant-runoff-exhausted");
    m.put("plurality_with_runoff_put", "plurality-with-runoff");
    m.put("coombs", "coombs");
    m.put("coombs_put", "coombs-put");
    m.put("baldwin", "baldwin");
    m.put("baldwin_put", "baldwin-put");
    m.put("strict_nanson", "strict-nanson");
    m.put("weak_nanson", "weak-nanson");
    m.put("bucklin", "bucklin");
    m.put("simplified_bucklin", "simplified-bucklin");
    m.put("bucklin_for_truncated_linear_orders", "bucklin-truncated");
    m.put("blacks", "blacks");
    m.put("condorcet", "condorcet");
    m.put("weak_condorcet", "weak-condorcet");
    m.put("smith_set", "smith-set");
    m.put("gocha", "schwartz-set");
    m.put("copeland", "copeland");
    m.put("llull", "llull");
    m.put("minimax", "minimax");
    m.put("beat_path", "schulze");
    m.put("split_cycle", "split-cycle");
    m.put("ranked_pairs", "ranked-pairs");
    m.put("ranked_pairs_tb", "ranked-pairs-tb");
    m.put("kemeny_young", "kemeny-young");
    m.put("approval", "approval");
    return Map.copyOf(m);
  }

  /** The registry: built-in rules and any found through {@code RuleProvider} services. */
  static RuleRegistry registry() {
    return RuleRegistry.standard();
  }

  /** Returns the rule with the given id or pref_voting name, or throws a usage error. */
  static Rule resolve(String name) {
    String id = ALIASES.getOrDefault(name, name);
    Optional<Rule> rule = registry().find(id);
    if (rule.isEmpty() && (registry().findCommitteeRule(id).isPresent() || registry().findBudgetRule(id).isPresent())) {
      throw new UsageException("'" + name + "' chooses a set, it does not rank: use 'prioritize select --rule " + name
          + "'");
    }
    return rule.orElseThrow(() -> new UsageException("unknown rule '" + name + "' (see 'prioritize rules')"));
  }

  /**
   * Returns the rule used when none is named: Schulze for ranked ballots (any ballots, ties and
   * truncation included; a Condorcet method), approval voting, score voting, cumulative voting.
   */
  static Rule defaultRule(BallotKind kind) {
    switch (kind) {
      case RANKED:
        return registry().get("schulze");
      case APPROVAL:
        return registry().get("approval");
      case SCORE:
        return registry().get("score");
      case CUMULATIVE:
        return registry().get("cumulative");
      default:
        throw new IllegalStateException("no default rule for " + kind);
    }
  }

  /** A rule with the name the user gave it. */
  record Named(String name, Rule rule) {}

  /**
   * Resolves a comma-separated list of rule names; {@code null} for "all" (the caller picks the
   * rules of the ballots' kind).
   */
  static List<Named> list(String spec) {
    if (spec.trim().equals("all")) {
      return null;
    }
    List<Named> out = new ArrayList<>();
    for (String s : spec.split(",")) {
      String name = s.trim();
      if (name.isEmpty()) {
        throw new UsageException("empty rule name in '" + spec + "'");
      }
      out.add(new Named(name, resolve(name)));
    }
    return out;
  }

  /** All rules of the given ballot kind, by id. */
  static List<Named> all(BallotKind kind) {
    List<Named> out = new ArrayList<>();
    for (Rule r : registry().rules(kind)) {
      out.add(new Named(r.id(), r));
    }
    return out;
  }
}
