package dk.prioritization.core.pairwise;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Kemeny-Young method: the social rankings are the strict rankings that maximise the sum of
 * the margins of the pairs they put in order; the winners are the candidates first in some such
 * ranking.
 *
 * <p><b>Definition.</b> The <em>score</em> of a strict ranking is the sum of margin(a, b) over
 * every pair it ranks a above b. On complete strict ballots from n voters over m candidates, a
 * ranking of score s has total Kendall tau distance (n·m(m-1)/2 - s)/2 to the ballots (each pair
 * contributes support(b, a) = (n - margin(a, b))/2), so maximising the score is Kemeny's
 * minimising of the total distance. On truncated and tied ballots the margins are those of the
 * {@link PairwiseTally} under the rule's {@link Unranked} convention, as in pref_voting's
 * {@code kemeny_young} (algorithm "marginal").
 *
 * <p><b>Exact computation by components.</b> Split the candidates into the strongly connected
 * components of the majority graph with zero-margin pairs counted as edges both ways
 * ({@link PairwiseTally#components()}); every margin from an earlier component to a later one is
 * positive. <em>Every optimal ranking lists the components in that order</em> (the extended
 * Condorcet criterion, Truchon 1998): if a ranking put some candidate y directly above a candidate
 * x of an earlier component, swapping the two changes only the orientation of that pair and
 * raises the score by 2·margin(x, y) &gt; 0, so the ranking was not optimal; and a ranking in
 * which no neighbour pair runs against the component order keeps every component together and in
 * order. The optimal score is then the sum of the fixed cross-component margins and each
 * component's own optimum, the optimal rankings are exactly the concatenations of optimal
 * rankings of each component, and the winners come from the first component (the Smith set)
 * alone. Each component of k candidates is solved exactly by dynamic programming over its 2^k
 * subsets, which also counts the optimal rankings and finds every candidate that tops one.
 *
 * <p><b>Sources:</b> J. G. Kemeny, "Mathematics without numbers", <i>Daedalus</i> 88, 1959;
 * H. P. Young and A. Levenglick, "A consistent extension of Condorcet's election principle",
 * <i>SIAM J. Appl. Math.</i> 35, 1978; M. Truchon, "An extension of the Condorcet criterion and
 * Kemeny orders", cahier 98-15, Université Laval, 1998; pref_voting 1.18 ({@code kemeny_young}).
 *
 * <p><b>Complexity:</b> NP-hard in general (Bartholdi, Tovey and Trick 1989). Here O(m²) for the
 * components plus O(2^k · k) time and 16·2^k bytes for each component of k candidates: about
 * 16 MB at k = 20 and 512 MB at k = 25 (see {@code KemenyBenchmark} for times). A component larger
 * than the {@linkplain #componentLimit() limit} (25 by default) is refused up front with a
 * {@link ProblemTooLargeException} rather than run for hours; real elections of a hundred
 * candidates usually split into small components and solve in milliseconds.
 *
 * <p><b>Properties:</b> anonymous, neutral, Pareto, monotonic; Condorcet-consistent (a Condorcet
 * winner is a component of its own, the first) and Smith-consistent (the winners lie in the Smith
 * set), and it satisfies the Condorcet loser criterion and the extended Condorcet criterion above;
 * its rankings are reinforcing (Young and Levenglick: it is the only neutral, consistent,
 * Condorcet rule for rankings) and locally independent of irrelevant alternatives. It fails
 * independence of clones and, like every Condorcet-consistent rule with four or more candidates,
 * participation; finding its winners is NP-hard.
 *
 * <p><b>Ties in the result.</b> The {@link Ranking} is exact and keeps every tie the optimal
 * rankings leave open: the components in order, each cut into blocks at the positions where all
 * optimal rankings have the same set of candidates before them; within the first block of the
 * first component, the candidates who top some optimal ranking (the winners) form the first tier
 * and the rest of that block the second. With a unique optimal ranking the result is that
 * ranking. The explanation's {@link Explanation.Optimum} step shows one optimal strict ranking,
 * its score and the number of optimal rankings; a {@link Explanation.Note} gives the component
 * sizes.
 *
 * <p><b>Truncated and tied ballots</b> are counted by the pairwise tally: a tie counts for neither
 * side of the pair, and an unranked candidate compares by the rule's {@link Unranked} convention
 * ({@link Unranked#BELOW} unless changed). No ballot is refused.
 */
public final class KemenyYoung extends AbstractPairwiseRule {
  /** The default limit on the size of a component, in candidates. */
  public static final int DEFAULT_COMPONENT_LIMIT = 25;

  static final String TOO_LARGE = "the largest strongly connected component of the majority graph";

  private static final Text SCORE = new Text("score (the sum of the margins of the pairs in its order)",
      "værdi (summen af marginerne for parrene i dens rækkefølge)");

  private static final KemenyYoung RULE = new KemenyYoung(Unranked.BELOW, DEFAULT_COMPONENT_LIMIT);

  private final int componentLimit;

  private KemenyYoung(Unranked unranked, int componentLimit) {
    super(unranked);
    this.componentLimit = componentLimit;
  }

  /**
   * Returns the Kemeny-Young rule, counting unranked candidates below the ranked ones, refusing
   * components of more than {@value #DEFAULT_COMPONENT_LIMIT} candidates.
   *
   * @return the rule {@code kemeny-young}
   */
  public static KemenyYoung rule() {
    return RULE;
  }

  /**
   * Returns this rule with another convention for unranked candidates.
   *
   * @param unranked the convention
   * @return the rule counting under it
   */
  @Override
  public KemenyYoung withUnranked(Unranked unranked) {
    return new KemenyYoung(unranked, componentLimit);
  }

  /**
   * Returns this rule refusing, with a {@link ProblemTooLargeException}, any tally whose majority
   * graph has a strongly connected component of more than {@code limit} candidates. The work
   * doubles with each candidate of the largest component and the memory is 16·2^k bytes, so a
   * limit above 25 needs a heap of more than 2 GB at 27.
   *
   * @param limit the largest component to solve, in candidates, from 1 to
   *     30
   * @return the rule with that limit
   * @throws IllegalArgumentException if the limit is outside that range
   */
  public KemenyYoung withComponentLimit(int limit) {
    checkArgument(limit >= 1 && limit <= KemenySolver.MAX_CANDIDATES,
        "the component limit is %s, outside 1..%s", limit, KemenySolver.MAX_CANDIDATES);
    return new KemenyYoung(unranked, limit);
  }

  /**
   * Returns the largest strongly connected component this rule solves, in candidates.
   *
   * @return the limit
   */
  public int componentLimit() {
    return componentLimit;
  }

  @Override
  public String id() {
    return "kemeny-young";
  }

  @Override
  public String description() {
    return "Kemeny-Young: the rankings that maximise the sum of the margins of the pairs they put in order";
  }

  /**
   * The optimum of a tally, as {@link #solve} finds it.
   *
   * @param ranking one optimal strict ranking, best first (at each free choice the candidate that
   *     comes first in the tally's order)
   * @param score its score: the sum of the margins of the pairs it puts in order (on complete
   *     strict ballots, n·m(m-1)/2 minus twice the minimal total Kendall tau distance)
   * @param winners the candidates first in some optimal ranking, in candidate order
   * @param optimalRankings how many strict rankings reach the score; empty if the number exceeds
   *     a {@code long}
   * @param componentSizes the sizes of the strongly connected components of the majority graph,
   *     in the order every optimal ranking lists them
   * @param <C> the candidate type
   */
  public record Solution<C>(List<C> ranking, long score, Set<C> winners, OptionalLong optimalRankings,
      List<Integer> componentSizes) {
    /**
     * Creates a solution, copying the collections.
     *
     * @param ranking one optimal ranking
     * @param score its score
     * @param winners the winners
     * @param optimalRankings the number of optimal rankings, if known
     * @param componentSizes the component sizes
     */
    public Solution {
      ranking = ImmutableList.copyOf(ranking);
      winners = ImmutableSet.copyOf(winners);
      requireNonNull(optimalRankings, "optimalRankings");
      componentSizes = ImmutableList.copyOf(componentSizes);
    }
  }

  /**
   * Finds the optimum of a tally exactly: one optimal ranking, its score, every winner and the
   * number of optimal rankings.
   *
   * @param tally the tally
   * @param <C> the candidate type
   * @return the solution
   * @throws ProblemTooLargeException if a component has more candidates than the limit
   */
  public <C> Solution<C> solve(PairwiseTally<C> tally) {
    return solveAll(requireNonNull(tally, "tally")).solution;
  }

  /** The solution with the exact tiers. */
  private record Full<C>(Solution<C> solution, Ranking<C> ranking) {}

  private <C> Full<C> solveAll(PairwiseTally<C> tally) {
    int m = tally.candidates().size();
    long[] margin = tally.marginArray();
    int[][] comps = MajorityGraph.components(m, margin, true);
    int largest = 0;
    for (int[] comp : comps) {
      largest = Math.max(largest, comp.length);
    }
    if (largest > componentLimit) {
      throw new ProblemTooLargeException(id(), TOO_LARGE, largest, componentLimit);
    }
    List<C> cands = tally.candidates();
    List<C> order = new ArrayList<>(m);
    List<Set<C>> tiers = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>(comps.length);
    Set<C> winners = Set.of();
    long score = 0;
    long count = 1;
    for (int c = 0; c < comps.length; c++) {
      KemenySolver.Optimum opt = KemenySolver.solve(margin, m, comps[c]);
      sizes.add(comps[c].length);
      score = Math.addExact(score, opt.score());
      count = KemenySolver.multiply(count, opt.count());
      for (int v : opt.order()) {
        order.add(cands.get(v));
      }
      for (int b = 0; b < opt.blocks().length; b++) {
        int[] block = opt.blocks()[b];
        if (c == 0 && b == 0) {
          winners = names(cands, opt.tops());
          tiers.add(winners);
          ImmutableSet.Builder<C> rest = ImmutableSet.builder();
          for (int v : block) {
            if (!winners.contains(cands.get(v))) {
              rest.add(cands.get(v));
            }
          }
          Set<C> r = rest.build();
          if (!r.isEmpty()) {
            tiers.add(r);
          }
        } else {
          tiers.add(names(cands, block));
        }
      }
      for (int d = c + 1; d < comps.length; d++) {
        for (int x : comps[c]) {
          for (int y : comps[d]) {
            score = Math.addExact(score, margin[x * m + y]);
          }
        }
      }
    }
    OptionalLong n = count == KemenySolver.OVERFLOW ? OptionalLong.empty() : OptionalLong.of(count);
    return new Full<>(new Solution<>(order, score, winners, n, sizes), new Ranking<>(tiers));
  }

  private static <C> Set<C> names(List<C> cands, int[] indices) {
    int[] sorted = indices.clone();
    java.util.Arrays.sort(sorted);
    ImmutableSet.Builder<C> out = ImmutableSet.builderWithExpectedSize(sorted.length);
    for (int v : sorted) {
      out.add(cands.get(v));
    }
    return out.build();
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    Full<C> full = solveAll(tally);
    Solution<C> s = full.solution();
    List<Explanation.Step<C>> steps = new ArrayList<>();
    steps.add(new Explanation.Note<>(componentText(s.componentSizes(), tally)));
    steps.add(new Explanation.Optimum<>(SCORE, Ranking.strict(s.ranking()), Rational.of(s.score()),
        s.optimalRankings()));
    if (s.winners().size() > 1) {
      steps.add(new Explanation.Note<>(new Text(
          "Each of " + Names.join(s.winners()) + " is first in some optimal ranking.",
          "Hver af " + Names.join(s.winners()) + " står først i en optimal rangordning.")));
      steps.add(new Explanation.TieKept<>(s.winners()));
    }
    return new Decision<>(full.ranking(), Map.of(), steps);
  }

  private static <C> Text componentText(List<Integer> sizes, PairwiseTally<C> tally) {
    if (sizes.size() == 1) {
      int k = sizes.get(0);
      return new Text("The majority graph, with zero margins as edges both ways, is one strongly connected component of "
          + k + (k == 1 ? " candidate." : " candidates."),
          "Majoritetsgrafen, med marginer på 0 som kanter begge veje, er én stærkt sammenhængende komponent med "
          + k + (k == 1 ? " kandidat." : " kandidater."));
    }
    StringBuilder order = new StringBuilder();
    for (Set<C> comp : tally.components()) {
      order.append(order.length() == 0 ? "" : " > ");
      order.append(comp.size() == 1 ? comp.iterator().next() : "{" + String.join(", ",
          comp.stream().map(String::valueOf).toList()) + "}");
    }
    String list = Names.join(sizes);
    return new Text("The majority graph, with zero margins as edges both ways, splits into " + sizes.size()
        + " strongly connected components of " + list + " candidates; every optimal ranking lists them in this order: "
        + order + ".",
        "Majoritetsgrafen, med marginer på 0 som kanter begge veje, deler sig i " + sizes.size()
        + " stærkt sammenhængende komponenter med " + list.replace(" & ", " og ")
        + " kandidater; enhver optimal rangordning har dem i denne rækkefølge: " + order + ".");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KemenyYoung k && unranked == k.unranked && componentLimit == k.componentLimit;
  }

  @Override
  public int hashCode() {
    return 31 * unranked.hashCode() + componentLimit;
  }

  @Override
  public String toString() {
    return id() + options() + (componentLimit == DEFAULT_COMPONENT_LIMIT ? "" : " (component limit " + componentLimit + ")");
  }
}
