package dk.prioritization.portfolio.round;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Text;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The board's priority list from a prioritisation round: every active task in tiers, with its
 * score, who nominated it and the engine's explanation and fingerprint.
 *
 * <p>The tiers are the rule's ranking after the round's tie-breaker; tasks in one tier tie and
 * are listed in portfolio order. Where a question needs a strict order (the top k, the balanced
 * top k, ranks in explanations), the <i>board's order</i> is the tiers in order with each tier in
 * portfolio order, and answers say when portfolio order decided.
 *
 * <p>Obtain one from {@link Round#priorityList()}.
 */
public final class PriorityList {
  private final Portfolio portfolio;
  private final NominationPolicy policy;
  private final ImmutableList<Nomination> nominations;
  private final Result<Task> result;
  private final ImmutableList<PriorityEntry> entries;
  private final ImmutableList<Task> order;
  private final ImmutableMap<Task, Integer> tierOf;
  private final ImmutableMap<Task, Integer> rankOf;

  PriorityList(Portfolio portfolio, NominationPolicy policy, List<Nomination> nominations, Result<Task> result) {
    this.portfolio = portfolio;
    this.policy = policy;
    this.nominations = ImmutableList.copyOf(nominations);
    this.result = result;
    List<Task> candidates = portfolio.activeTasks();
    Map<Task, Integer> index = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      index.put(candidates.get(i), i);
    }
    Map<Task, List<Nominator>> nominators = new HashMap<>();
    for (Nomination n : nominations) {
      for (int p = 0; p < n.tasks().size(); p++) {
        OptionalInt position = policy.ranked() ? OptionalInt.of(p + 1) : OptionalInt.empty();
        nominators.computeIfAbsent(n.tasks().get(p), t -> new ArrayList<>()).add(new Nominator(n.member(), position));
      }
    }
    ImmutableList.Builder<PriorityEntry> e = ImmutableList.builder();
    ImmutableList.Builder<Task> o = ImmutableList.builder();
    ImmutableMap.Builder<Task, Integer> tiers = ImmutableMap.builder();
    ImmutableMap.Builder<Task, Integer> ranks = ImmutableMap.builder();
    int tier = 0;
    int rank = 0;
    for (Set<Task> set : result.ranking().tiers()) {
      tier++;
      List<Task> inOrder = new ArrayList<>(set);
      inOrder.sort(Comparator.comparing(index::get));
      for (Task t : inOrder) {
        Optional<Rational> score = Optional.ofNullable(result.scores().get(t));
        e.add(new PriorityEntry(tier, t, score, nominators.getOrDefault(t, List.of())));
        o.add(t);
        tiers.put(t, tier);
        ranks.put(t, ++rank);
      }
    }
    this.entries = e.build();
    this.order = o.build();
    this.tierOf = tiers.buildOrThrow();
    this.rankOf = ranks.buildOrThrow();
  }

  /**
   * Returns the engine's result: ranking, scores, explanation, tie-breaks and fingerprint.
   *
   * @return the result
   */
  public Result<Task> result() {
    return result;
  }

  /**
   * Returns the audit fingerprint of the engine's result.
   *
   * @return 64 hex digits
   */
  public String fingerprint() {
    return result.fingerprint();
  }

  /**
   * Returns every active task's entry, tiers in order, portfolio order inside a tier.
   *
   * @return the entries
   */
  public List<PriorityEntry> entries() {
    return entries;
  }

  /**
   * Returns the entry of a task.
   *
   * @param taskId the task's id
   * @return the entry
   * @throws IllegalArgumentException if the task is not an active task of the round's portfolio
   */
  public PriorityEntry entry(String taskId) {
    for (PriorityEntry e : entries) {
      if (e.task().id().equals(taskId)) {
        return e;
      }
    }
    throw new IllegalArgumentException("task '" + taskId + "' is not on the priority list: it is not an active task"
        + " of portfolio version " + portfolio.version());
  }

  /**
   * Returns the number of tiers.
   *
   * @return the number of tiers
   */
  public int tierCount() {
    return result.ranking().tiers().size();
  }

  /**
   * Returns the board's order: every active task, tiers in order, ties in portfolio order.
   *
   * @return the tasks, best first
   */
  public List<Task> order() {
    return order;
  }

  /**
   * Returns the first {@code k} tasks in the board's order.
   *
   * <p>If a tier straddles the cut, the round's tie-breaker has already done what it could (the
   * tier is what it left tied), so portfolio order decides, and the result records the tied tier,
   * the tasks left out and a note in English and Danish.
   *
   * @param k how many tasks, at least 1; more than there are gives them all
   * @return the top k
   * @throws IllegalArgumentException if {@code k} is below 1
   */
  public TopK topK(int k) {
    checkK(k);
    int n = Math.min(k, order.size());
    List<Task> top = order.subList(0, n);
    if (n == order.size() || !tierOf.get(order.get(n - 1)).equals(tierOf.get(order.get(n)))) {
      return new TopK(k, top, List.of(), List.of(), Optional.empty());
    }
    int tier = tierOf.get(order.get(n - 1));
    List<Task> tied = order.stream().filter(t -> tierOf.get(t) == tier).collect(ImmutableList.toImmutableList());
    List<Task> in = tied.stream().filter(top::contains).collect(ImmutableList.toImmutableList());
    List<Task> out = tied.stream().filter(t -> !top.contains(t)).collect(ImmutableList.toImmutableList());
    String by = result.tieBreaker().equals(Result.NO_TIE_BREAKER) ? "" : " (" + result.tieBreaker() + ")";
    Text note = new Text(
        "Tier " + tier + " (" + names(tied) + ") straddles the cut at " + k + "; the round's tie-breaker" + by
            + " left these tasks tied, so portfolio order decided: in " + names(in) + "; out " + names(out) + ".",
        "Niveau " + tier + " (" + names(tied) + ") går på tværs af grænsen ved " + k + "; rundens regel for stemmelighed" + by
            + " brød ikke stemmeligheden mellem disse opgaver, så porteføljens rækkefølge afgjorde: med er " + names(in)
            + "; ikke med er " + names(out) + ".");
    return new TopK(k, top, tied, out, Optional.of(note));
  }

  /**
   * Returns the priority list rolled up to the initiatives: each ranked by the sum of its active
   * tasks' scores; see {@link RollUp} for the method.
   *
   * @return the roll-up, every initiative of the portfolio
   */
  public RollUp byInitiative() {
    return rollUp(portfolio.initiatives(), Initiative::id, Initiative::name, t -> t.initiative());
  }

  /**
   * Returns the priority list rolled up to the focus areas: each ranked by the sum of its active
   * tasks' scores; see {@link RollUp} for the method.
   *
   * @return the roll-up, every focus area of the portfolio
   */
  public RollUp byFocusArea() {
    return rollUp(portfolio.focusAreas(), FocusArea::id, FocusArea::name, t -> portfolio.focusAreaOf(t).id());
  }

  private <G> RollUp rollUp(List<G> groups, Function<G, String> id, Function<G, String> name,
      Function<Task, String> groupOf) {
    boolean scored = !result.scores().isEmpty();
    Map<String, Rational> value = new HashMap<>();
    Map<String, int[]> counts = new HashMap<>(); // active tasks, nominations, nominated tasks
    for (G g : groups) {
      value.put(id.apply(g), Rational.ZERO);
      counts.put(id.apply(g), new int[3]);
    }
    for (PriorityEntry e : entries) {
      String g = groupOf.apply(e.task());
      Rational v = scored ? e.score().orElse(Rational.ZERO) : Rational.of(e.nominations());
      value.put(g, value.get(g).plus(v));
      int[] c = counts.get(g);
      c[0]++;
      c[1] += e.nominations();
      c[2] += e.nominations() > 0 ? 1 : 0;
    }
    List<G> sorted = new ArrayList<>(groups);
    sorted.sort((a, b) -> value.get(id.apply(b)).compareTo(value.get(id.apply(a)))); // stable: portfolio order
    List<RollUpEntry> out = new ArrayList<>();
    int tier = 0;
    Rational last = null;
    for (G g : sorted) {
      Rational v = value.get(id.apply(g));
      if (!v.equals(last)) {
        tier++;
        last = v;
      }
      int[] c = counts.get(id.apply(g));
      out.add(new RollUpEntry(tier, id.apply(g), name.apply(g), v, c[0], c[1], c[2]));
    }
    Text measure = scored
        ? new Text("the sum of the tasks' " + result.ruleId() + " scores",
            "summen af opgavernes " + result.ruleId() + "-point")
        : new Text("the number of nominations of the tasks (rule " + result.ruleId() + " gives no scores)",
            "antallet af nomineringer af opgaverne (metoden " + result.ruleId() + " giver ingen point)");
    return new RollUp(measure, out);
  }

  /**
   * Returns which leadership perspectives the top k covers and which it leaves empty.
   *
   * @param k how many tasks, at least 1 (the tasks of {@link #topK(int)})
   * @return the coverage
   * @throws IllegalArgumentException if {@code k} is below 1
   */
  public Coverage coverage(int k) {
    List<Task> top = topK(k).tasks();
    Map<Perspective, List<Task>> by = new EnumMap<>(Perspective.class);
    EnumSet<Perspective> covered = EnumSet.noneOf(Perspective.class);
    for (Perspective p : Perspective.values()) {
      List<Task> serving = top.stream().filter(t -> t.perspectives().contains(p)).collect(Collectors.toList());
      by.put(p, serving);
      if (!serving.isEmpty()) {
        covered.add(p);
      }
    }
    return new Coverage(k, top, covered, EnumSet.complementOf(EnumSet.copyOf(covered)), by);
  }

  /**
   * Returns a top k with at least one nominated task of every focus area, or serving every
   * perspective, that has one, the rest by the board's order.
   *
   * <p><b>Method.</b> The groups are the focus areas (portfolio order) or the four perspectives;
   * a task belongs to its focus area, and to each of its perspectives. A group's <i>candidates</i>
   * are its tasks with at least one nomination (a task nobody nominated represents nobody's
   * priority). A group is met when the top k holds one of its candidates.
   * <ol>
   *   <li>The groups with a candidate are taken in the order of their best-ranked candidate (ties
   *       by group order). Each not yet met by a representative chosen so far gets its best-ranked
   *       candidate as representative (which may meet other perspectives too).
   *   <li>If that gives more representatives than k, only the first k are kept: the groups whose
   *       best candidate ranks highest get the places, and the others are reported as
   *       {@linkplain BalancedTopK#unmet() unmet}.
   *   <li>The remaining places are filled in the board's order with tasks not yet chosen; the
   *       result is listed in the board's order.
   * </ol>
   * The result has exactly min(k, active tasks) tasks. When the plain top k already meets every
   * group, every representative is in it and the result is the plain top k. Otherwise the tasks
   * that came in are representatives, and those that went out are the lowest-ranked tasks of the
   * plain top k that no group needed; the explanation names both, with reasons.
   *
   * @param k how many tasks, at least 1
   * @param balance focus areas or perspectives
   * @return the balanced top k
   * @throws IllegalArgumentException if {@code k} is below 1
   */
  public BalancedTopK balancedTopK(int k, Balance balance) {
    checkK(k);
    requireNonNull(balance, "balance");
    List<Task> plain = topK(k).tasks();
    // Groups in group order, each with its tasks' membership test and its name.
    Map<String, Text> groupName = new LinkedHashMap<>();
    Map<String, Function<Task, Boolean>> member = new LinkedHashMap<>();
    if (balance == Balance.FOCUS_AREA) {
      for (FocusArea f : portfolio.focusAreas()) {
        groupName.put(f.id(), new Text("focus area " + f, "fokusområdet " + f));
        member.put(f.id(), t -> portfolio.focusAreaOf(t).id().equals(f.id()));
      }
    } else {
      for (Perspective p : Perspective.values()) {
        groupName.put(p.name(), new Text("the perspective " + p.label().english(), "perspektivet "
            + p.label().danish()));
        member.put(p.name(), t -> t.perspectives().contains(p));
      }
    }
    Map<String, Task> best = new LinkedHashMap<>();
    for (String g : groupName.keySet()) {
      for (Task t : order) {
        if (member.get(g).apply(t) && nominated(t)) {
          best.put(g, t);
          break;
        }
      }
    }
    List<String> byBest = new ArrayList<>(best.keySet());
    byBest.sort(Comparator.comparing(g -> rankOf.get(best.get(g)))); // stable: group order on equal rank
    List<Task> reps = new ArrayList<>();
    Map<Task, List<String>> represents = new LinkedHashMap<>();
    List<String> unmet = new ArrayList<>();
    for (String g : byBest) {
      boolean met = reps.stream().anyMatch(t -> member.get(g).apply(t));
      if (met) {
        Task by = reps.stream().filter(t -> member.get(g).apply(t)).findFirst().orElseThrow();
        represents.get(by).add(g);
        continue;
      }
      if (reps.size() >= k) {
        unmet.add(g);
        continue;
      }
      Task t = best.get(g);
      reps.add(t);
      represents.computeIfAbsent(t, x -> new ArrayList<>()).add(g);
    }
    Set<Task> chosen = new HashSet<>(reps);
    int n = Math.min(k, order.size());
    for (Task t : order) {
      if (chosen.size() >= n) {
        break;
      }
      chosen.add(t);
    }
    List<Task> tasks = order.stream().filter(chosen::contains).collect(ImmutableList.toImmutableList());
    List<Task> cameIn = tasks.stream().filter(t -> !plain.contains(t)).collect(ImmutableList.toImmutableList());
    List<Task> wentOut = plain.stream().filter(t -> !chosen.contains(t)).collect(ImmutableList.toImmutableList());

    String groupsEn = balance == Balance.FOCUS_AREA ? "focus area" : "perspective";
    String groupsDa = balance == Balance.FOCUS_AREA ? "fokusområde" : "perspektiv";
    StringBuilder en = new StringBuilder();
    StringBuilder da = new StringBuilder();
    if (cameIn.isEmpty()) {
      en.append("The plain top ").append(k).append(" already holds a nominated task of every ").append(groupsEn)
          .append(" that has one; the constraint changes nothing.\n");
      da.append("Den almindelige top ").append(k).append(" har allerede en nomineret opgave fra hvert ")
          .append(groupsDa).append(", der har en; kravet ændrer intet.\n");
    }
    for (Task t : cameIn) {
      List<String> gs = represents.get(t).stream().filter(g -> plain.stream().noneMatch(
          p -> nominated(p) && member.get(g).apply(p))).collect(Collectors.toList());
      String gEn = gs.stream().map(g -> groupName.get(g).english()).collect(Collectors.joining(" and "));
      String gDa = gs.stream().map(g -> groupName.get(g).danish()).collect(Collectors.joining(" og "));
      en.append(t).append(" (rank ").append(rankOf.get(t)).append(") came in for ").append(gEn)
          .append(", which the plain top ").append(k).append(" leaves without a nominated task; it is the best-ranked")
          .append(" nominated task there.\n");
      da.append(t).append(" (nr. ").append(rankOf.get(t)).append(") kom med for ").append(gDa)
          .append(", som den almindelige top ").append(k).append(" lader være uden en nomineret opgave; den er den")
          .append(" bedst placerede nominerede opgave dér.\n");
    }
    for (Task t : wentOut) {
      en.append(t).append(" (rank ").append(rankOf.get(t)).append(") went out to make room: it is among the")
          .append(" lowest-ranked tasks of the plain top ").append(k).append(" that no ").append(groupsEn)
          .append(" needed.\n");
      da.append(t).append(" (nr. ").append(rankOf.get(t)).append(") gik ud for at give plads: den er blandt de")
          .append(" lavest placerede opgaver i den almindelige top ").append(k).append(", som intet ").append(groupsDa)
          .append(" havde brug for.\n");
    }
    if (!unmet.isEmpty()) {
      String uEn = unmet.stream().map(g -> groupName.get(g).english()).collect(Collectors.joining(", "));
      String uDa = unmet.stream().map(g -> groupName.get(g).danish()).collect(Collectors.joining(", "));
      en.append("More groups have a nominated task (").append(best.size()).append(") than there are places (")
          .append(k).append("); the groups whose best nominated task ranks highest got them, so ").append(uEn)
          .append(" got no place.\n");
      da.append("Flere grupper har en nomineret opgave (").append(best.size()).append(") end der er pladser (")
          .append(k).append("); de grupper, hvis bedste nominerede opgave står højest, fik dem, så ").append(uDa)
          .append(" fik ingen plads.\n");
    }
    return new BalancedTopK(k, balance, tasks, plain, cameIn, wentOut, unmet, new Text(en.toString(), da.toString()));
  }

  /**
   * Returns each nominating member's list compared with the board's top k and the whole list, in
   * the portfolio's member order; members who did not nominate are not compared.
   *
   * @param k the size of the board's top k, at least 1
   * @return the comparisons
   * @throws IllegalArgumentException if {@code k} is below 1
   */
  public List<MemberComparison> comparisons(int k) {
    checkK(k);
    ImmutableList.Builder<MemberComparison> out = ImmutableList.builder();
    for (Nomination n : nominations) {
      out.add(compare(n, k));
    }
    return out.build();
  }

  /**
   * Returns one member's list compared with the board's top k and the whole list.
   *
   * @param memberId the member's id
   * @param k the size of the board's top k, at least 1
   * @return the comparison; see {@link MemberComparison} for the Kendall distance
   * @throws IllegalArgumentException if {@code k} is below 1 or the member did not nominate
   */
  public MemberComparison comparison(String memberId, int k) {
    checkK(k);
    for (Nomination n : nominations) {
      if (n.member().id().equals(memberId)) {
        return compare(n, k);
      }
    }
    throw new IllegalArgumentException("member '" + memberId + "' did not nominate in this round");
  }

  private MemberComparison compare(Nomination n, int k) {
    List<Task> top = topK(k).tasks();
    List<Task> nominated = n.tasks();
    Map<Task, Integer> own = new HashMap<>();
    int last = policy.ranked() ? nominated.size() : 1;
    for (Task t : order) {
      int p = nominated.indexOf(t);
      own.put(t, p < 0 ? last : policy.ranked() ? p : 0);
    }
    List<Task> overlap = nominated.stream().filter(top::contains).collect(ImmutableList.toImmutableList());
    List<Task> missing = nominated.stream().filter(t -> !top.contains(t)).collect(ImmutableList.toImmutableList());
    return new MemberComparison(n.member(), k, nominated, overlap, missing, Kendall.distance(order, own, tierOf),
        Kendall.normalised(order, own, tierOf));
  }

  /**
   * Returns the priority list as text: a heading, the tiers with scores and nominators, and the
   * engine's explanation of the result.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the text, several lines
   */
  public String explain(Locale locale) {
    boolean da = "da".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder(da ? "Direktionens prioriteringsliste, porteføljeversion "
        : "The board's priority list, portfolio version ").append(portfolio.version()).append(", ")
        .append(nominations.size()).append(da ? " medlemmer har nomineret " : " members nominated ")
        .append(policy.ranked() ? (da ? "i rækkefølge" : "in order") : (da ? "uden rækkefølge" : "without order"))
        .append(":\n");
    for (PriorityEntry e : entries) {
      sb.append("  ").append(da ? "Niveau " : "Tier ").append(e.tier()).append(": ").append(e.task());
      e.score().ifPresent(s -> sb.append(", ").append(s));
      String by = e.nominatedBy().stream().map(Nominator::toString).collect(Collectors.joining(", "));
      sb.append(" (").append(by.isEmpty() ? (da ? "ikke nomineret" : "not nominated")
          : (da ? "nomineret af " : "nominated by ") + by).append(")\n");
    }
    return sb.append(result.explain(locale)).toString();
  }

  private boolean nominated(Task t) {
    for (Nomination n : nominations) {
      if (n.tasks().contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static void checkK(int k) {
    checkArgument(k >= 1, "k is %s; ask for at least one task", k);
  }

  private static String names(List<Task> tasks) {
    return tasks.stream().map(Task::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "priority list: " + entries.size() + " tasks in " + tierCount() + " tiers, rule " + result.ruleId();
  }
}
