package dk.prioritization.core.pairwise;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Ranked Pairs (Tideman's method): take the majority pairs from the largest margin down and lock
 * each into the social order unless it would close a cycle with the pairs locked before it. The
 * locked pairs form a linear order; its top wins.
 *
 * <p>The definition needs an order among pairs of equal margin, and the pairs of margin 0 enter in
 * both directions (the first one tried locks, the reverse is then skipped). This class offers the
 * two established readings:
 *
 * <ul>
 *   <li>{@link #rule()} ({@code ranked-pairs}, pref_voting's {@code ranked_pairs}): the winners
 *       are every candidate that wins under <em>some</em> order of the equal-margin pairs, so no
 *       tie-breaking convention is favoured. Its ranking is the winners, then all others in one
 *       tier: the rule chooses winners only, since different orders rank the rest differently.</li>
 *   <li>{@link #fixedOrder()} ({@code ranked-pairs-tb}, pref_voting's {@code ranked_pairs_tb}): one
 *       order; equal margins are taken by the winner's position in the candidate order, then the
 *       loser's. Its ranking is the locked linear order, strict; {@link #fixedOrder(List)} takes
 *       another order of the candidates.</li>
 * </ul>
 *
 * <p><b>Sources:</b> T. N. Tideman, "Independence of clones as a criterion for voting rules",
 * <i>Social Choice and Welfare</i> 4, 1987; T. M. Zavist and T. N. Tideman, "Complete
 * independence of clones in the ranked pairs rule", <i>Social Choice and Welfare</i> 6, 1989;
 * M. Brill and F. Fischer, "The price of neutrality for the ranked pairs method", AAAI 2012;
 * pref_voting {@code ranked_pairs}, {@code ranked_pairs_tb}.
 *
 * <p><b>Complexity:</b> the fixed order costs O(m² log m) to sort the pairs plus O(m²) locks of
 * O(m²/64) each on bit rows. Deciding whether a candidate wins under some order is NP-complete
 * (Brill and Fischer), so the all-orders search is exponential in the worst case. It processes
 * margin groups from the largest down and branches only where a group's undecided pairs lie on a
 * cycle (a pair on no cycle locks in every order and changes no other pair's fate, so it is locked
 * at once); states are memoised; a branch stops as soon as one candidate alone is unbeaten (it wins
 * every completion) or all its unbeaten candidates are known winners. Real elections need a handful of states; beyond {@value #STATE_LIMIT} states the rule
 * throws {@link ProblemTooLargeException} rather than run for hours. The fixed-order variant is
 * always polynomial.
 *
 * <p><b>Properties:</b> Condorcet-consistent, chooses within the Smith set (with zero margins, entered
 * both ways, {@code ranked-pairs} can elect outside the Schwartz set),
 * satisfies the Condorcet loser criterion, monotonic, independent of clones (the fixed order
 * variant when the order is a voter's ballot, as Zavist and Tideman show), local independence of
 * irrelevant alternatives; fails participation. {@code ranked-pairs} is neutral;
 * {@code ranked-pairs-tb} is not, by design.
 *
 * <p><b>Ties in the result:</b> {@code ranked-pairs} reports all winners as one tier;
 * {@code ranked-pairs-tb} never ties. <b>Truncated and tied ballots:</b> counted; an unranked
 * candidate compares as the {@link Unranked} option says.
 */
public final class RankedPairs extends AbstractPairwiseRule {
  /** The most lock states the all-orders search visits before it gives up. */
  public static final int STATE_LIMIT = 200_000;

  private static final RankedPairs ALL_ORDERS = new RankedPairs(false, null, Unranked.BELOW);
  private static final RankedPairs FIXED = new RankedPairs(true, null, Unranked.BELOW);

  private final boolean fixed;
  /** The most states the search may visit; {@link #STATE_LIMIT} except in tests. */
  private final int stateLimit;
  /** The tie-breaking order of candidates, or null for the tally's candidate order. */
  private final ImmutableList<Object> order;

  private RankedPairs(boolean fixed, ImmutableList<Object> order, Unranked unranked) {
    this(fixed, order, unranked, STATE_LIMIT);
  }

  private RankedPairs(boolean fixed, ImmutableList<Object> order, Unranked unranked, int stateLimit) {
    super(unranked);
    this.fixed = fixed;
    this.order = order;
    this.stateLimit = stateLimit;
  }

  /** Returns this rule with another limit on the search, for tests of the refusal. */
  RankedPairs withStateLimit(int limit) {
    return new RankedPairs(fixed, order, unranked, limit);
  }

  /**
   * Returns Ranked Pairs with the winners of every order of equal-margin pairs.
   *
   * @return the rule {@code ranked-pairs}
   */
  public static RankedPairs rule() {
    return ALL_ORDERS;
  }

  /**
   * Returns Ranked Pairs with equal margins taken in the candidate order: by the winner's position,
   * then the loser's.
   *
   * @return the rule {@code ranked-pairs-tb}
   */
  public static RankedPairs fixedOrder() {
    return FIXED;
  }

  /**
   * Returns Ranked Pairs with equal margins taken in the given order of candidates: by the
   * winner's position, then the loser's.
   *
   * @param order the candidates, each once; it must hold every candidate of the profiles ranked
   * @return the rule {@code ranked-pairs-tb} with an {@code order} option
   * @throws IllegalArgumentException if a candidate appears twice
   */
  public static RankedPairs fixedOrder(List<?> order) {
    ImmutableList<Object> copy = ImmutableList.copyOf(order);
    checkArgument(ImmutableSet.copyOf(copy).size() == copy.size(), "the tie-breaking order %s repeats a candidate",
        copy);
    return new RankedPairs(true, copy, Unranked.BELOW);
  }

  @Override
  public RankedPairs withUnranked(Unranked unranked) {
    return unranked == this.unranked ? this : new RankedPairs(fixed, order, unranked, stateLimit);
  }

  @Override
  public String id() {
    return fixed ? "ranked-pairs-tb" : "ranked-pairs";
  }

  @Override
  public String description() {
    return fixed
        ? "Ranked Pairs: lock pairs by margin, skipping cycles; equal margins in a fixed candidate order."
        : "Ranked Pairs: lock pairs by margin, skipping cycles; winners under any order of equal margins.";
  }

  @Override
  Map<String, String> moreOptions() {
    return order == null ? Map.of() : Map.of("order", order.toString());
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    List<C> candidates = tally.candidates();
    int m = candidates.size();
    long[] margin = tally.marginArray();
    int[] position = positions(candidates);
    int[] edges = sortedEdges(m, margin, position);
    Locks locks = new Locks(m);
    List<Explanation.Step<C>> steps = new ArrayList<>();
    for (int e : edges) {
      int i = e / m;
      int j = e % m;
      boolean lock = !locks.has(j, i);
      if (lock) {
        locks.lock(i, j);
      }
      steps.add(new Explanation.PairLocked<>(candidates.get(i), candidates.get(j), margin[i * m + j], lock));
    }
    if (fixed) {
      Integer[] byRank = new Integer[m];
      for (int i = 0; i < m; i++) {
        byRank[i] = i;
      }
      Arrays.sort(byRank, (a, b) -> Integer.compare(locks.below(b), locks.below(a)));
      List<C> ranked = new ArrayList<>(m);
      for (int i : byRank) {
        ranked.add(candidates.get(i));
      }
      return new Decision<>(Ranking.strict(ranked), Map.of(), steps);
    }
    boolean[] winners = new boolean[m];
    Optional<C> cw = tally.condorcetWinner();
    if (cw.isPresent()) {
      winners[candidates.indexOf(cw.get())] = true;
    } else {
      allOrderWinners(m, margin, edges, winners);
    }
    steps.add(new Explanation.Note<>(new Text(
        "The pairs above were taken in one order of equal margins (the candidate order). The winners are every"
            + " candidate that wins under some order of equal margins; this rule ranks the winners only, the"
            + " other candidates share the last tier.",
        "Parrene ovenfor blev taget i én rækkefølge af lige store marginer (kandidaternes rækkefølge). Vinderne"
            + " er alle kandidater, der vinder i en eller anden rækkefølge af lige store marginer; metoden"
            + " rangordner kun vinderne, de øvrige kandidater deler sidste niveau.")));
    return new Decision<>(Relations.chosenThenRest(candidates, winners), Map.of(), steps);
  }

  /** Each candidate's position in the tie-breaking order. */
  private <C> int[] positions(List<C> candidates) {
    int m = candidates.size();
    int[] position = new int[m];
    for (int i = 0; i < m; i++) {
      if (order == null) {
        position[i] = i;
      } else {
        position[i] = order.indexOf(candidates.get(i));
        checkArgument(position[i] >= 0, "the tie-breaking order %s of rule %s lacks the candidate '%s'", order, id(),
            candidates.get(i));
      }
    }
    if (order != null) {
      // The order may name more candidates than the tally has: keep only the relative order.
      Integer[] byPosition = new Integer[m];
      for (int i = 0; i < m; i++) {
        byPosition[i] = i;
      }
      Arrays.sort(byPosition, (a, b) -> Integer.compare(position[a], position[b]));
      for (int rank = 0; rank < m; rank++) {
        position[byPosition[rank]] = rank;
      }
    }
    return position;
  }

  /**
   * Returns the pairs with a margin of 0 or more, as {@code i * m + j}, by descending margin, then
   * by the winner's and the loser's position.
   */
  private static int[] sortedEdges(int m, long[] margin, int[] position) {
    // Sort primitive keys, not boxed indices: (descending margin's rank, winner's position,
    // loser's position) packed into a long. m² fits an int, so m < 2^16 and a rank < 2^31.
    int count = 0;
    for (int e = 0; e < m * m; e++) {
      if (e / m != e % m && margin[e] >= 0) {
        count++;
      }
    }
    long[] values = new long[count];
    int[] edges = new int[count];
    for (int e = 0, k = 0; e < m * m; e++) {
      if (e / m != e % m && margin[e] >= 0) {
        edges[k] = e;
        values[k++] = margin[e];
      }
    }
    long[] distinct = Arrays.stream(values).sorted().distinct().toArray();
    int[] atPosition = new int[m];
    for (int i = 0; i < m; i++) {
      atPosition[position[i]] = i;
    }
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      long rank = distinct.length - 1 - Arrays.binarySearch(distinct, values[k]);
      keys[k] = rank << 32 | (long) position[edges[k] / m] << 16 | position[edges[k] % m];
    }
    Arrays.sort(keys);
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      int winner = atPosition[(int) (keys[k] >>> 16) & 0xFFFF];
      int loser = atPosition[(int) keys[k] & 0xFFFF];
      out[k] = winner * m + loser;
    }
    return out;
  }

  /** A state of the all-orders search: the locked relation and the margin group in progress. */
  private record State(int group, long[] below) {
    @Override
    public boolean equals(Object o) {
      return o instanceof State s && s.group == group && Arrays.equals(s.below, below);
    }

    @Override
    public int hashCode() {
      return group * 31 + Arrays.hashCode(below);
    }

    @Override
    public String toString() {
      return "State[group=" + group + "]";
    }
  }

  /** Marks every candidate that wins under some order of equal-margin pairs. */
  private void allOrderWinners(int m, long[] margin, int[] edges, boolean[] winners) {
    // groupStart[g] .. groupStart[g + 1]: the edges of the g-th largest margin.
    int[] groupStart = new int[edges.length + 1];
    int groups = 0;
    for (int k = 0; k < edges.length; k++) {
      if (k == 0 || margin[edges[k]] != margin[edges[k - 1]]) {
        groupStart[groups++] = k;
      }
    }
    groupStart[groups] = edges.length;
    Locks work = new Locks(m);
    Set<State> seen = new HashSet<>();
    Deque<State> stack = new ArrayDeque<>();
    stack.push(new State(0, new long[m * work.words]));
    int[] live = new int[edges.length];
    while (!stack.isEmpty()) {
      State s = stack.pop();
      work.set(s.below);
      if (work.settled(winners)) {
        continue;
      }
      int g = s.group;
      int n;
      while (true) { // lock what every order locks, up to a real choice or the end
        if (g == groups) {
          n = -1;
          break;
        }
        if (g > s.group && work.settled(winners)) {
          n = -2; // every possible winner from here is known already
          break;
        }
        n = 0;
        for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
          int i = edges[k] / m;
          int j = edges[k] % m;
          if (!work.has(i, j) && !work.has(j, i)) {
            live[n++] = edges[k];
          }
        }
        if (n == 0) {
          g++;
          continue;
        }
        if (n == 1) {
          work.lock(live[0] / m, live[0] % m);
          continue;
        }
        boolean[] onCycle = onCycle(work, live, n, m);
        boolean locked = false;
        for (int k = 0; k < n; k++) {
          int i = live[k] / m;
          int j = live[k] % m;
          if (!onCycle[k] && !work.has(i, j)) {
            work.lock(i, j);
            locked = true;
          }
        }
        if (!locked) {
          break;
        }
      }
      if (n == -2) {
        continue;
      }
      if (n < 0) {
        work.markMaximal(winners);
        continue;
      }
      State branch = new State(g, work.bits.clone());
      if (!seen.add(branch)) {
        continue;
      }
      if (seen.size() > stateLimit) {
        throw new ProblemTooLargeException(id(), "the search over orders of equal margins (lock states)",
            seen.size(), stateLimit);
      }
      // Explore first the pairs won by the first candidate that could still win and is not yet
      // known to: a deep path then tends to find a new winner, and known ones prune the rest.
      int target = work.firstMaximalNotIn(winners);
      for (int pass = 0; pass < 2; pass++) {
        for (int k = n - 1; k >= 0; k--) {
          if ((live[k] / m == target) == (pass == 1)) {
            Locks child = new Locks(m);
            child.set(branch.below);
            child.lock(live[k] / m, live[k] % m);
            stack.push(new State(g, child.bits));
          }
        }
      }
    }
  }

  /**
   * Returns which of the n live pairs lie on a cycle of the locked relation plus the live pairs.
   * The locked relation is transitively closed, so a path between endpoints of live pairs can be
   * shortened to one through endpoints only: the closure runs on at most 2n candidates, not m.
   */
  private static boolean[] onCycle(Locks work, int[] live, int n, int m) {
    int[] node = new int[m];
    Arrays.fill(node, -1);
    int[] of = new int[2 * n];
    int k = 0;
    for (int e = 0; e < n; e++) {
      for (int x : new int[] {live[e] / m, live[e] % m}) {
        if (node[x] < 0) {
          node[x] = k;
          of[k++] = x;
        }
      }
    }
    boolean[][] reach = new boolean[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        reach[a][b] = work.has(of[a], of[b]);
      }
    }
    for (int e = 0; e < n; e++) {
      reach[node[live[e] / m]][node[live[e] % m]] = true;
    }
    for (int via = 0; via < k; via++) {
      boolean[] rowVia = reach[via];
      for (int a = 0; a < k; a++) {
        if (reach[a][via]) {
          boolean[] rowA = reach[a];
          for (int b = 0; b < k; b++) {
            rowA[b] |= rowVia[b];
          }
        }
      }
    }
    boolean[] out = new boolean[n];
    for (int e = 0; e < n; e++) {
      out[e] = reach[node[live[e] % m]][node[live[e] / m]];
    }
    return out;
  }

  /**
   * A transitively closed strict relation over candidate indices as bit rows: row i holds the
   * candidates locked below i.
   */
  private static final class Locks {
    final int m;
    final int words;
    long[] bits;

    /** Row i holds the candidates locked above i: the transpose of {@link #bits}, kept in step. */
    long[] above;

    Locks(int m) {
      this.m = m;
      this.words = (m + 63) >>> 6;
      this.bits = new long[m * words];
      this.above = new long[m * words];
    }

    void set(long[] from) {
      bits = from.clone();
      above = new long[m * words];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (has(i, j)) {
            above[j * words + (i >>> 6)] |= 1L << i;
          }
        }
      }
    }

    boolean has(int i, int j) {
      return (bits[i * words + (j >>> 6)] & (1L << j)) != 0;
    }

    /**
     * Adds i above j and everything that follows by transitivity: every candidate at or above i
     * goes above every candidate at or below j. Costs O((|above i| + |below j|) · m/64).
     */
    void lock(int i, int j) {
      if (has(i, j)) {
        return; // already implied: the closure stays as it is
      }
      long[] up = Arrays.copyOfRange(above, i * words, (i + 1) * words);
      up[i >>> 6] |= 1L << i;
      long[] down = Arrays.copyOfRange(bits, j * words, (j + 1) * words);
      down[j >>> 6] |= 1L << j;
      orInto(bits, up, down);
      orInto(above, down, up);
    }

    /** For every member a of {@code rows}, ORs {@code value} into row a of {@code target}. */
    private void orInto(long[] target, long[] rows, long[] value) {
      for (int w = 0; w < words; w++) {
        long word = rows[w];
        while (word != 0) {
          int a = (w << 6) + Long.numberOfTrailingZeros(word);
          word &= word - 1;
          int row = a * words;
          for (int v = 0; v < words; v++) {
            target[row + v] |= value[v];
          }
        }
      }
    }

    /** How many candidates are below i. */
    int below(int i) {
      int n = 0;
      for (int w = 0; w < words; w++) {
        n += Long.bitCount(bits[i * words + w]);
      }
      return n;
    }

    private long[] above() {
      long[] any = new long[words];
      for (int i = 0; i < m; i++) {
        for (int w = 0; w < words; w++) {
          any[w] |= bits[i * words + w];
        }
      }
      return any;
    }

    /**
     * Whether the winner of every completion of this relation is known: when one candidate alone
     * has nobody above it, it wins every completion (locks only add pairs) and is marked; when
     * every such candidate is marked, the completions can add no new winner.
     */
    boolean settled(boolean[] marked) {
      long[] any = above();
      int maximal = 0;
      int last = -1;
      boolean allMarked = true;
      for (int i = 0; i < m; i++) {
        if ((any[i >>> 6] & (1L << i)) == 0) {
          maximal++;
          last = i;
          allMarked &= marked[i];
        }
      }
      if (maximal == 1) {
        marked[last] = true;
        return true;
      }
      return allMarked;
    }

    /** Returns the first candidate with nobody above it that is not marked, or -1. */
    int firstMaximalNotIn(boolean[] marked) {
      long[] any = above();
      for (int i = 0; i < m; i++) {
        if ((any[i >>> 6] & (1L << i)) == 0 && !marked[i]) {
          return i;
        }
      }
      return -1;
    }

    /** Marks every candidate with nobody above it. */
    void markMaximal(boolean[] marked) {
      long[] any = above();
      for (int i = 0; i < m; i++) {
        if ((any[i >>> 6] & (1L << i)) == 0) {
          marked[i] = true;
        }
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankedPairs r && r.fixed == fixed && Objects.equals(r.order, order) && r.unranked == unranked;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fixed, order, unranked);
  }
}
