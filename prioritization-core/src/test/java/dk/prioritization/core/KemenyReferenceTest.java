package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.pairwise.KemenyYoung;
import dk.prioritization.core.pairwise.PairwiseTally;
import dk.prioritization.core.pairwise.Unranked;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Kemeny-Young against pref_voting's {@code kemeny_young} on every reference case that has it
 * (winners; on linear cases also the minimal Kendall tau distance, the number of optimal rankings
 * and the optimal rankings themselves), and on the cases pref_voting skipped (more than nine
 * candidates): there ours must finish with winners inside the Smith set.
 */
class KemenyReferenceTest {
  private static final String KEY = "kemeny_young";

  static Stream<JsonNode> withResult() {
    return ReferenceCases.all().stream().filter(c -> c.get("results").has(KEY));
  }

  static Stream<JsonNode> skipped() {
    return ReferenceCases.all().stream().filter(c -> c.get("skipped").has(KEY));
  }

  static KemenyYoung rule(JsonNode c) {
    return KemenyYoung.rule().withUnranked(Unranked.fromId(c.get("unranked").asText()));
  }

  @Test
  void caseCounts() {
    assertThat(withResult().count()).isEqualTo(44);
    assertThat(withResult().filter(c -> c.get("results").get(KEY).has("kemeny_distance")).count()).isEqualTo(6);
    assertThat(skipped().count()).isEqualTo(15);
  }

  @TestFactory
  Stream<DynamicTest> winners_everyCase_equalPrefVoting() {
    return withResult().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
      RankedProfile<Integer> p = ReferenceCases.rankedProfile(c);
      Result<Integer> r = rule(c).rank(p);
      JsonNode expected = c.get("results").get(KEY);
      assertThat(r.winners()).isEqualTo(ReferenceCases.ids(expected.get("winners")));
      PairwiseTally<Integer> t = PairwiseTally.of(p, Unranked.fromId(c.get("unranked").asText()));
      KemenyYoung.Solution<Integer> s = rule(c).solve(t);
      assertThat(s.winners()).isEqualTo(r.winners());
      if (expected.has("kemeny_distance")) {
        // Linear ballots: each pair a above b in the ranking costs support(b, a) = (n - margin(a, b)) / 2
        // disagreements, so the total Kendall tau distance is (n·C(m,2) - score) / 2.
        long n = c.get("num_voters").asLong();
        long m = ReferenceCases.candidates(c).size();
        long pairs = m * (m - 1) / 2;
        assertThat((n * pairs - s.score()) % 2).isZero();
        assertThat((n * pairs - s.score()) / 2).as("Kendall tau distance")
            .isEqualTo(expected.get("kemeny_distance").asLong());
        assertThat(kendallDistance(p, s.ranking())).isEqualTo(expected.get("kemeny_distance").asLong());
      }
      if (expected.has("num_optimal_rankings")) {
        assertThat(s.optimalRankings()).hasValue(expected.get("num_optimal_rankings").asLong());
      }
      if (expected.has("optimal_rankings")) {
        List<List<Integer>> all = new ArrayList<>();
        for (JsonNode ranking : expected.get("optimal_rankings")) {
          List<Integer> order = new ArrayList<>();
          ranking.forEach(x -> order.add(x.asInt()));
          all.add(order);
        }
        assertThat(all).contains(s.ranking());
        assertThat((long) all.size()).isEqualTo(s.optimalRankings().orElseThrow());
        if (all.size() == 1) {
          assertThat(r.ranking()).isEqualTo(Ranking.strict(all.get(0)));
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> skippedByPrefVoting_finishesInsideTheSmithSet() {
    return skipped().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
      RankedProfile<Integer> p = ReferenceCases.rankedProfile(c);
      PairwiseTally<Integer> t = PairwiseTally.of(p, Unranked.fromId(c.get("unranked").asText()));
      long start = System.nanoTime();
      Result<Integer> r = rule(c).rank(p);
      assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(10_000_000_000L);
      assertThat(r.winners()).isNotEmpty();
      assertThat(t.smithSet()).containsAll(r.winners());
      assertThat(r.ranking().candidates()).containsExactlyInAnyOrderElementsOf(ReferenceCases.candidates(c));
    }));
  }

  /** The total Kendall tau distance of a strict order to linear ballots, counted pair by pair. */
  private static long kendallDistance(RankedProfile<Integer> p, List<Integer> order) {
    long d = 0;
    for (Weighted<RankedBallot<Integer>> w : p.ballots()) {
      List<Integer> ballot = w.ballot().tiers().stream().map(t -> t.get(0)).toList();
      for (int i = 0; i < order.size(); i++) {
        for (int j = i + 1; j < order.size(); j++) {
          if (ballot.indexOf(order.get(i)) > ballot.indexOf(order.get(j))) {
            d += w.count();
          }
        }
      }
    }
    return d;
  }

  @Test
  void tennesseeCapital_wikipedia() {
    // Wikipedia, "Kemeny–Young method", section "Example": 100 voters, Memphis 42 (M > N > C > K),
    // Nashville 26 (N > C > K > M), Chattanooga 15 (C > K > N > M), Knoxville 17 (K > C > N > M).
    // The article's ranking Nashville > Chattanooga > Knoxville > Memphis has the largest
    // "total agreement" 393: the number of (voter, pair) agreements. Here the score is the sum of
    // margins kept, and agreements = (n·C(m,2) + score) / 2, so the score is 2·393 - 600 = 186.
    RankedProfile<String> p = Profile.ranked(List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"))
        .add(42, "Memphis", "Nashville", "Chattanooga", "Knoxville")
        .add(26, "Nashville", "Chattanooga", "Knoxville", "Memphis")
        .add(15, "Chattanooga", "Knoxville", "Nashville", "Memphis")
        .add(17, "Knoxville", "Chattanooga", "Nashville", "Memphis")
        .build();
    KemenyYoung.Solution<String> s = KemenyYoung.rule().solve(PairwiseTally.of(p));
    assertThat(s.ranking()).containsExactly("Nashville", "Chattanooga", "Knoxville", "Memphis");
    assertThat((100 * 6 + s.score()) / 2).isEqualTo(393);
    assertThat(s.optimalRankings()).hasValue(1);
    assertThat(s.winners()).containsExactly("Nashville");
    Result<String> r = KemenyYoung.rule().rank(p);
    assertThat(r.ranking()).isEqualTo(Ranking.strict(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis")));
    assertThat(r.winners()).isEqualTo(Set.of("Nashville"));
  }
}
