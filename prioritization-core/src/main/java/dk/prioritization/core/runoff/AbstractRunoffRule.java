package dk.prioritization.core.runoff;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rule;
import dk.prioritization.core.internal.Ballots;
import dk.prioritization.core.internal.RankedData;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the runoff rules share: the ballot kind, value semantics, and the linear-orders check. */
abstract class AbstractRunoffRule implements Rule {

  @Override
  public final BallotKind ballotKind() {
    return BallotKind.RANKED;
  }

  /** Refuses the first ballot that is truncated or has a tie, for a rule defined on complete strict orders. */
  final void requireLinear(RankedProfile<?> profile, RankedData d, String instead) {
    if (!d.anyTies && !d.anyTruncated) {
      return;
    }
    for (int b = 0; b < d.size; b++) {
      int k = d.offsets[b + 1] - d.offsets[b];
      if (k < d.m) {
        throw Ballots.unsupported(this, profile, b, "it ranks only " + k + " of " + d.m + " candidates",
            id() + " is defined on complete strict rankings only; " + instead);
      }
      if (d.hasTie(b)) {
        throw Ballots.unsupported(this, profile, b, "it ranks candidates as tied",
            id() + " is defined on complete strict rankings only; " + instead);
      }
    }
  }

  /** Refuses the first ballot with a tie, for a rule defined on strict (possibly truncated) ballots. */
  final void requireStrict(RankedProfile<?> profile, RankedData d, String instead) {
    if (!d.anyTies) {
      return;
    }
    for (int b = 0; b < d.size; b++) {
      if (d.hasTie(b)) {
        throw Ballots.unsupported(this, profile, b, "it ranks candidates as tied",
            id() + " is defined on strict ballots only; " + instead);
      }
    }
  }

  /** Each candidate's place in the fixed tie order: the given order, or the candidate order if none. */
  static int[] fixedRank(List<?> candidates, List<?> order) {
    int m = candidates.size();
    int[] rank = new int[m];
    if (order == null) {
      for (int c = 0; c < m; c++) {
        rank[c] = c;
      }
      return rank;
    }
    for (int c = 0; c < m; c++) {
      int r = order.indexOf(candidates.get(c));
      if (r < 0) {
        throw new IllegalArgumentException("the fixed tie order " + order + " does not name the candidate '"
            + candidates.get(c) + "'");
      }
      rank[c] = r;
    }
    return rank;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && options().equals(((Rule) o).options());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), options());
  }

  @Override
  public String toString() {
    Map<String, String> options = options();
    return options.isEmpty() ? id() : id() + options;
  }
}
