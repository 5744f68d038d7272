package dk.prioritization.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedScoringTest {
  private static final List<Criterion> CRITERIA =
      List.of(Criterion.of("impact", 3, 1, 5), Criterion.of("effort", 1, 1, 5));

  private static List<Evaluation<String>> sheet() {
    List<Evaluation<String>> e = new ArrayList<>();
    e.add(new Evaluation<>("E1", "T1", "impact", 5));
    e.add(new Evaluation<>("E1", "T1", "effort", 1));
    e.add(new Evaluation<>("E1", "T2", "impact", 3));
    e.add(new Evaluation<>("E1", "T2", "effort", 4));
    e.add(new Evaluation<>("E2", "T1", "impact", 2));
    e.add(new Evaluation<>("E2", "T1", "effort", 2));
    e.add(new Evaluation<>("E2", "T2", "impact", 3));
    e.add(new Evaluation<>("E2", "T2", "effort", 4));
    return e;
  }

  // Hand-worked: weights 3 and 1 (sum 4). T1: E1 (3*5 + 1*1)/4 = 4, E2 (3*2 + 1*2)/4 = 2, mean 3.
  // T2: both (3*3 + 1*4)/4 = 13/4. Impact scores of T1 spread 5 - 2 = 3 > 2: flagged; the rest not.
  @Test
  void handWorkedScoresRankingAndDisagreement() {
    Scoring<String> s = WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 2).evaluate(sheet());
    assertThat(s.scores()).containsEntry("T1", Rational.of(3)).containsEntry("T2", Rational.of(13, 4));
    assertThat(s.ranking()).isEqualTo(Ranking.strict(List.of("T2", "T1")));
    assertThat(s.disagreements()).containsExactly(new Disagreement<>("T1", "impact", 2, 5));
    assertThat(s.disagreements().get(0).spread()).isEqualTo(3);
  }

  @Test
  void explanation_handWorkedSheet_tallyAndOneNotePerFlagInBothLanguages() {
    Scoring<String> s = WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 2).evaluate(sheet());
    assertThat(s.disagreements().get(0).message()).isEqualTo(new Text(
        "the evaluators disagree on T1 under impact: scores from 2 to 5 (spread 3)",
        "bedømmerne er uenige om T1 under impact: point fra 2 til 5 (spredning 3)"));
    List<Explanation.Step<String>> steps = s.explanation().steps();
    assertThat(steps).hasSize(2);
    assertThat(steps.get(0)).isEqualTo(new Explanation.Tally<>(new Text("weighted score", "vægtet score"),
        Map.of("T1", Rational.of(3), "T2", Rational.of(13, 4))));
    assertThat(s.explanation().render(Locale.ENGLISH))
        .contains("the evaluators disagree on T1 under impact: scores from 2 to 5 (spread 3)");
    assertThat(s.explanation().render(Locale.forLanguageTag("da")))
        .contains("vægtet score").contains("bedømmerne er uenige om T1 under impact");
  }

  @Test
  void explanation_noFlags_saysSo() {
    Scoring<String> s = WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 3).evaluate(sheet());
    assertThat(s.explanation().steps()).hasSize(2);
    assertThat(s.explanation().render(Locale.forLanguageTag("da"))).contains("ingen uenighed mellem bedømmerne");
  }

  @Test
  void aHigherThresholdFlagsNothing() {
    assertThat(WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 3).evaluate(sheet()).disagreements()).isEmpty();
  }

  @Test
  void weightsNotSummingToAPositiveNumberAreRefused() {
    assertThatThrownBy(() -> WeightedScoring.of(List.of("T1"),
        List.of(Criterion.of("impact", 0, 1, 5), Criterion.of("effort", 0, 1, 5)), 1))
        .isInstanceOf(CriteriaException.class).hasMessageContaining("sum to 0")
        .satisfies(e -> assertThat(((CriteriaException) e).problem())
            .isEqualTo(CriteriaException.Problem.WEIGHTS_NOT_POSITIVE));
  }

  @Test
  void aNegativeWeightIsRefused() {
    assertThatThrownBy(() -> Criterion.of("risk", -1, 1, 5))
        .isInstanceOf(CriteriaException.class).hasMessageContaining("risk");
  }

  @Test
  void aScoreOffScaleIsRefusedNamingIt() {
    List<Evaluation<String>> e = sheet();
    e.set(1, new Evaluation<>("E1", "T1", "effort", 6));
    assertThatThrownBy(() -> WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 2).evaluate(e))
        .isInstanceOf(CriteriaException.class)
        .hasMessage("evaluator E1 scored T1 6 on effort, off its scale 1..5");
  }

  @Test
  void aMissingScoreIsRefusedNamingIt() {
    List<Evaluation<String>> e = sheet();
    e.remove(7);
    assertThatThrownBy(() -> WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 2).evaluate(e))
        .isInstanceOf(CriteriaException.class).hasMessage("evaluator E2 did not score T2 on effort");
  }

  @Test
  void unknownOptionAndCriterionAreRefused() {
    List<Evaluation<String>> e = sheet();
    e.add(new Evaluation<>("E1", "T9", "impact", 1));
    assertThatThrownBy(() -> WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 2).evaluate(e))
        .isInstanceOf(CriteriaException.class).hasMessageContaining("T9, which is not an option");
    List<Evaluation<String>> f = sheet();
    f.add(new Evaluation<>("E1", "T1", "cost", 1));
    assertThatThrownBy(() -> WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 2).evaluate(f))
        .isInstanceOf(CriteriaException.class).hasMessageContaining("cost, which is not a criterion");
  }

  @Test
  void aRepeatedScoreIsRefused() {
    List<Evaluation<String>> e = sheet();
    e.add(new Evaluation<>("E2", "T2", "effort", 4));
    assertThatThrownBy(() -> WeightedScoring.of(List.of("T1", "T2"), CRITERIA, 2).evaluate(e))
        .isInstanceOf(CriteriaException.class).hasMessage("evaluator E2 scored T2 on effort twice");
  }
}
