package dk.prioritization.core.pairwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pairwise tally: conventions for unranked candidates, merging, given supports, the majority sets. */
class PairwiseTallyTest {
  static final List<String> ABCD = List.of("a", "b", "c", "d");

  /** 2× a > b (c, d unranked), 1× c > a > b > d, 1× d (the rest unranked). */
  static RankedProfile<String> truncated() {
    return Profile.ranked(ABCD).add(RankedBallot.of("a", "b"), 2).add(RankedBallot.of("c", "a", "b", "d"), 1)
        .add(RankedBallot.of("d"), 1).build();
  }

  @Test
  void of_truncatedBelow_rankedBeatUnrankedAndUnrankedTie() {
    // by hand: a,b: 2 + 1 = 3 to 0; a,c: the two a>b ballots put a over unranked c, c>a>b>d puts c
    // over a: 2 to 1; a,d: 2 + 1 to the d ballot's 1; b,c: 2 to 1; b,d: 3 to 1; c,d: 1 to 1 (on
    // a>b both are unranked and tie).
    PairwiseTally<String> t = PairwiseTally.of(truncated(), Unranked.BELOW);
    assertThat(t.supports()).containsExactly(
        0, 3, 2, 3,
        0, 0, 2, 3,
        1, 1, 0, 1,
        1, 1, 1, 0);
    assertThat(t.voters()).isEqualTo(4);
    assertThat(t.margin("c", "d")).isZero();
    assertThat(t.condorcetWinner()).contains("a");
  }

  @Test
  void of_truncatedIncomparable_onlyPairsBothRanked() {
    // by hand: only c>a>b>d ranks c or d with a or b; a>b ranks a over b twice more; the d ballot
    // ranks no pair.
    PairwiseTally<String> t = PairwiseTally.of(truncated(), Unranked.INCOMPARABLE);
    assertThat(t.supports()).containsExactly(
        0, 3, 0, 1,
        0, 0, 0, 1,
        1, 1, 0, 1,
        0, 0, 0, 0);
    assertThat(t.unranked()).isEqualTo(Unranked.INCOMPARABLE);
    assertThat(t.condorcetWinner()).contains("c");
  }

  @Test
  void merge_twoParts_equalsTheWhole() {
    RankedProfile<String> part1 = Profile.ranked(ABCD).add(RankedBallot.of("a", "b"), 2).build();
    RankedProfile<String> part2 = Profile.ranked(ABCD).add(RankedBallot.of("c", "a", "b", "d"), 1)
        .add(RankedBallot.of("d"), 1).build();
    for (Unranked u : Unranked.values()) {
      assertThat(PairwiseTally.of(part1, u).merge(PairwiseTally.of(part2, u)))
          .isEqualTo(PairwiseTally.of(truncated(), u));
    }
    assertThatThrownBy(() -> PairwiseTally.of(part1, Unranked.BELOW).merge(PairwiseTally.of(part2, Unranked.INCOMPARABLE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge a tally counting unranked candidates as below with one counting them as incomparable");
    PairwiseTally<String> other = PairwiseTally.fromSupport(List.of("a", "b"), new long[][] {{0, 1}, {0, 0}}, 1,
        Unranked.BELOW);
    assertThatThrownBy(() -> PairwiseTally.of(part1).merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge pairwise tallies over different candidates: [a, b, c, d] and [a, b]");
  }

  /**
   * A hand-made majority relation over 10 voters: a 3-cycle a>b>c>a (6 to 4 each), d tied with a
   * (5 to 5) and beaten by b and c (7 to 3), and e, the Condorcet loser, beaten by all (8 to 2).
   */
  static PairwiseTally<String> cycleWithLoserAndTie() {
    long[][] s = {
        // a  b  c  d  e
        {0, 6, 4, 5, 8},
        {4, 0, 6, 7, 8},
        {6, 4, 0, 7, 8},
        {5, 3, 3, 0, 8},
        {2, 2, 2, 2, 0}};
    return PairwiseTally.fromSupport(List.of("a", "b", "c", "d", "e"), s, 10, Unranked.BELOW);
  }

  @Test
  void sets_cycleLoserAndZeroMargin_byHand() {
    PairwiseTally<String> t = cycleWithLoserAndTie();
    // with the zero margin counted both ways d reaches a, so d joins the cycle's component
    assertThat(t.components()).containsExactly(Set.of("a", "b", "c", "d"), Set.of("e"));
    assertThat(t.smithSet()).containsExactly("a", "b", "c", "d");
    // by strict wins nobody outside {a, b, c} beats them, while b and c beat d: Schwartz is the cycle
    assertThat(t.schwartzSet()).containsExactly("a", "b", "c");
    assertThat(t.condorcetWinner()).isEmpty();
    assertThat(t.condorcetLoser()).contains("e");
    assertThat(t.weakCondorcetWinners()).isEmpty();
    // the rules built on the sets rank by them
    assertThat(MajoritySets.smithSet().rank(t).tiers()).containsExactly(Set.of("a", "b", "c", "d"), Set.of("e"));
    assertThat(MajoritySets.schwartzSet().rank(t).tiers())
        .containsExactly(Set.of("a", "b", "c"), Set.of("d"), Set.of("e"));
    assertThat(MajoritySets.weakCondorcet().rank(t).tiers()).containsExactly(Set.of("a", "b", "c", "d", "e"));
    assertThat(MajoritySets.condorcet().rank(t).tiers()).containsExactly(Set.of("a", "b", "c", "d", "e"));
  }

  @Test
  void fromSupport_badInput_saysWhatIsWrong() {
    List<String> ab = List.of("a", "b");
    assertThatThrownBy(() -> PairwiseTally.fromSupport(ab, new long[][] {{0, -1}, {0, 0}}, 3, Unranked.BELOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the support of a over b is -1, below 0");
    assertThatThrownBy(() -> PairwiseTally.fromSupport(ab, new long[][] {{2, 1}, {0, 0}}, 3, Unranked.BELOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the support of a over itself is 2, not 0");
    assertThatThrownBy(() -> PairwiseTally.fromSupport(ab, new long[][] {{0, 2}, {2, 0}}, 3, Unranked.BELOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 voters prefer a to b and 2 the reverse: more than the 3 voters counted");
    assertThatThrownBy(() -> PairwiseTally.fromSupport(ab, new long[][] {{0, 1}}, 3, Unranked.BELOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the support matrix has 1 rows for 2 candidates");
    assertThatThrownBy(() -> PairwiseTally.fromSupport(ab, new long[][] {{0, 1}, {0}}, 3, Unranked.BELOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1 (b) of the support matrix has 1 entries for 2 candidates");
    assertThatThrownBy(() -> PairwiseTally.fromSupport(List.of("a", "a"), new long[][] {{0, 0}, {0, 0}}, 3,
        Unranked.BELOW)).isInstanceOf(IllegalArgumentException.class).hasMessage("the candidates [a, a] are not distinct");
    assertThatThrownBy(() -> PairwiseTally.fromSupport(ab, new long[][] {{0, 0}, {0, 0}}, -1, Unranked.BELOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the number of voters is -1, below 0");
  }

  @Test
  void margin_unknownCandidate_namesTheCandidates() {
    assertThatThrownBy(() -> cycleWithLoserAndTie().margin("a", "z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown candidate 'z'; the candidates are [a, b, c, d, e]");
  }
}
