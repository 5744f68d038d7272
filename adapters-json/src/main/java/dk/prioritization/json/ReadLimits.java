package dk.prioritization.json;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits on what a {@link BallotStream} reads, so that oversized input is rejected with a clear
 * error instead of exhausting memory.
 *
 * <p>Memory while reading grows with the number of <em>distinct</em> ballots (a profile keeps
 * each once, with its count), not with the number of lines; the limits bound the input itself.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxBallots(20_000_000).withMaxBytes(2L << 30);
 * }</pre>
 *
 * @param maxBytes the most bytes the input may have
 * @param maxBallots the most ballot lines (not voters: a line with a count is one ballot line)
 * @param maxCandidates the most candidates a header may declare
 * @param maxLineLength the most bytes of one line, its line break excluded
 * @param maxProblems after this many problems reading stops and reports those found
 */
public record ReadLimits(long maxBytes, long maxBallots, int maxCandidates, int maxLineLength, int maxProblems) {

  /** The default limits; see {@link #defaults()}. */
  private static final ReadLimits DEFAULTS = new ReadLimits(8L << 30, 100_000_000L, 10_000, 1 << 20, 100);

  /**
   * Creates limits.
   *
   * @param maxBytes the most bytes, positive
   * @param maxBallots the most ballot lines, positive
   * @param maxCandidates the most candidates, positive
   * @param maxLineLength the most bytes of a line, positive
   * @param maxProblems the most problems reported, positive
   */
  public ReadLimits {
    checkArgument(maxBytes > 0, "maxBytes must be positive but was: %s", maxBytes);
    checkArgument(maxBallots > 0, "maxBallots must be positive but was: %s", maxBallots);
    checkArgument(maxCandidates > 0, "maxCandidates must be positive but was: %s", maxCandidates);
    checkArgument(maxLineLength > 0, "maxLineLength must be positive but was: %s", maxLineLength);
    checkArgument(maxProblems > 0, "maxProblems must be positive but was: %s", maxProblems);
  }

  /**
   * Returns the default limits: 8 GiB, 100,000,000 ballot lines, 10,000 candidates, lines of at
   * most 1 MiB, and 100 problems.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another byte limit.
   *
   * @param maxBytes the most bytes
   * @return the new limits
   */
  public ReadLimits withMaxBytes(long maxBytes) {
    return new ReadLimits(maxBytes, maxBallots, maxCandidates, maxLineLength, maxProblems);
  }

  /**
   * Returns these limits with another ballot limit.
   *
   * @param maxBallots the most ballot lines
   * @return the new limits
   */
  public ReadLimits withMaxBallots(long maxBallots) {
    return new ReadLimits(maxBytes, maxBallots, maxCandidates, maxLineLength, maxProblems);
  }

  /**
   * Returns these limits with another candidate limit.
   *
   * @param maxCandidates the most candidates
   * @return the new limits
   */
  public ReadLimits withMaxCandidates(int maxCandidates) {
    return new ReadLimits(maxBytes, maxBallots, maxCandidates, maxLineLength, maxProblems);
  }

  /**
   * Returns these limits with another line length limit.
   *
   * @param maxLineLength the most bytes of a line
   * @return the new limits
   */
  public ReadLimits withMaxLineLength(int maxLineLength) {
    return new ReadLimits(maxBytes, maxBallots, maxCandidates, maxLineLength, maxProblems);
  }

  /**
   * Returns these limits with another problem limit.
   *
   * @param maxProblems the most problems reported
   * @return the new limits
   */
  public ReadLimits withMaxProblems(int maxProblems) {
    return new ReadLimits(maxBytes, maxBallots, maxCandidates, maxLineLength, maxProblems);
  }
}
