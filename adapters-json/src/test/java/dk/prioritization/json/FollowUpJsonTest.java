package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.followup.Quarter;
import dk.prioritization.portfolio.followup.Status;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded follow-ups go to JSON and back equal. */
class FollowUpJsonTest {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());

  static List<Long> seeds() {
    return java.util.stream.LongStream.range(0, 120).boxed().toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomFollowUp_roundTripsEqual(long seed) throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Portfolio p = PortfolioSeeds.withLog(r, PortfolioSeeds.portfolio(r), r.nextInt(4));
    FollowUp.Builder b = FollowUp.builder(p);
    Set<String> seen = new HashSet<>();
    for (int k = r.nextInt(30); k > 0; k--) {
      Quarter q = Quarter.of(2024 + r.nextInt(2), 1 + r.nextInt(4));
      Status s = Status.values()[r.nextInt(Status.values().length)];
      var date = q.firstDay().plusDays(r.nextInt(90));
      if (r.nextBoolean()) {
        Task t = p.tasks().get(r.nextInt(p.tasks().size()));
        if (seen.add("T" + t.id() + q)) {
          b.task(t.id(), q, s, "Comment on " + t.id() + " «" + k + "»", date);
        }
      } else {
        Initiative i = p.initiatives().get(r.nextInt(p.initiatives().size()));
        if (seen.add("I" + i.id() + q)) {
          b.initiative(i.id(), q, s, "Comment on " + i.id(), date);
        }
      }
    }
    FollowUp f = b.build();
    assertThat(JSON.readValue(JSON.writeValueAsString(f), FollowUp.class)).isEqualTo(f);
  }
}
