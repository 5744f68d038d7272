package dk.prioritization.core.generate;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The seeded random profiles the property tests run on: each seed picks a culture, its size and
 * its untidiness by simple arithmetic, so the sample's origin text says how to draw it again.
 */
public final class SeededProfiles {
  /** How many seeds the seeded property tests run. */
  public static final int SEEDS = 200;

  private SeededProfiles() {}

  /** The seeds 0..{@link #SEEDS}-1, for {@code @MethodSource}. */
  public static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  /** The candidates a, b, c, ... of a profile with {@code m} candidates. */
  public static List<String> candidates(int m) {
    return List.of("a", "b", "c", "d", "e", "f", "g", "h").subList(0, m);
  }

  /**
   * The culture of a seed: impartial culture, Mallows (φ = 0.6) or the urn (α = 0.5) in turn, over
   * 3, 4 or 5 candidates.
   */
  public static ProfileGenerator<RankedProfile<String>> culture(long seed, double truncation, double ties) {
    List<String> candidates = candidates(3 + (int) (seed / 9 % 3));
    switch ((int) (seed % 3)) {
      case 0:
        return ImpartialCulture.of(candidates).withTruncation(truncation).withTies(ties);
      case 1:
        return Mallows.of(candidates, 0.6).withTruncation(truncation).withTies(ties);
      default:
        return PolyaUrn.of(candidates, 0.5).withTruncation(truncation).withTies(ties);
    }
  }

  /** The number of voters of a seed: 2 to 12. */
  public static long voters(long seed) {
    return 2 + seed % 11;
  }

  /**
   * The three ranked cultures of a seed, all over the same candidates: complete strict ballots;
   * truncated ballots (probability 0.4, no ties); and, by seed, truncation, ties or both
   * (probability 0.3 each).
   */
  public static List<ProfileGenerator<RankedProfile<String>>> rankedCultures(long seed) {
    int kind = (int) (seed / 3 % 3);
    return List.of(culture(seed, 0, 0), culture(seed, 0.4, 0),
        culture(seed, kind == 1 ? 0 : 0.3, kind == 0 ? 0 : 0.3));
  }

  /** The seed's profile from {@code culture}. */
  public static <P extends Profile<String>> Sample<P> first(ProfileGenerator<P> culture, long seed) {
    return draw(culture, voters(seed), seed);
  }

  /** A second, independent profile from {@code culture}, for properties of two profiles. */
  public static <P extends Profile<String>> Sample<P> second(ProfileGenerator<P> culture, long seed) {
    return draw(culture, voters(seed + 5), seed + 1_000_003);
  }

  /** The approval culture of a seed: p from 0.2 to 0.6, 3 to 6 candidates, every third with cap 2. */
  public static ProfileGenerator<ApprovalProfile<String>> approvalCulture(long seed) {
    ImpartialApproval<String> culture = ImpartialApproval.of(candidates(3 + (int) (seed % 4)), 0.2 + 0.1 * (seed / 4 % 5));
    if (seed % 3 == 2) {
      culture = culture.withCap(2);
    }
    return culture;
  }

  /** Draws and labels a sample so that its message says how to draw it again. */
  public static <P extends Profile<String>> Sample<P> draw(ProfileGenerator<P> culture,
      long voters, long seed) {
    return new Sample<>(culture + ".generate(" + voters + ", " + seed + ")", culture.generate(voters, seed));
  }
}
