package dk.prioritization.core.runoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Ballots the runoff rules refuse, and what the refusal says. */
class BadInputTest {
  private static final List<String> ABC = List.of("a", "b", "c");

  static List<Rule> all() {
    return List.of(InstantRunoff.standard(), InstantRunoff.fixedOrder(), InstantRunoff.parallelUniverse(),
        InstantRunoff.exhaustedBallots(), Coombs.standard(), Coombs.fixedOrder(), Coombs.parallelUniverse(),
        Baldwin.standard(), Baldwin.fixedOrder(), Baldwin.parallelUniverse(), Nanson.strict(), Nanson.weak(),
        PluralityWithRunoff.rule(), Bucklin.standard(), Bucklin.simplified(), Bucklin.truncated());
  }

  /** The rules defined on complete strict rankings only. */
  static List<Rule> linearOnly() {
    return List.of(Coombs.standard(), Coombs.fixedOrder(), Coombs.parallelUniverse(), Baldwin.standard(),
        Baldwin.fixedOrder(), Baldwin.parallelUniverse(), Nanson.strict(), Nanson.weak(), PluralityWithRunoff.rule(),
        Bucklin.standard(), Bucklin.simplified());
  }

  /** The rules defined on strict ballots, truncated or not. */
  static List<Rule> strictOnly() {
    return List.of(InstantRunoff.exhaustedBallots(), Bucklin.truncated());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void rank_approvalProfile_refusedNamingTheKind(Rule rule) {
    var p = Profile.approval(ABC).add(ApprovalBallot.of("a")).build();
    assertThatThrownBy(() -> rule.rank(p)).isInstanceOf(UnsupportedBallotException.class).hasMessageContaining(rule.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linearOnly")
  void rank_truncatedBallot_refusedNamingIt(Rule rule) {
    RankedProfile<String> p = Profile.ranked(ABC).add(2, "a", "b", "c").add(3, "b").build();
    assertThatThrownBy(() -> rule.rank(p)).isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("rule " + rule.id() + " cannot count the ballot 'b' (cast by 3 voters): it ranks only 1 of 3"
            + " candidates");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"linearOnly", "strictOnly"})
  void rank_tiedBallot_refusedNamingIt(Rule rule) {
    RankedProfile<String> p = Profile.ranked(ABC).add(RankedBallot.ofTiers(List.of(List.of("a", "b"), List.of("c"))), 1)
        .build();
    assertThatThrownBy(() -> rule.rank(p)).isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("rule " + rule.id() + " cannot count the ballot")
        .hasMessageContaining("it ranks candidates as tied");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strictOnly")
  void rank_truncatedStrictBallot_counted(Rule rule) {
    RankedProfile<String> p = Profile.ranked(ABC).add(2, "a", "b", "c").add(3, "b").build();
    assertThat(rule.rank(p).winners()).containsExactly("b");
  }

  @Test
  void instantRunoff_tiedAndTruncatedBallots_countedByTopTier() {
    // {a, b} > c gives a and b a vote each; c alone gives c one; the empty ballot none.
    // Round 1: a 1, b 1, c 1: all tie, all win.
    RankedProfile<String> p = Profile.ranked(ABC).add(RankedBallot.ofTiers(List.of(List.of("a", "b"), List.of("c"))), 1)
        .add(1, "c").add(RankedBallot.empty(), 1).build();
    assertThat(InstantRunoff.standard().rank(p).winners()).containsExactly("a", "b", "c");
  }

  @Test
  void fixedOrder_orderMissingACandidate_refusedNamingIt() {
    RankedProfile<String> p = Profile.ranked(ABC).add(1, "a", "b", "c").build();
    assertThatThrownBy(() -> InstantRunoff.fixedOrder(List.of("a", "b")).rank(p))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not name the candidate 'c'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void rule_valueSemanticsAndRegistry(Rule rule) {
    assertThat(rule).isEqualTo(rule).hasSameHashCodeAs(rule);
    assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(rule.description()).isNotBlank();
    assertThat(rule.toString()).startsWith(rule.id());
    assertThat(RuleRegistry.builtIn().find(rule.id())).isPresent();
  }

  @Test
  void fixedOrder_customOrder_isAnOptionAndNotEqualToTheDefault() {
    assertThat(InstantRunoff.fixedOrder(List.of("c", "b", "a"))).isNotEqualTo(InstantRunoff.fixedOrder())
        .isEqualTo(InstantRunoff.fixedOrder(List.of("c", "b", "a")));
    assertThat(InstantRunoff.fixedOrder(List.of("c", "b", "a")).options()).containsEntry("order", "[c, b, a]");
  }
}
