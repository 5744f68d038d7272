package dk.prioritization.benchmarks;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.PositionalTally;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * How long does one Borda tally of a million distinct ballots take on one core?
 *
 * <p>The target: a Borda tally over 1,000,000 <em>distinct</em> strict ballots of 10
 * candidates in at most 30 ms. Distinct ballots are the worst case, since a profile stores each
 * distinct ballot once and a tally costs O(distinct ballots × candidates), whatever the counts.
 *
 * <ul>
 *   <li>{@link #tally} counts 1,000,000 distinct complete strict rankings of 10 candidates (random
 *       permutations from a fixed seed, repeats skipped; there are 10! = 3,628,800) with each
 *       {@link Borda.Variant} in {@link Complete#variant}: {@code STANDARD} is Borda's own count,
 *       {@code SYMMETRIC} the same pass plus a rescaling.
 *   <li>{@link #truncatedSymmetric} counts 1,000,000 distinct <em>truncated</em> strict rankings
 *       (each ranks a uniform 1..10 of the 10 candidates; short lengths saturate and are redrawn)
 *       with {@link Borda#symmetric()}, which takes the engine's general path (tiers, unranked
 *       candidates, checked arithmetic). {@code STANDARD} refuses such ballots.
 * </ul>
 *
 * <p>The profiles are built once per trial through the public builder, outside the measurement.
 * Run it with:
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar BordaTallyBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BordaTallyBenchmark {
  /** The number of candidates. */
  static final int CANDIDATES = 10;
  /** The number of distinct ballots in each profile. */
  static final int DISTINCT = 1_000_000;
  /** The seed of the fixtures. */
  static final long SEED = 20_261_122L;

  /** A profile of distinct complete strict rankings, and the variant to count it with. */
  @State(Scope.Benchmark)
  public static class Complete {
    /** The Borda variant to count with. */
    @Param({"STANDARD", "SYMMETRIC"})
    public Borda.Variant variant;

    RankedProfile<String> profile;
    Borda rule;

    /** Builds the profile; not measured. */
    @Setup(Level.Trial)
    public void setUp() {
      profile = distinctRankings(CANDIDATES, CANDIDATES, DISTINCT, SEED);
      if (!profile.isLinear()) {
        throw new IllegalStateException("expected complete strict rankings: " + profile);
      }
      rule = Borda.of(variant);
    }
  }

  /** A profile of distinct truncated strict rankings. */
  @State(Scope.Benchmark)
  public static class Truncated {
    RankedProfile<String> profile;

    /** Builds the profile; not measured. */
    @Setup(Level.Trial)
    public void setUp() {
      profile = distinctRankings(CANDIDATES, 1, DISTINCT, SEED + 1);
      if (!profile.isTruncated()) {
        throw new IllegalStateException("expected truncated rankings: " + profile);
      }
    }
  }

  /**
   * Counts the complete profile.
   *
   * @param state the profile and the variant
   * @return the tally, so that the work is not optimised away
   */
  @Benchmark
  public PositionalTally<String> tally(Complete state) {
    return state.rule.tally(state.profile);
  }

  /**
   * Counts the truncated profile with symmetric Borda.
   *
   * @param state the profile
   * @return the tally, so that the work is not optimised away
   */
  @Benchmark
  public PositionalTally<String> truncatedSymmetric(Truncated state) {
    return Borda.symmetric().tally(state.profile);
  }

  /**
   * Builds a profile of {@code distinct} distinct strict rankings of {@code m} candidates, each
   * ranking a uniform number in {@code [minLength, m]} of them, one voter each; a ranking drawn
   * again is skipped.
   */
  static RankedProfile<String> distinctRankings(int m, int minLength, int distinct, long seed) {
    List<String> candidates = SeededRandom.candidates(m);
    SeededRandom random = new SeededRandom(seed);
    Set<Long> seen = new HashSet<>(distinct * 2);
    RankedProfile.Builder<String> builder = Profile.ranked(candidates);
    int[] scratch = new int[m];
    int[][] prefixes = new int[m + 1][];
    for (int k = 0; k <= m; k++) {
      prefixes[k] = new int[k];
    }
    while (seen.size() < distinct) {
      int length = minLength + random.nextInt(m - minLength + 1);
      int[] order = prefixes[length];
      random.permutationPrefix(m, scratch, order);
      if (seen.add(SeededRandom.pack(order, length))) {
        builder.add(RankedBallot.strict(SeededRandom.pick(candidates, order, length)), 1);
      }
    }
    RankedProfile<String> profile = builder.build();
    System.out.println("fixture: " + m + " candidates, ranking " + minLength + " to " + m + ", "
        + profile.voterCount() + " voters, " + profile.distinctBallotCount() + " distinct ballots");
    if (profile.distinctBallotCount() != distinct) {
      throw new IllegalStateException("expected " + distinct + " distinct ballots: " + profile);
    }
    return profile;
  }
}
