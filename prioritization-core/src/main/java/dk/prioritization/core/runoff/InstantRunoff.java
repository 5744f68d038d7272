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
 * Instant runoff voting (IRV; also Hare, the alternative vote, ranked-choice voting): each round
 * every remaining candidate counts the ballots on which it comes first among the remaining
 * candidates; the candidates with the fewest are eliminated, until one remains.
 *
 * <p><b>Ballots.</b> Any ranked ballots. A ballot counts for the candidates of its top tier among
 * the remaining candidates, one full vote each (on a strict ballot: for its first remaining
 * choice); a ballot naming no remaining candidate is exhausted and counts for nobody. On complete
 * strict ballots this is Hare's rule: a candidate with a majority of first places can never be
 * eliminated, so counting to the end and stopping at a majority elect the same candidate; the
 * explanation notes the round where a majority appears.
 *
 * <p><b>Ties for elimination</b> follow {@link EliminationTies}: all the tied go at once (default;
 * if all remaining tie they all win), one goes by a fixed order of the candidates, or
 * parallel-universe tie-breaking (the winners of every one-at-a-time order, computed once per set
 * of remaining candidates; candidates with no vote at all are dropped together, as every order
 * drops them first without changing anyone's count).
 *
 * <p><b>Exhausted-ballots variant</b> ({@link #exhaustedBallots()}): strict ballots only (a tied
 * ballot is refused, naming it); the count stops as soon as a candidate has a majority of the
 * ballots still naming a remaining candidate (more than half of the continuing ballots), who wins;
 * the candidates still in the count at that point, other than the winner, share the next tier. On
 * truncated strict ballots it elects the same candidates as the default rule.
 *
 * <table>
 *   <caption>Ids and the pref_voting 1.18 functions they match</caption>
 *   <tr><th>factory</th><th>id</th><th>pref_voting</th></tr>
 *   <tr><td>{@link #standard()}</td><td>{@code instant-runoff}</td><td>{@code instant_runoff} (complete
 *       ballots), its ProfileWithTies variant (truncated and tied ballots), ranking
 *       {@code instant_runoff_ranking}</td></tr>
 *   <tr><td>{@link #fixedOrder()}</td><td>{@code instant-runoff-tb}</td><td>{@code instant_runoff_tb}</td></tr>
 *   <tr><td>{@link #parallelUniverse()}</td><td>{@code instant-runoff-put}</td><td>{@code instant_runoff_put}</td></tr>
 *   <tr><td>{@link #exhaustedBallots()}</td><td>{@code instant-runoff-exhausted}</td>
 *       <td>{@code instant_runoff_for_truncated_linear_orders}</td></tr>
 * </table>
 *
 * <p><b>Sources:</b> T. Hare, <i>The Election of Representatives</i>, 1859; W. R. Ware, 1871;
 * pref_voting 1.18 ({@code iterative_methods}); on parallel-universe tie-breaking: V. Conitzer,
 * M. Rognlie, L. Xia, "Preference functions that score rankings and maximum likelihood
 * estimation", IJCAI 2009.
 *
 * <p><b>Complexity:</b> each round is one pass over the ballots, O(L) for total ballot length L;
 * at most m rounds. Parallel-universe tie-breaking counts each reachable set of remaining
 * candidates once: O(L) per set, exponential only in the worst case of long chains of ties.
 *
 * <p><b>Properties:</b> anonymous, neutral, majority winner and mutual majority criteria,
 * Condorcet loser criterion, later-no-harm; not monotonic (raising the winner can make it lose),
 * not Condorcet-consistent (Burlington 2009 is a real case), not reinforcing.
 *
 * <p><b>Ranking:</b> the reverse order of elimination; candidates eliminated in the same round
 * share a tier. Under parallel-universe tie-breaking the winners come first and the others share
 * one last tier (the universes disagree on their order), unless no tie for elimination ever arose,
 * in which case the single elimination order ranks them. The result has no scores; the rounds'
 * counts are in the explanation.
 */
public final class InstantRunoff extends EliminationRule {
  private static final InstantRunoff STANDARD = new InstantRunoff(EliminationTies.ALL, false, null);
  private static final InstantRunoff FIXED = new InstantRunoff(EliminationTies.FIXED, false, null);
  private static final InstantRunoff PUT = new InstantRunoff(EliminationTies.PARALLEL_UNIVERSE, false, null);
  private static final InstantRunoff EXHAUSTED = new InstantRunoff(EliminationTies.ALL, true, null);

  private final boolean exhausted;

  private InstantRunoff(EliminationTies ties, boolean exhausted, List<?> order) {
    super(ties, order);
    this.exhausted = exhausted;
  }

  /**
   * Returns instant runoff eliminating every candidate tied for fewest votes at once.
   *
   * @return the rule {@code instant-runoff}
   */
  public static InstantRunoff standard() {
    return STANDARD;
  }

  /**
   * Returns instant runoff eliminating, of the candidates tied for fewest votes, the one first in
   * the profile's candidate order.
   *
   * @return the rule {@code instant-runoff-tb}
   */
  public static InstantRunoff fixedOrder() {
    return FIXED;
  }

  /**
   * Returns instant runoff eliminating, of the candidates tied for fewest votes, the one first in
   * {@code order}.
   *
   * @param order every candidate of the profiles to be counted, the first to be eliminated first
   * @return the rule {@code instant-runoff-tb} with the option {@code order}
   */
  public static InstantRunoff fixedOrder(List<?> order) {
    return new InstantRunoff(EliminationTies.FIXED, false, ImmutableList.copyOf(order));
  }

  /**
   * Returns instant runoff with parallel-universe tie-breaking.
   *
   * @return the rule {@code instant-runoff-put}
   */
  public static InstantRunoff parallelUniverse() {
    return PUT;
  }

  /**
   * Returns instant runoff with the given answer to ties for elimination.
   *
   * @param ties what to do with a tie for elimination
   * @return the rule
   */
  public static InstantRunoff of(EliminationTies ties) {
    return switch (ties) {
      case ALL -> STANDARD;
      case FIXED -> FIXED;
      case PARALLEL_UNIVERSE -> PUT;
    };
  }

  /**
   * Returns the exhausted-ballots variant: strict ballots only, stopping at a majority of the
   * continuing ballots; ties for elimination all go at once.
   *
   * @return the rule {@code instant-runoff-exhausted}
   */
  public static InstantRunoff exhaustedBallots() {
    return EXHAUSTED;
  }

  /**
   * Returns the exhausted-ballots variant with the given answer to ties for elimination.
   *
   * @param ties what to do with a tie for elimination
   * @return the rule
   */
  public static InstantRunoff exhaustedBallots(EliminationTies ties) {
    return ties == EliminationTies.ALL ? EXHAUSTED : new InstantRunoff(ties, true, null);
  }

  @Override
  String baseId() {
    return exhausted ? "instant-runoff-exhausted" : "instant-runoff";
  }

  @Override
  public String description() {
    return (exhausted ? "Instant runoff on strict ballots, stopping at a majority of the continuing ballots"
        : "Instant runoff (Hare, alternative vote): eliminate the fewest first places until one remains")
        + "; ties for elimination: " + ties.id() + ".";
  }

  @Override
  Map<String, String> moreOptions() {
    return Map.of("ballots", exhausted ? "strict-exhausted" : "any");
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    RankedProfile<C> p = Ballots.ranked(this, profile);
    RankedData d = Access.ranked(p);
    if (exhausted) {
      requireStrict(p, d, "use InstantRunoff.standard() (pref_voting's instant_runoff) for tied ballots");
    }
    List<C> candidates = p.candidates();
    Engine.Count<C> count = new Engine.Count<>() {
      @Override
      public Text measure() {
        return d.anyTies ? Texts.TOP_TIER : Texts.FIRST_PLACES;
      }

      @Override
      public void values(BitSet remaining, long[] values) {
        Counts.topTier(d, remaining, values);
      }

      @Override
      public boolean eliminatesGreatest() {
        return false;
      }

      @Override
      public Engine.Stop stop(BitSet remaining, long[] values) {
        if (!exhausted) {
          return null;
        }
        long continuing = Counts.topTier(d, remaining, new long[d.m]);
        BitSet top = Counts.extreme(remaining, values, true);
        long best = values[top.nextSetBit(0)];
        long needed = Counts.majority(continuing);
        if (continuing == 0 || best < needed) {
          return null;
        }
        return new Engine.Stop(top, Texts.majority(candidates.get(top.nextSetBit(0)), best, needed, continuing));
      }

      @Override
      public Text remark(BitSet remaining, long[] values) {
        if (exhausted || d.anyTies) {
          return null;
        }
        long needed = Counts.majority(d.voters);
        for (int c = remaining.nextSetBit(0); c >= 0; c = remaining.nextSetBit(c + 1)) {
          if (values[c] >= needed) {
            C w = candidates.get(c);
            return new Text(w + " has " + values[c] + " of " + d.voters + " first places, a majority: " + w
                + " wins, and the later rounds only order the others.",
                w + " har " + values[c] + " af " + d.voters + " førstepladser, et flertal: " + w
                    + " vinder, og de senere runder ordner kun de øvrige.");
          }
        }
        return null;
      }

      @Override
      public BitSet forced(BitSet remaining, long[] values) {
        BitSet zero = new BitSet();
        boolean positive = false;
        for (int c = remaining.nextSetBit(0); c >= 0; c = remaining.nextSetBit(c + 1)) {
          if (values[c] == 0) {
            zero.set(c);
          } else {
            positive = true;
          }
        }
        return positive || zero.equals(remaining) ? zero : new BitSet();
      }
    };
    Engine.Outcome<C> out = eliminate(candidates, count);
    return Result.of(this, profile, out.ranking(), Map.of(), new Explanation<>(out.steps()));
  }
}
