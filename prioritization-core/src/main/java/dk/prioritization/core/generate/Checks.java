package dk.prioritization.core.generate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The parameter checks the generators share; each message names the parameter and its value. */
final class Checks {
  private Checks() {}

  /** Returns an immutable copy of {@code candidates}, checking that they can make a profile. */
  static <C> ImmutableList<C> candidates(String name, List<C> candidates) {
    requireNonNull(candidates, name);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    Set<Object> seen = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      C c = candidates.get(i);
      if (c == null) {
        throw new NullPointerException(name + " has null at position " + i);
      }
      if (!seen.add(c)) {
        throw new IllegalArgumentException(name + " must be distinct but '" + c + "' appears twice");
      }
      if (!names.add(String.valueOf(c))) {
        throw new IllegalArgumentException(name + " must have distinct names (toString) but two are called '" + c + "'");
      }
    }
    return ImmutableList.copyOf(candidates);
  }

  /** Returns {@code p} if it is a probability, with {@code -0.0} made {@code 0.0}. */
  static double probability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was: " + p);
    }
    return p + 0.0;
  }

  /** Checks the number of voters to generate. */
  static void voters(long voters) {
    if (voters <= 0) {
      throw new IllegalArgumentException("voters must be positive but was: " + voters);
    }
  }
}
