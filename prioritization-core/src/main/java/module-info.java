/**
 * The prioritization engine: ballots, profiles, ranking and aggregation rules, tie-breaking,
 * explanations and audit fingerprints.
 *
 * <p>Start at {@link dk.prioritization.core}.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module dk.prioritization.core {
  requires transitive com.google.common;

  exports dk.prioritization.core;
  exports dk.prioritization.core.positional;
  exports dk.prioritization.core.approval;
  exports dk.prioritization.core.budget;
  exports dk.prioritization.core.committee;
  exports dk.prioritization.core.criteria;
  exports dk.prioritization.core.cardinal;
  exports dk.prioritization.core.generate;
  exports dk.prioritization.core.pairwise;
  exports dk.prioritization.core.runoff;

  // the JSON reader hands ballots to profile builders as candidate indices
  exports dk.prioritization.core.internal to dk.prioritization.json;

  uses dk.prioritization.core.RuleProvider;
}
