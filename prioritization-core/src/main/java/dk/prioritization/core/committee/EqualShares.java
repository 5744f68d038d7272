package dk.prioritization.core.committee;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.EqualSharesMarket;
import dk.prioritization.core.internal.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Method of Equal Shares ({@code equal-shares}), completed by "add1" and then by approval
 * score.
 *
 * <p>Each of the {@code n} voters gets a budget of {@code k/n}; a seat costs 1. In each round, a
 * candidate is <i>ρ-affordable</i> if its approvers, each paying {@code min(budget, ρ)}, together
 * pay 1; the candidate of the smallest {@code ρ} is elected and its approvers pay. The rounds end
 * when no candidate is affordable. Budgets and payments are exact rationals.
 *
 * <p>Completion (as recommended on equalshares.net, "Completion"): the outcome may have fewer
 * than {@code k} members, so the method is rerun with the total budget raised by one seat at a
 * time ({@code k}, {@code k + 1}, ...: "add1") while the outcome still has at most {@code k}
 * members; the last such outcome is kept (the raising stops early once every approved candidate
 * is elected). Seats still empty are then filled by the most approvals, ties by candidate order
 * ("utilitarian" completion). The explanation reports the budget used and each completion step.
 *
 * <p>Source: Peters &amp; Skowron, "Proportionality and the limits of welfarism", EC 2020
 * (there called Rule X); Peters, Pierczyński &amp; Skowron, "Proportional participatory budgeting
 * with additive utilities", NeurIPS 2021; equalshares.net; Lackner &amp; Skowron 2023, Section
 * 2.6. Complexity: each run {@code O(k · m · (L + a log a))} exact integer operations for total
 * ballot length {@code L} and {@code a} distinct amounts of money left (voters holding the same
 * amount are counted together, over one common denominator); the add1 loop reruns it at most
 * until the budget per voter reaches the number of candidates, re-pricing in each round only the
 * candidates that could be the cheapest (prices never fall; equalshares.net, "Implementation:
 * computation"), and the kept run is priced in full once more for the explanation. 10 of 100
 * candidates with 10,000 voters (19 add1 reruns) take about 10 ms. Properties: extended
 * justified representation (EJR), hence PJR and JR; not committee monotone. Ties in {@code ρ} are
 * broken by candidate order and reported.
 */
public final class EqualShares implements CommitteeRule {
  private static final EqualShares INSTANCE = new EqualShares();

  private EqualShares() {}

  /**
   * Returns the Method of Equal Shares with add1 and approval completion.
   *
   * @return the rule {@code equal-shares}
   */
  public static EqualShares withCompletion() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return "equal-shares";
  }

  @Override
  public String description() {
    return "Method of Equal Shares: voters' equal budgets buy the seats; add1 and approval completion";
  }

  /**
   * One run of the method with total budget {@code budget}. With {@code explain}, every round
   * prices every open candidate and records the prices, ties and purchases as steps; without it,
   * the run finds only the members and their prices, re-pricing only the candidates that could
   * be the cheapest (see {@link EqualSharesMarket}). Both buy the same candidates at the same
   * prices.
   */
  static <C> Run<C> run(Approvals<C> a, long budget, boolean explain) {
    Run<C> r = new Run<>();
    long[] seat = new long[a.m];
    Arrays.fill(seat, 1);
    boolean[] all = new boolean[a.m];
    Arrays.fill(all, true);
    EqualSharesMarket market = new EqualSharesMarket(a.counts, a.approvers, seat, all,
        Rational.of(budget, Math.max(1, a.voters)));
    boolean[] in = new boolean[a.m];
    int round = 1;
    while (true) {
      int chosen;
      Rational best;
      if (explain) {
        Rational[] rho = new Rational[a.m];
        boolean[] shown = new boolean[a.m];
        best = null;
        for (int c = 0; c < a.m; c++) {
          if (in[c]) {
            continue;
          }
          rho[c] = market.payment(c);
          if (rho[c] != null) {
            shown[c] = true;
            if (best == null || rho[c].compareTo(best) < 0) {
              best = rho[c];
            }
          }
        }
        if (best == null) {
          break;
        }
        List<Integer> top = new ArrayList<>();
        for (int c = 0; c < a.m; c++) {
          if (shown[c] && rho[c].compareTo(best) == 0) {
            top.add(c);
          }
        }
        chosen = top.get(0);
        r.steps.add(a.tally(new Text("the price per voter ρ, round " + round, "prisen per vælger ρ, runde " + round),
            rho, shown));
        if (top.size() > 1) {
          r.tied = true;
          r.steps.add(a.tieNote(top, chosen, round));
        }
      } else {
        chosen = market.next();
        if (chosen < 0) {
          break;
        }
        best = market.nextPayment();
      }
      market.pay(chosen, best);
      if (explain) {
        C c = a.candidates.get(chosen);
        r.steps.add(Approvals.note("Round " + round + ": " + c + " is bought; each approver pays " + best
                + " or all they have left.",
            "Runde " + round + ": " + c + " købes; hver godkender betaler " + best
                + " eller alt, hvad de har tilbage."));
      }
      in[chosen] = true;
      r.members.add(chosen);
      r.prices.add(best);
      round++;
    }
    r.market = market;
    return r;
  }

  /** A run's outcome. */
  static final class Run<C> {
    final List<Integer> members = new ArrayList<>();
    /** The price per approver each member was bought at, in the order of {@code members}. */
    final List<Rational> prices = new ArrayList<>();
    /** The steps of the run, if it was explained. */
    final List<Explanation.Step<C>> steps = new ArrayList<>();
    /** Whether a round, if explained, had two cheapest candidates. */
    boolean tied;
    /** The voters' money at the end. */
    EqualSharesMarket market;

    /** The money the approvers of {@code c} have left at the end, in total. */
    Rational left(int c) {
      return market.left(c);
    }
  }

  @Override
  public <C> Committee<C> select(ApprovalProfile<C> profile, int k) {
    Approvals<C> a = Approvals.of(profile, k);
    int approvedCandidates = 0;
    for (int c = 0; c < a.m; c++) {
      approvedCandidates += a.approvals(c) > 0 ? 1 : 0;
    }
    long budget = k;
    int bought = run(a, budget, false).members.size();
    long keptBudget = budget;
    long ceiling = Math.multiplyExact(Math.max(1, a.voters), (long) a.m);
    while (bought < k && bought < approvedCandidates && budget < ceiling) {
      budget++;
      int next = run(a, budget, false).members.size();
      if (next > k) {
        break;
      }
      bought = next;
      keptBudget = budget;
    }
    // the kept budget once more, explained
    Run<C> kept = run(a, keptBudget, true);
    ImmutableList.Builder<Explanation.Step<C>> steps = ImmutableList.builder();
    Rational perVoter = Rational.of(keptBudget, Math.max(1, a.voters));
    if (keptBudget == k) {
      steps.add(Approvals.note("Each of the " + a.voters + " voters has a budget of " + perVoter
              + "; a seat costs 1.",
          "Hver af de " + a.voters + " vælgere har et budget på " + perVoter + "; en plads koster 1."));
    } else {
      steps.add(Approvals.note("Completion (add1): the total budget was raised from " + k + " to " + keptBudget
              + " seats, " + perVoter + " per voter, the most at which at most " + k + " seats are bought.",
          "Udfyldning (add1): det samlede budget blev hævet fra " + k + " til " + keptBudget + " pladser, "
              + perVoter + " per vælger, det meste hvor højst " + k + " pladser købes."));
    }
    steps.addAll(kept.steps);
    boolean tied = kept.tied;
    Set<C> members = new LinkedHashSet<>();
    boolean[] in = new boolean[a.m];
    Text[] reasons = new Text[a.m];
    for (int i = 0; i < kept.members.size(); i++) {
      int c = kept.members.get(i);
      members.add(a.candidates.get(c));
      in[c] = true;
      Rational price = kept.prices.get(i);
      reasons[c] = new Text("bought in round " + (i + 1) + ": its approvers pay " + price
          + " each, or all they have left", "købt i runde " + (i + 1) + ": dens godkendere betaler " + price
          + " hver, eller alt, hvad de har tilbage");
    }
    Rational[] left = new Rational[a.m];
    for (int c = 0; c < a.m; c++) {
      left[c] = kept.left(c);
    }
    Integer[] byApprovals = new Integer[a.m];
    for (int c = 0; c < a.m; c++) {
      byApprovals[c] = c;
    }
    Arrays.sort(byApprovals, (x, y) -> {
      int cmp = Long.compare(a.approvals(y), a.approvals(x));
      return cmp != 0 ? cmp : Integer.compare(x, y);
    });
    boolean completed = members.size() < k;
    if (completed) {
      List<Integer> added = new ArrayList<>();
      long lastScore = -1;
      for (int c : byApprovals) {
        if (!in[c] && members.size() < k) {
          in[c] = true;
          members.add(a.candidates.get(c));
          added.add(c);
          lastScore = a.approvals(c);
          reasons[c] = new Text("added by the completion: " + Names.count(lastScore, "approval", "approvals")
                  + ", among the most of those left",
              "tilføjet ved udfyldningen: " + Names.count(lastScore, "godkendelse", "godkendelser")
                  + ", blandt de fleste af de resterende");
        }
      }
      for (int c = 0; c < a.m; c++) {
        tied |= !in[c] && a.approvals(c) == lastScore;
      }
      String names = Names.join(a.named(added));
      steps.add(Approvals.note("Completion by approvals: " + names + " fill the remaining seats.",
          "Udfyldning efter godkendelser: " + names + " besætter de resterende pladser."));
    }
    for (int c = 0; c < a.m; c++) {
      if (in[c]) {
        continue;
      }
      String tail = completed ? "; with " + Names.count(a.approvals(c), "approval", "approvals") + " it was not among the most approved for the"
          + " seats left" : "";
      String tailDa = completed ? "; med " + Names.count(a.approvals(c), "godkendelse", "godkendelser") + " var den ikke blandt de mest godkendte"
          + " til de resterende pladser" : "";
      reasons[c] = a.approvals(c) == 0
          ? new Text("not elected: nobody approves it", "ikke valgt: ingen godkender den")
          : new Text("not elected: its approvers have only " + left[c] + " left of the seat's price 1" + tail,
              "ikke valgt: dens godkendere har kun " + left[c] + " tilbage af pladsens pris 1" + tailDa);
    }
    Optional<C> runnerUp = Optional.empty();
    if (completed) {
      for (int c : byApprovals) {
        if (!in[c]) {
          runnerUp = Optional.of(a.candidates.get(c));
          break;
        }
      }
    } else {
      runnerUp = a.best(in, left, false);
    }
    return new Committee<>(members, k, id(), tied, Optional.empty(), a.reasons(reasons), runnerUp,
        new Explanation<>(steps.build()));
  }

  @Override
  public String toString() {
    return id();
  }
}
