package dk.prioritization.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.ApprovalData;
import dk.prioritization.core.internal.BallotTable;
import dk.prioritization.core.internal.GradeData;
import dk.prioritization.core.internal.RankedData;
import dk.prioritization.core.internal.Sha256Writer;
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

      @Override
      public void addEntries(RankedProfile.Builder<?> builder, int[] entries, int length, long count) {
        builder.addEntries(entries, length, count);
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
   * <p>The fingerprint depends on the ballots and their counts, not on the order they were added
   * nor on how a count was split over several {@code add} calls, and it is the same on every JVM.
   * Computed once, in O(d·log d) for d distinct ballots.
   *
   * <p><b>The encoding</b> (version {@code prioritization/profile/1}; integers are little-endian,
   * a string is its UTF-8 byte length as a 4-byte integer followed by its bytes):
   * <ol>
   *   <li>the string {@code "prioritization/profile/1"}, then the ballot kind's
   *       {@linkplain BallotKind#id() id};
   *   <li>the number of declared limits (4 bytes) and each limit (4 bytes): none for ranked
   *       profiles; the cap (or -1) for approval; the scale's min, max, 1 or 0 for whether an
   *       ungraded grade is declared, and that grade (or 0) for score; the budget for cumulative;
   *   <li>the number of candidates and each candidate's {@code toString()}, in profile order;
   *   <li>the number of distinct ballots, then each ballot as its length (4 bytes), its integers
   *       (4 bytes each) and its count (8 bytes). A ranked ballot's integers are the candidate
   *       indices best first, a tier's candidates in ascending index, each but the first of a
   *       tier with bit 31 set; an approval ballot's are the approved indices ascending; a score
   *       or cumulative ballot's are one value per candidate.
   * </ol>
   * The ballots are written in canonical order: ascending by the high 32 bits, taken as a signed
   * integer, of the 64-bit order hash of their integers, then by their integers compared
   * lexicographically (a shorter prefix first). The order hash of integers x<sub>1</sub> ..
   * x<sub>k</sub> starts from {@code h = 0x9E3779B97F4A7C15 ^ k}, for each x does
   * {@code h = (h ^ x) * 0xBF58476D1CE4E5B9; h ^= h >>> 31}, and ends with SplitMix64's mixer
   * {@code h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9; h = (h ^ (h >>> 27)) * 0x94D049BB133111EB;
   * h ^= h >>> 31} (64-bit wrapping arithmetic, x sign-extended). The hash only fixes an order
   * cheaply; the digest covers every ballot in full.
   *
   * @return 64 hex digits
   */
  public final String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      Sha256Writer w = new Sha256Writer();
      w.putString(ENCODING).putString(kind().id());
      int[] limits = limits();
      w.putInt(limits.length);
      for (int l : limits) {
        w.putInt(l);
      }
      w.putInt(candidates.size());
      for (C c : candidates) {
        w.putString(String.valueOf(c));
      }
      int[] data = canonicalData();
      int[] offsets = canonicalOffsets();
      long[] counts = canonicalCounts();
      int[] order = canonicalOrder(data, offsets, counts.length);
      w.putInt(order.length);
      for (int id : order) {
        w.putInt(offsets[id + 1] - offsets[id]);
        for (int i = offsets[id]; i < offsets[id + 1]; i++) {
          w.putInt(data[i]);
        }
        w.putLong(counts[id]);
      }
      f = w.hex();
      fingerprint = f;
    }
    return f;
  }

  /** The ballot ids in canonical order: by the order hash's high half, then lexicographically. */
  private static int[] canonicalOrder(int[] data, int[] offsets, int n) {
    long[] keys = new long[n];
    for (int id = 0; id < n; id++) {
      long h = BallotTable.orderHash(data, offsets[id], offsets[id + 1] - offsets[id]);
      keys[id] = (h & 0xFFFFFFFF00000000L) | id;
    }
    Arrays.sort(keys);
    int[] order = new int[n];
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && (keys[j] >> 32) == (keys[i] >> 32)) {
        j++;
      }
      if (j - i == 1) {
        order[i] = (int) keys[i];
      } else {
        Integer[] run = new Integer[j - i];
        for (int r = i; r < j; r++) {
          run[r - i] = (int) keys[r];
        }
        Arrays.sort(run, (a, b) -> Arrays.compare(data, offsets[a], offsets[a + 1], data, offsets[b], offsets[b + 1]));
        for (int r = i; r < j; r++) {
          order[r] = run[r - i];
        }
      }
      i = j;
    }
    return order;
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
