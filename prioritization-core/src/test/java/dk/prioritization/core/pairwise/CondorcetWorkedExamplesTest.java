package dk.prioritization.core.pairwise;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Published and hand-worked examples, and the pinned counterexamples that separate the rules.
 * Every expected value is worked out by hand in the comments.
 */
class CondorcetWorkedExamplesTest {

  @SafeVarargs
  @SuppressWarnings("varargs")
  static RankedProfile<String> profile(List<String> candidates, Map.Entry<Integer, List<String>>... ballots) {
    RankedProfile.Builder<String> b = Profile.ranked(candidates);
    for (Map.Entry<Integer, List<String>> e : ballots) {
      b.add(RankedBallot.strict(e.getValue()), e.getKey());
    }
    return b.build();
  }

  static Map.Entry<Integer, List<String>> times(int count, String... order) {
    return Map.entry(count, List.of(order));
  }

  static Explanation.Matrix<String> matrix(Result<String> r, int index) {
    return (Explanation.Matrix<String>) r.explanation().steps().get(index);
  }

  // ---- Wikipedia, "Schulze method", section "Example" -----------------------------------------

  /** 45 voters over A-E, as in the article. */
  static final RankedProfile<String> SCHULZE_EXAMPLE = profile(List.of("A", "B", "C", "D", "E"),
      times(5, "A", "C", "B", "E", "D"), times(5, "A", "D", "E", "C", "B"), times(8, "B", "E", "D", "A", "C"),
      times(3, "C", "A", "B", "E", "D"), times(7, "C", "A", "E", "B", "D"), times(2, "C", "B", "A", "D", "E"),
      times(7, "D", "C", "E", "B", "A"), times(8, "E", "B", "A", "D", "C"));

  @Test
  void schulze_wikipediaExample_supportsAsPublishedAndWinnerE() {
    PairwiseTally<String> t = PairwiseTally.of(SCHULZE_EXAMPLE);
    // the article's table of pairwise preferences d[X, Y]
    long[] d = {
        0, 20, 26, 30, 22,
        25, 0, 16, 33, 18,
        19, 29, 0, 17, 24,
        15, 12, 28, 0, 14,
        23, 27, 21, 31, 0};
    assertThat(t.supports()).containsExactly(d);
    Result<String> r = Schulze.rule().rank(SCHULZE_EXAMPLE);
    assertThat(r.winners()).containsExactly("E");
    // The article's path strengths use winning votes; this rule uses margins. From the article's
    // d[X, Y], the positive margins are A>C 7, A>D 15, B>A 5, B>D 21, C>B 13, C>E 3, D>C 11, E>A 1,
    // E>B 9, E>D 17, and the strongest paths by hand (e.g. A to B: A>D>C>B, min(15, 11, 13) = 11;
    // anyone to E: only C>E 3 enters E):
    long[] strongest = {
        0, 11, 11, 15, 3,
        5, 0, 11, 21, 3,
        5, 13, 0, 13, 3,
        5, 11, 11, 0, 3,
        5, 11, 11, 17, 0};
    Explanation.Matrix<String> p = matrix(r, 1);
    assertThat(p.title()).isEqualTo(Schulze.STRENGTHS);
    assertThat(p.values()).containsExactly(strongest);
    // E beats all; A beats B, C, D; C beats B, D; B beats D: the article's order E > A > C > B > D
    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("E", "A", "C", "B", "D")));
  }

  // ---- Wikipedia, "Ranked pairs" / "Schulze method" / "Copeland's method": Tennessee ----------

  /** The capital of Tennessee: 42% Memphis, 26% Nashville, 15% Chattanooga, 17% Knoxville, as 100 voters. */
  static final RankedProfile<String> TENNESSEE = profile(List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"),
      times(42, "Memphis", "Nashville", "Chattanooga", "Knoxville"),
      times(26, "Nashville", "Chattanooga", "Knoxville", "Memphis"),
      times(15, "Chattanooga", "Knoxville", "Nashville", "Memphis"),
      times(17, "Knoxville", "Chattanooga", "Nashville", "Memphis"));

  @Test
  void tennessee_condorcetMethods_electNashville() {
    for (PairwiseRule rule : List.of(Schulze.rule(), RankedPairs.rule(), RankedPairs.fixedOrder(), Copeland.rule(),
        Llull.rule(), Minimax.rule(), SplitCycle.rule(), MajoritySets.condorcet())) {
      assertThat(rule.rank(TENNESSEE).winners()).as(rule.id()).containsExactly("Nashville");
    }
    assertThat(Blacks.rule().rank(TENNESSEE).winners()).containsExactly("Nashville");
  }

  @Test
  void tennessee_copelandAndMinimax_scoresByHand() {
    // margins: N>M 16, C>M 16, K>M 16, N>C 36, N>K 36, C>K 66
    Result<String> copeland = Copeland.rule().rank(TENNESSEE);
    assertThat(copeland.scores()).containsExactly(Map.entry("Memphis", Rational.of(-3)),
        Map.entry("Nashville", Rational.of(3)), Map.entry("Chattanooga", Rational.of(1)),
        Map.entry("Knoxville", Rational.of(-1)));
    assertThat(copeland.ranking()).isEqualTo(Ranking.strict(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis")));
    Result<String> minimax = Minimax.rule().rank(TENNESSEE);
    assertThat(minimax.scores()).containsExactly(Map.entry("Memphis", Rational.of(-16)),
        Map.entry("Nashville", Rational.ZERO), Map.entry("Chattanooga", Rational.of(-36)),
        Map.entry("Knoxville", Rational.of(-66)));
    // Minimax ranks Memphis, the Condorcet loser, second: its worst defeat is the mildest
    assertThat(minimax.ranking()).isEqualTo(Ranking.strict(List.of("Nashville", "Memphis", "Chattanooga", "Knoxville")));
  }

  @Test
  void tennessee_rankedPairs_locksAsTheArticleSorts() {
    Result<String> r = RankedPairs.fixedOrder().rank(TENNESSEE);
    assertThat(r.explanation().steps()).containsSubsequence(
        new Explanation.PairLocked<>("Chattanooga", "Knoxville", 66, true),
        new Explanation.PairLocked<>("Nashville", "Chattanooga", 36, true),
        new Explanation.PairLocked<>("Nashville", "Knoxville", 36, true),
        new Explanation.PairLocked<>("Nashville", "Memphis", 16, true),
        new Explanation.PairLocked<>("Chattanooga", "Memphis", 16, true),
        new Explanation.PairLocked<>("Knoxville", "Memphis", 16, true));
    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis")));
    // Black: Nashville is the Condorcet winner; the rest by Borda points C 173 > M 126 > K 107
    assertThat(Blacks.rule().rank(TENNESSEE).ranking())
        .isEqualTo(Ranking.strict(List.of("Nashville", "Chattanooga", "Memphis", "Knoxville")));
  }

  // ---- a majority cycle, worked by hand ------------------------------------------------------

  /** 4 A>B>C, 3 B>C>A, 2 C>A>B: A>B by 3, B>C by 5, C>A by 1, a cycle. */
  static final RankedProfile<String> CYCLE = profile(List.of("A", "B", "C"),
      times(4, "A", "B", "C"), times(3, "B", "C", "A"), times(2, "C", "A", "B"));

  @Test
  void cycle_rankedPairs_skipsTheWeakestPair() {
    // Tideman's procedure as in the Wikipedia article "Ranked pairs", section "Procedure": B>C (5)
    // and A>B (3) lock; C>A (1) would close the cycle A>B>C>A and is skipped.
    Result<String> r = RankedPairs.fixedOrder().rank(CYCLE);
    assertThat(r.explanation().steps()).filteredOn(s -> s instanceof Explanation.PairLocked).containsExactly(
        new Explanation.PairLocked<>("B", "C", 5, true),
        new Explanation.PairLocked<>("A", "B", 3, true),
        new Explanation.PairLocked<>("C", "A", 1, false));
    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("A", "B", "C")));
    assertThat(RankedPairs.rule().rank(CYCLE).ranking().tiers()).containsExactly(Set.of("A"), Set.of("B", "C"));
    // Schulze: A to B 3, B to A min(5, 1) = 1; A to C min(3, 5) = 3, C to A 1; B to C 5, C to B 1
    assertThat(Schulze.rule().rank(CYCLE).ranking()).isEqualTo(Ranking.strict(List.of("A", "B", "C")));
    // Split Cycle discards C>A (1 is not above the path back A>B>C of strength 3): A undefeated
    assertThat(SplitCycle.rule().rank(CYCLE).ranking()).isEqualTo(Ranking.strict(List.of("A", "B", "C")));
    // Copeland: everyone 1 - 1 = 0
    assertThat(Copeland.rule().rank(CYCLE).ranking().tiers()).containsExactly(Set.of("A", "B", "C"));
    // Black: no Condorcet winner; Borda A 4*2+2*1 = 10, B 4+3*2 = 10, C 3+2*2 = 7: A and B tie
    assertThat(Blacks.rule().rank(CYCLE).ranking().tiers()).containsExactly(Set.of("A", "B"), Set.of("C"));
  }

  // ---- pinned counterexamples -----------------------------------------------------------------

  @Test
  void schulzeAndRankedPairs_differ() {
    // Found by a search over small profiles; margins by hand: a>b 3 (8-5), c>a 9 (11-2),
    // d>a 5 (9-4), b>c 1 (7-6), b>d 5 (9-4), c>d 7 (10-3).
    RankedProfile<String> p = profile(List.of("a", "b", "c", "d"),
        times(1, "b", "d", "c", "a"), times(4, "b", "c", "d", "a"), times(2, "d", "a", "b", "c"),
        times(2, "c", "d", "a", "b"), times(4, "c", "a", "b", "d"));
    PairwiseTally<String> t = PairwiseTally.of(p);
    assertThat(t.margin("a", "b")).isEqualTo(3);
    assertThat(t.margin("c", "a")).isEqualTo(9);
    assertThat(t.margin("d", "a")).isEqualTo(5);
    assertThat(t.margin("b", "c")).isEqualTo(1);
    assertThat(t.margin("b", "d")).isEqualTo(5);
    assertThat(t.margin("c", "d")).isEqualTo(7);
    // Ranked Pairs: c>a 9, c>d 7, b>d 5, d>a 5 lock; a>b 3 skipped (b>d>a); b>c 1 locks: b>c>d>a.
    assertThat(RankedPairs.rule().rank(p).winners()).containsExactly("b");
    assertThat(RankedPairs.fixedOrder().rank(p).ranking()).isEqualTo(Ranking.strict(List.of("b", "c", "d", "a")));
    // Schulze: only b>c (1) enters c, so no path reaches c stronger than 1; c reaches b by
    // c>a>b with strength 3: c beats b, and a and d by 9 and 7 to at most 1. c wins.
    assertThat(Schulze.rule().rank(p).winners()).containsExactly("c");
    // Split Cycle: b>c (1) is not above c's path back of 3, so b defeats nobody at the top: both
    assertThat(SplitCycle.rule().rank(p).winners()).containsExactly("b", "c");
  }

  @Test
  void copelandAndSchulze_differ() {
    // Margins by hand: b>a 4, a>d 6, a-c 0, c>b 4, b>d 2, d>c 2.
    RankedProfile<String> p = profile(List.of("a", "b", "c", "d"),
        times(2, "b", "a", "d", "c"), times(1, "d", "c", "b", "a"), times(3, "c", "b", "a", "d"),
        times(2, "a", "d", "c", "b"));
    // Copeland: a 1-1 = 0, b 2-1 = 1, c 1-1 = 0, d 1-2 = -1
    assertThat(Copeland.rule().rank(p).winners()).containsExactly("b");
    // Schulze: c to b 4, b to c min(2, 2) = 2; c to a by c>b>a 4, a to c by a>d>c 2; c to d
    // by c>b>a>d 4, d to c 2. c beats everyone.
    assertThat(Schulze.rule().rank(p).winners()).containsExactly("c");
  }

  @Test
  void minimax_electsTheCondorcetLoser_outsideTheSmithSet() {
    // Margins by hand: a>b 3, a>c 1, d>a 5, b>c 1, b>d 3, d>c 1: c loses to everyone by 1 only.
    RankedProfile<String> p = profile(List.of("a", "b", "c", "d"),
        times(3, "b", "d", "a", "c"), times(3, "a", "b", "d", "c"), times(4, "c", "d", "a", "b"),
        times(1, "c", "b", "d", "a"));
    PairwiseTally<String> t = PairwiseTally.of(p);
    assertThat(t.condorcetLoser()).contains("c");
    assertThat(t.smithSet()).containsExactly("a", "b", "d");
    // worst defeats: a 5, b 3, c 1, d 3
    Result<String> r = Minimax.rule().rank(p);
    assertThat(r.winners()).containsExactly("c");
    assertThat(r.score("c")).isEqualTo(Rational.of(-1));
    assertThat(Schulze.rule().rank(p).winners()).isSubsetOf(t.smithSet());
  }

  // ---- explanations ---------------------------------------------------------------------------

  @Test
  void explanations_haveTheExpectedSteps_inEnglishAndDanish() {
    Result<String> schulze = Schulze.rule().rank(CYCLE);
    assertThat(schulze.explanation().steps()).hasSize(3);
    assertThat(matrix(schulze, 0).title()).isEqualTo(AbstractPairwiseRule.MARGINS);
    assertThat(schulze.explanation().steps().get(2)).isInstanceOf(Explanation.Note.class);
    assertThat(schulze.explain(Locale.ENGLISH)).contains("strongest path strengths", "margins (row over column)");
    assertThat(schulze.explain(Locale.forLanguageTag("da"))).contains("styrken af de stærkeste stier", "uslåede");

    Result<String> sc = SplitCycle.rule().rank(CYCLE);
    assertThat(sc.explain(Locale.ENGLISH)).contains("A is undefeated.",
        "B is defeated by A (margin 3, strongest path back 1).",
        "C is defeated by B (margin 5, strongest path back 1).");
    assertThat(sc.explain(Locale.forLanguageTag("da"))).contains("A er ubesejret.",
        "C er besejret af B (margin 5, stærkeste sti tilbage 1).");

    Result<String> rp = RankedPairs.rule().rank(CYCLE);
    assertThat(rp.explanation().steps()).last().isInstanceOf(Explanation.Note.class);
    assertThat(rp.explain(Locale.ENGLISH)).contains("Skipped (would close a cycle): C over A (margin 1).",
        "winners are every candidate that wins under some order");
    assertThat(rp.explain(Locale.forLanguageTag("da"))).contains("Sprunget over", "rækkefølge");

    Result<String> copeland = Copeland.rule().rank(TENNESSEE);
    assertThat(copeland.explanation().steps().get(1)).isInstanceOf(Explanation.Tally.class);
    assertThat(copeland.explain(Locale.forLanguageTag("da"))).contains("Copeland-point");

    assertThat(MajoritySets.smithSet().rank(CYCLE).explain(Locale.forLanguageTag("da"))).contains("Smith-mængden");
    assertThat(MajoritySets.condorcet().rank(CYCLE).explain(Locale.ENGLISH))
        .contains("There is no Condorcet winner, so all candidates tie.");
    assertThat(Blacks.rule().rank(CYCLE).explain(Locale.forLanguageTag("da")))
        .contains("Der er ingen Condorcet-vinder, så Borda-optællingen afgør valget.");
    assertThat(Blacks.rule().rank(TENNESSEE).explain(Locale.ENGLISH))
        .contains("Nashville is the Condorcet winner and wins");
  }
}
