package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.budget.BudgetRule;
import dk.prioritization.core.budget.Knapsack;
import dk.prioritization.core.committee.CommitteeRule;
import dk.prioritization.core.committee.Pav;
import dk.prioritization.core.positional.Borda;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: ids, descriptions, lookup errors and ServiceLoader plug-ins. */
class RuleRegistryTest {

  @Test
  void builtIn_holdsTheFoundationRules() {
    assertThat(RuleRegistry.builtIn().rules()).extracting(Rule::id).contains(
        "plurality", "anti-plurality", "borda", "borda-symmetric", "borda-averaged", "borda-pessimistic",
        "borda-modified", "dowdall", "approval", "satisfaction-approval", "kemeny-young");
  }

  @Test
  void builtIn_holdsTheRunoffRules() {
    assertThat(RuleRegistry.builtIn().rules()).extracting(Rule::id).contains(
        "instant-runoff", "instant-runoff-tb", "instant-runoff-put", "instant-runoff-exhausted", "coombs", "coombs-tb",
        "coombs-put", "baldwin", "baldwin-tb", "baldwin-put", "strict-nanson", "weak-nanson", "plurality-with-runoff",
        "bucklin", "simplified-bucklin", "bucklin-truncated");
  }

  @Test
  void builtIn_holdsTheCondorcetRules() {
    assertThat(RuleRegistry.builtIn().rules()).extracting(Rule::id).contains(
        "copeland", "llull", "minimax", "schulze", "ranked-pairs", "ranked-pairs-tb", "split-cycle", "blacks",
        "condorcet", "weak-condorcet", "smith-set", "schwartz-set");
  }

  @Test
  void rules_sortedById_withDescriptionAndKind() {
    List<Rule> rules = RuleRegistry.builtIn().rules();
    assertThat(rules).extracting(Rule::id).isSorted();
    assertThat(rules).allSatisfy(r -> {
      assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(r.description()).isNotBlank().doesNotContain("\n");
      assertThat(r.ballotKind()).isNotNull();
    });
  }

  @Test
  void get_knownId_returnsTheRule() {
    assertThat(RuleRegistry.standard().get("borda")).isSameAs(Borda.standard());
    assertThat(RuleRegistry.standard().rules(BallotKind.APPROVAL)).extracting(Rule::id)
        .contains("approval", "satisfaction-approval").doesNotContain("borda");
  }

  @Test
  void get_unknownId_namesItAndListsKnownIds() {
    assertThatThrownBy(() -> RuleRegistry.standard().get("bordaa"))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessageStartingWith("unknown rule 'bordaa'; known rules: ")
        .hasMessageContaining("borda, borda-averaged");
    assertThat(RuleRegistry.standard().find("bordaa")).isEmpty();
  }

  @Test
  void standard_findsRulesOfServiceLoaderProviders() {
    // src/test/resources/META-INF/services/dk.prioritization.core.RuleProvider names TestRuleProvider.
    assertThat(RuleRegistry.standard().find("test-first-candidate")).isPresent();
    assertThat(RuleRegistry.builtIn().find("test-first-candidate")).isEmpty();
    RankedProfile<String> p = Profile.ranked(List.of("x", "y")).add(1, "y", "x").build();
    assertThat(RuleRegistry.standard().get("test-first-candidate").rank(p).winners()).containsExactly("x");
  }

  @Test
  void of_duplicateId_namesBothClasses() {
    assertThatThrownBy(() -> RuleRegistry.builtIn().with(new TestRuleProvider.FirstCandidate("borda")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule id 'borda' is claimed by both")
        .hasMessageContaining("TestRuleProvider$FirstCandidate");
  }

  @Test
  void of_idNotKebabCase_refused() {
    assertThatThrownBy(() -> RuleRegistry.of(List.of(new TestRuleProvider.FirstCandidate("Not_Kebab"))))
        .hasMessageContaining("rule id 'Not_Kebab'")
        .hasMessageContaining("is not kebab-case");
  }

  @Test
  void rank_wrongBallotKind_namesRuleAndKinds() {
    ApprovalProfile<String> p = Profile.approval(List.of("x", "y")).add(ApprovalBallot.of("x")).build();
    assertThatThrownBy(() -> Borda.standard().rank(p))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessage("rule borda counts ranked ballots but the profile holds approval ballots");
  }

  @Test
  void builtIn_holdsTheCommitteeAndBudgetRules() {
    assertThat(RuleRegistry.builtIn().committeeRules()).extracting(CommitteeRule::id).containsExactly(
        "av-committee", "cc", "equal-shares", "greedy-cc", "pav", "sav-committee", "seq-pav", "seq-phragmen");
    assertThat(RuleRegistry.builtIn().budgetRules()).extracting(BudgetRule::id).containsExactly(
        "equal-shares-cost", "greedy-approval", "greedy-cost", "knapsack");
    assertThat(RuleRegistry.standard().committeeRule("pav")).isSameAs(Pav.exact());
    assertThat(RuleRegistry.standard().committeeRule("seq-pav")).isSameAs(Pav.sequential());
    assertThat(RuleRegistry.standard().budgetRule("knapsack")).isSameAs(Knapsack.rule());
    assertThat(RuleRegistry.standard().findCommitteeRule("knapsack")).isEmpty();
    assertThat(RuleRegistry.standard().findBudgetRule("knapsack")).isPresent();
  }

  @Test
  void get_idOfAnotherFamily_saysWhichFamily() {
    assertThatThrownBy(() -> RuleRegistry.standard().get("pav"))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessage("'pav' is not a rule but a committee rule (use committeeRule)");
    assertThatThrownBy(() -> RuleRegistry.standard().committeeRule("borda"))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessage("'borda' is not a committee rule but a ranking rule (use get)");
    assertThatThrownBy(() -> RuleRegistry.standard().budgetRule("seq-phragmen"))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessage("'seq-phragmen' is not a budget rule but a committee rule (use committeeRule)");
  }

  @Test
  void committeeRule_unknownId_listsTheCommitteeRules() {
    assertThatThrownBy(() -> RuleRegistry.builtIn().committeeRule("pavv"))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessage("unknown committee rule 'pavv'; known committee rules: av-committee, cc, equal-shares, greedy-cc,"
            + " pav, sav-committee, seq-pav, seq-phragmen");
    assertThatThrownBy(() -> RuleRegistry.builtIn().budgetRule("knapsak"))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessage("unknown budget rule 'knapsak'; known budget rules: equal-shares-cost, greedy-approval,"
            + " greedy-cost, knapsack");
  }

  @Test
  void idsAreOneNamespaceAcrossFamilies() {
    assertThatThrownBy(() -> RuleRegistry.builtIn().with(new TestRuleProvider.FirstK("borda")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'borda' is claimed by both").hasMessageContaining("FirstK");
    assertThatThrownBy(() -> RuleRegistry.builtIn().with(new TestRuleProvider.FirstCandidate("knapsack")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'knapsack' is claimed by both");
    RuleRegistry more = RuleRegistry.builtIn().with(new TestRuleProvider.FirstK("first-k"));
    assertThat(more.committeeRule("first-k").id()).isEqualTo("first-k");
    assertThat(RuleRegistry.builtIn().findCommitteeRule("first-k")).isEmpty();
  }

  @Test
  void standard_findsCommitteeRulesOfProviders() {
    assertThat(RuleRegistry.standard().findCommitteeRule("test-first-k")).isPresent();
    assertThat(RuleRegistry.builtIn().findCommitteeRule("test-first-k")).isEmpty();
    ApprovalProfile<String> p = Profile.approval(List.of("x", "y", "z")).add(ApprovalBallot.of("z")).build();
    assertThat(RuleRegistry.standard().committeeRule("test-first-k").select(p, 2).members()).containsExactly("x", "y");
  }
}
