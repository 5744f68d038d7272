package dk.prioritization.core.generate;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.internal.BallotTable;
import dk.prioritization.core.internal.RankedData;
import dk.prioritization.core.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the ranked generators share: draw each voter's linear order from a culture, then truncate
 * it and merge positions into ties as configured, and count the distinct ballots.
 *
 * <p>Per voter the draws come in this order: the culture's draws; then, if the truncation
 * probability is positive, one {@code nextDouble()} and, if it falls below the probability, one
 * {@code nextInt(m)} for the kept length; then, if the ties probability is positive, one
 * {@code nextDouble()} for each adjacent pair of kept positions, top pair first. A probability of
 * zero takes no draws, so {@code withTruncation(0)} and {@code withTies(0)} change nothing.
 */
final class RankedSampler {
  private RankedSampler() {}

  /** A culture's per-call state: draws one voter's linear order at a time. */
  interface Culture {
    /**
     * Writes the next voter's linear order into {@code order}: every candidate index exactly once,
     * best first.
     */
    void draw(SplitMix64 random, int[] order);
  }

  /**
   * Draws {@code voters} ballots and returns them as a profile over {@code candidates}.
   *
   * @throws IllegalArgumentException if {@code voters} is not positive
   */
  static <C> RankedProfile<C> generate(List<C> candidates, double truncation, double ties, long voters,
      long seed, Culture culture) {
    Checks.voters(voters);
    SplitMix64 random = new SplitMix64(seed);
    int m = candidates.size();
    int[] order = new int[m];
    int[] key = new int[m];
    BallotTable table = new BallotTable();
    for (long v = 0; v < voters; v++) {
      culture.draw(random, order);
      int k = m;
      if (truncation > 0 && Draws.bernoulli(random, truncation)) {
        k = random.nextInt(m);
      }
      int start = 0;
      for (int i = 0; i <= k; i++) {
        boolean joined = i > 0 && i < k && ties > 0 && Draws.bernoulli(random, ties);
        if (!joined && i > start) {
          closeTier(key, start, i);
          start = i;
        }
        if (i < k) {
          key[i] = order[i];
        }
      }
      table.add(key, k, 1);
    }
    return build(candidates, table);
  }

  /** Sorts the tier {@code key[start..end)} and marks all but its first entry as tied. */
  private static void closeTier(int[] key, int start, int end) {
    if (end - start > 1) {
      Arrays.sort(key, start, end);
      for (int j = start + 1; j < end; j++) {
        key[j] |= RankedData.TIED;
      }
    }
  }

  private static <C> RankedProfile<C> build(List<C> candidates, BallotTable table) {
    int[] data = table.data();
    int[] offsets = table.offsets();
    long[] counts = table.counts();
    RankedProfile.Builder<C> builder = Profile.ranked(candidates);
    for (int b = 0; b < counts.length; b++) {
      List<List<C>> tiers = new ArrayList<>();
      List<C> tier = null;
      for (int i = offsets[b]; i < offsets[b + 1]; i++) {
        if (data[i] >= 0 || tier == null) {
          tier = new ArrayList<>();
          tiers.add(tier);
        }
        tier.add(candidates.get(data[i] & RankedData.CANDIDATE));
      }
      builder.add(RankedBallot.ofTiers(tiers), counts[b]);
    }
    return builder.build();
  }
}
