package dk.prioritization.core.cardinal;

import static dk.prioritization.core.cardinal.Examples.CHATTANOOGA;
import static dk.prioritization.core.cardinal.Examples.KNOXVILLE;
import static dk.prioritization.core.cardinal.Examples.MEMPHIS;
import static dk.prioritization.core.cardinal.Examples.NASHVILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StarTest implements ParetoRuleContract {

  @Override
  public Rule rule() {
    return Star.rule();
  }

  @Override
  public Grid random(long seed) {
    return Grid.randomScores(seed);
  }

  @Override
  public void eachSmall(Consumer<Grid> each) {
    Grid.allSmallScoreProfiles(each);
  }

  @Test
  void rank_wikipediaTennesseeExample_electsNashville() {
    // Wikipedia "STAR voting", Example (Examples.tennesseeStars). By hand:
    // scoring round: Nashville 293, Chattanooga 237, Memphis 210, Knoxville 156 (see
    // ScoreVotingTest), so Nashville and Chattanooga are the finalists;
    // runoff: Nashville is scored higher by the Memphis (2 > 1) and Nashville (5 > 2) voters,
    // 42 + 26 = 68; Chattanooga by the Chattanooga (5 > 3) and Knoxville (4 > 2) voters,
    // 15 + 17 = 32; nobody scores them equally. The article: "Nashville ... wins".
    Result<String> r = Star.rule().rank(Examples.tennesseeStars());

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of(NASHVILLE, CHATTANOOGA, MEMPHIS, KNOXVILLE)));
    assertThat(r.scores()).isEqualTo(Map.of(MEMPHIS, Rational.of(210), NASHVILLE, Rational.of(293),
        CHATTANOOGA, Rational.of(237), KNOXVILLE, Rational.of(156)));
    assertThat(r.explanation().steps()).hasSize(2);
    assertThat(r.explanation().steps().get(0)).isInstanceOf(Explanation.Tally.class);
    assertThat(r.explanation().steps().get(1)).isEqualTo(new Explanation.Runoff<>(NASHVILLE, CHATTANOOGA, 68, 32, 0));
  }

  @Test
  void rank_finalistTieOfTwo_brokenHeadToHead() {
    // A condorcet cycle A > B > C > A. By hand: sums A 5+0+4 = 9, B 3+5+0 = 8, C 0+3+5 = 8.
    // B and C tie for the second place; B is scored above C by voters 1 and 2 (3 > 0, 5 > 3), C
    // above B by voter 3 only: B advances. Runoff A-B: voters 1 and 3 prefer A: A wins 2-1.
    // (Had C advanced, C would have beaten A 2-1: the tie-break decides the election.)
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 3, "C", 0)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 5, "C", 3)))
        .add(ScoreBallot.of(Map.of("A", 4, "B", 0, "C", 5)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("A", "B", "C")));
    assertThat(r.explain(Locale.ENGLISH))
        .contains("B & C tie with score sum 8 for 1 finalist place")
        .contains("Head-to-head among B & C (matchups lost: B 0, C 1): B advances; C is out.")
        .contains("Runoff between A and B: 2 prefer A, 1 prefer B, 0 have no preference.");
  }

  @Test
  void rank_threeTiedAtTop_headToHeadPicksBothFinalists() {
    // By hand: sums A 2+2+0 = 4, B 1+1+2 = 4, C 0+0+4 = 4: three candidates for two places.
    // Pairwise: A over B and over C on ballots 1 and 2 (2-1 each); B over C on ballots 1 and 2.
    // Matchups lost within the group: A 0, B 1, C 2, so A and B advance; A beats B 2-1.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 2, "B", 1, "C", 0)), 2)
        .add(ScoreBallot.of(Map.of("A", 0, "B", 2, "C", 4)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("A", "B", "C")));
    assertThat(r.explain(Locale.ENGLISH))
        .contains("A, B & C tie with score sum 4 for 2 finalist places")
        .contains("Head-to-head among A, B & C (matchups lost: A 0, B 1, C 2): A & B advance; C is out.");
  }

  @Test
  void rank_finalistTieEvenHeadToHead_brokenByFiveStarRatings() {
    // By hand: sums A 4+4 = 8, B 5+0 = 5, C 2+3 = 5. B and C tie for the second place; voter 1
    // prefers B (5 > 2), voter 2 C (3 > 0): even. Five-star ratings: B 1, C 0, so B advances.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 4, "B", 5, "C", 2)))
        .add(ScoreBallot.of(Map.of("A", 4, "B", 0, "C", 3)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking().tierOf("B")).hasValue(1);
    assertThat(r.ranking().tierOf("C")).hasValue(2);
    assertThat(r.explain(Locale.ENGLISH)).contains("Head-to-head among B & C separates nobody (matchups lost: B 0,"
        + " C 0); five-star ratings (grade 5): B 1, C 0: B advances; C is out.");
  }

  @Test
  void rank_finalistTieNarrowedByFiveStars_thenHeadToHeadAgain() {
    // A gets 5 from all three voters (sum 15); B, C and D tie for the second place:
    // B 5+1+1 = 7, C 2+5+0 = 7, D 1+2+4 = 7, in a cycle: B over C (voters 1, 3), C over D
    // (voters 1, 2), D over B (voters 2, 3), so each loses one matchup: no separation.
    // Five-star ratings: B 1, C 1, D 0, so D is out and B and C still tie for one place.
    // Head-to-head again between B and C alone: B 2-1, so B advances.
    // Runoff A-B: voter 1 gives both 5, voters 2 and 3 prefer A: A wins 2-0. C and D share 7.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C", "D"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 5, "C", 2, "D", 1)))
        .add(ScoreBallot.of(Map.of("A", 5, "B", 1, "C", 5, "D", 2)))
        .add(ScoreBallot.of(Map.of("A", 5, "B", 1, "C", 0, "D", 4)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking().tiers()).containsExactly(Set.of("A"), Set.of("B"), Set.of("C", "D"));
    assertThat(r.explain(Locale.ENGLISH))
        .contains("five-star ratings (grade 5): B 1, C 1, D 0: B & C remain tied for 1 place; D is out.")
        .contains("Head-to-head among B & C (matchups lost: B 0, C 1): B advances; C is out.")
        .contains("Runoff between A and B: 2 prefer A, 0 prefer B, 1 have no preference.");
  }

  @Test
  void rank_runoffTie_brokenByHigherScoreSum() {
    // By hand: sums A 5, B 4; voter 1 prefers A, voter 2 prefers B: the runoff is 1-1; A has the
    // higher score sum and wins.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 0)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 4)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("A", "B")));
    assertThat(r.explain(Locale.ENGLISH))
        .contains("The runoff between A and B is tied (1 each); broken by score sum (A 5, B 4): A wins.");
  }

  @Test
  void rank_runoffTieAndEqualSums_brokenByFiveStarRatings() {
    // By hand: sums A 5+0 = 5, B 1+4 = 5; runoff 1-1; five-star ratings A 1, B 0: A wins.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 1)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 4)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("A", "B")));
    assertThat(r.explain(Locale.ENGLISH)).contains("broken by five-star ratings (grade 5: A 1, B 0): A wins.");
  }

  @Test
  void rank_symmetricTwoCandidates_keepsTheRunoffTie() {
    // Sums 5 and 5, runoff 1-1, one five-star rating each: nothing separates them.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 0)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 5)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking().tiers()).containsExactly(Set.of("A", "B"));
    assertThat(r.explain(Locale.ENGLISH)).contains("the tie is kept").contains("Tie between A & B is kept");
  }

  @Test
  void rank_fullySymmetricCycle_keepsThreeWayTie() {
    // A > B > C, B > C > A, C > A > B graded 2, 1, 0. By hand: every sum is 3, every candidate
    // loses one matchup 1-2 and has one top grade, so the protocol separates nobody. The three
    // possible runoffs are won by A (over B), B (over C) and C (over A): all three are winners.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 2, "B", 1, "C", 0)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 2, "C", 1)))
        .add(ScoreBallot.of(Map.of("A", 1, "B", 0, "C", 2)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking().tiers()).containsExactly(Set.of("A", "B", "C"));
    assertThat(r.explanation().steps()).filteredOn(s -> s instanceof Explanation.Runoff).hasSize(3);
    assertThat(r.explain(Locale.ENGLISH)).contains("The tie between A, B & C for 2 finalist places cannot be broken");
    assertThat(r.explain(Locale.forLanguageTag("da"))).contains("Stemmeligheden mellem A, B & C om 2 finalistpladser"
        + " kan ikke brydes af reglerne");
  }

  @Test
  void rank_keptTie_isBrokenOnlyByAnExplicitTieBreaker() {
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 0)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 5)))
        .build();

    Result<String> r = Star.rule().rank(p, TieBreaker.candidateOrder());

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("A", "B")));
    assertThat(r.tieBreaks()).hasSize(1);
  }

  @Test
  void rank_unbreakableTieForSecondPlace_winnersAreAllPossibleRunoffWinners() {
    // A: 2+2+0+2 = 6; B: 2+0+1+0 = 3 and C: 0+2+1+0 = 3 tie for the second place. B and C are
    // each scored higher by one voter (1-1) and get one top grade each: kept. Both possible runoffs
    // are won by A (A-B: voters 2 and 4 prefer A, voter 3 B; A-C: voters 1 and 4 A, voter 3 C), so A
    // wins alone and B and C share the second tier.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 2, "B", 2, "C", 0)))
        .add(ScoreBallot.of(Map.of("A", 2, "B", 0, "C", 2)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 1, "C", 1)))
        .add(ScoreBallot.of(Map.of("A", 2, "B", 0, "C", 0)))
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking().tiers()).containsExactly(Set.of("A"), Set.of("B", "C"));
  }

  @Test
  void rank_singleCandidate_wins() {
    ScoreProfile<String> p = Profile.scores(List.of("A"), 0, 5).add(ScoreBallot.of(Map.of("A", 0))).build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.winner()).contains("A");
    assertThat(r.explain(Locale.ENGLISH)).contains("Only one candidate: A wins.");
  }

  @Test
  void rank_condorcetWinnerOutscored_missesTheRunoff() {
    // STAR fails the Condorcet and majority criteria. 51 voters: A 5, B 4, C 4; 49 voters: A 0,
    // B 5, C 4. By hand: A 51*5 = 255, B 51*4 + 49*5 = 449, C 51*4 + 49*4 = 400, so B and C are the
    // finalists; B beats C 49-0 (51 indifferent). Yet A is the Condorcet winner (51-49 over B and
    // over C) and the majority's unique favourite.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 4, "C", 4)), 51)
        .add(ScoreBallot.of(Map.of("A", 0, "B", 5, "C", 4)), 49)
        .build();

    Result<String> r = Star.rule().rank(p);

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("B", "C", "A")));
    assertThat(r.explanation().steps()).contains(new Explanation.Runoff<>("B", "C", 49, 0, 51));
  }

  @Test
  void rank_laterPreferenceRaised_harmsTheFavourite() {
    // STAR fails later-no-harm. 6 voters: A 5, B 0, C 3; 8 voters: A 1, B 2, C 0; voter X: A 5,
    // B 0, C 0. By hand: A 30+8+5 = 43, B 16, C 18: finalists A and C, and A beats C 15-0.
    // X raises B, X's later preference, to 3 (still below A): B 19 > C 18, so the finalists are
    // A and B, and B beats A 8-7 (the 6 and X prefer A, the 8 prefer B). X's favourite loses.
    List<String> abc = List.of("A", "B", "C");
    ScoreProfile<String> before = Profile.scores(abc, 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 0, "C", 3)), 6)
        .add(ScoreBallot.of(Map.of("A", 1, "B", 2, "C", 0)), 8)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 0, "C", 0)))
        .build();
    ScoreProfile<String> after = Profile.scores(abc, 0, 5)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 0, "C", 3)), 6)
        .add(ScoreBallot.of(Map.of("A", 1, "B", 2, "C", 0)), 8)
        .add(ScoreBallot.of(Map.of("A", 5, "B", 3, "C", 0)))
        .build();

    assertThat(Star.rule().rank(before).winner()).contains("A");
    assertThat(Star.rule().rank(after).winner()).contains("B");
  }

  @Test
  void rank_allSmallTwoBallotProfiles_someCondorcetWinnerLoses() {
    // Exhaustive over 3 candidates graded 0..2 by two distinct ballots cast by 1 to 4 voters each.
    // (For instance 3 x (A 1, B 0, C 0) and 2 x (A 0, B 2, C 2): A beats B and C 3-2 but has the
    // lowest sum, 3 against 4 and 4.)
    List<int[]> types = Grid.allRows(3, 0, 2);
    int condorcet = 0;
    int lost = 0;
    for (int i = 0; i < types.size(); i++) {
      for (int j = i + 1; j < types.size(); j++) {
        for (long ni = 1; ni <= 4; ni++) {
          for (long nj = 1; nj <= 4; nj++) {
            Grid g = new Grid(BallotKind.SCORE, 0, 2, Grid.NAMES.subList(0, 3), List.of(types.get(i), types.get(j)),
                List.of(ni, nj));
            int cw = condorcetWinner(g);
            if (cw >= 0) {
              condorcet++;
              if (!Star.rule().rank(g.profile()).winners().equals(Set.of(g.candidates().get(cw)))) {
                lost++;
              }
            }
          }
        }
      }
    }
    assertThat(condorcet).isPositive();
    assertThat(lost).as("profiles whose Condorcet winner is not the STAR winner").isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  void rank_randomProfile_winnersHaveOneOfTheTwoHighestSums(long seed) {
    Grid g = Grid.randomScores(seed);
    long[] sums = sums(g);
    for (String w : Star.rule().rank(g.profile()).winners()) {
      long s = sums[g.candidates().indexOf(w)];
      assertThat(Arrays.stream(sums).filter(x -> x > s).count()).as("seed %s: %s, winner %s", seed, g, w)
          .isLessThanOrEqualTo(1);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  void rank_randomProfile_condorcetLoserNeverWins(long seed) {
    Grid g = Grid.randomScores(seed);
    Set<String> winners = Star.rule().rank(g.profile()).winners();
    for (int c = 0; c < g.m(); c++) {
      if (condorcetLoser(g, c)) {
        assertThat(winners).as("seed %s: %s", seed, g).doesNotContain(g.candidates().get(c));
      }
    }
  }

  @Test
  void rank_allSmallProfiles_condorcetLoserNeverWins() {
    Grid.allSmallScoreProfiles(g -> {
      Set<String> winners = Star.rule().rank(g.profile()).winners();
      for (int c = 0; c < g.m(); c++) {
        if (condorcetLoser(g, c)) {
          assertThat(winners).as("%s", g).doesNotContain(g.candidates().get(c));
        }
      }
    });
  }

  @Test
  void generator_twoHundredSeeds_makesFinalistTiesAndRunoffTies() {
    int finalistTies = 0;
    int runoffTies = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Grid g = Grid.randomScores(seed);
      long[] sums = sums(g);
      long[] distinct = Arrays.stream(sums).boxed().sorted((x, y) -> Long.compare(y, x)).mapToLong(Long::longValue)
          .distinct().toArray();
      long top = Arrays.stream(sums).filter(s -> s == distinct[0]).count();
      long second = distinct.length > 1 ? Arrays.stream(sums).filter(s -> s == distinct[1]).count() : 0;
      if (top >= 3 || (top == 1 && second >= 2)) {
        finalistTies++;
      } else {
        List<Integer> finalists = new ArrayList<>();
        for (int c = 0; c < g.m(); c++) {
          if (sums[c] == distinct[0] || (top == 1 && sums[c] == distinct[1])) {
            finalists.add(c);
          }
        }
        if (prefer(g, finalists.get(0), finalists.get(1)) == prefer(g, finalists.get(1), finalists.get(0))) {
          runoffTies++;
        }
      }
    }
    assertThat(finalistTies).as("random profiles with a tie for a finalist place, of 200").isGreaterThanOrEqualTo(10);
    assertThat(runoffTies).as("random profiles with a tied runoff, of 200").isGreaterThanOrEqualTo(10);
  }

  @Test
  void rank_rankedProfile_throwsUnsupportedBallotNamingRuleAndKind() {
    assertThatThrownBy(() -> Star.rule().rank(Examples.ranked()))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("rule star")
        .hasMessageContaining("ranked");
  }

  @Test
  void rule_identity_isStarOverScoreBallots() {
    assertThat(Star.rule().id()).isEqualTo("star");
    assertThat(Star.rule().ballotKind()).isEqualTo(BallotKind.SCORE);
    assertThat(Star.rule().description()).isNotBlank();
    assertThat(Star.rule()).hasToString("star").isNotEqualTo(ScoreVoting.rule());
    assertThat(RuleRegistry.builtIn().get("star")).isEqualTo(Star.rule());
  }

  private static long[] sums(Grid g) {
    long[] sums = new long[g.m()];
    for (int i = 0; i < g.rows().size(); i++) {
      for (int c = 0; c < g.m(); c++) {
        sums[c] += g.rows().get(i)[c] * g.counts().get(i);
      }
    }
    return sums;
  }

  private static long prefer(Grid g, int a, int b) {
    long n = 0;
    for (int i = 0; i < g.rows().size(); i++) {
      if (g.rows().get(i)[a] > g.rows().get(i)[b]) {
        n += g.counts().get(i);
      }
    }
    return n;
  }

  private static int condorcetWinner(Grid g) {
    for (int c = 0; c < g.m(); c++) {
      boolean beatsAll = true;
      for (int d = 0; d < g.m(); d++) {
        beatsAll &= c == d || prefer(g, c, d) > prefer(g, d, c);
      }
      if (beatsAll) {
        return c;
      }
    }
    return -1;
  }

  private static boolean condorcetLoser(Grid g, int c) {
    for (int d = 0; d < g.m(); d++) {
      if (c != d && prefer(g, d, c) <= prefer(g, c, d)) {
        return false;
      }
    }
    return true;
  }
}
