package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.internal.ApprovalData;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * A profile of approval ballots, with an optional cap on how many candidates a ballot approves.
 *
 * <p>Build one with {@link Profile#approval(List)}:
 *
 * <pre>{@code
 * ApprovalProfile<String> p = Profile.approval(tasks).cap(5)
 *     .add(ApprovalBallot.of("T1", "T4", "T7"))
 *     .build();
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class ApprovalProfile<C> extends Profile<C> {
  final ApprovalData data;
  private final int cap;

  private ApprovalProfile(BuilderSupport<C> s, int cap) {
    super(s.candidates, s.index);
    this.data = new ApprovalData(s.m(), s.table.counts(), s.table.offsets(), s.table.data());
    this.cap = cap;
  }

  @Override
  public BallotKind kind() {
    return BallotKind.APPROVAL;
  }

  /**
   * Returns the cap on approvals per ballot, if one was declared.
   *
   * @return the cap, or empty if a ballot may approve any number
   */
  public OptionalInt cap() {
    return cap < 0 ? OptionalInt.empty() : OptionalInt.of(cap);
  }

  @Override
  public long voterCount() {
    return data.voters;
  }

  @Override
  public int distinctBallotCount() {
    return data.size;
  }

  @Override
  public List<Weighted<ApprovalBallot<C>>> ballots() {
    return new AbstractList<>() {
      @Override
      public Weighted<ApprovalBallot<C>> get(int b) {
        ImmutableList.Builder<C> approved = ImmutableList.builder();
        for (int i = data.offsets[b]; i < data.offsets[b + 1]; i++) {
          approved.add(candidates.get(data.members[i]));
        }
        return new Weighted<>(new ApprovalBallot<>(approved.build()), data.counts[b]);
      }

      @Override
      public int size() {
        return data.size;
      }
    };
  }

  @Override
  int[] limits() {
    return new int[] {cap};
  }

  @Override
  int[] canonicalData() {
    return data.members;
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
   * Builds an {@link ApprovalProfile}, checking every ballot and collecting every problem.
   *
   * <p>Not thread-safe. {@link #build()} throws one {@link ProfileException} with all problems
   * found: unknown candidates, a candidate approved twice, a ballot over the cap, non-positive
   * counts, and an empty profile.
   *
   * @param <C> the candidate type
   */
  public static final class Builder<C> {
    private final BuilderSupport<C> s;
    private int cap = -1;
    private boolean added;

    Builder(List<C> candidates) {
      this.s = new BuilderSupport<>(candidates);
    }

    /**
     * Declares that a ballot may approve at most {@code cap} candidates; call before adding.
     *
     * @param cap the cap, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code cap} is not positive
     * @throws IllegalStateException if ballots were already added
     */
    public Builder<C> cap(int cap) {
      checkArgument(cap > 0, "cap must be positive but was: %s", cap);
      if (added) {
        throw new IllegalStateException("declare the cap before adding ballots");
      }
      this.cap = cap;
      return this;
    }

    /**
     * Adds one voter's ballot.
     *
     * @param ballot the ballot
     * @return this builder
     */
    public Builder<C> add(ApprovalBallot<? extends C> ballot) {
      return add(ballot, 1);
    }

    /**
     * Adds {@code count} voters casting the same ballot.
     *
     * @param ballot the ballot
     * @param count the number of voters; a non-positive count is reported by {@link #build()}
     * @return this builder
     */
    public Builder<C> add(ApprovalBallot<? extends C> ballot, long count) {
      requireNonNull(ballot, "ballot");
      added = true;
      int pos = s.next();
      boolean ok = s.checkCount(pos, count);
      int[] key = s.key;
      int length = 0;
      for (C c : ballot.approved()) {
        int i = s.candidate(pos, c);
        if (i < 0) {
          ok = false;
        } else {
          key[length++] = i;
        }
      }
      if (cap >= 0 && ballot.approved().size() > cap) {
        s.problems.add(new ProfileProblem.OverApprovalCap(pos, ballot.approved().size(), cap));
        ok = false;
      }
      if (ok) {
        Arrays.sort(key, 0, length);
        s.accept(length, count);
      }
      return this;
    }

    /**
     * Adds {@code count} voters approving {@code approved}.
     *
     * @param count the number of voters
     * @param approved the approved candidates
     * @return this builder
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    public final Builder<C> add(long count, C... approved) {
      return add(new ApprovalBallot<>(ApprovalBallot.copy(approved)), count);
    }

    /**
     * Adds every ballot, each with count one.
     *
     * @param ballots the ballots
     * @return this builder
     */
    public Builder<C> addAll(Iterable<? extends ApprovalBallot<? extends C>> ballots) {
      for (ApprovalBallot<? extends C> b : ballots) {
        add(b, 1);
      }
      return this;
    }

    /**
     * Returns the profile.
     *
     * @return the profile
     * @throws ProfileException with every problem found, if there was any
     */
    public ApprovalProfile<C> build() {
      s.check();
      return new ApprovalProfile<>(s, cap);
    }
  }
}
