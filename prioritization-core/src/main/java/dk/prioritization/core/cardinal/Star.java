package dk.prioritization.core.cardinal;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Ballots;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;

/**
 * STAR voting (Score Then Automatic Runoff): the two candidates with the highest score sums are
 * the finalists, and the finalist scored higher than the other by more voters wins.
 *
 * <p>Voters grade every candidate, on a 0 to 5 star scale in the official rules (any scale works
 * here; "five stars" below means the top grade of the profile's scale). A voter who gives both
 * finalists the same grade prefers neither and is counted as indifferent in the runoff.
 *
 * <p><b>Ranking.</b> The runoff winner, then the runoff loser, then the other candidates by score
 * sum, equal sums sharing a tier. Scores are the score sums. With one candidate, it wins.
 *
 * <p><b>Ties</b> follow the Equal Vote Coalition's official tie-breaking protocol as far as it is
 * deterministic, and every tie it cannot break is kept, never broken at random inside the rule:
 * <ol>
 *   <li><b>Finalists.</b> If one candidate has the highest sum and several share the second
 *       highest, they compete for one finalist place; if three or more share the highest, for
 *       two. (Two sharing the highest are both finalists.) Among the tied group:
 *       <ol type="a">
 *         <li><i>Head-to-head:</i> count for each the matchups within the group it loses (another
 *             member is preferred to it by more voters). The candidates losing fewest are favoured:
 *             going from fewest losses to most, whole levels advance while places remain; the
 *             level that does not fit stays tied and the rest are out. For two tied candidates this
 *             is simply "the one preferred by more voters advances". The comparison is repeated
 *             within a narrowed group, since matchups change when candidates leave it.</li>
 *         <li><i>Five-star ratings:</i> if head-to-head separates nobody, the candidates given the
 *             top grade by more voters are favoured the same way, and then the head-to-head step
 *             is tried again on the narrowed group.</li>
 *         <li>If neither step separates the group, the tie is kept: every possible pair of
 *             finalists is run off, and the winners are all candidates who win one of those
 *             runoffs (pref_voting's "parallel universe" treatment). The possible finalists who
 *             win none follow in one tier.</li>
 *       </ol>
 *   <li><b>Runoff.</b> If as many voters prefer each finalist, the one with the higher score sum
 *       wins; then the one with more five-star ratings; if they are still equal, both finalists
 *       share the first tier.</li>
 * </ol>
 * The explanation records the score sums (an {@link Explanation.Tally}), each runoff (an
 * {@link Explanation.Runoff}) and every tie-break the protocol took or could not take (an
 * {@link Explanation.Note}, in English and Danish). A caller who wants a single winner applies a
 * {@link dk.prioritization.core.TieBreaker} afterwards, which records the break; the official
 * rules end with a random draw.
 *
 * <pre>{@code
 * Result<String> r = Star.rule().rank(tennessee);   // Wikipedia's example: Nashville wins
 * r.explain(Locale.ENGLISH);
 * }</pre>
 *
 * <p><b>Source:</b> Equal Vote Coalition, STAR voting official rules and tie-breaking protocol
 * (starvoting.org/ties and the STAR Voting technical specifications, section 2.b); M. Frohnmayer,
 * "Score Runoff Voting", 2014; Wikipedia, "STAR voting".
 *
 * <p><b>Complexity:</b> O(d·m²) to tally d distinct ballots over m candidates (the pairwise
 * counts); the rounds and tie-breaks are O(m² log m).
 *
 * <p><b>Properties:</b> anonymous, neutral; the winner is always among the two highest score sums
 * and is never a Condorcet loser (one who loses every runoff). Fails the Condorcet criterion, the
 * majority criterion (a majority's favourite can miss the runoff) and later-no-harm (grading a
 * second choice higher can make it a finalist that beats one's favourite). It is not reinforcing.
 */
public final class Star implements Rule {
  private static final Star RULE = new Star();

  private Star() {}

  /**
   * Returns STAR voting.
   *
   * @return the rule
   */
  public static Star rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "star";
  }

  @Override
  public String description() {
    return "STAR voting: the two highest score sums meet in a runoff won by the finalist more voters scored higher.";
  }

  @Override
  public BallotKind ballotKind() {
    return BallotKind.SCORE;
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    ScoreProfile<C> p = Ballots.score(this, profile);
    ScoreTally<C> tally = ScoreTally.of(p);
    Count<C> count = new Count<>(tally);
    return Result.of(this, profile, count.ranking, tally.sums(), new Explanation<>(count.steps));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Star;
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return id();
  }

  /** One count: the scoring round, the finalists' tie-break, the runoffs and the ranking. */
  private static final class Count<C> {
    private final ScoreTally<C> t;
    private final List<C> candidates;
    private final int m;
    private final List<Explanation.Step<C>> steps = new ArrayList<>();
    private final Ranking<C> ranking;

    Count(ScoreTally<C> t) {
      this.t = t;
      this.candidates = t.candidates();
      this.m = candidates.size();
      steps.add(new Explanation.Tally<>(Texts.SCORE_SUMS, t.sums()));
      if (m == 1) {
        C only = candidates.get(0);
        steps.add(note("Only one candidate: " + only + " wins.", "Kun én kandidat: " + only + " vinder."));
        ranking = Ranking.strict(candidates);
        return;
      }
      List<Integer> all = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        all.add(c);
      }
      List<List<Integer>> bySum = levels(all, t::sumAt);
      List<Integer> sure = new ArrayList<>();
      List<Integer> group;
      int places;
      if (bySum.get(0).size() >= 2) {
        group = bySum.get(0);
        places = 2;
      } else {
        sure.add(bySum.get(0).get(0));
        group = bySum.get(1);
        places = 1;
      }
      if (group.size() > places) {
        long sum = t.sumAt(group.get(0));
        steps.add(note(
            names(group) + " tie with score sum " + sum + " for " + places(places, "finalist place", "finalist places")
                + "; the STAR tie-break protocol applies.",
            names(group) + " står lige med karaktersum " + sum + " om "
                + places(places, "finalistplads", "finalistpladser") + "; STAR-reglerne for stemmelighed anvendes."));
      }
      while (group.size() > places) {
        List<Integer> current = group;
        long[] losses = new long[m];
        for (int x : current) {
          for (int y : current) {
            if (t.preferAt(y, x) > t.preferAt(x, y)) {
              losses[x]++;
            }
          }
        }
        Narrowing n = narrow(current, places, c -> -losses[c]);
        String lost = list(current, c -> losses[c]);
        Text how = new Text("Head-to-head among " + names(current) + " (matchups lost: " + lost + ")",
            "Indbyrdes opgør mellem " + names(current) + " (tabte opgør: " + lost + ")");
        if (n == null) {
          n = narrow(current, places, c -> t.histogramAt(c).count(t.max()));
          String fives = list(current, c -> t.histogramAt(c).count(t.max()));
          how = new Text("Head-to-head among " + names(current) + " separates nobody (matchups lost: " + lost
              + "); five-star ratings (grade " + t.max() + "): " + fives,
              "Indbyrdes opgør mellem " + names(current) + " adskiller ingen (tabte opgør: " + lost
              + "); femstjernede vurderinger (karakter " + t.max() + "): " + fives);
        }
        if (n == null) {
          break;
        }
        steps.add(n.note(how));
        sure.addAll(n.advanced);
        group = n.tied;
        places = n.places;
      }
      Set<Integer> possible = new TreeSet<>(sure);
      possible.addAll(group);
      List<int[]> pairs = new ArrayList<>();
      if (group.size() > places) {
        steps.add(note(
            "The tie between " + names(group) + " for " + places(places, "finalist place", "finalist places")
                + " cannot be broken by the protocol (neither head-to-head nor five-star ratings separate them)"
                + " and is kept: every possible runoff is counted, and each candidate who wins one of them is among"
                + " the winners.",
            "Stemmeligheden mellem " + names(group) + " om " + places(places, "finalistplads", "finalistpladser")
                + " kan ikke brydes af reglerne (hverken indbyrdes opgør eller femstjernede vurderinger adskiller"
                + " dem) og bevares: alle mulige omvalg tælles, og hver kandidat, der vinder et af dem, er blandt"
                + " vinderne."));
        if (places == 1) {
          for (int u : group) {
            pairs.add(new int[] {sure.get(0), u});
          }
        } else {
          for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
              pairs.add(new int[] {group.get(i), group.get(j)});
            }
          }
        }
      } else {
        sure.addAll(group);
        pairs.add(new int[] {sure.get(0), sure.get(1)});
      }
      Set<Integer> winners = new TreeSet<>();
      for (int[] pair : pairs) {
        winners.addAll(runoff(pair[0], pair[1]));
      }
      List<Set<C>> tiers = new ArrayList<>();
      tiers.add(named(winners));
      Set<Integer> losers = new TreeSet<>(possible);
      losers.removeAll(winners);
      if (!losers.isEmpty()) {
        tiers.add(named(losers));
      }
      List<Integer> rest = new ArrayList<>(all);
      rest.removeAll(possible);
      for (List<Integer> level : levels(rest, t::sumAt)) {
        tiers.add(named(level));
      }
      ranking = new Ranking<>(tiers);
    }

    /** Runs off {@code a} against {@code b} and returns the winner, or both if the tie stays. */
    private List<Integer> runoff(int a, int b) {
      if (t.sumAt(b) > t.sumAt(a)) {
        int swap = a;
        a = b;
        b = swap;
      }
      C ca = candidates.get(a);
      C cb = candidates.get(b);
      long pa = t.preferAt(a, b);
      long pb = t.preferAt(b, a);
      steps.add(new Explanation.Runoff<>(ca, cb, pa, pb, t.voters() - pa - pb));
      if (pa != pb) {
        return List.of(pa > pb ? a : b);
      }
      long sa = t.sumAt(a);
      long sb = t.sumAt(b);
      String tied = "The runoff between " + ca + " and " + cb + " is tied (" + pa + " each)";
      String uafgjort = "Omvalget mellem " + ca + " og " + cb + " står lige (" + pa + " hver)";
      if (sa != sb) {
        C w = sa > sb ? ca : cb;
        steps.add(note(tied + "; broken by score sum (" + ca + " " + sa + ", " + cb + " " + sb + "): " + w + " wins.",
            uafgjort + "; brudt ved karaktersum (" + ca + " " + sa + ", " + cb + " " + sb + "): " + w + " vinder."));
        return List.of(sa > sb ? a : b);
      }
      long fa = t.histogramAt(a).count(t.max());
      long fb = t.histogramAt(b).count(t.max());
      if (fa != fb) {
        C w = fa > fb ? ca : cb;
        steps.add(note(tied + " and so are the score sums (" + sa + "); broken by five-star ratings (grade " + t.max()
                + ": " + ca + " " + fa + ", " + cb + " " + fb + "): " + w + " wins.",
            uafgjort + ", og det samme gør karaktersummerne (" + sa + "); brudt ved femstjernede vurderinger (karakter "
                + t.max() + ": " + ca + " " + fa + ", " + cb + " " + fb + "): " + w + " vinder."));
        return List.of(fa > fb ? a : b);
      }
      steps.add(note(tied + ", as are the score sums (" + sa + ") and the five-star ratings (" + fa
              + " each); the tie is kept.",
          uafgjort + ", og det samme gør karaktersummerne (" + sa + ") og de femstjernede vurderinger (" + fa
              + " hver); stemmeligheden bevares."));
      return List.of(a, b);
    }

    /**
     * Narrows {@code group}, competing for {@code places}, by {@code key} (greater is better):
     * whole levels advance while they fit, the level that does not fit stays tied, the rest are
     * out. Returns null if the key separates nobody.
     */
    private Narrowing narrow(List<Integer> group, int places, IntToLongFunction key) {
      List<List<Integer>> levels = levels(group, key);
      if (levels.size() == 1) {
        return null;
      }
      Narrowing n = new Narrowing();
      int left = places;
      int i = 0;
      for (; i < levels.size() && left > 0; i++) {
        List<Integer> level = levels.get(i);
        if (level.size() <= left) {
          n.advanced.addAll(level);
          left -= level.size();
        } else {
          n.tied.addAll(level);
          i++;
          break;
        }
      }
      for (; i < levels.size(); i++) {
        n.out.addAll(levels.get(i));
      }
      n.places = n.tied.isEmpty() ? 0 : left;
      return n;
    }

    /** Splits {@code group} into levels of equal key, greatest first, each in candidate order. */
    private static List<List<Integer>> levels(List<Integer> group, IntToLongFunction key) {
      List<Integer> sorted = new ArrayList<>(group);
      sorted.sort(Comparator.comparingLong((Integer c) -> key.applyAsLong(c)).reversed().thenComparing(c -> c));
      List<List<Integer>> levels = new ArrayList<>();
      for (int c : sorted) {
        if (levels.isEmpty() || key.applyAsLong(levels.get(levels.size() - 1).get(0)) != key.applyAsLong(c)) {
          levels.add(new ArrayList<>());
        }
        levels.get(levels.size() - 1).add(c);
      }
      return levels;
    }

    /** The outcome of one narrowing step. */
    private final class Narrowing {
      final List<Integer> advanced = new ArrayList<>();
      final List<Integer> tied = new ArrayList<>();
      final List<Integer> out = new ArrayList<>();
      int places;

      Explanation.Note<C> note(Text how) {
        List<String> en = new ArrayList<>();
        List<String> da = new ArrayList<>();
        if (!advanced.isEmpty()) {
          en.add(names(advanced) + (advanced.size() == 1 ? " advances" : " advance"));
          da.add(names(advanced) + " går videre");
        }
        if (!tied.isEmpty()) {
          en.add(names(tied) + " remain tied for " + places(places, "place", "places"));
          da.add(names(tied) + " står fortsat lige om " + places(places, "plads", "pladser"));
        }
        if (!out.isEmpty()) {
          en.add(names(out) + (out.size() == 1 ? " is out" : " are out"));
          da.add(names(out) + " er ude");
        }
        return new Explanation.Note<>(new Text(how.english() + ": " + String.join("; ", en) + ".",
            how.danish() + ": " + String.join("; ", da) + "."));
      }
    }

    /** Returns "1 place" or "2 places". */
    private static String places(int n, String singular, String plural) {
      return n + " " + (n == 1 ? singular : plural);
    }

    private String names(List<Integer> group) {
      List<C> named = new ArrayList<>();
      for (int c : group) {
        named.add(candidates.get(c));
      }
      return Texts.names(named);
    }

    private String list(List<Integer> group, IntToLongFunction value) {
      StringBuilder sb = new StringBuilder();
      for (int c : group) {
        sb.append(sb.length() == 0 ? "" : ", ").append(candidates.get(c)).append(' ').append(value.applyAsLong(c));
      }
      return sb.toString();
    }

    private Set<C> named(Iterable<Integer> group) {
      Set<C> s = new LinkedHashSet<>();
      for (int c : group) {
        s.add(candidates.get(c));
      }
      return s;
    }

    private Explanation.Note<C> note(String english, String danish) {
      return new Explanation.Note<>(new Text(english, danish));
    }
  }
}
