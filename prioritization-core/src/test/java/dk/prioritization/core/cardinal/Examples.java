package dk.prioritization.core.cardinal;

import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import java.util.List;
import java.util.Map;

/** Published worked examples, as profiles. Each says where it comes from. */
final class Examples {
  static final String MEMPHIS = "Memphis";
  static final String NASHVILLE = "Nashville";
  static final String CHATTANOOGA = "Chattanooga";
  static final String KNOXVILLE = "Knoxville";
  static final List<String> CITIES = List.of(MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE);

  private Examples() {}

  /**
   * The Tennessee capital example of Wikipedia's "STAR voting" article (section "Example"; the
   * same table is reproduced in the README of the GitHub repository
   * Democrates1776/Proportional-STAR-Voting-with-Runoffs). 100 voters, 0 to 5 stars, each group
   * voting for its own city and grading the others by distance:
   *
   * <pre>
   *   voters  Memphis  Nashville  Chattanooga  Knoxville
   *     42       5         2           1           0
   *     26       0         5           2           1
   *     15       0         3           5           3
   *     17       0         2           4           5
   * </pre>
   */
  static ScoreProfile<String> tennesseeStars() {
    return Profile.scores(CITIES, 0, 5)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 5, NASHVILLE, 2, CHATTANOOGA, 1, KNOXVILLE, 0)), 42)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 0, NASHVILLE, 5, CHATTANOOGA, 2, KNOXVILLE, 1)), 26)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 0, NASHVILLE, 3, CHATTANOOGA, 5, KNOXVILLE, 3)), 15)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 0, NASHVILLE, 2, CHATTANOOGA, 4, KNOXVILLE, 5)), 17)
        .build();
  }

  /**
   * The Tennessee example of Wikipedia's "Majority judgment" article, section "Example
   * application" (the version mirrored on electowiki.org, "Majority Judgment", revision "Updated
   * following Wikipedia"): four grades Excellent, Good, Fair, Poor, and "each voter assigned four
   * different ratings to the four cities", in the order of the usual Tennessee preferences
   * (42% Memphis > Nashville > Chattanooga > Knoxville; 26% Nashville > Chattanooga > Knoxville >
   * Memphis; 15% Chattanooga > Knoxville > Nashville > Memphis; 17% Knoxville > Chattanooga >
   * Nashville > Memphis). Here Poor = 0, Fair = 1, Good = 2, Excellent = 3. The article's bar
   * chart shows Nashville 26% Excellent / 42% Good / 32% Fair and Chattanooga 15% / 43% / 42%.
   */
  static ScoreProfile<String> tennesseeGrades() {
    return Profile.scores(CITIES, 0, 3)
        .add(ScoreBallot.of(Map.of(MEMPHIS, 3, NASHVILLE, 2, CHATTANOOGA, 1, KNOXVILLE, 0)), 42)
        .add(ScoreBallot.of(Map.of(NASHVILLE, 3, CHATTANOOGA, 2, KNOXVILLE, 1, MEMPHIS, 0)), 26)
        .add(ScoreBallot.of(Map.of(CHATTANOOGA, 3, KNOXVILLE, 2, NASHVILLE, 1, MEMPHIS, 0)), 15)
        .add(ScoreBallot.of(Map.of(KNOXVILLE, 3, CHATTANOOGA, 2, NASHVILLE, 1, MEMPHIS, 0)), 17)
        .build();
  }

  /**
   * The majority-judgment example of Wikipedia's "Condorcet winner criterion" article (section
   * "Majority judgment" under non-complying methods): 35 voters grade A Excellent, B Fair, C Poor;
   * 34 grade C Excellent, B Fair, A Poor; 31 grade B Excellent, C Good, A Fair. "B is the Condorcet
   * winner. But B only gets the median rating Fair, while C has the median rating Good", so C wins.
   * Poor = 0, Fair = 1, Good = 2, Excellent = 3.
   */
  static ScoreProfile<String> condorcetGrades() {
    return Profile.scores(List.of("A", "B", "C"), 0, 3)
        .add(ScoreBallot.of(Map.of("A", 3, "B", 1, "C", 0)), 35)
        .add(ScoreBallot.of(Map.of("A", 0, "B", 1, "C", 3)), 34)
        .add(ScoreBallot.of(Map.of("A", 1, "B", 3, "C", 2)), 31)
        .build();
  }

  /** A ranked profile, for the wrong-kind tests. */
  static RankedProfile<String> ranked() {
    return Profile.ranked(List.of("A", "B")).add(RankedBallot.strict(List.of("A", "B"))).build();
  }
}
