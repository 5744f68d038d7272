package dk.prioritization.core.positional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Positional rules on published examples, with the arithmetic done by hand in the comments.
 *
 * <p>The Tennessee capital example: Wikipedia, "Borda count" (and "Plurality voting",
 * "Condorcet method"), the electorate of 100 voters (in per cent) living in four cities:
 * 42 Memphis > Nashville > Chattanooga > Knoxville; 26 Nashville > Chattanooga > Knoxville > Memphis;
 * 15 Chattanooga > Knoxville > Nashville > Memphis; 17 Knoxville > Chattanooga > Nashville > Memphis.
 */
class WorkedExamplesTest {
  private static final String M = "Memphis";
  private static final String N = "Nashville";
  private static final String C = "Chattanooga";
  private static final String K = "Knoxville";

  private static RankedProfile<String> tennessee() {
    return Profile.ranked(List.of(M, N, C, K))
        .add(42, M, N, C, K)
        .add(26, N, C, K, M)
        .add(15, C, K, N, M)
        .add(17, K, C, N, M)
        .build();
  }

  @Test
  void borda_wikipediaTennesseeExample_electsNashville() {
    // Points 3, 2, 1, 0 by position:
    // Memphis     42*3                         = 126
    // Nashville   42*2 + 26*3 + 15*1 + 17*1    = 194
    // Chattanooga 42*1 + 26*2 + 15*3 + 17*2    = 173
    // Knoxville   26*1 + 15*2 + 17*3           = 107
    Result<String> r = Borda.standard().rank(tennessee());
    assertThat(r.scores()).containsExactly(
        Map.entry(M, Rational.of(126)), Map.entry(N, Rational.of(194)),
        Map.entry(C, Rational.of(173)), Map.entry(K, Rational.of(107)));
    assertThat(r.ranking().candidates()).containsExactly(N, C, M, K);
    assertThat(r.winner()).contains(N);
  }

  @Test
  void plurality_wikipediaTennesseeExample_electsMemphis() {
    // First places: Memphis 42, Nashville 26, Chattanooga 15, Knoxville 17.
    Result<String> r = Plurality.rule().rank(tennessee());
    assertThat(r.ranking().candidates()).containsExactly(M, N, K, C);
    assertThat(r.score(M)).isEqualTo(Rational.of(42));
  }

  @Test
  void antiPlurality_wikipediaTennesseeExample_tiesNashvilleAndChattanooga() {
    // Last places: Memphis 26+15+17 = 58, Knoxville 42, Nashville 0, Chattanooga 0.
    // Score = voters not ranking it last: Memphis 42, Nashville 100, Chattanooga 100, Knoxville 58.
    Result<String> r = AntiPlurality.rule().rank(tennessee());
    assertThat(r.winners()).containsExactlyInAnyOrder(N, C);
    assertThat(r.ranking().tiers()).containsExactly(Set.of(N, C), Set.of(K), Set.of(M));
    assertThat(r.score(M)).isEqualTo(Rational.of(42));
  }

  @Test
  void dowdall_wikipediaTennesseeExample_exactFractions() {
    // Scores 1, 1/2, 1/3, 1/4 by position:
    // Memphis     42 + (26+15+17)/4         = 42 + 58/4       = 113/2
    // Nashville   42/2 + 26 + (15+17)/3     = 47 + 32/3       = 173/3
    // Chattanooga 42/3 + 26/2 + 15 + 17/2   = 14+13+15+17/2   = 101/2
    // Knoxville   42/4 + 26/3 + 15/2 + 17   = 35 + 26/3       = 131/3
    Result<String> r = Dowdall.rule().rank(tennessee());
    assertThat(r.scores()).containsExactly(
        Map.entry(M, Rational.of(113, 2)), Map.entry(N, Rational.of(173, 3)),
        Map.entry(C, Rational.of(101, 2)), Map.entry(K, Rational.of(131, 3)));
    assertThat(r.winner()).contains(N);
  }

  @Test
  void positionalScoring_bordaVector_equalsBorda() {
    Result<String> vector = PositionalScoring.of(3, 2, 1, 0).rank(tennessee());
    assertThat(vector.scores()).isEqualTo(Borda.standard().rank(tennessee()).scores());
  }

  @Test
  void symmetricBorda_completeBallots_isTwiceBordaMinusVoterTimesMMinusOne() {
    // 2*194 - 3*100 = 88 for Nashville; 2*107 - 300 = -86 for Knoxville.
    Result<String> r = Borda.symmetric().rank(tennessee());
    assertThat(r.score(N)).isEqualTo(Rational.of(88));
    assertThat(r.score(K)).isEqualTo(Rational.of(-86));
  }

  /**
   * Three ballots over a, b, c: "a" (truncated), "b > c" (truncated) and "a > b > c". Worked by
   * hand from the definitions in {@link Borda}'s table (tier [a, e), k ranked, m = 3).
   */
  private static RankedProfile<String> partial() {
    return Profile.ranked(List.of("a", "b", "c"))
        .add(1, "a")
        .add(1, "b", "c")
        .add(1, "a", "b", "c")
        .build();
  }

  @Test
  void modifiedBorda_partialBallots_givesKDownToOne() {
    // "a": a 1.  "b > c": b 2, c 1.  "a > b > c": 3, 2, 1.   a 4, b 4, c 2.
    Result<String> r = Borda.modified().rank(partial());
    assertThat(r.scores()).containsExactly(
        Map.entry("a", Rational.of(4)), Map.entry("b", Rational.of(4)), Map.entry("c", Rational.of(2)));
    assertThat(r.ranking().tiers()).containsExactly(Set.of("a", "b"), Set.of("c"));
  }

  @Test
  void pessimisticBorda_partialBallots_countsCandidatesStrictlyBelow() {
    // "a": a 2 (b, c below), b 0, c 0.  "b > c": b 2, c 1, a 0.  "a > b > c": 2, 1, 0.   a 4, b 3, c 1.
    Result<String> r = Borda.pessimistic().rank(partial());
    assertThat(r.scores()).containsExactly(
        Map.entry("a", Rational.of(4)), Map.entry("b", Rational.of(3)), Map.entry("c", Rational.of(1)));
  }

  @Test
  void symmetricBorda_partialBallots_belowMinusAbove() {
    // (candidates strictly below) - (candidates strictly above); unranked are tied last.
    // "a":         a 2-0 = 2,  b 0-1 = -1, c 0-1 = -1.
    // "b > c":     b 2-0 = 2,  c 1-1 = 0 (above the unranked a), a 0-2 = -2.
    // "a > b > c": a 2,        b 0,        c -2.
    // Totals: a 2, b 1, c -3.
    Result<String> r = Borda.symmetric().rank(partial());
    assertThat(r.scores()).containsExactly(
        Map.entry("a", Rational.of(2)), Map.entry("b", Rational.of(1)), Map.entry("c", Rational.of(-3)));
  }

  @Test
  void averagedBorda_partialBallots_sharesPositionsExactly() {
    // Positions score 2, 1, 0. "a": a 2, b and c share positions 1,2: 1/2 each.
    // "b > c": b 2, c 1, a 0.  "a > b > c": 2, 1, 0.   a 4, b 1/2+2+1 = 7/2, c 1/2+1+0 = 3/2.
    Result<String> r = Borda.averaged().rank(partial());
    assertThat(r.scores()).containsExactly(
        Map.entry("a", Rational.of(4)), Map.entry("b", Rational.of(7, 2)), Map.entry("c", Rational.of(3, 2)));
  }

  @Test
  void averagedBorda_tiedTier_sharesItsPositions() {
    // "{a, b} > c": a and b share positions 0 and 1: (2+1)/2 = 3/2 each; c 0.
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c"))
        .add(RankedBallot.ofTiers(List.of(List.of("a", "b"), List.of("c")))).build();
    assertThat(Borda.averaged().rank(p).scores()).containsExactly(
        Map.entry("a", Rational.of(3, 2)), Map.entry("b", Rational.of(3, 2)), Map.entry("c", Rational.ZERO));
  }

  @Test
  void standardBorda_truncatedBallot_refusedNamingBallotAndRemedy() {
    assertThatThrownBy(() -> Borda.standard().rank(partial()))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("cannot count the ballot 'a' (cast by 1 voter): it ranks only 1 of 3 candidates")
        .hasMessageContaining("Borda.symmetric()");
  }

  @Test
  void plurality_tiedFirstTier_refusedNamingBallot() {
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c"))
        .add(RankedBallot.ofTiers(List.of(List.of("a", "b"), List.of("c"))), 4).build();
    assertThatThrownBy(() -> Plurality.rule().rank(p))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("'{a, b} > c' (cast by 4 voters): it ranks candidates as tied");
  }

  @Test
  void plurality_emptyBallot_countsForNobody() {
    RankedProfile<String> p = Profile.ranked(List.of("a", "b")).add(RankedBallot.empty(), 5).add(1, "b").build();
    Result<String> r = Plurality.rule().rank(p);
    assertThat(r.scores()).containsExactly(Map.entry("a", Rational.ZERO), Map.entry("b", Rational.ONE));
  }

  @Test
  void plurality_rejectTruncated_refusesTruncatedBallot() {
    assertThatThrownBy(() -> Plurality.rule().withTruncated(TruncatedBallots.REJECT).rank(partial()))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("ranks only 1 of 3");
  }

  @Test
  void positionalScoring_increasingVector_refused() {
    assertThatThrownBy(() -> PositionalScoring.of(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 1 scores 2 after 1");
    assertThatThrownBy(() -> PositionalScoring.of(-1)).hasMessageContaining("negative");
  }

  @Test
  void tally_mergeOfDifferentSchemes_refused() {
    PositionalTally<String> borda = Borda.standard().tally(tennessee());
    PositionalTally<String> dowdall = Dowdall.rule().tally(tennessee());
    assertThatThrownBy(() -> borda.merge(dowdall)).hasMessageContaining("cannot merge a borda tally with a dowdall tally");
  }

  @Test
  void tally_mergeOfDifferentCandidates_refused() {
    RankedProfile<String> other = Profile.ranked(List.of("x", "y")).add(1, "x", "y").build();
    assertThatThrownBy(() -> Borda.standard().tally(tennessee()).merge(Borda.standard().tally(other)))
        .hasMessageContaining("different candidates");
  }

  @Test
  void tally_pointsOverflowingLong_throwArithmeticException() {
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c"))
        .add(Long.MAX_VALUE / 2, "a", "b", "c").add(Long.MAX_VALUE / 2, "a", "c", "b").build();
    assertThatThrownBy(() -> Borda.standard().tally(p)).isInstanceOf(ArithmeticException.class);
  }
}
