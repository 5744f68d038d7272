package dk.prioritization.benchmarks;

import dk.prioritization.core.Profile;
import dk.prioritization.json.BallotStream;
import dk.prioritization.json.ReadLimits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many ballots per second does {@link BallotStream} read from a JSON Lines file, on one core?
 *
 * <p>The target: a 1,000,000-ballot JSON Lines profile of 10 candidates read at 1,000,000
 * ballots/s or more. The file is generated once per trial into a temporary file (not measured):
 * a header, then 1,000,000 lines, each a uniformly random complete strict ranking of the 10
 * candidates ({@code {"ranking": [[3], [7], ...]}}, no count), from a fixed seed. Almost every
 * line is a distinct ballot (there are 10! = 3,628,800), the worst case for the profile's memory.
 * {@link #candidates} picks integer candidates {@code 1..10} or string candidates
 * {@code "c1".."c10"}.
 *
 * <p>The score is in ballots per second (one operation is one ballot). The fork runs with a
 * 512 MiB heap; run with {@code -prof gc} to see the allocation rate, and with
 * {@code -jvmArgs -Xmx...} to find the smallest heap that reads the file:
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JsonLinesReadBenchmark -f 1 -wi 2 -i 3 -prof gc
 * }</pre>
 *
 * <p>Measured once on a 2-core virtual machine (JDK 17, {@code -f 1 -wi 2 -i 3}): integers
 * 1.05 million ballots/s (± 0.13), strings 0.98 million ballots/s (± 0.12); 741 bytes allocated
 * per ballot. The read succeeds with {@code -Xmx192m} and runs out of memory with
 * {@code -Xmx128m}: the heap holds the profile's million distinct ballots, not the 65 MB file.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class JsonLinesReadBenchmark {
  /** The number of ballot lines. */
  static final int BALLOTS = 1_000_000;
  /** The number of candidates. */
  static final int CANDIDATES = 10;
  /** The seed of the file. */
  static final long SEED = 20_261_122L;

  /** Integer candidates (1..10) or string candidates ("c1".."c10"). */
  @Param({"integers", "strings"})
  public String candidates;

  Path file;

  /** Writes the file; not measured. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("ballots", ".jsonl");
    boolean strings = candidates.equals("strings");
    SeededRandom random = new SeededRandom(SEED);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder header = new StringBuilder(
          "{\"format\": \"prioritization/1\", \"kind\": \"ballots\", \"ballotKind\": \"ranked\", \"candidates\": [");
      for (int c = 1; c <= CANDIDATES; c++) {
        header.append(c == 1 ? "" : ", ").append(name(c, strings));
      }
      w.write(header.append("]}\n").toString());
      int[] order = new int[CANDIDATES];
      StringBuilder line = new StringBuilder();
      for (int b = 0; b < BALLOTS; b++) {
        for (int i = 0; i < CANDIDATES; i++) {
          order[i] = i + 1;
        }
        for (int i = CANDIDATES - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
        line.setLength(0);
        line.append("{\"ranking\": [");
        for (int i = 0; i < CANDIDATES; i++) {
          line.append(i == 0 ? "[" : ", [").append(name(order[i], strings)).append(']');
        }
        w.write(line.append("]}\n").toString());
      }
    }
  }

  private static String name(int c, boolean strings) {
    return strings ? "\"c" + c + "\"" : Integer.toString(c);
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the whole file into a profile.
   *
   * @return the profile
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(BALLOTS)
  public Profile<?> read() throws IOException {
    return BallotStream.read(file, ReadLimits.defaults());
  }
}
