package dk.prioritization.core.committee;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine of the Thiele rules (PAV, Chamberlin-Courant): a voter with {@code j} approved
 * members scores {@code w(1) + ... + w(j)}, with non-increasing weights, computed exactly as whole
 * numbers scaled by a common denominator.
 */
final class Thiele {
  /** The largest number of committees {@code C(m, k)} the exact search accepts. */
  static final long MAX_COMMITTEES = 100_000_000_000L;
  /** The most nodes the branch-and-bound search visits before it refuses the instance. */
  static final long MAX_NODES = 5_000_000L;

  private final boolean pav;
  private final String ruleId;

  Thiele(boolean pav, String ruleId) {
    this.pav = pav;
    this.ruleId = ruleId;
  }

  /** The scaled weights {@code w[1..k]} and the scale, in {@code w[0]}. */
  private long[] weights(Approvals<?> a, int k) {
    long[] w = new long[k + 1];
    if (!pav) {
      w[0] = 1;
      w[1] = 1;
      return w;
    }
    BigInteger lcm = BigInteger.ONE;
    for (int j = 2; j <= k; j++) {
      BigInteger bj = BigInteger.valueOf(j);
      lcm = lcm.divide(lcm.gcd(bj)).multiply(bj);
    }
    // the largest total is voters * lcm * H(k) <= voters * lcm * k
    BigInteger max = lcm.multiply(BigInteger.valueOf(Math.max(1, a.voters))).multiply(BigInteger.valueOf(k));
    if (max.bitLength() > 62) {
      throw new ProblemTooLargeException(ruleId, "the exact score scale (voters times lcm(1..k) times k)",
          max.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue(), Long.MAX_VALUE / 2);
    }
    long l = lcm.longValueExact();
    w[0] = l;
    for (int j = 1; j <= k; j++) {
      w[j] = l / j;
    }
    return w;
  }

  private static long marginal(Approvals<?> a, long[] w, int[] sat, int c) {
    long g = 0;
    for (int b : a.approvers[c]) {
      int s = sat[b] + 1;
      if (s < w.length) {
        g += a.counts[b] * w[s];
      }
    }
    return g;
  }

  private static void add(Approvals<?> a, int[] sat, int c, int delta) {
    for (int b : a.approvers[c]) {
      sat[b] += delta;
    }
  }

  private Text measure() {
    return pav ? new Text("marginal PAV score", "marginal PAV-score")
        : new Text("voters newly represented", "nyligt repræsenterede vælgere");
  }

  /** Sequential (greedy) selection: in each round the candidate adding the most score. */
  <C> Committee<C> sequential(Approvals<C> a, int k) {
    long[] w = weights(a, k);
    int[] sat = new int[a.ballots];
    boolean[] in = new boolean[a.m];
    Set<C> members = new LinkedHashSet<>();
    ImmutableList.Builder<Explanation.Step<C>> steps = ImmutableList.builder();
    boolean tied = false;
    long total = 0;
    Text[] reasons = new Text[a.m];
    Rational last = Rational.ZERO;
    for (int round = 1; round <= k; round++) {
      long[] g = new long[a.m];
      Rational[] shown = new Rational[a.m];
      boolean[] open = new boolean[a.m];
      long best = -1;
      for (int c = 0; c < a.m; c++) {
        if (!in[c]) {
          open[c] = true;
          g[c] = marginal(a, w, sat, c);
          shown[c] = Rational.of(g[c], w[0]);
          best = Math.max(best, g[c]);
        }
      }
      List<Integer> top = new ArrayList<>();
      for (int c = 0; c < a.m; c++) {
        if (open[c] && g[c] == best) {
          top.add(c);
        }
      }
      int chosen = top.get(0);
      steps.add(a.tally(new Text(measure().english() + " in round " + round,
          measure().danish() + " i runde " + round), shown, open));
      if (top.size() > 1) {
        tied = true;
        steps.add(a.tieNote(top, chosen, round));
      }
      C c = a.candidates.get(chosen);
      steps.add(Approvals.note("Round " + round + ": " + c + " is elected.", "Runde " + round + ": " + c + " vælges."));
      in[chosen] = true;
      members.add(c);
      add(a, sat, chosen, 1);
      total += best;
      last = shown[chosen];
      reasons[chosen] = pav
          ? new Text("elected in round " + round + ", adding " + last + " to the PAV score",
              "valgt i runde " + round + ", tilføjer " + last + " til PAV-scoren")
          : new Text("elected in round " + round + ", newly representing " + last + " voters",
              "valgt i runde " + round + ", repræsenterer " + last + " nye vælgere");
    }
    Rational score = Rational.of(total, w[0]);
    steps.add(scoreNote(score));
    Rational[] gains = gains(a, sat, in);
    for (int c = 0; c < a.m; c++) {
      if (!in[c]) {
        reasons[c] = pav
            ? new Text("not elected: it would add " + gains[c] + " to the PAV score; the last member added " + last,
                "ikke valgt: den ville tilføje " + gains[c] + " til PAV-scoren; det sidste medlem tilføjede " + last)
            : new Text("not elected: it would newly represent " + gains[c] + " voters; the last member newly "
                + "represented " + last,
                "ikke valgt: den ville repræsentere " + gains[c] + " nye vælgere; det sidste medlem repræsenterede "
                + last + " nye");
      }
    }
    return new Committee<>(members, k, ruleId, tied, Optional.of(score), a.reasons(reasons), a.best(in, gains, false),
        new Explanation<>(steps.build()));
  }

  /** The weight {@code w(j)} of a voter's {@code j}-th approved member, exactly. */
  private Rational weight(int j) {
    return pav ? Rational.of(1, j) : j == 1 ? Rational.ONE : Rational.ZERO;
  }

  /**
   * The exact score each candidate outside the committee ({@code !in[c]}) would add to it, or for
   * a member what the committee would lose without it; {@code sat} holds each ballot's number of
   * approved members.
   */
  private Rational[] gains(Approvals<?> a, int[] sat, boolean[] in) {
    Rational[] out = new Rational[a.m];
    int levels = 1;
    for (int x : sat) {
      levels = Math.max(levels, x + 2);
    }
    long[] byLevel = new long[levels];
    for (int c = 0; c < a.m; c++) {
      java.util.Arrays.fill(byLevel, 0);
      for (int b : a.approvers[c]) {
        byLevel[in[c] ? sat[b] : sat[b] + 1] += a.counts[b];
      }
      Rational g = Rational.ZERO;
      for (int j = 1; j < levels; j++) {
        if (byLevel[j] != 0) {
          g = g.plus(weight(j).times(Rational.of(byLevel[j])));
        }
      }
      out[c] = g;
    }
    return out;
  }

  private <C> Explanation.Note<C> scoreNote(Rational score) {
    return pav ? Approvals.note("The committee's PAV score is " + score + ".", "Komitéens PAV-score er " + score + ".")
        : Approvals.note(score + " voters approve at least one member.",
            score + " vælgere godkender mindst ét medlem.");
  }

  /** Exact selection by branch and bound: a committee of the highest score, the first in candidate order. */
  <C> Committee<C> exact(Approvals<C> a, int k) {
    long committees = binomial(a.m, k);
    if (committees > MAX_COMMITTEES) {
      throw new ProblemTooLargeException(ruleId, "the number of committees C(" + a.m + ", " + k + ")", committees,
          MAX_COMMITTEES);
    }
    long[] w = weights(a, k);
    Committee<C> greedy = sequential(a, k);
    long lower = greedy.score().orElseThrow().times(Rational.of(w[0])).longValueExact();
    Search s = new Search(ruleId, a, w, k, lower - 1);
    s.dfs(0, 0, 0);
    Set<C> members = new LinkedHashSet<>();
    List<Integer> idx = new ArrayList<>();
    for (int c : s.bestSet) {
      idx.add(c);
      members.add(a.candidates.get(c));
    }
    Rational score = Rational.of(s.best, w[0]);
    String names = Names.join(members);
    ImmutableList.Builder<Explanation.Step<C>> steps = ImmutableList.builder();
    steps.add(Approvals.note("Searched the " + committees + " committees of " + k + " by branch and bound ("
            + s.nodes + " nodes visited); the best is " + names + ".",
        "Gennemsøgte de " + committees + " komitéer med " + k + " medlemmer med branch and bound (" + s.nodes
            + " knuder besøgt); den bedste er " + names + "."));
    steps.add(scoreNote(score));
    if (s.tied) {
      steps.add(Approvals.note("Another committee has the same score; " + names
              + " is the first in candidate order.",
          "En anden komité har samme score; " + names + " er den første i kandidaternes rækkefølge."));
    }
    int[] sat = new int[a.ballots];
    boolean[] in = new boolean[a.m];
    for (int c : idx) {
      in[c] = true;
      add(a, sat, c, 1);
    }
    Rational[] gains = gains(a, sat, in);
    Text[] reasons = new Text[a.m];
    for (int c = 0; c < a.m; c++) {
      Rational g = gains[c];
      if (in[c]) {
        reasons[c] = pav
            ? new Text("in the best committee: without it the PAV score would drop by " + g,
                "i den bedste komité: uden den ville PAV-scoren falde med " + g)
            : new Text("in the best committee: " + g + " voters are represented by it alone",
                "i den bedste komité: " + g + " vælgere er kun repræsenteret af den");
      } else {
        reasons[c] = pav
            ? new Text("not in the best committee: added, it would add " + g
                + " to the PAV score; swapped for any member, the score would not rise",
                "ikke i den bedste komité: tilføjet ville den give " + g
                + " mere i PAV-score; byttet med et medlem ville scoren ikke stige")
            : new Text("not in the best committee: added, it would newly represent " + g
                + " voters; swapped for any member, no more voters would be represented",
                "ikke i den bedste komité: tilføjet ville den repræsentere " + g
                + " nye vælgere; byttet med et medlem ville ikke flere vælgere være repræsenteret");
      }
    }
    return new Committee<>(members, k, ruleId, s.tied, Optional.of(score), a.reasons(reasons),
        a.best(in, gains, false), new Explanation<>(steps.build()));
  }

  static long binomial(int n, int k) {
    BigInteger r = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return r.bitLength() > 62 ? Long.MAX_VALUE : r.longValue();
  }

  private static final class Search {
    final String ruleId;
    final Approvals<?> a;
    final long[] w;
    final int k;
    final int[] sat;
    final int[] stack;
    final long[] scratch;
    long best;
    int[] bestSet;
    boolean tied;
    long nodes;

    Search(String ruleId, Approvals<?> a, long[] w, int k, long lower) {
      this.ruleId = ruleId;
      this.a = a;
      this.w = w;
      this.k = k;
      this.sat = new int[a.ballots];
      this.stack = new int[k];
      this.scratch = new long[a.m];
      this.best = lower;
    }

    void dfs(int i, int chosen, long score) {
      if (++nodes > MAX_NODES) {
        throw new ProblemTooLargeException(ruleId, "the branch-and-bound search (nodes visited)", nodes, MAX_NODES);
      }
      int r = k - chosen;
      if (r == 0) {
        if (score > best) {
          best = score;
          bestSet = stack.clone();
          tied = false;
        } else if (score == best) {
          tied = true;
        }
        return;
      }
      if (a.m - i < r) {
        return;
      }
      // admissible bound: marginal gains only shrink as the committee grows (submodularity)
      int n = 0;
      for (int c = i; c < a.m; c++) {
        scratch[n++] = marginal(a, w, sat, c);
      }
      Arrays.sort(scratch, 0, n);
      long bound = score;
      for (int j = 0; j < r; j++) {
        bound += scratch[n - 1 - j];
      }
      if (bound < best || (bound == best && tied)) {
        return;
      }
      long g = marginal(a, w, sat, i);
      add(a, sat, i, 1);
      stack[chosen] = i;
      dfs(i + 1, chosen + 1, score + g);
      add(a, sat, i, -1);
      dfs(i + 1, chosen, score);
    }
  }
}
