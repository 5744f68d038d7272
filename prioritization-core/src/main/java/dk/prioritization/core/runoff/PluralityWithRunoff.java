package dk.prioritization.core.runoff;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
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
 * Plurality with runoff (the two-round system, counted from one ranked ballot): a candidate with
 * a majority of first places (more than half of all voters) wins; otherwise the two candidates
 * with the most first places meet in a runoff, decided by the voters' rankings of the two.
 *
 * <p><b>Ties at first or second place</b> get parallel-universe tie-breaking: if several tie for
 * most first places, every pair of them has a runoff; if one leads and several tie for second,
 * the leader meets each of them. The winners are every candidate who wins some runoff (both
 * candidates of a tied runoff win it). If all candidates tie for most first places, every pair
 * meets. With one candidate, it wins.
 *
 * <p><b>Ballots.</b> Complete strict rankings only: a truncated or tied ballot is refused with an
 * exception naming it.
 *
 * <p><b>Id:</b> {@code plurality-with-runoff}, matching pref_voting 1.18's
 * {@code plurality_with_runoff_put}.
 *
 * <p><b>Sources:</b> the two-round system of French presidential elections; pref_voting 1.18
 * ({@code iterative_methods}).
 *
 * <p><b>Complexity:</b> one pass for the first places, one per runoff pair, O(L) each for total
 * ballot length L.
 *
 * <p><b>Properties:</b> anonymous, neutral, majority winner and Condorcet loser criteria; not
 * monotonic, not Condorcet-consistent, not clone-independent. Equals instant runoff with three
 * candidates.
 *
 * <p><b>Ranking:</b> the winners; then the finalists who won no runoff; then the other candidates
 * by their first places, most first, equal counts sharing a tier. The scores are the first places.
 */
public final class PluralityWithRunoff extends AbstractRunoffRule {
  private static final PluralityWithRunoff RULE = new PluralityWithRunoff();

  private PluralityWithRunoff() {}

  /**
   * Returns plurality with runoff, with parallel-universe tie-breaking at first and second place.
   *
   * @return the rule {@code plurality-with-runoff}
   */
  public static PluralityWithRunoff rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "plurality-with-runoff";
  }

  @Override
  public String description() {
    return "Plurality with runoff: a majority of first places wins, else the top two meet in a runoff.";
  }

  @Override
  public Map<String, String> options() {
    return ImmutableMap.of("ties", EliminationTies.PARALLEL_UNIVERSE.id());
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    RankedProfile<C> p = Ballots.ranked(this, profile);
    RankedData d = Access.ranked(p);
    requireLinear(p, d, "instant runoff (InstantRunoff.standard()) counts any ballots");
    List<C> candidates = p.candidates();
    int m = d.m;
    BitSet all = new BitSet(m);
    all.set(0, m);
    long[] first = new long[m];
    Counts.topTier(d, all, first);
    Map<C, Rational> scores = Counts.values(candidates, all, first);
    List<Explanation.Step<C>> steps = new ArrayList<>();
    steps.add(new Explanation.Tally<>(new Text("first places", "førstepladser"), scores));
    BitSet winners = new BitSet();
    BitSet finalists = new BitSet();
    long needed = Counts.majority(d.voters);
    BitSet top = Counts.extreme(all, first, true);
    if (m == 1) {
      winners.set(0);
    } else if (top.cardinality() == 1 && first[top.nextSetBit(0)] >= needed) {
      winners = top;
      int w = top.nextSetBit(0);
      steps.add(new Explanation.Note<>(Texts.majority(candidates.get(w), first[w], needed, d.voters)));
    } else {
      BitSet second;
      if (top.cardinality() > 1) {
        second = top;
      } else {
        BitSet rest = (BitSet) all.clone();
        rest.andNot(top);
        second = Counts.extreme(rest, first, true);
      }
      if (top.cardinality() > 1 || second.cardinality() > 1) {
        steps.add(new Explanation.Note<>(new Text(
            "Tie for a place in the runoff: every pair the tie allows has a runoff (parallel universes).",
            "Stemmelighed om en plads i omvalget: hvert par, stemmeligheden tillader, får et omvalg (parallelle universer).")));
      }
      for (int a = top.nextSetBit(0); a >= 0; a = top.nextSetBit(a + 1)) {
        for (int b = second.nextSetBit(0); b >= 0; b = second.nextSetBit(b + 1)) {
          if (a == b || (second == top && b < a)) {
            continue;
          }
          long ab = Counts.prefer(d, a, b);
          long ba = Counts.prefer(d, b, a);
          steps.add(new Explanation.Runoff<>(candidates.get(a), candidates.get(b), ab, ba, d.voters - ab - ba));
          finalists.set(a);
          finalists.set(b);
          if (ab >= ba) {
            winners.set(a);
          }
          if (ba >= ab) {
            winners.set(b);
          }
        }
      }
    }
    List<Set<C>> tiers = new ArrayList<>();
    tiers.add(ImmutableSet.copyOf(Counts.members(candidates, winners)));
    finalists.andNot(winners);
    if (!finalists.isEmpty()) {
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, finalists)));
    }
    BitSet rest = (BitSet) all.clone();
    rest.andNot(winners);
    rest.andNot(finalists);
    while (!rest.isEmpty()) {
      BitSet tier = Counts.extreme(rest, first, true);
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, tier)));
      rest.andNot(tier);
    }
    return Result.of(this, profile, new Ranking<>(tiers), scores, new Explanation<>(steps));
  }
}
