package dk.prioritization.benchmarks;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.generate.ImpartialCulture;
import dk.prioritization.core.pairwise.KemenyYoung;
import dk.prioritization.core.pairwise.PairwiseTally;
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
 * seconds a call) measures single calls. Run it with:
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
