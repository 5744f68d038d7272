package dk.prioritization.core.committee;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The committee of the {@code k} highest scores, ties at the last seat broken by candidate order;
 * {@code measure} names the scores, {@code one} a score of 1.
 */
final class TopK {
  private TopK() {}

  static <C> Committee<C> select(Approvals<C> a, int k, Rational[] scores, String ruleId, Text measure, Text one) {
    Integer[] order = new Integer[a.m];
    for (int c = 0; c < a.m; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (x, y) -> {
      int cmp = scores[y].compareTo(scores[x]);
      return cmp != 0 ? cmp : Integer.compare(x, y);
    });
    Rational last = scores[order[k - 1]];
    List<Integer> atLast = new ArrayList<>();
    for (int c = 0; c < a.m; c++) {
      if (scores[c].compareTo(last) == 0) {
        atLast.add(c);
      }
    }
    boolean[] in = new boolean[a.m];
    for (int i = 0; i < k; i++) {
      in[order[i]] = true;
    }
    boolean tied = false;
    for (int c : atLast) {
      tied |= !in[c];
    }
    Set<C> members = new LinkedHashSet<>();
    Rational total = Rational.ZERO;
    for (int c = 0; c < a.m; c++) {
      if (in[c]) {
        members.add(a.candidates.get(c));
        total = total.plus(scores[c]);
      }
    }
    ImmutableList.Builder<Explanation.Step<C>> steps = ImmutableList.builder();
    steps.add(a.tally(measure, scores, null));
    String names = Names.join(members);
    steps.add(Approvals.note("The " + k + " highest: " + names + ".", "De " + k + " højeste: " + names + "."));
    if (tied) {
      List<Integer> chosen = new ArrayList<>();
      for (int c : atLast) {
        if (in[c]) {
          chosen.add(c);
        }
      }
      String all = Names.join(a.named(atLast));
      String taken = Names.join(a.named(chosen));
      steps.add(Approvals.note("The last seat is tied between " + all + " (" + last + " each); " + taken
              + " taken by candidate order.",
          "Den sidste plads står lige mellem " + all + " (" + last + " hver); " + taken
              + " vælges efter kandidaternes rækkefølge."));
    }
    Text[] reasons = new Text[a.m];
    for (int i = 0; i < a.m; i++) {
      int c = order[i];
      Text noun = scores[c].equals(Rational.ONE) ? one : measure;
      String score = scores[c] + " " + noun.english();
      String score2 = scores[c] + " " + noun.danish();
      if (in[c]) {
        reasons[c] = Approvals.text("elected: " + score + ", seat " + (i + 1) + " of " + k,
            "valgt: " + score2 + ", plads " + (i + 1) + " af " + k);
      } else if (scores[c].compareTo(last) == 0) {
        reasons[c] = Approvals.text("not elected: " + score + ", as many as the last seat; left out by candidate order",
            "ikke valgt: " + score2 + ", lige så mange som den sidste plads; udeladt efter kandidaternes rækkefølge");
      } else {
        reasons[c] = Approvals.text("not elected: " + score + ", the last seat had " + last,
            "ikke valgt: " + score2 + ", den sidste plads fik " + last);
      }
    }
    Optional<C> runnerUp = k < a.m ? Optional.of(a.candidates.get(order[k])) : Optional.empty();
    return new Committee<>(members, k, ruleId, tied, Optional.of(total), a.reasons(reasons), runnerUp,
        new Explanation<>(steps.build()));
  }
}
