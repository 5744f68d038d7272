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
  private final long maxNodes;

  Thiele(boolean pav, String ruleId) {
    this(pav, ruleId, MAX_NODES);
  }

  /** An engine whose exact search refuses after {@code maxNodes} nodes (tests use a small limit). */
  Thiele(boolean pav, String ruleId, long maxNodes) {
    this.pav = pav;
    this.ruleId = ruleId;
    this.maxNodes = maxNodes;
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
    Search s = new Search(ruleId, maxNodes, a, w, k);
    s.run();
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

  /**
   * The exact search, a branch and bound over include/exclude decisions.
   *
   * <p>It keeps every candidate's marginal gain up to date as members come and go: adding a
   * member changes the satisfaction of its approvers only, and so the gains of the candidates
   * those approvers approve ({@link #include}, {@link #exclude}). It branches on the open
   * candidate of the largest gain (the lowest index among equals), first with it, then without
   * it, so good committees come first and leaving a strong candidate out soon lowers the bound.
   * The bound of a node is its score plus the {@code r} largest gains of its open candidates
   * (found by partial selection), admissible because the score is submodular. The first
   * incumbent is the greedy committee improved by single swaps.
   *
   * <p>The answer does not depend on this order: the search keeps the highest score, the first
   * committee in candidate order (lexicographic on sorted indices) of that score among those
   * met, and whether it met another. A node that can at most equal the best score is skipped
   * only once a tie is known and no committee below it comes before the best one in candidate
   * order (its first completion, the members plus the lowest open candidates, does not); so it
   * returns what a search in candidate order returns.
   */
  private static final class Search {
    final String ruleId;
    final long maxNodes;
    final int m;
    final int k;
    final long[] counts;
    final int[][] approvers;
    final int[][] approved;
    /** {@code drop[s]}: how much less a voter's next member is worth once it has {@code s + 1}. */
    final long[] drop;
    /** Each distinct ballot's number of members. */
    final int[] sat;
    /** Each candidate's marginal gain given the members so far (scaled). */
    final long[] gain;
    /** The candidates not yet decided on the current path. */
    final boolean[] open;
    int openCount;
    /** The members on the current path, in the order added. */
    final int[] path;
    /** The r largest open gains, descending (scratch). */
    final long[] top;
    /** The candidate of the largest open gain, set by {@link #openGains}. */
    int next;
    long best;
    int[] bestSet;
    boolean tied;
    long nodes;

    Search(String ruleId, long maxNodes, Approvals<?> a, long[] w, int k) {
      this.ruleId = ruleId;
      this.maxNodes = maxNodes;
      this.m = a.m;
      this.k = k;
      this.counts = a.counts;
      this.approvers = a.approvers;
      this.approved = a.approved;
      this.drop = new long[k];
      for (int s = 0; s < k; s++) {
        drop[s] = w[s + 1] - (s + 2 <= k ? w[s + 2] : 0);
      }
      this.sat = new int[a.ballots];
      this.gain = new long[m];
      for (int c = 0; c < m; c++) {
        for (int b : approvers[c]) {
          gain[c] += counts[b] * w[1];
        }
      }
      this.open = new boolean[m];
      this.path = new int[k];
      this.top = new long[k];
    }

    /** Runs the search; afterwards {@link #best}, {@link #bestSet}, {@link #tied} hold the answer. */
    void run() {
      incumbent();
      Arrays.fill(open, true);
      openCount = m;
      dfs(0, 0);
    }

    /** Makes {@code c} a member: its approvers' next members are worth less. */
    void include(int c) {
      for (int b : approvers[c]) {
        int s = sat[b]++;
        long d = counts[b] * drop[s];
        if (d != 0) {
          for (int y : approved[b]) {
            gain[y] -= d;
          }
        }
      }
    }

    /** Undoes {@link #include}{@code (c)}. */
    void exclude(int c) {
      for (int b : approvers[c]) {
        int s = --sat[b];
        long d = counts[b] * drop[s];
        if (d != 0) {
          for (int y : approved[b]) {
            gain[y] += d;
          }
        }
      }
    }

    /** The greedy committee improved by single swaps, as the first best; the state is left empty. */
    private void incumbent() {
      boolean[] in = new boolean[m];
      long score = 0;
      for (int j = 0; j < k; j++) {
        int x = largestGain(in, -1);
        score += gain[x];
        include(x);
        in[x] = true;
      }
      boolean improved = true;
      for (int pass = 0; improved && pass < m; pass++) {
        improved = false;
        for (int x = 0; x < m; x++) {
          if (!in[x]) {
            continue;
          }
          exclude(x);
          in[x] = false;
          int y = largestGain(in, x);
          int keep = x;
          if (y >= 0 && gain[y] > gain[x]) {
            score += gain[y] - gain[x];
            keep = y;
            improved = true;
          }
          include(keep);
          in[keep] = true;
        }
      }
      int[] set = new int[k];
      int n = 0;
      for (int c = 0; c < m; c++) {
        if (in[c]) {
          exclude(c);
          set[n++] = c;
        }
      }
      best = score;
      bestSet = set;
      tied = false;
    }

    /** The non-member other than {@code except} of the largest gain, the lowest index among equals. */
    private int largestGain(boolean[] in, int except) {
      int x = -1;
      for (int c = 0; c < m; c++) {
        if (!in[c] && c != except && (x < 0 || gain[c] > gain[x])) {
          x = c;
        }
      }
      return x;
    }

    void dfs(int chosen, long score) {
      if (++nodes > maxNodes) {
        throw new ProblemTooLargeException(ruleId, "the branch-and-bound search (nodes visited)", nodes, maxNodes);
      }
      int r = k - chosen;
      if (r == 0) {
        leaf(score);
        return;
      }
      if (openCount < r) {
        return;
      }
      long extra = openGains(r);
      long bound = score + extra;
      if (bound < best || (bound == best && tied && Arrays.compare(firstCompletion(chosen, r), bestSet) >= 0)) {
        return;
      }
      if (extra == 0) {
        // every completion adds nothing: all score exactly `score`
        completions(chosen, r, score);
        return;
      }
      int x = next;
      open[x] = false;
      openCount--;
      long g = gain[x];
      include(x);
      path[chosen] = x;
      dfs(chosen + 1, score + g);
      exclude(x);
      dfs(chosen, score);
      open[x] = true;
      openCount++;
    }

    /** The sum of the {@code r} largest open gains; sets {@link #next} to the open candidate of the largest. */
    private long openGains(int r) {
      int n = 0;
      int x = -1;
      for (int c = 0; c < m; c++) {
        if (!open[c]) {
          continue;
        }
        long v = gain[c];
        if (x < 0 || v > gain[x]) {
          x = c;
        }
        if (n < r || v > top[r - 1]) {
          int i = n < r ? n++ : r - 1;
          while (i > 0 && top[i - 1] < v) {
            top[i] = top[i - 1];
            i--;
          }
          top[i] = v;
        }
      }
      next = x;
      long sum = 0;
      for (int i = 0; i < n; i++) {
        sum += top[i];
      }
      return sum;
    }

    /** The first committee in candidate order below this node: the members and the r lowest open candidates. */
    private int[] firstCompletion(int chosen, int r) {
      int[] set = Arrays.copyOf(path, k);
      int n = chosen;
      for (int c = 0; n < k; c++) {
        if (open[c]) {
          set[n++] = c;
        }
      }
      Arrays.sort(set);
      return set;
    }

    private void leaf(long score) {
      if (score < best) {
        return;
      }
      int[] set = path.clone();
      Arrays.sort(set);
      if (score > best) {
        best = score;
        bestSet = set;
        tied = false;
      } else {
        int cmp = Arrays.compare(set, bestSet);
        if (cmp != 0) {
          tied = true;
          if (cmp < 0) {
            bestSet = set;
          }
        }
      }
    }

    /** Meets at once every completion of this node, all of score {@code score}: C(open, r) committees. */
    private void completions(int chosen, int r, long score) {
      if (score < best) {
        return;
      }
      int[] first = firstCompletion(chosen, r);
      boolean several = openCount > r;
      if (score > best) {
        best = score;
        bestSet = first;
        tied = several;
      } else {
        int cmp = Arrays.compare(first, bestSet);
        tied |= several || cmp != 0;
        if (cmp < 0) {
          bestSet = first;
        }
      }
    }
  }
}
