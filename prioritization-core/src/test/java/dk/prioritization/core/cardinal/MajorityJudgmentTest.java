package dk.prioritization.core.cardinal;

import static dk.prioritization.core.cardinal.Examples.CHATTANOOGA;
import static dk.prioritization.core.cardinal.Examples.KNOXVILLE;
import static dk.prioritization.core.cardinal.Examples.MEMPHIS;
import static dk.prioritization.core.cardinal.Examples.NASHVILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MajorityJudgmentTest implements MonotoneRuleContract, ParetoRuleContract {

  @Override
  public Rule rule() {
    return MajorityJudgment.rule();
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
    // Examples.tennesseeGrades (Poor 0, Fair 1, Good 2, Excellent 3), 100 voters. By hand, each
    // candidate's grades sorted ascending, the majority grade at position ceil(100/2) = 50:
    //   Memphis     Poor 58 (1-58), Excellent 42            -> Poor
    //   Nashville   Fair 32 (1-32), Good 42 (33-74), Exc 26 -> Good
    //   Chattanooga Fair 42 (1-42), Good 43 (43-85), Exc 15 -> Good
    //   Knoxville   Poor 42 (1-42), Fair 26 (43-68), Good 15, Exc 17 -> Fair
    // Nashville and Chattanooga share Good. Removing it one at a time reads positions 50, 51, 49,
    // 52, 48, ...: step 2i+1 reads position 50-i, step 2i+2 reads 51+i. Below the middle they first
    // differ at position 42 (Nashville Good, Chattanooga Fair), read at step 2*8+1 = 17; above, at
    // position 75 (Nashville Excellent, Chattanooga Good), step 2*24+2 = 50. Step 17 comes first:
    // after 16 removals Nashville's majority grade is Good and Chattanooga's Fair. Nashville wins,
    // as the article says.
    Result<String> r = MajorityJudgment.rule().rank(Examples.tennesseeGrades());

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of(NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS)));
    assertThat(r.scores()).isEqualTo(Map.of(MEMPHIS, Rational.of(0), NASHVILLE, Rational.of(2),
        CHATTANOOGA, Rational.of(2), KNOXVILLE, Rational.of(1)));
    assertThat(r.explain(Locale.ENGLISH)).contains("Nashville and Chattanooga share the majority grade 2; after"
        + " removing 16 common middle grades one at a time, the majority grade of Nashville is 2 and that of"
        + " Chattanooga is 1, so Nashville ranks above.");
  }

  @Test
  void rank_wikipediaCondorcetExample_ranksTheCondorcetWinnerLast() {
    // Examples.condorcetGrades (Wikipedia, "Condorcet winner criterion"). By hand, position 50:
    //   A: Poor 34 (1-34), Fair 31 (35-65), Excellent 35 (66-100) -> Fair
    //   B: Fair 69 (1-69), Excellent 31 (70-100)                   -> Fair
    //   C: Poor 35 (1-35), Good 31 (36-66), Excellent 34           -> Good: C wins, as the article says.
    // A against B: below the middle they first differ at position 34 (A Poor, B Fair), step
    // 2*16+1 = 33; above at position 66 (A Excellent, B Fair), step 2*15+2 = 32, which comes first,
    // so A ranks above B. B, the Condorcet winner (65-35 over A, 66-34 over C), comes last.
    Result<String> r = MajorityJudgment.rule().rank(Examples.condorcetGrades());

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("C", "A", "B")));
    assertThat(r.explain(Locale.ENGLISH)).contains("after removing 31 common middle grades");
  }

  @Test
  void rank_equalMedians_separatedByRemovingThem() {
    // By hand: A's grades 0, 2, 2 and B's 1, 2, 2 both have the median 2. Remove one 2 from each:
    // A 0, 2 and B 1, 2, lower medians 0 and 1, so B ranks above A.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 0, "B", 1)))
        .add(ScoreBallot.of(Map.of("A", 2, "B", 2)), 2)
        .build();

    Result<String> r = MajorityJudgment.rule().rank(p);

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("B", "A")));
    assertThat(r.explain(Locale.ENGLISH)).contains("B and A share the majority grade 2; after removing 1 common middle"
        + " grade one at a time, the majority grade of B is 1 and that of A is 0, so B ranks above.");
    assertThat(r.explain(Locale.forLanguageTag("da"))).contains("B og A har samme majoritetskarakter 2");
  }

  @Test
  void rank_evenNumberOfVoters_usesTheLowerMiddleGrade() {
    // By hand: A's grades 0, 2 have the lower middle grade 0; B's 1, 1 have 1. B wins although A's
    // mean equals B's.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 0, "B", 1)))
        .add(ScoreBallot.of(Map.of("A", 2, "B", 1)))
        .build();

    Result<String> r = MajorityJudgment.rule().rank(p);

    assertThat(r.scores()).isEqualTo(Map.of("A", Rational.of(0), "B", Rational.of(1)));
    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("B", "A")));
  }

  @Test
  void rank_identicalGradeDistributions_stayTied() {
    // A and B each get one 0 and one 2 (from different voters); C gets 1 and 1. By hand: A and B
    // have the lower middle grade 0 and identical grades; C has 1.
    ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 2, "B", 0, "C", 1)))
        .add(ScoreBallot.of(Map.of("A", 0, "B", 2, "C", 1)))
        .build();

    Result<String> r = MajorityJudgment.rule().rank(p);

    assertThat(r.ranking().tiers()).containsExactly(Set.of("C"), Set.of("A", "B"));
    assertThat(r.explain(Locale.ENGLISH)).contains("A & B have identical grade distributions and stay tied.");
  }

  @Test
  void rank_countsNearLongMax_comparedWithoutExpandingVoters() {
    // x = 3e18 voters grade A 1, B 1; y = 2e18+1 grade A 0, B 2; z = 2e18 grade A 2, B 0.
    // n = 7e18+1 (odd), middle position p = 3.5e18+1. A: 0 up to y, 1 up to y+x, then 2.
    // B: 0 up to z, 1 up to z+x, then 2. Both have majority grade 1. They differ at positions
    // (z, y] = {2e18+1} (A 0, B 1) and (z+x, y+x] = {5e18+1} (A 1, B 2). The low one is
    // p - 2e18 - 1 = 1.5e18 below the middle, read at step 2 * 1.5e18 = 3e18; the high one is
    // 5e18+1 - p - 1 = 1.5e18 - 1 above, read at step 2 * (1.5e18 - 1) + 3 = 3e18 + 1. So the low
    // difference comes first, after 3e18 - 1 removals, and B ranks above A.
    long x = 3_000_000_000_000_000_000L;
    long y = 2_000_000_000_000_000_001L;
    long z = 2_000_000_000_000_000_000L;
    ScoreProfile<String> p = Profile.scores(List.of("A", "B"), 0, 2)
        .add(ScoreBallot.of(Map.of("A", 1, "B", 1)), x)
        .add(ScoreBallot.of(Map.of("A", 0, "B", 2)), y)
        .add(ScoreBallot.of(Map.of("A", 2, "B", 0)), z)
        .build();

    Result<String> r = MajorityJudgment.rule().rank(p);

    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("B", "A")));
    assertThat(r.explain(Locale.ENGLISH)).contains("after removing 2999999999999999999 common middle grades");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dk.prioritization.core.cardinal.Grid#seeds")
  void rank_randomProfile_agreesWithRemovingMajorityGradesVoterByVoter(long seed) {
    Grid g = Grid.randomScores(seed);
    assertThat(MajorityJudgment.rule().rank(g.profile()).ranking()).as("seed %s: %s", seed, g)
        .isEqualTo(byRemoval(g));
  }

  @Test
  void rank_allSmallProfilesUpToFiveVoters_agreeWithRemovingMajorityGradesVoterByVoter() {
    // Two candidates graded 0..3 by up to 5 voters: odd and even numbers of voters, all cases.
    List<int[]> types = Grid.allRows(2, 0, 3);
    Grid.multisets(BallotKind.SCORE, 0, 3, Grid.NAMES.subList(0, 2), types, 5,
        g -> assertThat(MajorityJudgment.rule().rank(g.profile()).ranking()).as("%s", g).isEqualTo(byRemoval(g)));
    Grid.allSmallScoreProfiles(
        g -> assertThat(MajorityJudgment.rule().rank(g.profile()).ranking()).as("%s", g).isEqualTo(byRemoval(g)));
  }

  @Test
  void generator_twoHundredSeeds_makesEqualMajorityGradesAndIdenticalDistributions() {
    int equalGrades = 0;
    int identical = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Grid g = Grid.randomScores(seed);
      List<List<Integer>> grades = new ArrayList<>();
      for (int c = 0; c < g.m(); c++) {
        grades.add(grades(g, c));
      }
      boolean equal = false;
      boolean same = false;
      for (int a = 0; a < g.m(); a++) {
        for (int b = a + 1; b < g.m(); b++) {
          equal |= lowerMedian(grades.get(a)).equals(lowerMedian(grades.get(b)));
          same |= grades.get(a).equals(grades.get(b));
        }
      }
      equalGrades += equal ? 1 : 0;
      identical += same ? 1 : 0;
    }
    assertThat(equalGrades).as("random profiles with two equal majority grades, of 200").isGreaterThanOrEqualTo(20);
    assertThat(identical).as("random profiles with two identical distributions, of 200").isGreaterThanOrEqualTo(5);
  }

  @Test
  void rank_rankedProfile_throwsUnsupportedBallotNamingRuleAndKind() {
    assertThatThrownBy(() -> MajorityJudgment.rule().rank(Examples.ranked()))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("rule majority-judgment")
        .hasMessageContaining("ranked");
  }

  @Test
  void rule_identity_isMajorityJudgmentOverScoreBallots() {
    assertThat(MajorityJudgment.rule().id()).isEqualTo("majority-judgment");
    assertThat(MajorityJudgment.rule().ballotKind()).isEqualTo(BallotKind.SCORE);
    assertThat(MajorityJudgment.rule().description()).isNotBlank();
    assertThat(MajorityJudgment.rule()).hasToString("majority-judgment").isNotEqualTo(Star.rule());
    assertThat(RuleRegistry.builtIn().get("majority-judgment")).isEqualTo(MajorityJudgment.rule());
  }

  /**
   * The oracle: Balinski and Laraki's procedure done literally on expanded grade lists. Compare the
   * lower medians; while equal, remove one instance of it from each list; lists that run out
   * together are tied.
   */
  private static Ranking<String> byRemoval(Grid g) {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < g.m(); c++) {
      order.add(c);
    }
    order.sort((a, b) -> removalCompare(grades(g, b), grades(g, a)));
    List<Set<String>> tiers = new ArrayList<>();
    int previous = -1;
    for (int c : order) {
      if (previous < 0 || removalCompare(grades(g, previous), grades(g, c)) != 0) {
        tiers.add(new LinkedHashSet<>());
      }
      tiers.get(tiers.size() - 1).add(g.candidates().get(c));
      previous = c;
    }
    return new Ranking<>(tiers);
  }

  private static int removalCompare(List<Integer> x, List<Integer> y) {
    List<Integer> a = new ArrayList<>(x);
    List<Integer> b = new ArrayList<>(y);
    while (!a.isEmpty()) {
      Integer ma = lowerMedian(a);
      Integer mb = lowerMedian(b);
      if (!ma.equals(mb)) {
        return Integer.compare(ma, mb);
      }
      a.remove(ma);
      b.remove(mb);
    }
    return 0;
  }

  private static Integer lowerMedian(List<Integer> sorted) {
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** Candidate c's grades, one per voter, sorted ascending. */
  private static List<Integer> grades(Grid g, int c) {
    List<Integer> grades = new ArrayList<>();
    for (int i = 0; i < g.rows().size(); i++) {
      grades.addAll(Collections.nCopies(Math.toIntExact(g.counts().get(i)), g.rows().get(i)[c]));
    }
    Collections.sort(grades);
    return grades;
  }
}
