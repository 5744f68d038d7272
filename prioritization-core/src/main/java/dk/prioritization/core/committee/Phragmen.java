package dk.prioritization.core.committee;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Phragmén's sequential rule ({@code seq-phragmen}): each elected member is a unit of load
 * shared by the voters approving it, and in each round the candidate is elected whose election
 * keeps the largest voter load smallest.
 *
 * <p>Every voter starts with load 0. In a round, electing candidate {@code c}, approved by
 * {@code n_c} voters of loads {@code x_i}, would give each of them the load {@code s_c = (1 +
 * Σ x_i) / n_c}; the candidate of the smallest {@code s_c} is elected and its approvers' loads
 * become {@code s_c}. Candidates nobody approves are elected last, in candidate order. Loads are
 * exact rationals. Ties are broken by candidate order and reported in the explanation.
 *
 * <p>Source: Phragmén (1894); Brill, Freeman, Janson &amp; Lackner, "Phragmén's voting methods
 * and justified representation", AAAI 2017 (and Mathematical Programming 2024); Lackner &amp;
 * Skowron 2023, Section 2.5; Wikipedia, "Phragmén's voting rules". Complexity {@code O(k · m ·
 * L)} rational operations for total ballot length {@code L}. Properties: proportional justified
 * representation (PJR), committee monotonicity; it fails EJR. The score is the largest voter
 * load at the end.
 */
public final class Phragmen implements CommitteeRule {
  private static final Phragmen SEQUENTIAL = new Phragmen();

  private Phragmen() {}

  /**
   * Returns sequential Phragmén.
   *
   * @return the rule {@code seq-phragmen}
   */
  public static Phragmen sequential() {
    return SEQUENTIAL;
  }

  @Override
  public String id() {
    return "seq-phragmen";
  }

  @Override
  public String description() {
    return "Sequential Phragmén: each member a unit of load shared by its approvers, keeping the largest load small";
  }

  @Override
  public <C> Committee<C> select(ApprovalProfile<C> profile, int k) {
    Approvals<C> a = Approvals.of(profile, k);
    ImmutableList.Builder<Explanation.Step<C>> steps = ImmutableList.builder();
    Rational[] load = initialLoads(a);
    Set<C> members = new LinkedHashSet<>();
    boolean[] in = new boolean[a.m];
    Text[] reasons = new Text[a.m];
    boolean tied = complete(a, k, in, load, members, steps, reasons);
    Rational max = Rational.ZERO;
    for (Rational x : load) {
      max = x.compareTo(max) > 0 ? x : max;
    }
    steps.add(Approvals.note("The largest voter load is " + max + ".", "Den største vælgerbelastning er " + max + "."));
    Rational[] next = nextLoads(a, in, load);
    boolean anyApproved = false;
    for (int c = 0; c < a.m; c++) {
      if (in[c]) {
        continue;
      }
      anyApproved |= next[c] != null;
      reasons[c] = next[c] == null
          ? new Text("not elected: nobody approves it", "ikke valgt: ingen godkender den")
          : new Text("not elected: elected next, it would give its approvers load " + next[c] + " each",
              "ikke valgt: valgt som den næste ville den give sine godkendere belastningen " + next[c] + " hver");
    }
    Optional<C> runnerUp = a.best(in, next, true);
    if (!anyApproved) {
      // the rule elects candidates nobody approves last, in candidate order
      Rational[] order = new Rational[a.m];
      for (int c = 0; c < a.m; c++) {
        order[c] = Rational.of(c);
      }
      runnerUp = a.best(in, order, true);
    }
    return new Committee<>(members, k, id(), tied, Optional.of(max), a.reasons(reasons), runnerUp,
        new Explanation<>(steps.build()));
  }

  /** The load electing each open, approved candidate would give its approvers; null for the others. */
  private static Rational[] nextLoads(Approvals<?> a, boolean[] in, Rational[] load) {
    Rational[] s = new Rational[a.m];
    for (int c = 0; c < a.m; c++) {
      long n = a.approvals(c);
      if (in[c] || n == 0) {
        continue;
      }
      Rational sum = Rational.ONE;
      for (int b : a.approvers[c]) {
        sum = sum.plus(load[b].times(Rational.of(a.counts[b])));
      }
      s[c] = Approvals.divide(sum, Rational.of(n));
    }
    return s;
  }

  private static Rational[] initialLoads(Approvals<?> a) {
    Rational[] load = new Rational[a.ballots];
    Arrays.fill(load, Rational.ZERO);
    return load;
  }

  /**
   * Runs Phragmén's rounds from the given state (here always the start) until {@code members} has {@code k} candidates,
   * recording why each is elected; returns whether a tie was broken. {@code load} holds each distinct ballot's voter load.
   */
  private static <C> boolean complete(Approvals<C> a, int k, boolean[] in, Rational[] load, Set<C> members,
      ImmutableList.Builder<Explanation.Step<C>> steps, Text[] reasons) {
    boolean tied = false;
    int round = 1;
    while (members.size() < k) {
      Rational[] s = nextLoads(a, in, load);
      boolean[] shown = new boolean[a.m];
      Rational best = null;
      for (int c = 0; c < a.m; c++) {
        if (s[c] != null) {
          shown[c] = true;
          if (best == null || s[c].compareTo(best) < 0) {
            best = s[c];
          }
        }
      }
      List<Integer> top = new ArrayList<>();
      for (int c = 0; c < a.m; c++) {
        if (!in[c] && (best == null ? true : shown[c] && s[c].compareTo(best) == 0)) {
          top.add(c);
        }
      }
      int chosen = top.get(0);
      C c = a.candidates.get(chosen);
      if (best != null) {
        steps.add(a.tally(new Text("the largest load if elected, round " + round,
            "den største belastning ved valg, runde " + round), s, shown));
      }
      if (top.size() > 1) {
        tied = true;
        steps.add(a.tieNote(top, chosen, round));
      }
      if (best == null) {
        steps.add(Approvals.note("Round " + round + ": no voter approves a candidate still open; " + c
            + " is elected by candidate order.", "Runde " + round + ": ingen vælger godkender en ledig kandidat; "
            + c + " vælges efter kandidaternes rækkefølge."));
        reasons[chosen] = new Text("elected in round " + round + " by candidate order, as nobody approved a candidate "
            + "still open", "valgt i runde " + round + " efter kandidaternes rækkefølge, da ingen godkendte en ledig "
            + "kandidat");
      } else {
        reasons[chosen] = new Text("elected in round " + round + ": its approvers then carry load " + best + " each",
            "valgt i runde " + round + ": dens godkendere bærer derefter belastningen " + best + " hver");
        for (int b : a.approvers[chosen]) {
          load[b] = best;
        }
        steps.add(Approvals.note("Round " + round + ": " + c + " is elected; its " + a.approvals(chosen)
                + " approvers now carry load " + best + " each.",
            "Runde " + round + ": " + c + " vælges; dens " + a.approvals(chosen)
                + " godkendere bærer nu hver belastningen " + best + "."));
      }
      in[chosen] = true;
      members.add(c);
      round++;
    }
    return tied;
  }

  @Override
  public String toString() {
    return id();
  }
}
