package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.Rule;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.Plurality;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.round.NominationPolicy;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rounds, priority lists and follow-ups go to JSON and back equal. */
class RoundJsonTest {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());

  /** Rounds have no equals: equal here means the same inputs and the same fingerprinted result. */
  static void assertSameRound(Round back, Round r) {
    assertThat(back.portfolio()).isEqualTo(r.portfolio());
    assertThat(back.policy()).isEqualTo(r.policy());
    assertThat(back.nominations()).isEqualTo(r.nominations());
    assertThat(back.rule().id()).isEqualTo(r.rule().id());
    assertThat(back.rule().options()).isEqualTo(r.rule().options());
    assertThat(back.tieBreaker().id()).isEqualTo(r.tieBreaker().id());
    assertThat(back.priorityList().entries()).isEqualTo(r.priorityList().entries());
    assertThat(back.priorityList().fingerprint()).isEqualTo(r.priorityList().fingerprint());
  }

  static Round.Builder example() {
    Round.Builder b = Round.builder(NorddjursExample.portfolio());
    NorddjursExample.nominations().forEach(b::nominate);
    return b;
  }

  @Test
  void exampleRound_roundTrips() throws Exception {
    Round r = example().build();
    assertSameRound(JSON.readValue(JSON.writeValueAsString(r), Round.class), r);
  }

  @Test
  void rankedRound_withATieBreakChain_roundTrips() throws Exception {
    Portfolio p = NorddjursExample.portfolio();
    List<Task> order = new ArrayList<>(p.activeTasks());
    java.util.Collections.reverse(order);
    Rule borda = Borda.modified();
    for (TieBreaker t : List.of(TieBreaker.candidateOrder(), TieBreaker.random(-42L),
        TieBreaker.byRule(Plurality.rule()).then(TieBreaker.fixedOrder(order)),
        TieBreaker.none().then(TieBreaker.random(7)), TieBreaker.fixedOrder(order))) {
      Round r = example().policy(NominationPolicy.standard().withRanked(true)).rule(borda).tieBreaker(t).build();
      Round back = JSON.readValue(JSON.writeValueAsString(r), Round.class);
      assertSameRound(back, r);
    }
  }

  @Test
  void priorityList_isRecomputedAndVerified() throws Exception {
    Round r = example().policy(NominationPolicy.standard().withRanked(true)).build();
    String json = JSON.writeValueAsString(new RoundPriorityList(r));
    PriorityList back = JSON.readValue(json, PriorityList.class);
    assertThat(back.entries()).isEqualTo(r.priorityList().entries());
    assertThat(back.fingerprint()).isEqualTo(r.priorityList().fingerprint());
    assertSameRound(JSON.readValue(json, RoundPriorityList.class).round(), r);
  }

  @Test
  void aThirdPartyTieBreaker_cannotBeWritten() {
    TieBreaker own = new TieBreaker() {
      @Override
      public String id() {
        return "coin-flip";
      }

      @Override
      public dk.prioritization.core.Text by() {
        return new dk.prioritization.core.Text("by a coin", "ved plat eller krone");
      }

      @Override
      public <C> java.util.function.Function<java.util.Set<C>, List<java.util.Set<C>>> prepare(
          dk.prioritization.core.Profile<C> profile) {
        return tied -> List.of(tied);
      }
    };
    Round r = example().tieBreaker(own).build();
    assertThatThrownBy(() -> JSON.writeValueAsString(r)).hasMessageContaining("'coin-flip' has no JSON form");
  }

  static List<Long> seeds() {
    return java.util.stream.LongStream.range(0, 120).boxed().toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomRound_roundTrips(long seed) throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Portfolio p = PortfolioSeeds.withLog(r, PortfolioSeeds.portfolio(r), r.nextInt(4));
    List<Task> active = p.activeTasks();
    if (active.isEmpty()) {
      return;
    }
    boolean ranked = r.nextBoolean();
    int max = 1 + r.nextInt(4);
    Round.Builder b = Round.builder(p).policy(new NominationPolicy(max, ranked, true));
    for (var m : p.members()) {
      List<Task> pool = new ArrayList<>(active);
      List<String> picks = new ArrayList<>();
      for (int k = r.nextInt(Math.min(max, pool.size()) + 1); k > 0; k--) {
        picks.add(pool.remove(r.nextInt(pool.size())).id());
      }
      b.nominate(m.id(), picks);
    }
    b.tieBreaker(r.nextBoolean() ? TieBreaker.random(r.nextLong()) : TieBreaker.candidateOrder());
    Round round = b.build();
    assertSameRound(JSON.readValue(JSON.writeValueAsString(round), Round.class), round);
    PriorityList list = JSON.readValue(JSON.writeValueAsString(new RoundPriorityList(round)), PriorityList.class);
    assertThat(list.fingerprint()).isEqualTo(round.priorityList().fingerprint());
  }

  @Test
  void exampleFollowUp_roundTripsEqual() throws Exception {
    FollowUp f = NorddjursExample.followUp();
    assertThat(JSON.readValue(JSON.writeValueAsString(f), FollowUp.class)).isEqualTo(f);
  }
}
