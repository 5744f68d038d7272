package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void byDescendingScores_equalScoresShareATierInMapOrder() {
    Map<String, Integer> scores = new LinkedHashMap<>();
    scores.put("a", 1);
    scores.put("b", 3);
    scores.put("c", 1);
    scores.put("d", 3);
    Ranking<String> r = Ranking.byDescendingScores(scores);
    assertThat(r.tiers()).containsExactly(Set.of("b", "d"), Set.of("a", "c"));
    assertThat(r.tiers().get(0)).containsExactly("b", "d");
    assertThat(r.toString()).isEqualTo("{b, d} > {a, c}");
    assertThat(r.tierOf("c")).hasValue(1);
    assertThat(r.tierOf("z")).isEmpty();
    assertThat(r.isStrict()).isFalse();
  }

  @Test
  void new_candidateTwice_refused() {
    assertThatThrownBy(() -> new Ranking<>(List.of(Set.of("a"), Set.of("a", "b"))))
        .hasMessage("candidate 'a' appears twice in a ranking");
  }

  @Test
  void new_emptyTier_refused() {
    assertThatThrownBy(() -> new Ranking<>(List.of(Set.of("a"), Set.<String>of())))
        .hasMessage("tier 1 of a ranking is empty");
  }

  @Test
  void strict_oneCandidatePerTier() {
    Ranking<String> r = Ranking.strict(List.of("x", "y"));
    assertThat(r.winners()).containsExactly("x");
    assertThat(r.candidates()).containsExactly("x", "y");
    assertThat(r.isStrict()).isTrue();
  }
}
