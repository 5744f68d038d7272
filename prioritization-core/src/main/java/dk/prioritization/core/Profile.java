package dk.prioritization.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.ApprovalData;
import dk.prioritization.core.internal.GradeData;
import dk.prioritization.core.internal.RankedData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable, anonymous profile: the distinct ballots of an election with how many voters cast
 * each, over a fixed, ordered list of candidates.
 *
 * <p>A million identical ballots cost one entry. The candidate order is part of the profile: it
 * is the order of every output, and the order that {@link TieBreaker#candidateOrder()} uses.
 * Candidates may be of any type with sound {@code equals} and {@code hashCode}; their
 * {@code toString()} names them in messages and in fingerprints, so two candidates must not share
 * one. Profiles are built by a builder that checks every ballot and reports every problem at once:
 *
 * <pre>{@code
 * RankedProfile<String> profile = Profile.ranked(List.of("Anna", "Bo", "Carl"))
 *     .add(RankedBallot.of("Anna", "Bo", "Carl"), 4)
 *     .add(RankedBallot.of("Bo", "Carl"), 3)          // truncated: Anna unranked
 *     .build();                                       // throws ProfileException listing all problems
 * }</pre>
 *
 * <p>There is one subclass per {@link BallotKind}. Two profiles are equal when they have the same
 * kind, declared limits, candidates in the same order, and the same ballots with the same counts,
 * in any order (compared by their {@linkplain #fingerprint() fingerprints}).
 *
 * @param <C> the candidate type
 */
public abstract sealed class Profile<C>
    permits RankedProfile, ApprovalProfile, ScoreProfile, CumulativeProfile {

  static {
    Access.install(new Access.Bridge() {
      @Override
      public RankedData ranked(RankedProfile<?> profile) {
        return profile.data;
      }

      @Override
      public ApprovalData approval(ApprovalProfile<?> profile) {
        return profile.data;
      }

      @Override
      public GradeData grades(ScoreProfile<?> profile) {
        return profile.data;
      }

      @Override
      public GradeData points(CumulativeProfile<?> profile) {
        return profile.data;
      }
    });
  }

  private static final String ENCODING = "prioritization/profile/1";

  final ImmutableList<C> candidates;
  final ImmutableMap<C, Integer> index;
  private volatile String fingerprint;

  Profile(ImmutableList<C> candidates, ImmutableMap<C, Integer> index) {
    this.candidates = candidates;
    this.index = index;
  }

  /**
   * Starts a profile of ranked ballots over {@code candidates}, in that order.
   *
   * @param candidates the candidates
   * @param <C> the candidate type
   * @return a builder
   */
  public static <C> RankedProfile.Builder<C> ranked(List<C> candidates) {
    return new RankedProfile.Builder<>(candidates);
  }

  /**
   * Starts a profile of approval ballots over {@code candidates}, in that order.
   *
   * @param candidates the candidates
   * @param <C> the candidate type
   * @return a builder
   */
  public static <C> ApprovalProfile.Builder<C> approval(List<C> candidates) {
    return new ApprovalProfile.Builder<>(candidates);
  }

  /**
   * Starts a profile of score ballots with integer grades from {@code min} to {@code max}.
   *
   * @param candidates the candidates
   * @param min the lowest grade
   * @param max the highest grade, at least {@code min}
   * @param <C> the candidate type
   * @return a builder
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static <C> ScoreProfile.Builder<C> scores(List<C> candidates, int min, int max) {
    return new ScoreProfile.Builder<>(candidates, min, max);
  }

  /**
   * Starts a profile of cumulative ballots, each spending at most {@code budget} points.
   *
   * @param candidates the candidates
   * @param budget the points each voter may spread, positive
   * @param <C> the candidate type
   * @return a builder
   * @throws IllegalArgumentException if {@code budget} is not positive
   */
  public static <C> CumulativeProfile.Builder<C> cumulative(List<C> candidates, int budget) {
    return new CumulativeProfile.Builder<>(candidates, budget);
  }

  /**
   * Returns the candidates, in the profile's order.
   *
   * @return the candidates
   */
  public final List<C> candidates() {
    return candidates;
  }

  /**
   * Returns the number of candidates.
   *
   * @return the number of candidates
   */
  public final int candidateCount() {
    return candidates.size();
  }

  /**
   * Returns the position of {@code candidate} in the candidate order.
   *
   * @param candidate a candidate of this profile
   * @return its position, from 0
   * @throws IllegalArgumentException if it is not a candidate of this profile
   */
  public final int indexOf(Object candidate) {
    Integer i = index.get(candidate);
    if (i == null) {
      throw new IllegalArgumentException("unknown candidate '" + candidate + "'; the candidates are " + candidates);
    }
    return i;
  }

  /**
   * Returns whether {@code candidate} is a candidate of this profile.
   *
   * @param candidate any object
   * @return whether it is one of {@link #candidates()}
   */
  public final boolean contains(Object candidate) {
    return index.containsKey(candidate);
  }

  /**
   * Returns the kind of ballots this profile holds.
   *
   * @return the ballot kind
   */
  public abstract BallotKind kind();

  /**
   * Returns the number of voters: the sum of all counts.
   *
   * @return the number of voters
   */
  public abstract long voterCount();

  /**
   * Returns the number of distinct ballots.
   *
   * @return the number of distinct ballots
   */
  public abstract int distinctBallotCount();

  /**
   * Returns the distinct ballots with their counts, in order of first appearance.
   *
   * <p>The list is a view that makes each ballot object when it is read.
   *
   * @return the weighted ballots
   */
  public abstract List<? extends Weighted<? extends Ballot<C>>> ballots();

  /**
   * Returns the SHA-256 fingerprint of this profile's canonical encoding, in lower-case hex.
   *
   * <p>The encoding holds the ballot kind, its declared limits, the candidates' {@code toString()}
   * in order, and the distinct ballots sorted canonically with their counts; so the fingerprint
   * does not depend on the order ballots were added, nor on the JVM. It is computed once.
   *
   * @return 64 hex digits
   */
  public final String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      Hasher h = Hashing.sha256().newHasher();
      putString(h, ENCODING);
      putString(h, kind().id());
      int[] limits = limits();
      h.putInt(limits.length);
      for (int l : limits) {
        h.putInt(l);
      }
      h.putInt(candidates.size());
      for (C c : candidates) {
        putString(h, String.valueOf(c));
      }
      int[] data = canonicalData();
      int[] offsets = canonicalOffsets();
      long[] counts = canonicalCounts();
      Integer[] ids = new Integer[counts.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = i;
      }
      Arrays.sort(ids, (a, b) -> Arrays.compare(data, offsets[a], offsets[a + 1], data, offsets[b], offsets[b + 1]));
      h.putInt(ids.length);
      for (int id : ids) {
        h.putInt(offsets[id + 1] - offsets[id]);
        for (int i = offsets[id]; i < offsets[id + 1]; i++) {
          h.putInt(data[i]);
        }
        h.putLong(counts[id]);
      }
      f = h.hash().toString();
      fingerprint = f;
    }
    return f;
  }

  static void putString(Hasher h, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    h.putInt(bytes.length).putBytes(bytes);
  }

  /** The declared limits that belong in the fingerprint (cap, scale, budget). */
  abstract int[] limits();

  /** The flat ballot encoding for the fingerprint. */
  abstract int[] canonicalData();

  abstract int[] canonicalOffsets();

  abstract long[] canonicalCounts();

  @Override
  public final boolean equals(Object o) {
    return o instanceof Profile<?> p
        && p.kind() == kind()
        && p.candidates.equals(candidates)
        && p.voterCount() == voterCount()
        && p.distinctBallotCount() == distinctBallotCount()
        && Arrays.equals(p.limits(), limits())
        && p.fingerprint().equals(fingerprint());
  }

  @Override
  public final int hashCode() {
    return fingerprint().hashCode();
  }

  /** Returns a short summary such as {@code "ranked profile: 3 candidates, 12 voters, 4 distinct ballots"}. */
  @Override
  public String toString() {
    return kind().id() + " profile: " + candidates.size() + " candidates " + candidates + ", "
        + voterCount() + " voters, " + distinctBallotCount() + " distinct ballots";
  }
}
