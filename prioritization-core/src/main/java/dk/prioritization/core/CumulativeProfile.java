package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.prioritization.core.internal.GradeData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A profile of cumulative ballots: each voter spreads at most a declared budget of points.
 *
 * <p>Build one with {@link Profile#cumulative(List, int)}. A candidate a ballot does not mention
 * gets no points from it; spending less than the budget is allowed.
 *
 * @param <C> the candidate type
 */
public final class CumulativeProfile<C> extends Profile<C> {
  final GradeData data;

  private CumulativeProfile(BuilderSupport<C> s, int budget) {
    super(s.candidates, s.index);
    this.data = GradeProfiles.data(s, 0, budget);
  }

  @Override
  public BallotKind kind() {
    return BallotKind.CUMULATIVE;
  }

  /**
   * Returns the points each voter may spread.
   *
   * @return the budget
   */
  public int budget() {
    return data.max;
  }

  @Override
  public long voterCount() {
    return data.voters;
  }

  @Override
  public int distinctBallotCount() {
    return data.size;
  }

  /** Returns the ballots; each map leaves out the candidates given no points. */
  @Override
  public List<Weighted<CumulativeBallot<C>>> ballots() {
    return GradeProfiles.ballots(data, candidates, 0, CumulativeBallot::new);
  }

  @Override
  int[] limits() {
    return new int[] {data.max};
  }

  @Override
  int[] canonicalData() {
    return data.values;
  }

  @Override
  int[] canonicalOffsets() {
    return GradeProfiles.offsets(data);
  }

  @Override
  long[] canonicalCounts() {
    return data.counts;
  }

  /**
   * Builds a {@link CumulativeProfile}, checking every ballot and collecting every problem.
   *
   * <p>Not thread-safe. {@link #build()} throws one {@link ProfileException} with all problems
   * found: unknown candidates, negative points, a ballot over the budget, non-positive counts,
   * and an empty profile.
   *
   * @param <C> the candidate type
   */
  public static final class Builder<C> {
    private final BuilderSupport<C> s;
    private final int budget;

    Builder(List<C> candidates, int budget) {
      checkArgument(budget > 0, "budget must be positive but was: %s", budget);
      this.s = new BuilderSupport<>(candidates);
      this.budget = budget;
    }

    /**
     * Adds one voter's ballot.
     *
     * @param ballot the ballot
     * @return this builder
     */
    public Builder<C> add(CumulativeBallot<? extends C> ballot) {
      return add(ballot, 1);
    }

    /**
     * Adds {@code count} voters casting the same ballot.
     *
     * @param ballot the ballot
     * @param count the number of voters; a non-positive count is reported by {@link #build()}
     * @return this builder
     */
    public Builder<C> add(CumulativeBallot<? extends C> ballot, long count) {
      requireNonNull(ballot, "ballot");
      int pos = s.next();
      boolean ok = s.checkCount(pos, count);
      int[] key = s.key;
      Arrays.fill(key, 0, s.m(), 0);
      long spent = 0;
      for (Map.Entry<? extends C, Integer> e : ballot.points().entrySet()) {
        int c = s.candidate(pos, e.getKey());
        int points = e.getValue();
        if (c < 0) {
          ok = false;
          continue;
        }
        if (points < 0) {
          s.problems.add(new ProfileProblem.NegativePoints(pos, String.valueOf(e.getKey()), points));
          ok = false;
          continue;
        }
        spent += points;
        key[c] = points;
      }
      if (spent > budget) {
        s.problems.add(new ProfileProblem.OverBudget(pos, spent, budget));
        ok = false;
      }
      if (ok) {
        s.accept(s.m(), count);
      }
      return this;
    }

    /**
     * Adds every ballot, each with count one.
     *
     * @param ballots the ballots
     * @return this builder
     */
    public Builder<C> addAll(Iterable<? extends CumulativeBallot<? extends C>> ballots) {
      for (CumulativeBallot<? extends C> b : ballots) {
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
    public CumulativeProfile<C> build() {
      s.check();
      return new CumulativeProfile<>(s, budget);
    }
  }
}
