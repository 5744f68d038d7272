package dk.prioritization.core.pairwise;

import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import dk.prioritization.core.internal.RankedData;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.PositionalTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Black's method: the Condorcet winner if there is one, otherwise the Borda winners.
 *
 * <p>Ranking: with a Condorcet winner w, w first, then the others in the order of their Borda
 * points; without one, the Borda ranking. The result carries no scores (the winner need not have
 * the most points); the explanation shows the margins and the Borda points.
 *
 * <p><b>Source:</b> D. Black, <i>The Theory of Committees and Elections</i>, Cambridge University
 * Press, 1958; pref_voting {@code blacks}.
 *
 * <p><b>Complexity:</b> the pairwise tally, O(m²) per distinct ballot, and the Borda count, O(m)
 * per distinct ballot.
 *
 * <p><b>Properties:</b> Condorcet-consistent, satisfies the Condorcet loser criterion (both
 * branches do), monotonic, anonymous, neutral; not Smith-consistent (the Borda winner can lie
 * outside the Smith set), fails independence of clones.
 *
 * <p><b>Ties in the result:</b> Borda ties are kept. <b>Truncated and tied ballots:</b> refused
 * with {@link dk.prioritization.core.UnsupportedBallotException}, since Borda's own count is
 * defined on complete strict ballots only; it is not a {@link PairwiseRule}, as the Borda step
 * needs the ballots.
 */
public final class Blacks implements Rule {
  private static final Blacks RULE = new Blacks();

  private Blacks() {}

  /**
   * Returns Black's method.
   *
   * @return the rule {@code blacks}
   */
  public static Blacks rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "blacks";
  }

  @Override
  public String description() {
    return "Black: the Condorcet winner if there is one, else the Borda winners; complete strict ballots only.";
  }

  @Override
  public BallotKind ballotKind() {
    return BallotKind.RANKED;
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    RankedProfile<C> ranked = Ballots.ranked(this, profile);
    RankedData d = Access.ranked(ranked);
    for (int b = 0; b < d.size; b++) {
      int k = d.offsets[b + 1] - d.offsets[b];
      if (k < d.m || d.hasTie(b)) {
        throw Ballots.unsupported(this, ranked, b,
            k < d.m ? "it ranks only " + k + " of " + d.m + " candidates" : "it ranks candidates as tied",
            "Black's method falls back on Borda's own count, defined on complete strict ballots only; for truncated"
                + " or tied ballots choose a Condorcet method such as Schulze.rule()");
      }
    }
    PairwiseTally<C> tally = PairwiseTally.of(ranked);
    PositionalTally<C> borda = Borda.standard().tally(ranked);
    Map<C, Rational> points = borda.scores();
    Optional<C> w = tally.condorcetWinner();
    List<Explanation.Step<C>> steps = new ArrayList<>();
    steps.add(AbstractPairwiseRule.marginStep(tally));
    Ranking<C> ranking;
    if (w.isPresent()) {
      C winner = w.get();
      List<Set<C>> tiers = new ArrayList<>();
      tiers.add(ImmutableSet.of(winner));
      for (Set<C> tier : borda.ranking().tiers()) {
        Set<C> rest = ImmutableSet.copyOf(tier.stream().filter(c -> !c.equals(winner)).iterator());
        if (!rest.isEmpty()) {
          tiers.add(rest);
        }
      }
      ranking = new Ranking<>(tiers);
      steps.add(new Explanation.Note<>(new Text(
          winner + " is the Condorcet winner and wins; the others are ranked by their Borda points.",
          winner + " er Condorcet-vinder og vinder; de øvrige rangordnes efter deres Borda-point.")));
    } else {
      ranking = borda.ranking();
      steps.add(new Explanation.Note<>(new Text(
          "There is no Condorcet winner, so the Borda count decides.",
          "Der er ingen Condorcet-vinder, så Borda-optællingen afgør valget.")));
    }
    steps.add(new Explanation.Tally<>(new Text("Borda points", "Borda-point"), points));
    return Result.of(this, profile, ranking, Map.of(), new Explanation<>(steps));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Blacks;
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return id();
  }
}
