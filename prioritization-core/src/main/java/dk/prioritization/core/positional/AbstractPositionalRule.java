package dk.prioritization.core.positional;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import dk.prioritization.core.internal.RankedData;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;

/** The shared body of the positional rules: rank = tally, then order by points. */
abstract class AbstractPositionalRule implements PositionalRule {

  @Override
  public final BallotKind ballotKind() {
    return BallotKind.RANKED;
  }

  /** What the points are called in explanations. */
  abstract Text measure();

  /** The scheme that names this rule's points in a tally: the id and its options. */
  final String scheme() {
    Map<String, String> options = options();
    if (options.isEmpty()) {
      return id();
    }
    StringBuilder sb = new StringBuilder(id()).append('(');
    options.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ";").append(e.getKey()).append('=').append(e.getValue()));
    return sb.append(')').toString();
  }

  @Override
  public final <C> Result<C> rank(Profile<C> profile) {
    PositionalTally<C> tally = tally(Ballots.ranked(this, profile));
    Map<C, Rational> scores = tally.scores();
    return Result.of(this, profile, tally.ranking(), scores, Explanation.of(new Explanation.Tally<>(measure(), scores)));
  }

  /**
   * Counts with a fixed score vector: ranked position p scores vector[p]; ties are refused;
   * truncated ballots follow {@code truncated}.
   */
  final <C> PositionalTally<C> countVector(RankedProfile<C> profile, Rational[] vector,
      TruncatedBallots truncated) {
    RankedData d = Access.ranked(profile);
    int m = d.m;
    BigInteger lcm = BigInteger.ONE;
    for (int p = 0; p < m; p++) {
      BigInteger den = vector[p].denominator();
      lcm = lcm.divide(lcm.gcd(den)).multiply(den);
    }
    long denominator;
    long[] w = new long[m];
    try {
      denominator = lcm.longValueExact();
      for (int p = 0; p < m; p++) {
        w[p] = vector[p].numerator().multiply(lcm).divide(vector[p].denominator()).longValueExact();
      }
    } catch (ArithmeticException e) {
      throw new ArithmeticException("the scores of " + id() + " over " + m
          + " candidates need a common denominator of " + lcm + ", beyond a long");
    }
    long[] points = new long[m];
    for (int b = 0; b < d.size; b++) {
      int from = d.offsets[b];
      int length = d.offsets[b + 1] - from;
      if (d.anyTies && d.hasTie(b)) {
        throw Ballots.unsupported(this, profile, b, "it ranks candidates as tied",
            "a positional rule with a fixed score vector needs strict ballots; Borda has variants for ties");
      }
      if (length < m && truncated == TruncatedBallots.REJECT) {
        throw Ballots.unsupported(this, profile, b,
            "it ranks only " + length + " of " + m + " candidates",
            "choose TruncatedBallots.RANKED_ONLY to let unranked candidates score nothing");
      }
      long count = d.counts[b];
      for (int p = 0; p < length; p++) {
        int c = d.order[from + p];
        points[c] = Math.addExact(points[c], Math.multiplyExact(count, w[p]));
      }
    }
    return new PositionalTally<>(profile.candidates(), scheme(), points, denominator, d.voters);
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && options().equals(((AbstractPositionalRule) o).options());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), options());
  }

  @Override
  public String toString() {
    return scheme();
  }
}
