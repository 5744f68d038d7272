package dk.prioritization.core;

/**
 * One problem found while building a profile; a {@link ProfileException} carries all of them.
 *
 * <p>Ballot positions count from 0 in the order the ballots were added, like the JSON paths
 * {@code $.ballots[7]} that the adapters report. Candidates are named by their
 * {@code toString()}.
 */
public sealed interface ProfileProblem {

  /**
   * Returns a one-line message that names the offending ballot and candidate.
   *
   * @return the message, for example {@code "ballot 7 ranks unknown candidate 'X'"}
   */
  String message();

  /**
   * The candidate list names the same candidate twice.
   *
   * @param candidate the repeated candidate
   * @param first its first position in the list
   * @param again the position where it appears again
   */
  record DuplicateCandidate(String candidate, int first, int again) implements ProfileProblem {
    @Override
    public String message() {
      return "candidate '" + candidate + "' is listed twice, at positions " + first + " and " + again;
    }
  }

  /** The candidate list is empty. */
  record NoCandidates() implements ProfileProblem {
    @Override
    public String message() {
      return "the profile has no candidates";
    }
  }

  /**
   * A ballot mentions a candidate that is not in the profile's candidate list.
   *
   * @param ballot the ballot's position
   * @param candidate the unknown candidate
   */
  record UnknownCandidate(int ballot, String candidate) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " names unknown candidate '" + candidate + "'";
    }
  }

  /**
   * A ballot ranks or approves the same candidate twice.
   *
   * @param ballot the ballot's position
   * @param candidate the repeated candidate
   */
  record CandidateTwice(int ballot, String candidate) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " names candidate '" + candidate + "' twice";
    }
  }

  /**
   * A ranked ballot has an empty tier.
   *
   * @param ballot the ballot's position
   * @param tier the empty tier's position, from 0
   */
  record EmptyTier(int ballot, int tier) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " has an empty tier at position " + tier;
    }
  }

  /**
   * An approval ballot approves more candidates than the profile's cap allows.
   *
   * @param ballot the ballot's position
   * @param approved how many it approves
   * @param cap the cap
   */
  record OverApprovalCap(int ballot, int approved, int cap) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " approves " + approved + " candidates but at most " + cap + " are allowed";
    }
  }

  /**
   * A score ballot gives a grade outside the declared scale.
   *
   * @param ballot the ballot's position
   * @param candidate the graded candidate
   * @param grade the grade given
   * @param min the lowest grade of the scale
   * @param max the highest grade of the scale
   */
  record GradeOffScale(int ballot, String candidate, int grade, int min, int max) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " grades candidate '" + candidate + "' " + grade
          + ", off the scale " + min + ".." + max;
    }
  }

  /**
   * A score ballot leaves a candidate ungraded and the profile declares no grade for that.
   *
   * @param ballot the ballot's position
   * @param candidate the ungraded candidate
   */
  record MissingGrade(int ballot, String candidate) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " does not grade candidate '" + candidate
          + "' (declare ungradedAs(...) on the builder to allow this)";
    }
  }

  /**
   * A cumulative ballot gives a candidate a negative number of points.
   *
   * @param ballot the ballot's position
   * @param candidate the candidate
   * @param points the points given
   */
  record NegativePoints(int ballot, String candidate, int points) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " gives candidate '" + candidate + "' " + points + " points, below 0";
    }
  }

  /**
   * A cumulative ballot spends more points than the budget.
   *
   * @param ballot the ballot's position
   * @param spent the points spent in all
   * @param budget the budget
   */
  record OverBudget(int ballot, long spent, int budget) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " spends " + spent + " points but the budget is " + budget;
    }
  }

  /**
   * A ballot's count is zero or negative.
   *
   * @param ballot the ballot's position
   * @param count the count given
   */
  record NonPositiveCount(int ballot, long count) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " has count " + count + " but a count must be positive";
    }
  }

  /**
   * Adding a ballot's count makes the number of voters overflow a {@code long}.
   *
   * @param ballot the ballot's position
   * @param count the count given
   */
  record CountOverflow(int ballot, long count) implements ProfileProblem {
    @Override
    public String message() {
      return "ballot " + ballot + " with count " + count + " makes the number of voters overflow a long";
    }
  }

  /** No ballot was added to the profile. */
  record EmptyProfile() implements ProfileProblem {
    @Override
    public String message() {
      return "the profile has no ballots";
    }
  }
}
