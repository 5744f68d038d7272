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

  @Test
  void kendallDistance_workedByHand() {
    Ranking<String> abc = Ranking.strict(List.of("a", "b", "c"));
    Ranking<String> cba = Ranking.strict(List.of("c", "b", "a"));
    // every one of the 3 pairs reversed
    assertThat(abc.kendallDistance(cba)).isEqualTo(Rational.of(3));
    assertThat(abc.kendallDistance(abc)).isEqualTo(Rational.ZERO);
    // a > {b, c} against a > b > c: only (b, c) is tied in exactly one, 1/2
    Ranking<String> aTied = new Ranking<>(List.of(Set.of("a"), Set.of("b", "c")));
    assertThat(aTied.kendallDistance(abc)).isEqualTo(Rational.of(1, 2));
    assertThat(abc.kendallDistance(aTied)).isEqualTo(Rational.of(1, 2));
    // [a] against [b]: each leaves the other out, below; so a > b and b > a: 1
    assertThat(Ranking.strict(List.of("a")).kendallDistance(Ranking.strict(List.of("b")))).isEqualTo(Rational.ONE);
  }
}
