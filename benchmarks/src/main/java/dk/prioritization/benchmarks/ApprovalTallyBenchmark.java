package dk.prioritization.benchmarks;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.approval.ApprovalTally;
import java.util.Arrays;
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
 * How long does one approval tally ({@link ApprovalTally#of}) of a million ballots take on one core?
 *
 * <p>Every voter approves a uniform number from 1 to 5 of the candidates (the profile declares a
 * cap of 5), chosen uniformly. A tally costs O(distinct ballots × approvals), so the two
 * {@link Shape}s bracket it:
 *
 * <ul>
 *   <li>{@link Shape#VOTERS_1M_OF_20}: 1,000,000 voters over 20 candidates. Only 21,699 ballots
 *       approving 1 to 5 of 20 exist, so the profile holds (almost surely all of) them with
 *       counts: the realistic case of a board choosing among 20 tasks.
 *   <li>{@link Shape#DISTINCT_1M_OF_100}: 1,000,000 <em>distinct</em> ballots over 100 candidates
 *       (a ballot drawn again is skipped), the worst case for the tally's one pass.
 * </ul>
 *
 * <p>The profiles are built once per trial through the public builder, outside the measurement.
 * Run it with:
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ApprovalTallyBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class ApprovalTallyBenchmark {
  /** The most candidates a ballot may approve. */
  static final int CAP = 5;
  /** The number of ballots drawn. */
  static final int BALLOTS = 1_000_000;
  /** The seed of the fixtures. */
  static final long SEED = 20_261_122L;

  /** The profile to count. */
  public enum Shape {
    /** 1,000,000 voters over 20 candidates; repeats add to counts (21,699 distinct). */
    VOTERS_1M_OF_20(20, false),
    /** 1,000,000 distinct ballots over 100 candidates. */
    DISTINCT_1M_OF_100(100, true);

    final int candidates;
    final boolean distinct;

    Shape(int candidates, boolean distinct) {
      this.candidates = candidates;
      this.distinct = distinct;
    }
  }

  /** The profile to count. */
  @Param
  public Shape shape;

  ApprovalProfile<String> profile;

  /** Builds the profile; not measured. */
  @Setup(Level.Trial)
  public void setUp() {
    int m = shape.candidates;
    List<String> candidates = SeededRandom.candidates(m);
    SeededRandom random = new SeededRandom(SEED);
    Set<Long> seen = new HashSet<>(BALLOTS * 2);
    ApprovalProfile.Builder<String> builder = Profile.approval(candidates).cap(CAP);
    int[] scratch = new int[m];
    int[][] subsets = new int[CAP + 1][];
    for (int k = 0; k <= CAP; k++) {
      subsets[k] = new int[k];
    }
    int added = 0;
    while (added < BALLOTS) {
      int size = 1 + random.nextInt(CAP);
      int[] approved = subsets[size];
      random.permutationPrefix(m, scratch, approved);
      if (shape.distinct && !seen.add(subsetKey(approved))) {
        continue;
      }
      builder.add(new ApprovalBallot<>(SeededRandom.pick(candidates, approved, size)), 1);
      added++;
    }
    profile = builder.build();
    System.out.println("fixture " + shape + ": " + profile.candidateCount() + " candidates, "
        + profile.voterCount() + " voters, " + profile.distinctBallotCount() + " distinct ballots");
    if (profile.voterCount() != BALLOTS || shape.distinct && profile.distinctBallotCount() != BALLOTS) {
      throw new IllegalStateException("unexpected profile: " + profile.voterCount() + " voters, "
          + profile.distinctBallotCount() + " distinct ballots");
    }
  }

  /**
   * Counts the profile.
   *
   * @return the tally, so that the work is not optimised away
   */
  @Benchmark
  public ApprovalTally<String> tally() {
    return ApprovalTally.of(profile);
  }

  /** A key equal for equal sets: the indices sorted, seven bits each (up to 128 candidates). */
  private static long subsetKey(int[] approved) {
    int[] sorted = approved.clone();
    Arrays.sort(sorted);
    long key = 0;
    for (int i : sorted) {
      key = (key << 7) | (i + 1);
    }
    return key;
  }
}
