package dk.prioritization.core.generate;

import static dk.prioritization.core.generate.SeededProfiles.draw;
import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ImpartialScoresTest {

  @Test
  void generate_manyVoters_everyGradeOnTheScaleAboutEquallyOften() {
    ImpartialScores<String> culture = ImpartialScores.of(ABC, -2, 3);
    ScoreProfile<String> p = culture.generate(3000, 1L);
    assertThat(p.minGrade()).isEqualTo(-2);
    assertThat(p.maxGrade()).isEqualTo(3);
    assertThat(p.ungradedAs()).isEmpty();
    Map<Integer, Long> byGrade = new TreeMap<>();
    for (Weighted<ScoreBallot<String>> w : p.ballots()) {
      assertThat(w.ballot().grades().keySet()).as("%s in %s.generate(3000, 1)", w, culture).containsExactlyElementsOf(ABC);
      w.ballot().grades().values().forEach(g -> byGrade.merge(g, w.count(), Long::sum));
    }
    // 9000 grades over six values: 1500 each, standard deviation about 35
    assertThat(byGrade.keySet()).as("%s.generate(3000, 1): %s", culture, p).containsExactly(-2, -1, 0, 1, 2, 3);
    assertThat(byGrade.values()).as("grades %s in %s.generate(3000, 1): %s", byGrade, culture, p)
        .allSatisfy(n -> assertThat(n).isBetween(1325L, 1675L));
  }

  @Test
  void generate_oneGradeScale_everyBallotTheSame() {
    Sample<ScoreProfile<String>> s = draw(ImpartialScores.of(ABC, 4, 4), 10, 1L);
    assertThat(s.profile().ballots()).as("%s", s)
        .containsExactly(new Weighted<>(ScoreBallot.of(Map.of("a", 4, "b", 4, "c", 4)), 10));
  }

  @Test
  void generate_wholeIntRange_gradesStayOnTheScale() {
    Sample<ScoreProfile<String>> s = draw(ImpartialScores.of(ABC, Integer.MIN_VALUE, Integer.MAX_VALUE), 200, 2L);
    assertThat(s.profile().voterCount()).as("%s", s).isEqualTo(200);
    long negative = s.profile().ballots().stream().flatMap(w -> w.ballot().grades().values().stream())
        .filter(g -> g < 0).count();
    assertThat(negative).as("negative grades of 600 in %s", s).isBetween(200L, 400L);
  }

  @Test
  void generate_sameSeed_equalProfile() {
    ImpartialScores<String> culture = ImpartialScores.of(ABC, 0, 10);
    Sample<ScoreProfile<String>> s = draw(culture, 50, 3L);
    assertThat(culture.generate(50, 3L)).as("%s", s).isEqualTo(s.profile());
    assertThat(culture.generate(50, 3L).fingerprint()).as("%s", s).isEqualTo(s.profile().fingerprint());
  }

  @Test
  void of_maxBelowMin_refusedNamingParameterAndValue() {
    assertThatThrownBy(() -> ImpartialScores.of(ABC, 5, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least min (5) but was: 3");
  }

  @Test
  void equals_sameConfiguration_equalWithSameHashCodeAndToString() {
    ImpartialScores<String> s = ImpartialScores.of(ABC, 0, 5);
    assertThat(s).isEqualTo(ImpartialScores.of(ABC, 0, 5)).hasSameHashCodeAs(ImpartialScores.of(ABC, 0, 5))
        .isNotEqualTo(ImpartialScores.of(ABC, 0, 4));
    assertThat(s.min()).isZero();
    assertThat(s.max()).isEqualTo(5);
    assertThat(s).hasToString("ImpartialScores[candidates=[a, b, c], min=0, max=5]");
  }
}
