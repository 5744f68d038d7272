package dk.prioritization.core.pairwise;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The landmark sets of the majority relation as rules: the Condorcet winner, the weak Condorcet
 * winners, the Smith set and the Schwartz set. Each is a choice set, not a full method; as rules
 * they let a program ask "who is in the top cycle?" through the same interface as Schulze, and
 * they are the yardsticks the Condorcet methods are tested against.
 *
 * <table>
 *   <caption>The four sets (id; chosen; ranking; pref_voting key)</caption>
 *   <tr><th>factory</th><th>id</th><th>winners</th><th>ranking</th><th>pref_voting</th></tr>
 *   <tr><td>{@link #condorcet()}</td><td>{@code condorcet}</td><td>the candidate with a positive
 *       margin over every other; if none, all candidates tie</td><td>winner, then the rest</td>
 *       <td>{@code condorcet}</td></tr>
 *   <tr><td>{@link #weakCondorcet()}</td><td>{@code weak-condorcet}</td><td>the candidates no one
 *       beats; if none, all tie</td><td>the set, then the rest</td><td>{@code weak_condorcet}</td></tr>
 *   <tr><td>{@link #smithSet()}</td><td>{@code smith-set}</td><td>the smallest set beating every
 *       outsider (top cycle, GETCHA)</td><td>the {@linkplain PairwiseTally#components() components},
 *       best first</td><td>{@code smith_set}</td></tr>
 *   <tr><td>{@link #schwartzSet()}</td><td>{@code schwartz-set}</td><td>the union of the minimal
 *       sets no outsider beats (GOCHA)</td><td>layers: the Schwartz set, then the Schwartz set of
 *       the rest, ...</td><td>{@code gocha}</td></tr>
 * </table>
 *
 * <p><b>Sources:</b> Condorcet, <i>Essai sur l'application de l'analyse à la probabilité des
 * décisions rendues à la pluralité des voix</i>, 1785; J. H. Smith, "Aggregation of preferences
 * with variable electorate", <i>Econometrica</i> 41, 1973; T. Schwartz, <i>The Logic of Collective
 * Choice</i>, 1986.
 *
 * <p><b>Complexity:</b> O(m²) on the tally for the sets; the Schwartz ranking repeats the O(m²)
 * search once per layer.
 *
 * <p><b>Properties:</b> each set contains the Condorcet winner alone when there is one (the
 * "all tie" convention of the first two aside). Schwartz ⊆ Smith; the weak Condorcet winners, when
 * there are any, lie in the Smith set.
 *
 * <p><b>Ties in the result:</b> the set is one tier. <b>Truncated and tied ballots:</b> counted;
 * an unranked candidate compares as the {@link Unranked} option says.
 */
public final class MajoritySets extends AbstractPairwiseRule {

  /** Which set. */
  private enum Kind {
    CONDORCET("condorcet", "Condorcet winner, else all candidates tie."),
    WEAK_CONDORCET("weak-condorcet", "Weak Condorcet winners (beaten by no one), else all candidates tie."),
    SMITH("smith-set", "Smith set: the smallest set of candidates beating every candidate outside it."),
    SCHWARTZ("schwartz-set", "Schwartz set: the union of the minimal sets no outside candidate beats.");

    final String id;
    final String description;

    Kind(String id, String description) {
      this.id = id;
      this.description = description;
    }
  }

  private final Kind kind;

  private MajoritySets(Kind kind, Unranked unranked) {
    super(unranked);
    this.kind = requireNonNull(kind, "kind");
  }

  /**
   * Returns the Condorcet winner as a rule: the winner, then the rest; all tie if there is none.
   *
   * @return the rule {@code condorcet}
   */
  public static MajoritySets condorcet() {
    return new MajoritySets(Kind.CONDORCET, Unranked.BELOW);
  }

  /**
   * Returns the weak Condorcet winners as a rule: the candidates no one beats, then the rest; all
   * tie if there are none.
   *
   * @return the rule {@code weak-condorcet}
   */
  public static MajoritySets weakCondorcet() {
    return new MajoritySets(Kind.WEAK_CONDORCET, Unranked.BELOW);
  }

  /**
   * Returns the Smith set as a rule, ranking the majority components best first.
   *
   * @return the rule {@code smith-set}
   */
  public static MajoritySets smithSet() {
    return new MajoritySets(Kind.SMITH, Unranked.BELOW);
  }

  /**
   * Returns the Schwartz set as a rule, ranking by repeated Schwartz sets.
   *
   * @return the rule {@code schwartz-set}
   */
  public static MajoritySets schwartzSet() {
    return new MajoritySets(Kind.SCHWARTZ, Unranked.BELOW);
  }

  @Override
  public MajoritySets withUnranked(Unranked unranked) {
    return unranked == this.unranked ? this : new MajoritySets(kind, unranked);
  }

  @Override
  public String id() {
    return kind.id;
  }

  @Override
  public String description() {
    return kind.description;
  }

  @Override
  <C> Decision<C> decide(PairwiseTally<C> tally) {
    List<C> candidates = tally.candidates();
    int m = candidates.size();
    long[] margin = tally.marginArray();
    Ranking<C> ranking;
    Text note;
    switch (kind) {
      case CONDORCET: {
        C w = tally.condorcetWinner().orElse(null);
        boolean[] chosen = new boolean[m];
        if (w != null) {
          chosen[candidates.indexOf(w)] = true;
          note = new Text(w + " is the Condorcet winner: a majority prefers " + w + " to each other candidate.",
              w + " er Condorcet-vinder: et flertal foretrækker " + w + " for hver af de andre kandidater.");
        } else {
          Arrays.fill(chosen, true);
          note = new Text("There is no Condorcet winner, so all candidates tie.",
              "Der er ingen Condorcet-vinder, så alle kandidater står lige.");
        }
        ranking = Relations.chosenThenRest(candidates, chosen);
        break;
      }
      case WEAK_CONDORCET: {
        boolean[] chosen = new boolean[m];
        boolean any = false;
        for (int i = 0; i < m; i++) {
          chosen[i] = true;
          for (int j = 0; j < m; j++) {
            if (margin[j * m + i] > 0) {
              chosen[i] = false;
              break;
            }
          }
          any |= chosen[i];
        }
        if (any) {
          String set = Names.join(Relations.chosenThenRest(candidates, chosen).winners());
          note = new Text("No candidate beats " + set + " by a majority.",
              "Ingen kandidat slår " + set + " med et flertal.");
        } else {
          Arrays.fill(chosen, true);
          note = new Text("Every candidate is beaten by a majority, so all candidates tie.",
              "Hver kandidat bliver slået af et flertal, så alle kandidater står lige.");
        }
        ranking = Relations.chosenThenRest(candidates, chosen);
        break;
      }
      case SMITH: {
        ranking = Relations.ranking(candidates, Arrays.asList(MajorityGraph.components(m, margin, true)));
        note = new Text("The Smith set is the first tier; every candidate of a tier beats every candidate of the"
            + " later tiers by a majority.",
            "Smith-mængden er første niveau; hver kandidat i et niveau slår hver kandidat i de senere niveauer"
                + " med et flertal.");
        break;
      }
      case SCHWARTZ: {
        ranking = Relations.ranking(candidates, schwartzLayers(m, margin));
        note = new Text("The Schwartz set is the first tier; each later tier is the Schwartz set of the candidates"
            + " left.",
            "Schwartz-mængden er første niveau; hvert senere niveau er Schwartz-mængden af de tilbageværende"
                + " kandidater.");
        break;
      }
      default:
        throw new AssertionError(kind);
    }
    return new Decision<>(ranking, Map.of(), List.of(new Explanation.Note<>(note)));
  }

  /** Returns the Schwartz set, then the Schwartz set of the rest, and so on. */
  static List<int[]> schwartzLayers(int m, long[] margin) {
    List<int[]> out = new ArrayList<>();
    int[] left = new int[m];
    for (int i = 0; i < m; i++) {
      left[i] = i;
    }
    while (left.length > 0) {
      int n = left.length;
      long[] sub = new long[n * n];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          sub[a * n + b] = margin[left[a] * m + left[b]];
        }
      }
      boolean[] in = MajorityGraph.schwartz(n, sub);
      int k = 0;
      for (boolean x : in) {
        k += x ? 1 : 0;
      }
      int[] layer = new int[k];
      int[] rest = new int[n - k];
      int a = 0;
      int b = 0;
      for (int i = 0; i < n; i++) {
        if (in[i]) {
          layer[a++] = left[i];
        } else {
          rest[b++] = left[i];
        }
      }
      out.add(layer);
      left = rest;
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MajoritySets s && s.kind == kind && s.unranked == unranked;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, unranked);
  }
}
