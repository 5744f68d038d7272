package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A ballot together with the number of voters who cast it.
 *
 * @param ballot the ballot
 * @param count how many voters cast it, positive
 * @param <B> the ballot type
 */
public record Weighted<B>(B ballot, long count) {

  /**
   * Creates a weighted ballot.
   *
   * @param ballot the ballot
   * @param count how many voters cast it, positive
   */
  public Weighted {
    requireNonNull(ballot, "ballot");
    checkArgument(count > 0, "count must be positive but was: %s", count);
  }
}
