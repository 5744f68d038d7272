package dk.prioritization.core.runoff;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Result;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import dk.prioritization.core.internal.RankedData;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Coombs' method: if a candidate is ranked first among the remaining candidates by a majority of
 * all voters (more than half), it wins; otherwise the candidates ranked last among the remaining
 * by the most voters are eliminated, and the count repeats.
 *
 * <p><b>Ballots.</b> Complete strict rankings only: a truncated ballot (who is last?) or a tied
 * one is refused with an exception naming it.
 *
 * <p><b>Ties for elimination</b> follow {@link EliminationTies}: all at once (default; if all
 * remaining tie they all win), one by a fixed candidate order, or parallel-universe tie-breaking.
 *
 * <table>
 *   <caption>Ids and the pref_voting 1.18 functions they match</caption>
 *   <tr><th>factory</th><th>id</th><th>pref_voting</th></tr>
 *   <tr><td>{@link #standard()}</td><td>{@code coombs}</td><td>{@code coombs}</td></tr>
 *   <tr><td>{@link #fixedOrder()}</td><td>{@code coombs-tb}</td><td>{@code coombs_tb}</td></tr>
 *   <tr><td>{@link #parallelUniverse()}</td><td>{@code coombs-put}</td><td>{@code coombs_put}</td></tr>
 * </table>
 *
 * <p><b>Sources:</b> C. H. Coombs, <i>A Theory of Data</i>, Wiley, 1964; pref_voting 1.18
 * ({@code iterative_methods}).
 *
 * <p><b>Complexity:</b> each round is one pass over the ballots for the last places and one for
 * the majority check, O(L) for total ballot length L; at most m rounds.
 *
 * <p><b>Properties:</b> anonymous, neutral, majority winner criterion; not monotonic, not
 * Condorcet-consistent.
 *
 * <p><b>Ranking:</b> the winners, then the candidates still in the count when a majority decided
 * (one tier: the rule does not separate them), then the others in reverse order of elimination,
 * those eliminated together sharing a tier. Under parallel-universe tie-breaking: as
 * {@link InstantRunoff} describes. The result has no scores; the rounds' counts are in the
 * explanation.
 */
public final class Coombs extends EliminationRule {
  private static final Coombs STANDARD = new Coombs(EliminationTies.ALL, null);
  private static final Coombs FIXED = new Coombs(EliminationTies.FIXED, null);
  private static final Coombs PUT = new Coombs(EliminationTies.PARALLEL_UNIVERSE, null);

  private Coombs(EliminationTies ties, List<?> order) {
    super(ties, order);
  }

  /**
   * Returns Coombs' method eliminating every candidate tied for most last places at once.
   *
   * @return the rule {@code coombs}
   */
  public static Coombs standard() {
    return STANDARD;
  }

  /**
   * Returns Coombs' method eliminating, of the tied, the one first in the profile's candidate order.
   *
   * @return the rule {@code coombs-tb}
   */
  public static Coombs fixedOrder() {
    return FIXED;
  }

  /**
   * Returns Coombs' method eliminating, of the tied, the one first in {@code order}.
   *
   * @param order every candidate of the profiles to be counted, the first to be eliminated first
   * @return the rule {@code coombs-tb} with the option {@code order}
   */
  public static Coombs fixedOrder(List<?> order) {
    return new Coombs(EliminationTies.FIXED, ImmutableList.copyOf(order));
  }

  /**
   * Returns Coombs' method with parallel-universe tie-breaking.
   *
   * @return the rule {@code coombs-put}
   */
  public static Coombs parallelUniverse() {
    return PUT;
  }

  /**
   * Returns Coombs' method with the given answer to ties for elimination.
   *
   * @param ties what to do with a tie for elimination
   * @return the rule
   */
  public static Coombs of(EliminationTies ties) {
    return switch (ties) {
      case ALL -> STANDARD;
      case FIXED -> FIXED;
      case PARALLEL_UNIVERSE -> PUT;
    };
  }

  @Override
  String baseId() {
    return "coombs";
  }

  @Override
  public String description() {
    return "Coombs: a majority of first places wins, else eliminate the most last places; ties for elimination: "
        + ties.id() + ".";
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    RankedProfile<C> p = Ballots.ranked(this, profile);
    RankedData d = Access.ranked(p);
    requireLinear(p, d, "instant runoff (InstantRunoff.standard()) counts any ballots");
    List<C> candidates = p.candidates();
    long needed = Counts.majority(d.voters);
    Engine.Count<C> count = new Engine.Count<>() {
      @Override
      public Text measure() {
        return Texts.LAST_PLACES;
      }

      @Override
      public void values(BitSet remaining, long[] values) {
        Counts.lastPlaces(d, remaining, values);
      }

      @Override
      public boolean eliminatesGreatest() {
        return true;
      }

      @Override
      public Engine.Stop stop(BitSet remaining, long[] values) {
        long[] first = new long[d.m];
        Counts.topTier(d, remaining, first);
        for (int c = remaining.nextSetBit(0); c >= 0; c = remaining.nextSetBit(c + 1)) {
          if (first[c] >= needed) {
            BitSet w = new BitSet();
            w.set(c);
            return new Engine.Stop(w, Texts.majority(candidates.get(c), first[c], needed, d.voters));
          }
        }
        return null;
      }
    };
    Engine.Outcome<C> out = eliminate(candidates, count);
    return Result.of(this, profile, out.ranking(), Map.of(), new Explanation<>(out.steps()));
  }
}
