package dk.prioritization.core.internal;

/**
 * The dense storage of an approval profile: distinct ballots as sorted candidate indices.
 *
 * <p>Ballot {@code b} approves {@code members[offsets[b] .. offsets[b+1])}, in ascending order.
 */
public final class ApprovalData {
  /** The number of candidates. */
  public final int m;
  /** The number of distinct ballots. */
  public final int size;
  /** The voters casting each distinct ballot. */
  public final long[] counts;
  /** Where each ballot starts in {@link #members}; {@code size + 1} entries. */
  public final int[] offsets;
  /** The approved candidates of all ballots. */
  public final int[] members;
  /** The total number of voters. */
  public final long voters;

  /**
   * Creates the storage; the arrays are taken, not copied.
   *
   * @param m the number of candidates
   * @param counts the counts
   * @param offsets the offsets
   * @param members the approved candidates
   */
  public ApprovalData(int m, long[] counts, int[] offsets, int[] members) {
    this.m = m;
    this.size = counts.length;
    this.counts = counts;
    this.offsets = offsets;
    this.members = members;
    long v = 0;
    for (long c : counts) {
      v = Math.addExact(v, c);
    }
    this.voters = v;
  }
}
