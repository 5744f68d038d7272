package dk.prioritization.core.generate;

import dk.prioritization.core.Profile;

/**
 * A seeded random source of profiles: a statistical culture together with its parameters.
 *
 * <p>Every implementation in this package is an immutable, thread-safe value and is
 * <em>deterministic</em>: the same configuration, number of voters and seed give an
 * {@linkplain Profile#equals equal} profile, with the same {@linkplain Profile#fingerprint()
 * fingerprint} and the same ballots in the same order, on every JVM and in every run. All
 * randomness comes from a SplitMix64 generator started from the seed; nothing reads the clock or
 * {@code java.util.Random}. The exact sequence of draws is part of each class's documented
 * behaviour, so a published seed lets anyone repeat an experiment.
 *
 * <pre>{@code
 * ProfileGenerator<RankedProfile<String>> culture = Mallows.of(List.of("a", "b", "c"), 0.3);
 * for (long seed = 0; seed < 1000; seed++) {
 *   RankedProfile<String> profile = culture.generate(25, seed);
 *   ...
 * }
 * }</pre>
 *
 * @param <P> the kind of profile generated
 */
@FunctionalInterface
public interface ProfileGenerator<P extends Profile<?>> {

  /**
   * Draws a profile of {@code voters} voters.
   *
   * @param voters the number of voters, positive
   * @param seed the seed of the random draws
   * @return the profile, with as many distinct ballots as were drawn
   * @throws IllegalArgumentException if {@code voters} is not positive
   */
  P generate(long voters, long seed);
}
