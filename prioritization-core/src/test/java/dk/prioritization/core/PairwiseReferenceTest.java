package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.pairwise.PairwiseTally;
import dk.prioritization.core.pairwise.Unranked;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pairwise tally against every ranked reference case: the margin matrix under the case's
 * convention for unranked candidates, the Condorcet winner, and the sets pref_voting names
 * {@code condorcet}, {@code weak_condorcet}, {@code smith_set} and {@code gocha}.
 */
class PairwiseReferenceTest {

  static Stream<JsonNode> rankedCases() {
    return ReferenceCases.all().stream().filter(c -> !ReferenceCases.isApproval(c));
  }

  static PairwiseTally<Integer> tally(JsonNode c) {
    return PairwiseTally.of(ReferenceCases.rankedProfile(c), Unranked.fromId(c.get("unranked").asText()));
  }

  @TestFactory
  Stream<DynamicTest> margins_everyRankedCase_equalPrefVotingsMargins() {
    return rankedCases().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
      PairwiseTally<Integer> t = tally(c);
      List<Integer> cands = ReferenceCases.candidates(c);
      JsonNode margins = c.get("margins");
      for (int i = 0; i < cands.size(); i++) {
        for (int j = 0; j < cands.size(); j++) {
          assertThat(t.margin(cands.get(i), cands.get(j)))
              .as("margin(%s, %s)", cands.get(i), cands.get(j))
              .isEqualTo(margins.get(i).get(j).asLong());
        }
      }
      assertThat(t.voters()).isEqualTo(c.get("num_voters").asLong());
    }));
  }

  @TestFactory
  Stream<DynamicTest> majorityLandmarks_everyRankedCase_agreeWithPrefVoting() {
    return rankedCases().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
      PairwiseTally<Integer> t = tally(c);
      JsonNode results = c.get("results");
      Set<Integer> all = new HashSet<>(ReferenceCases.candidates(c));
      JsonNode cw = c.get("condorcet_winner");
      assertThat(t.condorcetWinner().orElse(null)).as("Condorcet winner")
          .isEqualTo(cw.isNull() ? null : cw.asInt());
      // pref_voting's convention: no Condorcet winner or no weak one means "all candidates".
      assertThat(t.condorcetWinner().map(Set::of).orElse(all)).as("condorcet")
          .isEqualTo(ReferenceCases.ids(results.get("condorcet").get("winners")));
      Set<Integer> weak = t.weakCondorcetWinners();
      assertThat(weak.isEmpty() ? all : weak).as("weak_condorcet")
          .isEqualTo(ReferenceCases.ids(results.get("weak_condorcet").get("winners")));
      assertThat(t.smithSet()).as("smith_set").isEqualTo(ReferenceCases.ids(results.get("smith_set").get("winners")));
      assertThat(t.schwartzSet()).as("gocha").isEqualTo(ReferenceCases.ids(results.get("gocha").get("winners")));
      assertThat(t.smithSet()).containsAll(t.schwartzSet());
    }));
  }

  @TestFactory
  Stream<DynamicTest> components_everyRankedCase_orderedByPositiveMargins() {
    return rankedCases().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
      PairwiseTally<Integer> t = tally(c);
      List<Set<Integer>> comps = t.components();
      List<Integer> seen = new ArrayList<>();
      for (int k = 0; k < comps.size(); k++) {
        for (int l = k + 1; l < comps.size(); l++) {
          for (Integer x : comps.get(k)) {
            for (Integer y : comps.get(l)) {
              assertThat(t.margin(x, y)).as("margin(%s, %s) across components", x, y).isPositive();
            }
          }
        }
        seen.addAll(comps.get(k));
      }
      assertThat(seen).containsExactlyInAnyOrderElementsOf(ReferenceCases.candidates(c));
    }));
  }
}
