package dk.prioritization.core.committee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.ApprovalData;
import dk.prioritization.core.internal.Names;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An approval profile as the committee rules read it: ballots per candidate, with counts. */
final class Approvals<C> {
  final ApprovalProfile<C> profile;
  final List<C> candidates;
  final int m;
  final int ballots;
  final long voters;
  final long[] counts;
  /** The distinct ballots' approved candidate indices, ascending. */
  final int[][] approved;
  /** For each candidate, the distinct ballots approving it, ascending. */
  final int[][] approvers;

  private Approvals(ApprovalProfile<C> profile) {
    this.profile = profile;
    this.candidates = profile.candidates();
    ApprovalData d = Access.approval(profile);
    this.m = d.m;
    this.ballots = d.size;
    this.voters = d.voters;
    this.counts = d.counts;
    this.approved = new int[ballots][];
    int[] per = new int[m];
    for (int b = 0; b < ballots; b++) {
      approved[b] = java.util.Arrays.copyOfRange(d.members, d.offsets[b], d.offsets[b + 1]);
      for (int c : approved[b]) {
        per[c]++;
      }
    }
    this.approvers = new int[m][];
    for (int c = 0; c < m; c++) {
      approvers[c] = new int[per[c]];
      per[c] = 0;
    }
    for (int b = 0; b < ballots; b++) {
      for (int c : approved[b]) {
        approvers[c][per[c]++] = b;
      }
    }
  }

  /** Reads {@code profile} after checking {@code k} against its candidates. */
  static <C> Approvals<C> of(ApprovalProfile<C> profile, int k) {
    requireNonNull(profile, "profile");
    int m = profile.candidateCount();
    if (k < 1) {
      throw new IllegalArgumentException("committee size " + k + " is below 1 (there are " + m + " candidates)");
    }
    if (k > m) {
      throw new IllegalArgumentException("committee size " + k + " is larger than the " + m + " candidates");
    }
    return new Approvals<>(profile);
  }

  /** Reads {@code profile} without a committee size. */
  static <C> Approvals<C> read(ApprovalProfile<C> profile) {
    return new Approvals<>(requireNonNull(profile, "profile"));
  }

  /** The voters approving candidate {@code c}. */
  long approvals(int c) {
    long s = 0;
    for (int b : approvers[c]) {
      s += counts[b];
    }
    return s;
  }

  /** The candidates at the given indices, in that order. */
  List<C> named(List<Integer> indices) {
    List<C> out = new ArrayList<>(indices.size());
    for (int i : indices) {
      out.add(candidates.get(i));
    }
    return out;
  }

  /** A tally step of {@code values} for the candidates with {@code include[c]}, in candidate order. */
  Explanation.Tally<C> tally(Text measure, Rational[] values, boolean[] include) {
    ImmutableMap.Builder<C, Rational> map = ImmutableMap.builder();
    for (int c = 0; c < m; c++) {
      if (include == null || include[c]) {
        map.put(candidates.get(c), values[c]);
      }
    }
    return new Explanation.Tally<>(measure, map.build());
  }

  /** The note that a tie among {@code tied} was broken for {@code chosen} by candidate order. */
  Explanation.Note<C> tieNote(List<Integer> tied, int chosen, int round) {
    String names = Names.join(named(tied));
    C c = candidates.get(chosen);
    return new Explanation.Note<>(new Text(
        "Round " + round + ": " + names + " are equally good; " + c + " is taken by candidate order.",
        "Runde " + round + ": " + names + " står lige; " + c + " vælges efter kandidaternes rækkefølge."));
  }

  /** The reasons by candidate, in candidate order; every entry must be set. */
  Map<C, Text> reasons(Text[] reasons) {
    ImmutableMap.Builder<C, Text> map = ImmutableMap.builder();
    for (int c = 0; c < m; c++) {
      map.put(candidates.get(c), requireNonNull(reasons[c], "reason"));
    }
    return map.buildOrThrow();
  }

  /**
   * The candidate outside the committee ({@code !in[c]}) with a defined {@code measure} that is
   * best (largest, or smallest if {@code smallest}), ties by candidate order.
   */
  Optional<C> best(boolean[] in, Rational[] measure, boolean smallest) {
    int best = -1;
    for (int c = 0; c < m; c++) {
      if (in[c] || measure[c] == null) {
        continue;
      }
      int cmp = best < 0 ? 1 : measure[c].compareTo(measure[best]);
      if (smallest ? cmp < 0 || best < 0 : cmp > 0) {
        best = c;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(candidates.get(best));
  }

  /** The text {@code english} / {@code danish}. */
  static Text text(String english, String danish) {
    return new Text(english, danish);
  }

  /** Returns {@code a / b}, exactly. */
  static Rational divide(Rational a, Rational b) {
    BigInteger n = a.numerator().multiply(b.denominator());
    BigInteger d = a.denominator().multiply(b.numerator());
    return Rational.of(n, d);
  }

  /** The note of a plain sentence in both languages. */
  static <C> Explanation.Note<C> note(String english, String danish) {
    return new Explanation.Note<>(new Text(english, danish));
  }
}
