package dk.prioritization.benchmarks;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.PositionalTally;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Do 10,000,000 ballots of 10 candidates fit in a profile within a 1 GB heap, and how fast does
 * the builder take them?
 *
 * <p>The target: 10,000,000 ballots of 10 candidates held in a profile within at most 1 GB
 * of heap. This is a plain program rather than a JMH benchmark, because the question is one
 * build's footprint, not a steady-state time. It adds 10,000,000 random strict rankings (uniform
 * random permutations from a fixed seed, one voter each) through the public builder; repeats
 * collapse into counts, so about 3.4 million of the 10! = 3,628,800 rankings are distinct. It
 * then reports:
 *
 * <ul>
 *   <li>the build throughput, in ballots per second (including making each {@link RankedBallot});
 *   <li>the retained heap of the built profile: heap in use after a full collection with the
 *       profile reachable, minus the same before building;
 *   <li>the peak live heap of the build: the most heap in use just after any collection during
 *       the build (what a collection could not free; the builder's arrays while they grow);
 *   <li>the time of one Borda tally of the result, as a check that the profile is usable.
 * </ul>
 *
 * <p>Run it under a 1 GB heap; it ends with an {@link OutOfMemoryError} if the profile does not
 * fit. Optional arguments: the number of ballots, and the seed.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Xms1g -Xmx1g -XX:+UseG1GC -cp benchmarks/target/benchmarks.jar \
 *     dk.prioritization.benchmarks.ProfileFootprint
 * }</pre>
 */
public final class ProfileFootprint {
  private static final int CANDIDATES = 10;
  private static final long MB = 1024L * 1024L;

  private ProfileFootprint() {}

  /**
   * Builds the profile and prints the measurements.
   *
   * @param args optionally the number of ballots (default 10,000,000) and the seed
   */
  public static void main(String[] args) {
    int ballots = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_261_122L;
    List<String> candidates = SeededRandom.candidates(CANDIDATES);
    SeededRandom random = new SeededRandom(seed);
    int[] scratch = new int[CANDIDATES];
    int[] order = new int[CANDIDATES];

    long before = usedAfterGc();
    AtomicLong peakLive = new AtomicLong();
    watchCollections(peakLive);
    long start = System.nanoTime();
    RankedProfile.Builder<String> builder = Profile.ranked(candidates);
    for (int i = 0; i < ballots; i++) {
      random.permutationPrefix(CANDIDATES, scratch, order);
      builder.add(RankedBallot.strict(SeededRandom.pick(candidates, order, CANDIDATES)), 1);
    }
    RankedProfile<String> profile = builder.build();
    long buildNanos = System.nanoTime() - start;
    builder = null; // only the profile stays reachable
    long after = usedAfterGc();
    long peak = peakLive.get();

    long tallyStart = System.nanoTime();
    PositionalTally<String> tally = Borda.standard().tally(profile);
    long tallyNanos = System.nanoTime() - tallyStart;

    long retained = after - before;
    long distinct = profile.distinctBallotCount();
    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.printf(Locale.ROOT, "JVM                 %s %s, max heap %d MB, %s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"), maxHeap / MB, gcNames());
    System.out.printf(Locale.ROOT, "profile             %s%n", profile);
    System.out.printf(Locale.ROOT, "build               %.2f s, %,.0f ballots/s%n",
        buildNanos / 1e9, ballots / (buildNanos / 1e9));
    System.out.printf(Locale.ROOT, "retained heap       %.1f MB (%.1f bytes per distinct ballot, %.1f per voter)%n",
        retained / (double) MB, retained / (double) distinct, retained / (double) ballots);
    System.out.printf(Locale.ROOT, "peak live heap      %.1f MB of %d MB (most in use after any collection)%n",
        peak / (double) MB, maxHeap / MB);
    System.out.printf(Locale.ROOT, "one Borda tally     %.1f ms (first call, not warmed up)%n", tallyNanos / 1e6);
    System.out.printf(Locale.ROOT, "Borda winner        %s%n", tally.ranking());
    // keep the profile reachable until here
    if (profile.voterCount() != ballots) {
      throw new IllegalStateException("expected " + ballots + " voters: " + profile);
    }
  }

  /** Returns the heap in use after full collections, once it stops shrinking. */
  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = rt.totalMemory() - rt.freeMemory();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  /** Records in {@code peak} the most heap in use after any collection from now on. */
  private static void watchCollections(AtomicLong peak) {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (MemoryUsage pool : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += pool.getUsed();
          }
          peak.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
  }

  private static String gcNames() {
    StringBuilder sb = new StringBuilder();
    ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> sb.append(sb.length() == 0 ? "" : ", ").append(gc.getName()));
    return sb.toString();
  }
}
