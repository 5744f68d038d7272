package dk.prioritization.core.internal;

/**
 * The dense storage of a ranked profile: distinct ballots as flat candidate indices.
 *
 * <p>Ballot {@code b} occupies {@code order[offsets[b] .. offsets[b+1])}, best first. An entry
 * with the {@link #TIED} bit set is tied with the entry before it; an entry without it starts a
 * new tier. A profile without ties has no {@code TIED} bits, so its entries are plain indices.
 * Candidates not in a ballot are unranked.
 */
public final class RankedData {
  /** The bit marking an entry tied with the previous entry of the same ballot. */
  public static final int TIED = 1 << 31;
  /** The mask that takes the candidate index out of an entry. */
  public static final int CANDIDATE = ~TIED;

  /** The number of candidates. */
  public final int m;
  /** The number of distinct ballots. */
  public final int size;
  /** The voters casting each distinct ballot. */
  public final long[] counts;
  /** Where each ballot starts in {@link #order}; {@code size + 1} entries. */
  public final int[] offsets;
  /** The ranked candidates of all ballots, with {@link #TIED} bits. */
  public final int[] order;
  /** The total number of voters. */
  public final long voters;
  /** Whether some ballot has a tier of two or more candidates. */
  public final boolean anyTies;
  /** Whether some ballot leaves a candidate unranked. */
  public final boolean anyTruncated;

  /**
   * Creates the storage; the arrays are taken, not copied.
   *
   * @param m the number of candidates
   * @param counts the counts
   * @param offsets the offsets
   * @param order the entries
   */
  public RankedData(int m, long[] counts, int[] offsets, int[] order) {
    this.m = m;
    this.size = counts.length;
    this.counts = counts;
    this.offsets = offsets;
    this.order = order;
    long v = 0;
    boolean truncated = false;
    for (int b = 0; b < size; b++) {
      v = Math.addExact(v, counts[b]);
      truncated |= offsets[b + 1] - offsets[b] < m;
    }
    boolean ties = false;
    for (int e : order) {
      if (e < 0) {
        ties = true;
        break;
      }
    }
    this.voters = v;
    this.anyTies = ties;
    this.anyTruncated = truncated;
  }

  /** Returns whether ballot {@code b} has a tie among its ranked candidates. */
  public boolean hasTie(int b) {
    for (int i = offsets[b] + 1; i < offsets[b + 1]; i++) {
      if (order[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
