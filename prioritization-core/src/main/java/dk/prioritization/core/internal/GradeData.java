package dk.prioritization.core.internal;

/**
 * The dense storage of a score or cumulative profile: one integer per candidate per ballot.
 *
 * <p>Ballot {@code b} gives candidate {@code c} the value {@code values[b * m + c]}: a grade on a
 * score ballot, points on a cumulative one.
 */
public final class GradeData {
  /** The number of candidates. */
  public final int m;
  /** The number of distinct ballots. */
  public final int size;
  /** The voters casting each distinct ballot. */
  public final long[] counts;
  /** The values, {@code size * m} of them. */
  public final int[] values;
  /** The lowest value allowed. */
  public final int min;
  /** The highest value allowed (the budget for cumulative ballots). */
  public final int max;
  /** The total number of voters. */
  public final long voters;

  /**
   * Creates the storage; the arrays are taken, not copied.
   *
   * @param m the number of candidates
   * @param counts the counts
   * @param values the values
   * @param min the lowest value
   * @param max the highest value
   */
  public GradeData(int m, long[] counts, int[] values, int min, int max) {
    this.m = m;
    this.size = counts.length;
    this.counts = counts;
    this.values = values;
    this.min = min;
    this.max = max;
    long v = 0;
    for (long c : counts) {
      v = Math.addExact(v, c);
    }
    this.voters = v;
  }

  /** Returns the value ballot {@code b} gives candidate {@code c}. */
  public int value(int b, int c) {
    return values[b * m + c];
  }
}
