package dk.prioritization.core.internal;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rule;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.UnsupportedBallotException;

/** Checks the rule packages share: the profile's kind, and naming a ballot in a message. */
public final class Ballots {
  private Ballots() {}

  /**
   * Returns {@code profile} as a ranked profile, or throws naming the rule and the kind.
   *
   * @param rule the rule asking
   * @param profile the profile
   * @param <C> the candidate type
   * @return the ranked profile
   */
  public static <C> RankedProfile<C> ranked(Rule rule, Profile<C> profile) {
    if (profile instanceof RankedProfile<C> r) {
      return r;
    }
    throw UnsupportedBallotException.wrongKind(rule, profile);
  }

  /**
   * Returns {@code profile} as an approval profile, or throws naming the rule and the kind.
   *
   * @param rule the rule asking
   * @param profile the profile
   * @param <C> the candidate type
   * @return the approval profile
   */
  public static <C> ApprovalProfile<C> approval(Rule rule, Profile<C> profile) {
    if (profile instanceof ApprovalProfile<C> a) {
      return a;
    }
    throw UnsupportedBallotException.wrongKind(rule, profile);
  }

  /**
   * Returns {@code profile} as a score profile, or throws naming the rule and the kind.
   *
   * @param rule the rule asking
   * @param profile the profile
   * @param <C> the candidate type
   * @return the score profile
   */
  public static <C> ScoreProfile<C> score(Rule rule, Profile<C> profile) {
    if (profile instanceof ScoreProfile<C> s) {
      return s;
    }
    throw UnsupportedBallotException.wrongKind(rule, profile);
  }

  /**
   * Returns {@code profile} as a cumulative profile, or throws naming the rule and the kind.
   *
   * @param rule the rule asking
   * @param profile the profile
   * @param <C> the candidate type
   * @return the cumulative profile
   */
  public static <C> CumulativeProfile<C> cumulative(Rule rule, Profile<C> profile) {
    if (profile instanceof CumulativeProfile<C> c) {
      return c;
    }
    throw UnsupportedBallotException.wrongKind(rule, profile);
  }

  /**
   * Returns the exception for a ranked ballot that {@code rule} cannot count.
   *
   * @param rule the rule
   * @param profile the profile
   * @param b the distinct ballot's index
   * @param why what is wrong with it, e.g. "it ranks only 2 of 4 candidates"
   * @param instead what to use instead
   * @return the exception
   */
  public static UnsupportedBallotException unsupported(Rule rule, RankedProfile<?> profile, int b, String why, String instead) {
    var w = profile.ballots().get(b);
    return new UnsupportedBallotException(rule.id(), "rule " + rule.id() + " cannot count the ballot '" + w.ballot()
        + "' (cast by " + w.count() + " voter" + (w.count() == 1 ? "" : "s") + "): " + why + "; " + instead);
  }
}
