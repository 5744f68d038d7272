package dk.prioritization.benchmarks;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Result;
import dk.prioritization.core.positional.Borda;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What does the first {@code rank} of a fresh profile of a million distinct ballots cost, audit
 * fingerprint included?
 *
 * <p>A {@link Result} carries the profile's SHA-256 fingerprint, which the profile computes once
 * (canonical ordering of its distinct ballots, then hashing them) and caches. This benchmark
 * measures that first call in single-shot mode on a freshly built profile each iteration: the
 * tally of {@link BordaTallyBenchmark} plus the fingerprint. Later calls on the same profile cost
 * only the tally.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FirstRankBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class FirstRankBenchmark {

  /** A fresh profile of 1,000,000 distinct complete strict rankings of 10 candidates. */
  @State(Scope.Thread)
  public static class Fresh {
    RankedProfile<String> profile;
    long seed = BordaTallyBenchmark.SEED;

    /** Builds a new profile, so that its fingerprint is not cached yet; not measured. */
    @Setup(Level.Iteration)
    public void setUp() {
      profile = BordaTallyBenchmark.distinctRankings(
          BordaTallyBenchmark.CANDIDATES, BordaTallyBenchmark.CANDIDATES, BordaTallyBenchmark.DISTINCT, seed++);
    }
  }

  /**
   * Ranks the fresh profile with Borda: the tally and the profile fingerprint.
   *
   * @param state the fresh profile
   * @return the result
   */
  @Benchmark
  public Result<String> firstRank(Fresh state) {
    return Borda.standard().rank(state.profile);
  }
}
