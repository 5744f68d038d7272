package dk.prioritization.core.pairwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rule;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules as values: ids, options, equality, refusals, and the size of what they handle. */
class CondorcetRulesTest {

  static List<Rule> rules() {
    return List.of(Copeland.rule(), Llull.rule(), Minimax.rule(), Schulze.rule(), RankedPairs.rule(),
        RankedPairs.fixedOrder(), SplitCycle.rule(), Blacks.rule(), MajoritySets.condorcet(),
        MajoritySets.weakCondorcet(), MajoritySets.smithSet(), MajoritySets.schwartzSet());
  }

  @Test
  void ids_stableAndDistinct() {
    assertThat(rules()).extracting(Rule::id).containsExactly("copeland", "llull", "minimax", "schulze",
        "ranked-pairs", "ranked-pairs-tb", "split-cycle", "blacks", "condorcet", "weak-condorcet", "smith-set",
        "schwartz-set");
    assertThat(rules()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
  }

  @Test
  void options_andEquality_followTheConvention() {
    assertThat(Schulze.rule().options()).isEqualTo(Map.of("unranked", "below"));
    PairwiseRule inc = Schulze.rule().withUnranked(Unranked.INCOMPARABLE);
    assertThat(inc.options()).isEqualTo(Map.of("unranked", "incomparable"));
    assertThat(inc).isNotEqualTo(Schulze.rule()).isEqualTo(Schulze.rule().withUnranked(Unranked.INCOMPARABLE));
    assertThat(inc.withUnranked(Unranked.BELOW)).isEqualTo(Schulze.rule()).hasSameHashCodeAs(Schulze.rule());
    assertThat(RankedPairs.rule()).isNotEqualTo(RankedPairs.fixedOrder());
    assertThat(MajoritySets.smithSet()).isNotEqualTo(MajoritySets.schwartzSet()).isEqualTo(MajoritySets.smithSet());
    assertThat(MajoritySets.smithSet().withUnranked(Unranked.INCOMPARABLE).id()).isEqualTo("smith-set");
    assertThat(RankedPairs.fixedOrder(List.of("c", "b", "a")).options())
        .isEqualTo(Map.of("order", "[c, b, a]", "unranked", "below"));
    assertThat(Copeland.rule().toString()).isEqualTo("copeland{unranked=below}");
  }

  @Test
  void rank_approvalProfile_refusedNamingTheRule() {
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b")).add(ApprovalBallot.of(List.of("a")), 1).build();
    for (Rule rule : rules()) {
      assertThatThrownBy(() -> rule.rank(p)).as(rule.id()).isInstanceOf(UnsupportedBallotException.class)
          .hasMessage("rule " + rule.id() + " counts ranked ballots but the profile holds approval ballots");
    }
  }

  @Test
  void blacks_truncatedOrTiedBallot_refusedNamingTheBallot() {
    RankedProfile<String> truncated = Profile.ranked(List.of("a", "b", "c")).add(RankedBallot.of("a", "b", "c"), 2)
        .add(RankedBallot.of("b"), 1).build();
    assertThatThrownBy(() -> Blacks.rule().rank(truncated)).isInstanceOf(UnsupportedBallotException.class)
        .hasMessageStartingWith("rule blacks cannot count the ballot 'b' (cast by 1 voter): it ranks only 1 of 3"
            + " candidates; Black's method falls back on Borda's own count");
    RankedProfile<String> tied = Profile.ranked(List.of("a", "b", "c"))
        .add(RankedBallot.ofTiers(List.of(List.of("a", "b"), List.of("c"))), 3).build();
    assertThatThrownBy(() -> Blacks.rule().rank(tied)).isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("(cast by 3 voters): it ranks candidates as tied");
    // even with a Condorcet winner (a, over everyone on both ballots) the rule refuses: it is
    // defined on complete strict ballots
    assertThat(PairwiseTally.of(truncated).condorcetWinner()).contains("a");
  }

  @Test
  void rankedPairs_fixedOrder_breaksEqualMarginsByTheGivenOrder() {
    // one voter each of a>b>c, b>c>a, c>a>b: a 3-cycle of margins 1
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c")).add(RankedBallot.of("a", "b", "c"), 1)
        .add(RankedBallot.of("b", "c", "a"), 1).add(RankedBallot.of("c", "a", "b"), 1).build();
    // candidate order: a>b locks first, then b>c, c>a skipped
    assertThat(RankedPairs.fixedOrder().rank(p).ranking()).isEqualTo(Ranking.strict(List.of("a", "b", "c")));
    // order c, b, a: c>a first, then b>c, a>b skipped
    assertThat(RankedPairs.fixedOrder(List.of("c", "b", "a")).rank(p).ranking())
        .isEqualTo(Ranking.strict(List.of("b", "c", "a")));
    assertThat(RankedPairs.rule().rank(p).winners()).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> RankedPairs.fixedOrder(List.of("a", "b")).rank(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the tie-breaking order [a, b] of rule ranked-pairs-tb lacks the candidate 'c'");
    assertThatThrownBy(() -> RankedPairs.fixedOrder(List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the tie-breaking order [a, a] repeats a candidate");
  }

  @Test
  void rankedPairs_searchBeyondTheLimit_refusedWithTheSizes() {
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c")).add(RankedBallot.of("a", "b", "c"), 1)
        .add(RankedBallot.of("b", "c", "a"), 1).add(RankedBallot.of("c", "a", "b"), 1).build();
    assertThatThrownBy(() -> RankedPairs.rule().withStateLimit(1).rank(p))
        .isInstanceOfSatisfying(ProblemTooLargeException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("ranked-pairs");
          assertThat(e.size()).isEqualTo(2);
          assertThat(e.limit()).isEqualTo(1);
          assertThat(e.what()).isEqualTo("the search over orders of equal margins (lock states)");
        })
        .hasMessage("rule ranked-pairs: the search over orders of equal margins (lock states) has 2, above the"
            + " limit of 1");
  }

  @Test
  void rankedPairs_allZeroMarginsAmongManyCandidates_finishesAllWinning() {
    // every pair tied: every order of the pairs is possible and every candidate wins; the search
    // stops as soon as every candidate is a known winner instead of visiting 30! orders
    int m = 30;
    List<Integer> c = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      c.add(i);
    }
    PairwiseTally<Integer> t = PairwiseTally.fromSupport(c, new long[m][m], 0, Unranked.BELOW);
    assertThat(RankedPairs.rule().rank(t).winners()).hasSize(m);
    assertThat(RankedPairs.fixedOrder().rank(t)).isEqualTo(Ranking.strict(c));
  }

  @Test
  void schulze_aThousandCandidates_rankedFromTheTally() {
    // margins from a seeded random tournament; the time target (well under a second on one core)
    // is measured by the benchmarks module, this checks the size runs and the result is sane
    int m = 1000;
    Random random = new Random(42);
    long[][] s = new long[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        long x = random.nextInt(101);
        s[i][j] = x;
        s[j][i] = 100 - x;
      }
    }
    List<Integer> c = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      c.add(i);
    }
    PairwiseTally<Integer> t = PairwiseTally.fromSupport(c, s, 100, Unranked.BELOW);
    Set<Integer> winners = Schulze.rule().rank(t).winners();
    assertThat(winners).isNotEmpty().isSubsetOf(t.smithSet());
    assertThat(SplitCycle.rule().rank(t).winners()).containsAll(winners);
  }
}
