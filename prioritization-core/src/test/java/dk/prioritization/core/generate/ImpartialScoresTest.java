package dk.prioritization.core.generate;

import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.Weighted;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ImpartialScoresTest {

  @Test
  void generate_manyVoters_everyGradeOnTheScaleAboutEquallyOften() {
    ScoreProfile<String> p = ImpartialScores.of(ABC, -2, 3).generate(3000, 1L);
    assertThat(p.minGrade()).isEqualTo(-2);
    assertThat(p.maxGrade()).isEqualTo(3);
    assertThat(p.ungradedAs()).isEmpty();
    Map<Integer, Long> byGrade = new TreeMap<>();
    for (Weighted<ScoreBallot<String>> w : p.ballots()) {
      assertThat(w.ballot().grades().keySet()).containsExactlyElementsOf(ABC);
      w.ballot().grades().values().forEach(g -> byGrade.merge(g, w.count(), Long::sum));
    }
    // 9000 grades over six values: 1500 each, standard deviation about 35
    assertThat(byGrade.keySet()).containsExactly(-2, -1, 0, 1, 2, 3);
    assertThat(byGrade.values()).as("%s", byGrade).allSatisfy(n -> assertThat(n).isBetween(1325L, 1675L));
  }

  @Test
  void generate_oneGradeScale_everyBallotTheSame() {
    assertThat(ImpartialScores.of(ABC, 4, 4).generate(10, 1L).ballots())
        .containsExactly(new Weighted<>(ScoreBallot.of(Map.of("a", 4, "b", 4, "c", 4)), 10));
  }

  @Test
  void generate_wholeIntRange_gradesStayOnTheScale() {
    ScoreProfile<String> p = ImpartialScores.of(ABC, Integer.MIN_VALUE, Integer.MAX_VALUE).generate(200, 2L);
    assertThat(p.voterCount()).isEqualTo(200);
    long negative = p.ballots().stream().flatMap(w -> w.ballot().grades().values().stream()).filter(g -> g < 0).count();
    assertThat(negative).isBetween(200L, 400L);
  }

  @Test
  void generate_sameSeed_equalProfile() {
    ImpartialScores<String> s = ImpartialScores.of(ABC, 0, 10);
    assertThat(s.generate(50, 3L)).isEqualTo(s.generate(50, 3L));
    assertThat(s.generate(50, 3L).fingerprint()).isEqualTo(s.generate(50, 3L).fingerprint());
  }

  @Test
  void of_maxBelowMin_refusedNamingParameterAndValue() {
    assertThatThrownBy(() -> ImpartialScores.of(ABC, 5, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least min (5) but was: 3");
  }

  @Test
  void configuration_isAValue() {
    ImpartialScores<String> s = ImpartialScores.of(ABC, 0, 5);
    assertThat(s).isEqualTo(ImpartialScores.of(ABC, 0, 5)).hasSameHashCodeAs(ImpartialScores.of(ABC, 0, 5))
        .isNotEqualTo(ImpartialScores.of(ABC, 0, 4));
    assertThat(s.min()).isZero();
    assertThat(s.max()).isEqualTo(5);
    assertThat(s).hasToString("ImpartialScores[candidates=[a, b, c], min=0, max=5]");
  }
}
