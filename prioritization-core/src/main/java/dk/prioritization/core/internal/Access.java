package dk.prioritization.core.internal;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.ScoreProfile;

/**
 * The bridge through which the rule packages read a profile's dense storage.
 *
 * <p>The storage is package-private to {@code dk.prioritization.core}; {@link Profile} installs
 * the one bridge when it is loaded. This package is not exported from the module.
 */
public final class Access {
  /** What the profile classes expose to the engine. */
  public interface Bridge {
    /** Returns the storage of a ranked profile. */
    RankedData ranked(RankedProfile<?> profile);

    /** Returns the storage of an approval profile. */
    ApprovalData approval(ApprovalProfile<?> profile);

    /** Returns the storage of a score profile. */
    GradeData grades(ScoreProfile<?> profile);

    /** Returns the storage of a cumulative profile. */
    GradeData points(CumulativeProfile<?> profile);

    /** Adds a ballot given as storage entries to a ranked profile's builder. */
    void addEntries(RankedProfile.Builder<?> builder, int[] entries, int length, long count);
  }

  private static volatile Bridge bridge;

  private Access() {}

  /**
   * Installs the bridge; only the profile classes call this, once.
   *
   * @param b the bridge
   */
  public static void install(Bridge b) {
    if (bridge != null) {
      throw new IllegalStateException("the profile bridge is already installed");
    }
    bridge = b;
  }

  private static Bridge bridge() {
    Bridge b = bridge;
    if (b == null) {
      try {
        Class.forName(Profile.class.getName(), true, Profile.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      b = bridge;
    }
    return b;
  }

  /** Returns the storage of a ranked profile. */
  public static RankedData ranked(RankedProfile<?> profile) {
    return bridge().ranked(profile);
  }

  /** Returns the storage of an approval profile. */
  public static ApprovalData approval(ApprovalProfile<?> profile) {
    return bridge().approval(profile);
  }

  /** Returns the storage of a score profile. */
  public static GradeData grades(ScoreProfile<?> profile) {
    return bridge().grades(profile);
  }

  /** Returns the storage of a cumulative profile. */
  public static GradeData points(CumulativeProfile<?> profile) {
    return bridge().points(profile);
  }

  /**
   * Adds {@code count} voters casting a ballot given as storage entries (candidate indices, best
   * first, {@link RankedData#TIED} marking an entry tied with the one before) to {@code builder};
   * the builder checks it as it checks any ballot.
   */
  public static void addEntries(RankedProfile.Builder<?> builder, int[] entries, int length, long count) {
    bridge().addEntries(builder, entries, length, count);
  }
}
