package dk.prioritization.benchmarks;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.generate.ImpartialCulture;
import dk.prioritization.core.pairwise.PairwiseRule;
import dk.prioritization.core.pairwise.PairwiseTally;
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
 * How do the pairwise count and the Condorcet and runoff rules scale with candidates and voters?
 *
 * <p>Fixtures: an impartial-culture profile (every voter an independent uniformly random strict
 * ranking; {@link ImpartialCulture}, seed 20261122) of {@link #m} candidates and {@link #n}
 * voters, and its {@link PairwiseTally}, built once per trial outside the measurement.
 *
 * <ul>
 *   <li>{@link #tally} counts the profile into a pairwise tally: O(n·m²).
 *   <li>{@link #schulze}, {@link #rankedPairsFixed}, {@link #splitCycle}, {@link #copeland} and
 *       {@link #minimax} rank the <em>given</em> tally ({@link PairwiseRule#rank(PairwiseTally)}),
 *       so they measure the rule alone: O(m³) for Schulze and Split Cycle, O(m²) for Copeland and
 *       Minimax, O(m² log m + m²·(m + edges)) for Ranked Pairs' locking.
 *   <li>{@link #instantRunoff} ranks the profile with instant runoff: each round one pass over
 *       the ballots.
 * </ul>
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PairwiseBenchmark
 * java -jar benchmarks/target/benchmarks.jar 'PairwiseBenchmark.schulze' -p m=1000 -p n=100
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class PairwiseBenchmark {
  /** The number of candidates. */
  @Param({"5", "10", "20", "50", "200", "1000"})
  public int m;

  /** The number of voters. */
  @Param({"100", "10000"})
  public int n;

  RankedProfile<String> profile;
  PairwiseTally<String> tally;
  PairwiseRule schulze;
  PairwiseRule rankedPairsFixed;
  PairwiseRule splitCycle;
  PairwiseRule copeland;
  PairwiseRule minimax;
  Rule instantRunoff;

  /** Builds the profile and its tally; not measured. */
  @Setup(Level.Trial)
  public void setUp() {
    profile = ImpartialCulture.of(SeededRandom.candidates(m)).generate(n, 20_261_122L);
    tally = PairwiseTally.of(profile);
    RuleRegistry rules = RuleRegistry.builtIn();
    schulze = (PairwiseRule) rules.get("schulze");
    rankedPairsFixed = (PairwiseRule) rules.get("ranked-pairs-tb");
    splitCycle = (PairwiseRule) rules.get("split-cycle");
    copeland = (PairwiseRule) rules.get("copeland");
    minimax = (PairwiseRule) rules.get("minimax");
    instantRunoff = rules.get("instant-runoff");
  }

  /**
   * Counts the profile into a pairwise tally.
   *
   * @return the tally
   */
  @Benchmark
  public PairwiseTally<String> tally() {
    return PairwiseTally.of(profile);
  }

  /**
   * Ranks the tally by Schulze's beat-path method.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<String> schulze() {
    return schulze.rank(tally);
  }

  /**
   * Ranks the tally by Ranked Pairs with a fixed tie-break order.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<String> rankedPairsFixed() {
    return rankedPairsFixed.rank(tally);
  }

  /**
   * Ranks the tally by Split Cycle.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<String> splitCycle() {
    return splitCycle.rank(tally);
  }

  /**
   * Ranks the tally by Copeland's method.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<String> copeland() {
    return copeland.rank(tally);
  }

  /**
   * Ranks the tally by Minimax.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<String> minimax() {
    return minimax.rank(tally);
  }

  /**
   * Ranks the profile by instant runoff.
   *
   * @return the result
   */
  @Benchmark
  public Result<String> instantRunoff() {
    return instantRunoff.rank(profile);
  }
}
