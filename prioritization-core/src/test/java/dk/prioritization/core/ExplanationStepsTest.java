package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The structured explanation steps of the pairwise and elimination rules, and their rendering. */
class ExplanationStepsTest {
  private static final Locale DA = Locale.forLanguageTag("da");
  private static final Text MARGINS = new Text("margins", "marginer");

  @Test
  void matrix_rendersAlignedTableInBothLanguages() {
    var step = new Explanation.Matrix<>(MARGINS, List.of("a", "b", "c"), new long[] {0, 12, -3, -12, 0, 5, 3, -5, 0});
    assertThat(step.render(Locale.ENGLISH)).isEqualTo(String.join("\n",
        "margins:",
        "       a   b   c",
        "  a    .  12  -3",
        "  b  -12   .   5",
        "  c    3  -5   ."));
    assertThat(step.render(DA)).startsWith("marginer:\n");
    assertThat(step.value(0, 1)).isEqualTo(12);
    assertThat(step.value(2, 1)).isEqualTo(-5);
  }

  @Test
  void matrix_isImmutableAndComparesByValue() {
    long[] values = {0, 1, -1, 0};
    var step = new Explanation.Matrix<>(MARGINS, List.of("a", "b"), values);
    values[1] = 99;
    step.values()[1] = 99;
    assertThat(step.value(0, 1)).isEqualTo(1);
    assertThat(step).isEqualTo(new Explanation.Matrix<>(MARGINS, List.of("a", "b"), new long[] {0, 1, -1, 0}))
        .hasSameHashCodeAs(new Explanation.Matrix<>(MARGINS, List.of("a", "b"), new long[] {0, 1, -1, 0}))
        .isNotEqualTo(new Explanation.Matrix<>(MARGINS, List.of("a", "b"), new long[] {0, 2, -2, 0}));
  }

  @Test
  void matrix_wrongNumberOfValues_namesBothCounts() {
    assertThatThrownBy(() -> new Explanation.Matrix<>(MARGINS, List.of("a", "b"), new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a matrix over 2 candidates needs 4 values, not 3");
  }

  @Test
  void matrix_overTwentyCandidates_isNamedNotPrinted() {
    List<Integer> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(i);
    }
    var step = new Explanation.Matrix<>(MARGINS, many, new long[21 * 21]);
    assertThat(step.render(Locale.ENGLISH)).isEqualTo("Table of margins for 21 candidates (not printed).");
    assertThat(step.render(DA)).isEqualTo("Tabel over marginer for 21 kandidater (ikke udskrevet).");
  }

  @Test
  void elimination_rendersValuesAndEliminated() {
    var step = new Explanation.Elimination<>(2, new Text("first places", "førstepladser"),
        Map.of("a", Rational.of(7)), Set.of("b"));
    assertThat(step.render(Locale.ENGLISH)).isEqualTo("Round 2, first places: a 7. Eliminated: b.");
    assertThat(step.render(DA)).isEqualTo("Runde 2, førstepladser: a 7. Udgår: b.");
    assertThatThrownBy(() -> new Explanation.Elimination<>(0, MARGINS, Map.of(), Set.of()))
        .hasMessageContaining("round 0");
  }

  @Test
  void pairLocked_rendersLockedAndSkipped() {
    assertThat(new Explanation.PairLocked<>("a", "b", 4, true).render(Locale.ENGLISH))
        .isEqualTo("Locked: a over b (margin 4).");
    assertThat(new Explanation.PairLocked<>("c", "a", 2, false).render(DA))
        .isEqualTo("Sprunget over (ville danne en cyklus): c over a (margin 2).");
  }

  @Test
  void optimum_rendersRankingValueAndCount() {
    var step = new Explanation.Optimum<>(new Text("score", "score"), Ranking.strict(List.of("a", "b")),
        Rational.of(9), OptionalLong.of(2));
    assertThat(step.render(Locale.ENGLISH)).isEqualTo("An optimal ranking: a > b, score 9; 2 optimal rankings in all.");
    assertThat(step.render(DA)).isEqualTo("En optimal rangordning: a > b, score 9; 2 optimale rangordninger i alt.");
  }
}
