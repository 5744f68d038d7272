package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.prioritization.core.internal.GradeData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A profile of score ballots: an integer grade for every candidate on a declared scale.
 *
 * <p>Build one with {@link Profile#scores(List, int, int)}; by default every ballot must grade
 * every candidate, and {@link Builder#ungradedAs(int)} declares a grade for those left out.
 *
 * <pre>{@code
 * ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 5)
 *     .add(ScoreBallot.of(Map.of("A", 5, "B", 3, "C", 0)), 2)
 *     .build();
 * }</pre>
 *
 * @param <C> the candidate type
 */
public final class ScoreProfile<C> extends Profile<C> {
  final GradeData data;
  private final int ungraded;
  private final boolean ungradedAllowed;

  private ScoreProfile(BuilderSupport<C> s, int min, int max, boolean ungradedAllowed, int ungraded) {
    super(s.candidates, s.index);
    this.data = GradeProfiles.data(s, min, max);
    this.ungradedAllowed = ungradedAllowed;
    this.ungraded = ungraded;
  }

  @Override
  public BallotKind kind() {
    return BallotKind.SCORE;
  }

  /**
   * Returns the lowest grade of the scale.
   *
   * @return the lowest grade
   */
  public int minGrade() {
    return data.min;
  }

  /**
   * Returns the highest grade of the scale.
   *
   * @return the highest grade
   */
  public int maxGrade() {
    return data.max;
  }

  /**
   * Returns the grade given to candidates a ballot leaves out, if the profile declared one.
   *
   * @return the grade for ungraded candidates, or empty if every ballot had to grade everyone
   */
  public OptionalInt ungradedAs() {
    return ungradedAllowed ? OptionalInt.of(ungraded) : OptionalInt.empty();
  }

  @Override
  public long voterCount() {
    return data.voters;
  }

  @Override
  public int distinctBallotCount() {
    return data.size;
  }

  /** Returns the ballots; each grades every candidate, with declared ungraded grades filled in. */
  @Override
  public List<Weighted<ScoreBallot<C>>> ballots() {
    return GradeProfiles.ballots(data, candidates, null, ScoreBallot::new);
  }

  @Override
  int[] limits() {
    return new int[] {data.min, data.max, ungradedAllowed ? 1 : 0, ungraded};
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
   * Builds a {@link ScoreProfile}, checking every ballot and collecting every problem.
   *
   * <p>Not thread-safe. {@link #build()} throws one {@link ProfileException} with all problems
   * found: unknown candidates, grades off the scale, ungraded candidates (unless declared),
   * non-positive counts, and an empty profile.
   *
   * @param <C> the candidate type
   */
  public static final class Builder<C> {
    private final BuilderSupport<C> s;
    private final int min;
    private final int max;
    private boolean ungradedAllowed;
    private int ungraded;

    Builder(List<C> candidates, int min, int max) {
      checkArgument(max >= min, "the scale %s..%s is empty: max must be at least min", min, max);
      this.s = new BuilderSupport<>(candidates);
      this.min = min;
      this.max = max;
    }

    /**
     * Declares the grade a candidate gets from a ballot that does not grade it.
     *
     * @param grade a grade on the scale, typically the lowest
     * @return this builder
     * @throws IllegalArgumentException if {@code grade} is off the scale
     */
    public Builder<C> ungradedAs(int grade) {
      checkArgument(grade >= min && grade <= max, "ungraded grade %s is off the scale %s..%s", grade, min, max);
      this.ungradedAllowed = true;
      this.ungraded = grade;
      return this;
    }

    /**
     * Adds one voter's ballot.
     *
     * @param ballot the ballot
     * @return this builder
     */
    public Builder<C> add(ScoreBallot<? extends C> ballot) {
      return add(ballot, 1);
    }

    /**
     * Adds {@code count} voters casting the same ballot.
     *
     * @param ballot the ballot
     * @param count the number of voters; a non-positive count is reported by {@link #build()}
     * @return this builder
     */
    public Builder<C> add(ScoreBallot<? extends C> ballot, long count) {
      requireNonNull(ballot, "ballot");
      int pos = s.next();
      boolean ok = s.checkCount(pos, count);
      int[] key = s.key;
      boolean[] graded = new boolean[s.m()];
      for (Map.Entry<? extends C, Integer> e : ballot.grades().entrySet()) {
        int c = s.candidate(pos, e.getKey());
        int grade = e.getValue();
        if (c < 0) {
          ok = false;
          continue;
        }
        if (grade < min || grade > max) {
          s.problems.add(new ProfileProblem.GradeOffScale(pos, String.valueOf(e.getKey()), grade, min, max));
          ok = false;
        }
        graded[c] = true;
        key[c] = grade;
      }
      for (int c = 0; c < s.m(); c++) {
        if (!graded[c]) {
          if (ungradedAllowed) {
            key[c] = ungraded;
          } else {
            s.problems.add(new ProfileProblem.MissingGrade(pos, String.valueOf(s.candidates.get(c))));
            ok = false;
          }
        }
      }
      if (ok) {
        s.accept(s.m(), count);
      } else {
        Arrays.fill(key, 0);
      }
      return this;
    }

    /**
     * Adds every ballot, each with count one.
     *
     * @param ballots the ballots
     * @return this builder
     */
    public Builder<C> addAll(Iterable<? extends ScoreBallot<? extends C>> ballots) {
      for (ScoreBallot<? extends C> b : ballots) {
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
    public ScoreProfile<C> build() {
      s.check();
      return new ScoreProfile<>(s, min, max, ungradedAllowed, ungraded);
    }
  }
}
