package dk.prioritization.core.runoff;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import dk.prioritization.core.internal.RankedData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nanson's method: count Borda points on the ballots restricted to the remaining candidates,
 * eliminate every candidate below the average, and repeat.
 *
 * <p>Two variants differ on a candidate exactly at the average:
 * <ul>
 *   <li>{@link #strict()} ({@code strict-nanson}, pref_voting's {@code strict_nanson}; Nanson's
 *       own rule): eliminate those strictly below the average; stop when one candidate remains or
 *       none is below the average, and then all remaining candidates win.</li>
 *   <li>{@link #weak()} ({@code weak-nanson}, pref_voting's {@code weak_nanson}; Schwartz's
 *       variant): eliminate those at or below the average; if all have the same points, all
 *       remaining candidates win.</li>
 * </ul>
 *
 * <p><b>Ballots.</b> Complete strict rankings only: a truncated or tied ballot is refused with an
 * exception naming it.
 *
 * <p><b>Sources:</b> E. J. Nanson, "Methods of election", <i>Transactions and Proceedings of the
 * Royal Society of Victoria</i> 19, 1882; T. Schwartz, <i>The Logic of Collective Choice</i>,
 * Columbia University Press, 1986; pref_voting 1.18 ({@code iterative_methods}).
 *
 * <p><b>Complexity:</b> each round is one pass over the ballots, O(L) for total ballot length L;
 * at most m-1 rounds, usually about log2(m).
 *
 * <p><b>Properties:</b> anonymous, neutral, Condorcet-consistent (a Condorcet winner's Borda
 * points among any remaining set are above the average) and Condorcet loser criterion; not
 * monotonic.
 *
 * <p><b>Ranking:</b> the winners, then the others in reverse order of elimination, those
 * eliminated together sharing a tier. The result has no scores; the rounds' points are in the
 * explanation. Exact: the comparison with the average is made on whole numbers.
 */
public final class Nanson extends AbstractRunoffRule {
  private static final Nanson STRICT = new Nanson(true);
  private static final Nanson WEAK = new Nanson(false);

  private final boolean strict;

  private Nanson(boolean strict) {
    this.strict = strict;
  }

  /**
   * Returns Nanson's own rule: eliminate those strictly below the average.
   *
   * @return the rule {@code strict-nanson}
   */
  public static Nanson strict() {
    return STRICT;
  }

  /**
   * Returns Schwartz's variant: eliminate those at or below the average.
   *
   * @return the rule {@code weak-nanson}
   */
  public static Nanson weak() {
    return WEAK;
  }

  @Override
  public String id() {
    return strict ? "strict-nanson" : "weak-nanson";
  }

  @Override
  public String description() {
    return strict ? "Nanson: eliminate the Borda points strictly below the average, recounted among the remaining."
        : "Weak Nanson (Schwartz): eliminate the Borda points at or below the average, recounted among the remaining.";
  }

  @Override
  public Map<String, String> options() {
    return ImmutableMap.of("below", strict ? "strictly" : "or-equal");
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    RankedProfile<C> p = Ballots.ranked(this, profile);
    RankedData d = Access.ranked(p);
    requireLinear(p, d, "Borda.symmetric() or a pairwise rule counts truncated and tied ballots");
    List<C> candidates = p.candidates();
    int m = d.m;
    BitSet remaining = new BitSet(m);
    remaining.set(0, m);
    long[] values = new long[m];
    List<Explanation.Step<C>> steps = new ArrayList<>();
    List<BitSet> eliminated = new ArrayList<>();
    for (int round = 1; !remaining.isEmpty(); round++) {
      int k = remaining.cardinality();
      if (k == 1) {
        steps.add(new Explanation.Note<>(Texts.onlyOneLeft(candidates.get(remaining.nextSetBit(0)))));
        break;
      }
      Counts.borda(d, remaining, values);
      long total = 0;
      for (int c = remaining.nextSetBit(0); c >= 0; c = remaining.nextSetBit(c + 1)) {
        total = Math.addExact(total, values[c]);
      }
      BitSet out = new BitSet();
      boolean allEqual = true;
      long first = values[remaining.nextSetBit(0)];
      for (int c = remaining.nextSetBit(0); c >= 0; c = remaining.nextSetBit(c + 1)) {
        long scaled = Math.multiplyExact(values[c], (long) k);
        if (strict ? scaled < total : scaled <= total) {
          out.set(c);
        }
        allEqual &= values[c] == first;
      }
      Map<C, Rational> shown = Counts.values(candidates, remaining, values);
      Text measure = new Text("Borda points among the remaining candidates (average " + Rational.of(total, k) + ")",
          "Borda-point blandt de tilbageværende kandidater (gennemsnit " + Rational.of(total, k) + ")");
      if (out.isEmpty() || allEqual) {
        steps.add(new Explanation.Elimination<>(round, measure, shown, Set.of()));
        steps.add(new Explanation.Note<>(Texts.allTie(Counts.members(candidates, remaining))));
        break;
      }
      steps.add(new Explanation.Elimination<>(round, measure, shown, ImmutableSet.copyOf(Counts.members(candidates, out))));
      eliminated.add(out);
      remaining.andNot(out);
    }
    List<Set<C>> tiers = new ArrayList<>();
    if (!remaining.isEmpty()) {
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, remaining)));
    }
    for (int i = eliminated.size() - 1; i >= 0; i--) {
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, eliminated.get(i))));
    }
    return Result.of(this, profile, new dk.prioritization.core.Ranking<>(tiers), Map.of(), new Explanation<>(steps));
  }
}
