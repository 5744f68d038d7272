package dk.prioritization.portfolio.round;

import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Scope;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator of small portfolios and unranked nominations for property tests: 1-3 focus
 * areas, 1-5 initiatives (cross-cutting or one member's department), 2-14 tasks with 1-3
 * perspectives (about one in six retired) and a cost of 0-12 each, 2-5 members; a maximum of 1-5
 * nominations and each member nominating 0 to that many active tasks. The costs come from a second
 * random stream of the same seed, so they leave every other draw as it was before tasks had costs.
 */
final class RandomRounds {
  final Portfolio portfolio;
  final int max;
  final Map<String, List<String>> nominations;

  private RandomRounds(Portfolio portfolio, int max, Map<String, List<String>> nominations) {
    this.portfolio = portfolio;
    this.max = max;
    this.nominations = nominations;
  }

  static RandomRounds generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    SplittableRandom costs = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    Portfolio.Builder b = Portfolio.builder();
    int areas = 1 + r.nextInt(3);
    for (int f = 1; f <= areas; f++) {
      b.focusArea(new FocusArea("F" + f, "Area " + f));
    }
    int members = 2 + r.nextInt(4);
    for (int m = 1; m <= members; m++) {
      b.member(m == 1 ? BoardMember.withoutDepartment("M1", "Chief executive")
          : BoardMember.of("M" + m, "Director " + m, "D" + m));
    }
    int initiatives = 1 + r.nextInt(5);
    for (int i = 1; i <= initiatives; i++) {
      Scope scope = r.nextBoolean() ? Scope.CROSS_CUTTING : Scope.department("D" + (2 + r.nextInt(members)));
      b.initiative(new Initiative("I" + i, "Initiative " + i, "F" + (1 + r.nextInt(areas)), "About " + i, "Owner",
          scope, perspectives(r), Set.of()));
    }
    int tasks = 2 + r.nextInt(13);
    List<String> active = new ArrayList<>();
    for (int t = 1; t <= tasks; t++) {
      boolean retired = t > 2 && r.nextInt(6) == 0;
      b.task(new Task("T" + t, "Task " + t, "I" + (1 + r.nextInt(initiatives)), "Case owner", perspectives(r), Set.of(),
          retired, Optional.empty(), OptionalLong.of(costs.nextInt(13))));
      if (!retired) {
        active.add("T" + t);
      }
    }
    int max = 1 + r.nextInt(5);
    Map<String, List<String>> nominations = new LinkedHashMap<>();
    for (int m = 1; m <= members; m++) {
      if (m > 1 && r.nextInt(5) == 0) {
        continue; // this member does not take part
      }
      List<String> pool = new ArrayList<>(active);
      List<String> chosen = new ArrayList<>();
      int count = r.nextInt(Math.min(max, pool.size()) + 1);
      for (int c = 0; c < count; c++) {
        chosen.add(pool.remove(r.nextInt(pool.size())));
      }
      nominations.put("M" + m, chosen);
    }
    return new RandomRounds(b.build(), max, nominations);
  }

  private static Set<Perspective> perspectives(SplittableRandom r) {
    Perspective[] all = Perspective.values();
    Set<Perspective> s = EnumSet.noneOf(Perspective.class);
    int n = 1 + r.nextInt(3);
    while (s.size() < n) {
      s.add(all[r.nextInt(all.length)]);
    }
    return s;
  }

  Round round(Map<String, List<String>> nominations) {
    Round.Builder b = Round.builder(portfolio).policy(NominationPolicy.standard().withMaxPerMember(max));
    nominations.forEach(b::nominate);
    return b.build();
  }

  Round round() {
    return round(nominations);
  }
}
