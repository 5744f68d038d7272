package dk.prioritization.core.pairwise;

import static dk.prioritization.core.generate.SmallProfiles.ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Result;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.generate.ImpartialCulture;
import dk.prioritization.core.generate.Mallows;
import dk.prioritization.core.generate.ProfileGenerator;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kemeny-Young against a brute-force oracle written here (every permutation of at most seven
 * candidates), on exhaustive small profiles and seeded random ones with truncated and tied
 * ballots under both conventions for unranked candidates; its properties (Condorcet consistency,
 * winners in the Smith set, the component split against one DP over all candidates); the refusal
 * of a component above the limit; and the explanation.
 */
class KemenyYoungTest {

  /** What the oracle finds by enumerating every strict ranking. */
  record Oracle(long score, long count, Set<String> winners, Ranking<String> ranking, Set<List<String>> optimal) {}

  /**
   * Enumerates every permutation: the best sum of margins kept, how many reach it, who tops one,
   * and the exact ranking as KemenyYoung documents it (blocks between positions where all optimal
   * rankings have the same set before them; the first block split into winners and the rest).
   * Components play no part here.
   */
  static Oracle oracle(PairwiseTally<String> t) {
    List<String> cands = t.candidates();
    int m = cands.size();
    List<List<String>> best = new ArrayList<>();
    long[] bestScore = {Long.MIN_VALUE};
    permute(new ArrayList<>(), new ArrayList<>(cands), order -> {
      long s = 0;
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          s += t.margin(order.get(i), order.get(j));
        }
      }
      if (s > bestScore[0]) {
        bestScore[0] = s;
        best.clear();
      }
      if (s == bestScore[0]) {
        best.add(List.copyOf(order));
      }
    });
    Set<String> winners = new LinkedHashSet<>();
    for (String c : cands) {
      if (best.stream().anyMatch(o -> o.get(0).equals(c))) {
        winners.add(c);
      }
    }
    List<Set<String>> tiers = new ArrayList<>();
    Set<String> last = Set.of();
    for (int p = 1; p <= m; p++) {
      int pp = p;
      Set<Set<String>> prefixes = new HashSet<>();
      best.forEach(o -> prefixes.add(Set.copyOf(o.subList(0, pp))));
      if (prefixes.size() == 1) {
        Set<String> prefix = prefixes.iterator().next();
        Set<String> block = new LinkedHashSet<>();
        for (String c : cands) {
          if (prefix.contains(c) && !last.contains(c)) {
            block.add(c);
          }
        }
        if (last.isEmpty()) {
          tiers.add(winners);
          block.removeAll(winners);
          if (!block.isEmpty()) {
            tiers.add(block);
          }
        } else {
          tiers.add(block);
        }
        last = prefix;
      }
    }
    return new Oracle(bestScore[0], best.size(), winners, new Ranking<>(tiers), new HashSet<>(best));
  }

  private static void permute(List<String> prefix, List<String> rest, java.util.function.Consumer<List<String>> out) {
    if (rest.isEmpty()) {
      out.accept(prefix);
      return;
    }
    for (int i = 0; i < rest.size(); i++) {
      String c = rest.remove(i);
      prefix.add(c);
      permute(prefix, rest, out);
      prefix.remove(prefix.size() - 1);
      rest.add(i, c);
    }
  }

  private static void checkAgainstOracle(Sample<RankedProfile<String>> s, Unranked unranked, Violations v) {
    PairwiseTally<String> t = PairwiseTally.of(s.profile(), unranked);
    Oracle o = oracle(t);
    KemenyYoung rule = KemenyYoung.rule().withUnranked(unranked);
    KemenyYoung.Solution<String> sol = rule.solve(t);
    Result<String> r = rule.rank(s.profile());
    v.check(sol.score() == o.score() && sol.optimalRankings().equals(OptionalLong.of(o.count()))
            && sol.winners().equals(o.winners()) && o.optimal().contains(sol.ranking())
            && r.ranking().equals(o.ranking()) && r.winners().equals(o.winners()),
        () -> "unranked " + unranked.id() + ": ours score " + sol.score() + ", " + sol.optimalRankings()
            + " optimal, winners " + sol.winners() + ", one " + sol.ranking() + ", ranking " + r.ranking()
            + "; oracle score " + o.score() + ", " + o.count() + " optimal, winners " + o.winners()
            + ", ranking " + o.ranking() + "; " + s + " " + SmallProfiles.describe(s.profile()));
  }

  private static final List<Sample<RankedProfile<String>>> EXHAUSTIVE = exhaustive();

  private static List<Sample<RankedProfile<String>>> exhaustive() {
    List<Sample<RankedProfile<String>>> out = new ArrayList<>(
        SmallProfiles.rankedSamples("linear", ABC, SmallProfiles.strictRankings(ABC), 1, 5));
    out.addAll(SmallProfiles.rankedSamples("strict", ABC, SmallProfiles.strictBallots(ABC), 1, 3));
    out.addAll(SmallProfiles.rankedSamples("any", ABC, SmallProfiles.rankedBallots(ABC), 1, 2));
    out.addAll(SmallProfiles.rankedSamples("weak", ABC, SmallProfiles.weakOrders(ABC), 3, 3));
    List<String> abcd = List.of("a", "b", "c", "d");
    out.addAll(SmallProfiles.rankedSamples("linear4", abcd, SmallProfiles.strictRankings(abcd), 1, 3));
    return out;
  }

  @Test
  void exhaustiveSmallProfiles_equalTheBruteForceOracle() {
    Violations v = new Violations("Kemeny-Young against the oracle, exhaustive");
    for (Unranked u : Unranked.values()) {
      EXHAUSTIVE.forEach(s -> checkAgainstOracle(s, u, v));
    }
    v.assertNone();
    assertThat(EXHAUSTIVE.size()).isGreaterThan(1000);
  }

  static LongStream seeds() {
    return SeededProfiles.seeds();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void seededProfiles_equalTheBruteForceOracle(long seed) {
    Violations v = new Violations("Kemeny-Young against the oracle, seed " + seed);
    List<ProfileGenerator<RankedProfile<String>>> cultures = new ArrayList<>(SeededProfiles.rankedCultures(seed));
    // Six and seven candidates too, with few voters so that ties and large components are common.
    List<String> seven = List.of("a", "b", "c", "d", "e", "f", "g").subList(0, 6 + (int) (seed % 2));
    cultures.add(ImpartialCulture.of(seven).withTruncation(seed % 3 == 0 ? 0.4 : 0).withTies(seed % 4 == 0 ? 0.3 : 0));
    cultures.add(Mallows.of(seven, 0.8).withTruncation(0.2).withTies(0.2));
    for (ProfileGenerator<RankedProfile<String>> culture : cultures) {
      Sample<RankedProfile<String>> s = SeededProfiles.first(culture, seed);
      for (Unranked u : Unranked.values()) {
        checkAgainstOracle(s, u, v);
      }
    }
    v.assertNone();
  }

  @Test
  void randomMarginsWithManyZeros_equalTheBruteForceOracle() {
    // Supports of 0..2 voters each way among 2 voters give many zero margins: large tied counts.
    Violations v = new Violations("Kemeny-Young against the oracle, random supports");
    SplittableRandom random = new SplittableRandom(20260101L);
    for (int trial = 0; trial < 300; trial++) {
      int m = 2 + trial % 6;
      PairwiseTally<String> t = randomTally(random, m, 2);
      Oracle o = oracle(t);
      KemenyYoung.Solution<String> sol = KemenyYoung.rule().solve(t);
      Ranking<String> ranking = KemenyYoung.rule().rank(t);
      int trialNo = trial;
      v.check(sol.score() == o.score() && sol.optimalRankings().equals(OptionalLong.of(o.count()))
              && sol.winners().equals(o.winners()) && o.optimal().contains(sol.ranking())
              && ranking.equals(o.ranking()),
          () -> "trial " + trialNo + " " + java.util.Arrays.toString(t.margins()) + ": ours " + sol + " " + ranking
              + "; oracle " + o.score() + " " + o.count() + " " + o.winners() + " " + o.ranking());
    }
    v.assertNone();
  }

  private static PairwiseTally<String> randomTally(SplittableRandom random, int m, int voters) {
    long[][] support = new long[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        long ij = random.nextInt(voters + 1);
        support[i][j] = ij;
        support[j][i] = random.nextInt((int) (voters - ij) + 1);
      }
    }
    List<String> cands = IntStream.range(0, m).mapToObj(i -> "c" + i).toList();
    return PairwiseTally.fromSupport(cands, support, voters, Unranked.BELOW);
  }

  // ---- properties -------------------------------------------------------------------------

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void condorcetWinner_winsAlone_andWinnersLieInTheSmithSet(long seed) {
    Violations v = new Violations("Condorcet consistency and Smith set, seed " + seed);
    for (ProfileGenerator<RankedProfile<String>> culture : SeededProfiles.rankedCultures(seed)) {
      Sample<RankedProfile<String>> s = SeededProfiles.first(culture, seed);
      for (Unranked u : Unranked.values()) {
        PairwiseTally<String> t = PairwiseTally.of(s.profile(), u);
        Set<String> winners = KemenyYoung.rule().withUnranked(u).rank(s.profile()).winners();
        v.check(t.condorcetWinner().map(w -> winners.equals(Set.of(w))).orElse(true),
            () -> "Condorcet winner " + t.condorcetWinner() + " but winners " + winners + "; " + s);
        v.check(t.smithSet().containsAll(winners),
            () -> "winners " + winners + " outside the Smith set " + t.smithSet() + "; " + s);
      }
    }
    v.assertNone();
  }

  @Test
  void componentSplit_agreesWithOneDpOverAllCandidates() {
    Violations v = new Violations("component split against the unsplit DP");
    SplittableRandom random = new SplittableRandom(77L);
    List<String> ten = IntStream.range(0, 10).mapToObj(i -> "c" + i).toList();
    for (int trial = 0; trial < 200; trial++) {
      int m = 2 + trial % 9;
      PairwiseTally<String> t = trial % 2 == 0
          ? randomTally(random, m, 1 + trial % 5)
          : PairwiseTally.of(Mallows.of(ten.subList(0, m), 0.3 + 0.1 * (trial % 6)).withTruncation(0.2)
              .generate(3 + trial % 20, trial), Unranked.values()[trial / 2 % 2]);
      int[] all = IntStream.range(0, m).toArray();
      KemenySolver.Optimum whole = KemenySolver.solve(t.marginArray(), m, all);
      KemenyYoung.Solution<String> split = KemenyYoung.rule().solve(t);
      Set<String> wholeWinners = new LinkedHashSet<>();
      for (int w : whole.tops()) {
        wholeWinners.add(t.candidates().get(w));
      }
      List<String> wholeOrder = IntStream.of(whole.order()).mapToObj(t.candidates()::get).toList();
      int trialNo = trial;
      v.check(whole.score() == split.score() && wholeWinners.equals(split.winners())
              && OptionalLong.of(whole.count()).equals(split.optimalRankings())
              && score(t, split.ranking()) == split.score() && score(t, wholeOrder) == whole.score(),
          () -> "trial " + trialNo + ": unsplit " + whole.score() + " " + whole.count() + " " + wholeWinners
              + "; split " + split);
    }
    v.assertNone();
  }

  private static long score(PairwiseTally<String> t, List<String> order) {
    long s = 0;
    for (int i = 0; i < order.size(); i++) {
      for (int j = i + 1; j < order.size(); j++) {
        s += t.margin(order.get(i), order.get(j));
      }
    }
    return s;
  }

  @Test
  void hundredCandidatesInSmallComponents_solvedQuickly() {
    // A Mallows culture close to its centre: a long chain of small components.
    List<String> cands = IntStream.range(0, 100).mapToObj(i -> "c" + i).toList();
    RankedProfile<String> p = Mallows.of(cands, 0.5).generate(200, 3L);
    long start = System.nanoTime();
    KemenyYoung.Solution<String> s = KemenyYoung.rule().solve(PairwiseTally.of(p));
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    assertThat(s.ranking()).hasSize(100);
    assertThat(s.componentSizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    assertThat(score(PairwiseTally.of(p), s.ranking())).isEqualTo(s.score());
  }

  // ---- refusal ----------------------------------------------------------------------------

  @Test
  void componentAboveTheLimit_refusedUpFront() {
    // A 5-cycle a > b > c > d > e > a, with the chords the other way: one component of 5.
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c", "d", "e"))
        .add(1, "a", "b", "c", "d", "e").add(1, "b", "c", "d", "e", "a").add(1, "c", "d", "e", "a", "b")
        .add(1, "d", "e", "a", "b", "c").add(1, "e", "a", "b", "c", "d").build();
    assertThat(PairwiseTally.of(p).components()).hasSize(1);
    KemenyYoung small = KemenyYoung.rule().withComponentLimit(4);
    assertThatThrownBy(() -> small.rank(p))
        .isInstanceOf(ProblemTooLargeException.class)
        .hasMessage("rule kemeny-young: the largest strongly connected component of the majority graph has 5,"
            + " above the limit of 4")
        .satisfies(e -> {
          ProblemTooLargeException x = (ProblemTooLargeException) e;
          assertThat(x.ruleId()).isEqualTo("kemeny-young");
          assertThat(x.size()).isEqualTo(5);
          assertThat(x.limit()).isEqualTo(4);
          assertThat(x.what()).isEqualTo(KemenyYoung.TOO_LARGE);
        });
    assertThatThrownBy(() -> small.solve(PairwiseTally.of(p))).isInstanceOf(ProblemTooLargeException.class);
    assertThat(KemenyYoung.rule().withComponentLimit(5).rank(p).winners()).hasSize(5);
    assertThatThrownBy(() -> KemenyYoung.rule().withComponentLimit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KemenyYoung.rule().withComponentLimit(31)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- explanation and identity -----------------------------------------------------------

  @Test
  void explanation_showsMarginsComponentsAndTheOptimum() {
    // a > b > c cycle (margins 1) above d: components {a, b, c} and {d}.
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c", "d"))
        .add(1, "a", "b", "c", "d").add(1, "b", "c", "a", "d").add(1, "c", "a", "b", "d").build();
    Result<String> r = KemenyYoung.rule().rank(p);
    // Each rotation of the cycle keeps two pairs of margin 1 and loses one: score 1 + 3·3 for d.
    assertThat(r.winners()).containsExactly("a", "b", "c");
    assertThat(r.ranking()).isEqualTo(new Ranking<>(List.of(Set.of("a", "b", "c"), Set.of("d"))));
    List<Explanation.Step<String>> steps = r.explanation().steps();
    assertThat(steps.get(0)).isInstanceOf(Explanation.Matrix.class);
    assertThat(steps.get(1)).isInstanceOf(Explanation.Note.class);
    Explanation.Optimum<String> opt = (Explanation.Optimum<String>) steps.get(2);
    assertThat(opt.ranking()).isEqualTo(Ranking.strict(List.of("a", "b", "c", "d")));
    assertThat(opt.value()).isEqualTo(dk.prioritization.core.Rational.of(10));
    assertThat(opt.optimalCount()).hasValue(3);
    assertThat(steps).anySatisfy(s -> assertThat(s).isInstanceOf(Explanation.TieKept.class));
    String en = r.explanation().render(Locale.ENGLISH);
    String da = r.explanation().render(Locale.forLanguageTag("da"));
    assertThat(en).contains("splits into 2 strongly connected components of 3 & 1 candidates",
        "{a, b, c} > d", "An optimal ranking: a > b > c > d", "3 optimal rankings in all");
    assertThat(da).contains("deler sig i 2 stærkt sammenhængende komponenter med 3 og 1 kandidater",
        "En optimal rangordning: a > b > c > d", "3 optimale rangordninger i alt", "står først i en optimal rangordning");
  }

  @Test
  void oneAndTwoCandidates() {
    RankedProfile<String> one = Profile.ranked(List.of("a")).add(3, "a").build();
    Result<String> r1 = KemenyYoung.rule().rank(one);
    assertThat(r1.ranking()).isEqualTo(Ranking.strict(List.of("a")));
    RankedProfile<String> tie = Profile.ranked(List.of("a", "b")).add(1, "a", "b").add(1, "b", "a").build();
    KemenyYoung.Solution<String> s = KemenyYoung.rule().solve(PairwiseTally.of(tie));
    assertThat(s.winners()).containsExactly("a", "b");
    assertThat(s.optimalRankings()).hasValue(2);
    assertThat(s.score()).isZero();
    assertThat(KemenyYoung.rule().rank(tie).ranking()).isEqualTo(new Ranking<>(List.of(Set.of("a", "b"))));
  }

  @Test
  void identity_idOptionsEqualityAndRegistry() {
    KemenyYoung k = KemenyYoung.rule();
    assertThat(k.id()).isEqualTo("kemeny-young");
    assertThat(k.options()).containsExactly(java.util.Map.entry("unranked", "below"));
    assertThat(k.withUnranked(Unranked.INCOMPARABLE).options()).containsEntry("unranked", "incomparable");
    assertThat(k.withUnranked(Unranked.BELOW)).isEqualTo(k).hasSameHashCodeAs(k);
    assertThat(k.withComponentLimit(10)).isNotEqualTo(k);
    assertThat(k.withComponentLimit(10).componentLimit()).isEqualTo(10);
    assertThat(k.componentLimit()).isEqualTo(KemenyYoung.DEFAULT_COMPONENT_LIMIT);
    assertThat(k.toString()).contains("kemeny-young");
    assertThat(k.description()).isNotBlank();
    assertThat(RuleRegistry.builtIn().get("kemeny-young")).isEqualTo(k);
  }
}
