package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.internal.RankedData;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A profile of ranked ballots (weak orders, possibly truncated).
 *
 * <p>Inside, each distinct ballot is a run of dense candidate indices, best first, with a mark on
 * each index that is tied with the one before; a tier's candidates are kept in candidate order.
 * Build one with {@link Profile#ranked(List)}.
 *
 * @param <C> the candidate type
 */
public final class RankedProfile<C> extends Profile<C> {
  final RankedData data;

  private RankedProfile(BuilderSupport<C> s) {
    super(s.candidates, s.index);
    this.data = new RankedData(s.m(), s.table.counts(), s.table.offsets(), s.table.data());
  }

  @Override
  public BallotKind kind() {
    return BallotKind.RANKED;
  }

  @Override
  public long voterCount() {
    return data.voters;
  }

  @Override
  public int distinctBallotCount() {
    return data.size;
  }

  /**
   * Returns whether some ballot has a tie: a tier of two or more ranked candidates.
   *
   * @return whether some ballot has a tie
   */
  public boolean hasTies() {
    return data.anyTies;
  }

  /**
   * Returns whether some ballot leaves a candidate unranked.
   *
   * @return whether some ballot is truncated
   */
  public boolean isTruncated() {
    return data.anyTruncated;
  }

  /**
   * Returns whether every ballot ranks every candidate strictly (a profile of linear orders).
   *
   * @return whether the profile is complete and strict
   */
  public boolean isLinear() {
    return !data.anyTies && !data.anyTruncated;
  }

  @Override
  public List<Weighted<RankedBallot<C>>> ballots() {
    return new AbstractList<>() {
      @Override
      public Weighted<RankedBallot<C>> get(int b) {
        return new Weighted<>(ballot(b), data.counts[b]);
      }

      @Override
      public int size() {
        return data.size;
      }
    };
  }

  private RankedBallot<C> ballot(int b) {
    List<List<C>> tiers = new ArrayList<>();
    List<C> tier = null;
    for (int i = data.offsets[b]; i < data.offsets[b + 1]; i++) {
      int e = data.order[i];
      if (e >= 0 || tier == null) {
        tier = new ArrayList<>();
        tiers.add(tier);
      }
      tier.add(candidates.get(e & RankedData.CANDIDATE));
    }
    return RankedBallot.ofTiers(tiers);
  }

  @Override
  int[] limits() {
    return new int[0];
  }

  @Override
  int[] canonicalData() {
    return data.order;
  }

  @Override
  int[] canonicalOffsets() {
    return data.offsets;
  }

  @Override
  long[] canonicalCounts() {
    return data.counts;
  }

  /**
   * Builds a {@link RankedProfile}, checking every ballot and collecting every problem.
   *
   * <p>Not thread-safe. {@link #build()} throws one {@link ProfileException} with all problems
   * found: unknown candidates, a candidate ranked twice, empty tiers, non-positive counts, and an
   * empty profile.
   *
   * @param <C> the candidate type
   */
  public static final class Builder<C> {
    private final BuilderSupport<C> s;

    Builder(List<C> candidates) {
      this.s = new BuilderSupport<>(candidates);
    }

    /**
     * Adds one voter's ballot.
     *
     * @param ballot the ballot
     * @return this builder
     */
    public Builder<C> add(RankedBallot<? extends C> ballot) {
      return add(ballot, 1);
    }

    /**
     * Adds {@code count} voters casting the same ballot.
     *
     * @param ballot the ballot
     * @param count the number of voters; a non-positive count is reported by {@link #build()}
     * @return this builder
     */
    public Builder<C> add(RankedBallot<? extends C> ballot, long count) {
      requireNonNull(ballot, "ballot");
      int pos = s.next();
      boolean ok = s.checkCount(pos, count);
      int[] key = s.key;
      int length = 0;
      int tierNumber = 0;
      for (List<? extends C> tier : ballot.tiers()) {
        if (tier.isEmpty()) {
          s.problems.add(new ProfileProblem.EmptyTier(pos, tierNumber));
          ok = false;
        }
        int start = length;
        for (C c : tier) {
          int i = s.candidate(pos, c);
          if (i < 0) {
            ok = false;
          } else if (length < key.length) {
            key[length++] = i;
          }
        }
        if (length - start > 1) {
          Arrays.sort(key, start, length);
          for (int j = start + 1; j < length; j++) {
            key[j] |= RankedData.TIED;
          }
        }
        tierNumber++;
      }
      if (ok) {
        s.accept(length, count);
      }
      return this;
    }

    /**
     * Adds {@code count} voters casting a ballot given as storage entries: candidate indices,
     * best first, an entry with {@link RankedData#TIED} tied with the one before. Checked as
     * {@link #add(RankedBallot, long)} checks a ballot; for readers that already hold indices.
     */
    void addEntries(int[] entries, int length, long count) {
      int pos = s.next();
      boolean ok = s.checkCount(pos, count);
      int[] key = s.key;
      int start = 0;
      for (int k = 0; k < length; k++) {
        int e = entries[k];
        if (k > 0 && e >= 0) {
          ok &= sortTier(key, start, k);
          start = k;
        }
        int i = s.candidateIndex(pos, e & RankedData.CANDIDATE);
        if (i < 0) {
          ok = false;
        } else if (k < key.length) {
          key[k] = i;
        }
      }
      ok &= sortTier(key, start, length);
      if (ok) {
        s.accept(length, count);
      }
    }

    /** Puts the tier key[from, to) in canonical form: ascending, TIED bits after the first. */
    private static boolean sortTier(int[] key, int from, int to) {
      if (to > key.length) {
        return false; // more entries than candidates: a candidate twice, already reported
      }
      if (to - from > 1) {
        Arrays.sort(key, from, to);
        for (int j = from + 1; j < to; j++) {
          key[j] |= RankedData.TIED;
        }
      }
      return true;
    }

    /**
     * Adds {@code count} voters ranking {@code order} strictly, best first.
     *
     * @param count the number of voters
     * @param order the ranked candidates, best first
     * @return this builder
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    public final Builder<C> add(long count, C... order) {
      return add(RankedBallot.strict(ApprovalBallot.copy(order)), count);
    }

    /**
     * Adds every ballot, each with count one.
     *
     * @param ballots the ballots
     * @return this builder
     */
    public Builder<C> addAll(Iterable<? extends RankedBallot<? extends C>> ballots) {
      for (RankedBallot<? extends C> b : ballots) {
        add(b, 1);
      }
      return this;
    }

    /**
     * Adds every weighted ballot.
     *
     * @param ballots the ballots with their counts
     * @return this builder
     */
    public Builder<C> addAllWeighted(Iterable<? extends Weighted<? extends RankedBallot<? extends C>>> ballots) {
      for (Weighted<? extends RankedBallot<? extends C>> w : ballots) {
        add(w.ballot(), w.count());
      }
      return this;
    }

    /**
     * Returns the profile.
     *
     * @return the profile
     * @throws ProfileException with every problem found, if there was any
     */
    public RankedProfile<C> build() {
      s.check();
      return new RankedProfile<>(s);
    }
  }
}
