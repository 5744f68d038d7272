package dk.prioritization.core.internal;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, OOPSLA 2014; constants from Vigna's public
 * domain reference code), written out so that a seed gives the same numbers on every JVM.
 *
 * <p>{@code java.util.SplittableRandom} uses the same algorithm today, but its output is not
 * part of its specification; ours is part of this library's.
 */
public final class SplitMix64 {
  private long state;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** Returns the next 64 random bits. */
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns a uniform integer in {@code [0, bound)}, without modulo bias (Lemire's method).
   *
   * @param bound the exclusive upper bound, positive
   * @return the draw
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive but was: " + bound);
    }
    long threshold = ((1L << 32) - bound) % bound;
    while (true) {
      long r = nextLong() >>> 32;
      long product = r * bound;
      if ((product & 0xFFFFFFFFL) >= threshold) {
        return (int) (product >>> 32);
      }
    }
  }

  /** Returns a uniform double in {@code [0, 1)}. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }
}
