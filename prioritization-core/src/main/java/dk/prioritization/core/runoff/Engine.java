package dk.prioritization.core.runoff;

import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Text;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The elimination engine of instant runoff, Coombs and Baldwin: a set of remaining candidates, a
 * per-round count, who is eliminated, and the three answers to a tie for elimination
 * ({@link EliminationTies}), parallel-universe tie-breaking memoized on the remaining set.
 */
final class Engine {
  private Engine() {}

  /** A winner decided before anyone is eliminated in a round, with the sentence saying why. */
  record Stop(BitSet winners, Text why) {}

  /**
   * One method's round: its count over the remaining candidates, and when it stops.
   *
   * @param <C> the candidate type
   */
  interface Count<C> {
    /** What the values are. */
    Text measure();

    /** Fills {@code values[c]} for every remaining candidate c. */
    void values(BitSet remaining, long[] values);

    /** Whether the candidates with the greatest value are eliminated (Coombs) rather than the least. */
    boolean eliminatesGreatest();

    /** The winners if the count stops at this round (a majority), or {@code null} to go on. */
    default Stop stop(BitSet remaining, long[] values) {
      return null;
    }

    /** A remark on this round for the explanation, or {@code null}. The engine shows the first only. */
    default Text remark(BitSet remaining, long[] values) {
      return null;
    }

    /**
     * The candidates that every one-at-a-time elimination order removes first, in any order and
     * without changing the others' values; if that is every remaining candidate, each can be the
     * last. Empty when there is no such shortcut.
     */
    default BitSet forced(BitSet remaining, long[] values) {
      return new BitSet();
    }
  }

  /** The outcome: the ranking and the steps that explain it. */
  record Outcome<C>(Ranking<C> ranking, List<Explanation.Step<C>> steps) {}

  /**
   * Runs the count to the end.
   *
   * @param candidates the profile's candidates
   * @param count the method's count
   * @param ties what to do with a tie for elimination
   * @param fixedRank for {@link EliminationTies#FIXED}: each candidate's place in the tie order, lowest goes first
   */
  static <C> Outcome<C> run(List<C> candidates, Count<C> count, EliminationTies ties, int[] fixedRank) {
    if (ties == EliminationTies.PARALLEL_UNIVERSE) {
      return parallelUniverse(candidates, count);
    }
    return sequential(candidates, count, ties, fixedRank);
  }

  private static <C> Outcome<C> sequential(List<C> candidates, Count<C> count, EliminationTies ties, int[] fixedRank) {
    int m = candidates.size();
    BitSet remaining = new BitSet(m);
    remaining.set(0, m);
    long[] values = new long[m];
    List<Explanation.Step<C>> steps = new ArrayList<>();
    List<BitSet> eliminated = new ArrayList<>();
    BitSet winners = new BitSet();
    BitSet unseparated = new BitSet();
    boolean remarked = false;
    for (int round = 1; !remaining.isEmpty(); round++) {
      if (remaining.cardinality() == 1) {
        winners = remaining;
        steps.add(new Explanation.Note<>(Texts.onlyOneLeft(candidates.get(remaining.nextSetBit(0)))));
        break;
      }
      count.values(remaining, values);
      Map<C, dk.prioritization.core.Rational> shown = Counts.values(candidates, remaining, values);
      Text remark = remarked ? null : count.remark(remaining, values);
      Stop stop = count.stop(remaining, values);
      if (stop != null) {
        steps.add(new Explanation.Elimination<>(round, count.measure(), shown, Set.of()));
        steps.add(new Explanation.Note<>(stop.why()));
        winners = stop.winners();
        unseparated = (BitSet) remaining.clone();
        unseparated.andNot(winners);
        break;
      }
      BitSet out = Counts.extreme(remaining, values, count.eliminatesGreatest());
      if (ties == EliminationTies.ALL && out.equals(remaining)) {
        steps.add(new Explanation.Elimination<>(round, count.measure(), shown, Set.of()));
        steps.add(new Explanation.Note<>(Texts.allTie(Counts.members(candidates, remaining))));
        winners = remaining;
        break;
      }
      if (ties == EliminationTies.FIXED && out.cardinality() > 1) {
        int pick = -1;
        for (int c = out.nextSetBit(0); c >= 0; c = out.nextSetBit(c + 1)) {
          if (pick < 0 || fixedRank[c] < fixedRank[pick]) {
            pick = c;
          }
        }
        List<C> tied = Counts.members(candidates, out);
        out = new BitSet();
        out.set(pick);
        steps.add(new Explanation.Elimination<>(round, count.measure(), shown, Set.copyOf(Counts.members(candidates, out))));
        steps.add(new Explanation.Note<>(Texts.fixedOrder(tied, candidates.get(pick))));
      } else {
        steps.add(new Explanation.Elimination<>(round, count.measure(), shown,
            ImmutableSet.copyOf(Counts.members(candidates, out))));
      }
      if (remark != null) {
        steps.add(new Explanation.Note<>(remark));
        remarked = true;
      }
      eliminated.add(out);
      remaining = (BitSet) remaining.clone();
      remaining.andNot(out);
    }
    List<Set<C>> tiers = new ArrayList<>();
    if (!winners.isEmpty()) {
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, winners)));
    }
    if (!unseparated.isEmpty()) {
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, unseparated)));
    }
    for (int i = eliminated.size() - 1; i >= 0; i--) {
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, eliminated.get(i))));
    }
    return new Outcome<>(new Ranking<>(tiers), steps);
  }

  /** The state of one parallel-universe search. */
  private static final class Search<C> {
    final Count<C> count;
    final long[] values;
    final Map<BitSet, BitSet> memo = new HashMap<>();
    boolean branched;

    Search(Count<C> count, int m) {
      this.count = count;
      this.values = new long[m];
    }

    /** The candidates who win from {@code remaining} along some one-at-a-time elimination order. */
    BitSet winners(BitSet remaining) {
      if (remaining.cardinality() <= 1) {
        return remaining;
      }
      BitSet known = memo.get(remaining);
      if (known != null) {
        return known;
      }
      count.values(remaining, values);
      BitSet result;
      Stop stop = count.stop(remaining, values);
      BitSet forced = stop == null ? count.forced(remaining, values) : null;
      if (stop != null) {
        result = stop.winners();
      } else if (forced.equals(remaining)) {
        result = remaining;
        branched |= remaining.cardinality() > 1;
      } else if (!forced.isEmpty()) {
        BitSet next = (BitSet) remaining.clone();
        next.andNot(forced);
        result = winners(next);
      } else {
        BitSet out = Counts.extreme(remaining, values, count.eliminatesGreatest());
        branched |= out.cardinality() > 1;
        result = new BitSet();
        for (int c = out.nextSetBit(0); c >= 0; c = out.nextSetBit(c + 1)) {
          BitSet next = (BitSet) remaining.clone();
          next.clear(c);
          result.or(winners(next));
        }
      }
      memo.put(remaining, result);
      return result;
    }
  }

  private static <C> Outcome<C> parallelUniverse(List<C> candidates, Count<C> count) {
    int m = candidates.size();
    BitSet all = new BitSet(m);
    all.set(0, m);
    Search<C> search = new Search<>(count, m);
    BitSet winners = search.winners(all);
    if (!search.branched) {
      // No tie for elimination anywhere: every universe is the same one, so eliminating the tied at
      // once (there are none) gives the same winners and a well-defined elimination order.
      Outcome<C> one = sequential(candidates, count, EliminationTies.ALL, null);
      List<Explanation.Step<C>> steps = new ArrayList<>(one.steps());
      steps.add(new Explanation.Note<>(new Text(
          "Parallel-universe tie-breaking: no tie for elimination arose, so there is one elimination order.",
          "Parallel-univers-lodtrækning: der opstod ingen stemmelighed om at udgå, så der er kun én rækkefølge.")));
      return new Outcome<>(one.ranking(), steps);
    }
    List<Explanation.Step<C>> steps = new ArrayList<>();
    long[] values = new long[m];
    count.values(all, values);
    steps.add(new Explanation.Tally<>(count.measure(), Counts.values(candidates, all, values)));
    BitSet rest = (BitSet) all.clone();
    rest.andNot(winners);
    String n = Texts.names(Counts.members(candidates, winners));
    steps.add(new Explanation.Note<>(new Text(
        "Parallel-universe tie-breaking: every way of eliminating one tied candidate at a time was followed ("
            + search.memo.size() + " distinct sets of remaining candidates counted); " + n
            + (winners.cardinality() == 1 ? " wins" : " win") + " in at least one."
            + (rest.isEmpty() ? "" : " The other candidates are not ordered: they share the last tier."),
        "Parallel-univers-lodtrækning: alle måder at lade én af de lige kandidater udgå ad gangen blev fulgt ("
            + search.memo.size() + " forskellige mængder af tilbageværende kandidater optalt); " + n
            + " vinder i mindst én af dem."
            + (rest.isEmpty() ? "" : " De øvrige kandidater ordnes ikke: de deler sidste lag."))));
    List<Set<C>> tiers = new ArrayList<>();
    tiers.add(ImmutableSet.copyOf(Counts.members(candidates, winners)));
    if (!rest.isEmpty()) {
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, rest)));
    }
    return new Outcome<>(new Ranking<>(tiers), steps);
  }
}
