package dk.prioritization.cli;

import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.UnsupportedBallotException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs a rule, turning the engine's refusals into input problems. */
final class Ranker {
  private Ranker() {}

  /** Ranks, or throws {@link InputException} when the rule cannot take the profile. */
  static <C> Result<C> rank(Rule rule, Profile<C> profile, TieBreaker breaker) {
    try {
      return rule.rank(profile, breaker);
    } catch (UnsupportedBallotException | ProblemTooLargeException e) {
      throw new InputException("rule " + rule.id() + " cannot rank these ballots: " + Main.oneLine(e.getMessage()), e);
    }
  }

  /** Candidates sorted (numbers by value, else by text) and joined by commas. */
  static String names(Collection<?> candidates) {
    List<String> out = new ArrayList<>();
    for (Object c : sorted(candidates)) {
      out.add(String.valueOf(c));
    }
    return String.join(", ", out);
  }

  /** Candidates sorted: integers numerically, anything else by its text. */
  static List<Object> sorted(Collection<?> candidates) {
    List<Object> list = new ArrayList<>(candidates);
    list.sort((a, b) -> a instanceof Integer x && b instanceof Integer y ? Integer.compare(x, y)
        : String.valueOf(a).compareTo(String.valueOf(b)));
    return list;
  }
}
