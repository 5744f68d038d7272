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
 * Baldwin's method: repeatedly eliminate the candidates with the fewest Borda points, the points
 * recounted each round on the ballots restricted to the remaining candidates (with k remaining,
 * a voter's j-th remaining choice, from 0, scores k-1-j), until one remains.
 *
 * <p><b>Ballots.</b> Complete strict rankings only: a truncated or tied ballot is refused with an
 * exception naming it.
 *
 * <p><b>Ties for elimination</b> follow {@link EliminationTies}: all at once (default; if all
 * remaining tie they all win), one by a fixed candidate order, or parallel-universe tie-breaking.
 *
 * <table>
 *   <caption>Ids and the pref_voting 1.18 functions they match</caption>
 *   <tr><th>factory</th><th>id</th><th>pref_voting</th></tr>
 *   <tr><td>{@link #standard()}</td><td>{@code baldwin}</td><td>{@code baldwin}</td></tr>
 *   <tr><td>{@link #fixedOrder()}</td><td>{@code baldwin-tb}</td><td>{@code baldwin_tb}</td></tr>
 *   <tr><td>{@link #parallelUniverse()}</td><td>{@code baldwin-put}</td><td>{@code baldwin_put}</td></tr>
 * </table>
 *
 * <p><b>Sources:</b> J. M. Baldwin, "The technique of the Nanson preferential majority system of
 * election", <i>Proceedings of the Royal Society of Victoria</i> 39, 1926; pref_voting 1.18
 * ({@code iterative_methods}).
 *
 * <p><b>Complexity:</b> each round is one pass over the ballots, O(L) for total ballot length L;
 * at most m-1 rounds.
 *
 * <p><b>Properties:</b> anonymous, neutral, Condorcet-consistent (a Condorcet winner's Borda points
 * among any remaining set exceed the average, so it is never last) and Condorcet loser criterion;
 * not monotonic, not reinforcing.
 *
 * <p><b>Ranking:</b> the reverse order of elimination, those eliminated together sharing a tier;
 * under parallel-universe tie-breaking as {@link InstantRunoff} describes. The result has no
 * scores; the rounds' Borda points are in the explanation.
 */
public final class Baldwin extends EliminationRule {
  private static final Baldwin STANDARD = new Baldwin(EliminationTies.ALL, null);
  private static final Baldwin FIXED = new Baldwin(EliminationTies.FIXED, null);
  private static final Baldwin PUT = new Baldwin(EliminationTies.PARALLEL_UNIVERSE, null);

  private Baldwin(EliminationTies ties, List<?> order) {
    super(ties, order);
  }

  /**
   * Returns Baldwin's method eliminating every candidate tied for fewest points at once.
   *
   * @return the rule {@code baldwin}
   */
  public static Baldwin standard() {
    return STANDARD;
  }

  /**
   * Returns Baldwin's method eliminating, of the tied, the one first in the profile's candidate order.
   *
   * @return the rule {@code baldwin-tb}
   */
  public static Baldwin fixedOrder() {
    return FIXED;
  }

  /**
   * Returns Baldwin's method eliminating, of the tied, the one first in {@code order}.
   *
   * @param order every candidate of the profiles to be counted, the first to be eliminated first
   * @return the rule {@code baldwin-tb} with the option {@code order}
   */
  public static Baldwin fixedOrder(List<?> order) {
    return new Baldwin(EliminationTies.FIXED, ImmutableList.copyOf(order));
  }

  /**
   * Returns Baldwin's method with parallel-universe tie-breaking.
   *
   * @return the rule {@code baldwin-put}
   */
  public static Baldwin parallelUniverse() {
    return PUT;
  }

  /**
   * Returns Baldwin's method with the given answer to ties for elimination.
   *
   * @param ties what to do with a tie for elimination
   * @return the rule
   */
  public static Baldwin of(EliminationTies ties) {
    return switch (ties) {
      case ALL -> STANDARD;
      case FIXED -> FIXED;
      case PARALLEL_UNIVERSE -> PUT;
    };
  }

  @Override
  String baseId() {
    return "baldwin";
  }

  @Override
  public String description() {
    return "Baldwin: eliminate the fewest Borda points, recounted among the remaining; ties for elimination: "
        + ties.id() + ".";
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    RankedProfile<C> p = Ballots.ranked(this, profile);
    RankedData d = Access.ranked(p);
    requireLinear(p, d, "Borda.symmetric() or a pairwise rule counts truncated and tied ballots");
    List<C> candidates = p.candidates();
    Engine.Count<C> count = new Engine.Count<>() {
      @Override
      public Text measure() {
        return Texts.BORDA;
      }

      @Override
      public void values(BitSet remaining, long[] values) {
        Counts.borda(d, remaining, values);
      }

      @Override
      public boolean eliminatesGreatest() {
        return false;
      }
    };
    Engine.Outcome<C> out = eliminate(candidates, count);
    return Result.of(this, profile, out.ranking(), Map.of(), new Explanation<>(out.steps()));
  }
}
