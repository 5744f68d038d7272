package dk.prioritization.benchmarks;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.generate.ImpartialCulture;
import dk.prioritization.core.pairwise.KemenyYoung;
import dk.prioritization.core.pairwise.PairwiseTally;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does exact Kemeny-Young ({@link KemenyYoung#solve}) take on one core when the whole
 * majority graph is one strongly connected component of m = 10, 20 or 25 candidates?
 *
 * <p>Such a component is the worst case: nothing splits, and the subset DP does its full
 * O(2^m · m) work (16·2^m bytes: 16 MB at 20, 512 MB at 25). The tallies come from
 * {@link ImpartialCulture} with 1,001 voters: its majority graph is close to a random tournament,
 * which is strongly connected with high probability; the setup takes the first seed from
 * {@link #SEED} on whose graph is one component, and checks it. Building the tally is not
 * measured.
 *
 * <p>{@link #solve} (m = 10 and 20) measures average time; {@link #solveLarge} (m = 25, a few
 * seconds a call) measures single calls; {@link #solvePreflib} solves a real election of 32
 * candidates whose largest component has 24 ({@link Real}). Run it with:
 *
 * <pre>{@code
 * mvn -B -q -pl prioritization-core,benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar KemenyBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class KemenyBenchmark {
  /** The voters of each impartial-culture profile. */
  static final int VOTERS = 1_001;
  /** The first seed tried. */
  static final long SEED = 20_261_201L;

  /** The tallies of 10 and 20 candidates. */
  @State(Scope.Benchmark)
  public static class Small {
    /** The number of candidates, all in one component. */
    @Param({"10", "20"})
    public int m;

    PairwiseTally<String> tally;

    /** Builds the tally; not measured. */
    @Setup(Level.Trial)
    public void setUp() {
      tally = oneComponent(m);
    }
  }

  /** The tally of 25 candidates. */
  @State(Scope.Benchmark)
  public static class Large {
    /** The number of candidates, all in one component. */
    @Param({"25"})
    public int m;

    PairwiseTally<String> tally;

    /** Builds the tally; not measured. */
    @Setup(Level.Trial)
    public void setUp() {
      tally = oneComponent(m);
    }
  }

  /**
   * A real election: PrefLib 00003-00000001 ("NASA Mariner Path Selection", 10 voters ranking 32
   * trajectories with ties, under unranked-below), whose majority graph has components of 1, 3,
   * 24, 3 and 1 candidates.
   */
  @State(Scope.Benchmark)
  public static class Real {
    /** The ten ballots of the PrefLib file, one voter each: tiers separated by commas, ties in braces. */
    static final List<String> BALLOTS = List.of(
      "23,25,22,27,21,5,2,19,13,26,7,31,24,1,30,12,18,28,8,9,29,16,32,14,15,10,4,3,17,6,11,20",
      "21,22,23,25,27,5,9,13,7,31,24,26,8,28,29,16,30,2,1,19,32,12,18,3,4,6,10,11,14,15,17,20",
      "22,25,27,23,21,5,7,30,31,32,17,29,28,13,1,8,{14,24},2,12,26,19,18,9,6,4,{3,16},15,11,10,20",
      "23,22,27,13,25,4,21,14,5,16,9,8,10,{3,17},30,20,11,28,7,31,26,24,{2,19},{15,29},{12,18},1,32,6",
      "32,31,{10,30},7,{13,25},{9,27},29,22,26,8,24,14,23,5,{12,18},4,{1,16,28},{2,19,21},{3,11,15,20},17,6",
      "20,4,23,5,3,27,22,{12,21,25},{7,11,13,24,30,31},1,6,{9,29},{2,14,17},32,{8,15,26},{10,28},19,18,16",
      "26,31,17,3,27,29,10,{7,14,15,18,22},{1,13},{8,12,19},{25,28,30},{2,11,32},9,{4,20,24},{5,21},23,16,6",
      "21,9,25,{2,10,18,19},27,{8,29},{5,14,15,28,31},{12,22,23,26},{7,16,30},{1,13,24,32},{3,4,17,20},11,6",
      "{5,22},{23,25,27},{3,4,17},{2,12,21,24,30},{7,8,9,13,26,28,29,31},{1,6,11,14,15,16,18,19,20,32},10",
      "24,{20,12,9},{1,2,16},11,{3,4,5,6,7,8,10,13,14,15,17,18,19,21,22,23,25,26,27,28,29,30,31,32}");

    PairwiseTally<Integer> tally;

    /** Builds the tally; not measured. */
    @Setup(Level.Trial)
    public void setUp() {
      List<Integer> candidates = new ArrayList<>();
      for (int c = 1; c <= 32; c++) {
        candidates.add(c);
      }
      RankedProfile.Builder<Integer> b = Profile.ranked(candidates);
      for (String line : BALLOTS) {
        List<List<Integer>> tiers = new ArrayList<>();
        for (String tier : line.split(",(?![^{]*})")) {
          List<Integer> t = new ArrayList<>();
          for (String c : tier.replace("{", "").replace("}", "").split(",")) {
            t.add(Integer.parseInt(c));
          }
          tiers.add(t);
        }
        b.add(RankedBallot.ofTiers(tiers), 1);
      }
      tally = PairwiseTally.of(b.build());
      System.out.println("fixture PrefLib 00003-00000001: components of " + tally.components().stream()
          .map(java.util.Set::size).toList() + " candidates");
    }
  }

  /** Returns an impartial-culture tally over m candidates whose majority graph is one component. */
  static PairwiseTally<String> oneComponent(int m) {
    List<String> candidates = SeededRandom.candidates(m);
    for (long seed = SEED; seed < SEED + 1_000; seed++) {
      RankedProfile<String> p = ImpartialCulture.of(candidates).generate(VOTERS, seed);
      PairwiseTally<String> t = PairwiseTally.of(p);
      if (t.components().size() == 1) {
        System.out.println("fixture m=" + m + ": seed " + seed + ", one component of " + m + " candidates");
        return t;
      }
    }
    throw new IllegalStateException("no seed gives one component of " + m + " candidates");
  }

  /**
   * Solves a tally of 10 or 20 candidates.
   *
   * @param s the tally
   * @return the solution, so that the work is not optimised away
   */
  @Benchmark
  public KemenyYoung.Solution<String> solve(Small s) {
    return KemenyYoung.rule().solve(s.tally);
  }

  /**
   * Solves the real election of 32 candidates (its largest component has 24).
   *
   * @param s the tally
   * @return the solution, so that the work is not optimised away
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.SECONDS)
  public KemenyYoung.Solution<Integer> solvePreflib(Real s) {
    return KemenyYoung.rule().solve(s.tally);
  }

  /**
   * Solves a tally of 25 candidates, one call per measurement.
   *
   * @param s the tally
   * @return the solution, so that the work is not optimised away
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public KemenyYoung.Solution<String> solveLarge(Large s) {
    return KemenyYoung.rule().solve(s.tally);
  }
}
