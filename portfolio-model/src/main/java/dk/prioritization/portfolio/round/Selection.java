package dk.prioritization.portfolio.round;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Text;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A set of tasks a round chose by a committee rule ("the best k tasks", {@link Round#select}) or
 * by a budget rule ("the tasks that fit capacity C", {@link Round#fitCapacity}), with why each task
 * is in or out.
 *
 * <p>The candidates were the round's active tasks in portfolio order, and each nominating member's
 * nomination one approval ballot (in a ranked round, the set of tasks they nominated; the order
 * is not used). Costs and capacity are in the portfolio's cost unit ({@link #costUnit()}).
 *
 * <p>Exactly one of {@link #k()} and {@link #capacity()} is present: {@code k} for a committee
 * rule, the capacity for a budget rule.
 *
 * @param ruleId the id of the committee or budget rule
 * @param ruleOptions the budget rule's options as canonical strings (committee rules have none);
 *     empty for a rule's defaults
 * @param k how many tasks were asked for, for a committee rule
 * @param capacity the capacity the chosen tasks had to fit, for a budget rule
 * @param chosen the chosen tasks, in the rule's order: the order a sequential or greedy rule took
 *     them, portfolio order for a rule that chooses a whole set at once (see the rule)
 * @param totalCost the chosen tasks' total cost; empty if a chosen task has no cost (possible for
 *     a committee rule only)
 * @param capacityLeft the capacity minus the total cost, for a budget rule
 * @param reasons for every active task, in portfolio order, why it is in or out, in English and
 *     Danish, in the rule's own terms
 * @param nextOut the task the rule would take next: the one left out that comes closest to a
 *     place by the rule's own measure; empty if the rule would take none (every task, or every
 *     nominated task, chosen)
 * @param byInitiative every initiative of the portfolio, in portfolio order, with its chosen tasks
 * @param byFocusArea every focus area of the portfolio, in portfolio order, with its chosen tasks
 * @param costUnit the portfolio's cost unit, if it names one
 * @param explanation the rule's explanation: its count, step by step
 */
public record Selection(String ruleId, Map<String, String> ruleOptions, OptionalInt k, OptionalLong capacity,
    List<Task> chosen, OptionalLong totalCost, OptionalLong capacityLeft, Map<Task, Text> reasons,
    Optional<Task> nextOut, List<SelectionGroup> byInitiative, List<SelectionGroup> byFocusArea,
    Optional<Text> costUnit, Explanation<Task> explanation) {

  /**
   * Creates a selection, copying the collections.
   *
   * @param ruleId the rule's id
   * @param ruleOptions the rule's options
   * @param k the number asked for, for a committee rule
   * @param capacity the capacity, for a budget rule
   * @param chosen the chosen tasks
   * @param totalCost their total cost, if known
   * @param capacityLeft the capacity left, for a budget rule
   * @param reasons why each active task is in or out
   * @param nextOut the task the rule would take next, if any
   * @param byInitiative the roll-up to initiatives
   * @param byFocusArea the roll-up to focus areas
   * @param costUnit the cost unit, if named
   * @param explanation the rule's explanation
   * @throws IllegalArgumentException if not exactly one of k and capacity is present, the capacity
   *     left is given without a capacity, a chosen task or the next one out has no reason, or the
   *     next one out is chosen
   */
  public Selection {
    requireNonNull(ruleId, "ruleId");
    ruleOptions = ImmutableMap.copyOf(ruleOptions);
    requireNonNull(k, "k");
    requireNonNull(capacity, "capacity");
    checkArgument(k.isPresent() != capacity.isPresent(), "a selection has a k (committee rule) or a capacity"
        + " (budget rule), not %s", k.isPresent() ? "both" : "neither");
    chosen = ImmutableList.copyOf(chosen);
    requireNonNull(totalCost, "totalCost");
    requireNonNull(capacityLeft, "capacityLeft");
    checkArgument(capacityLeft.isEmpty() || capacity.isPresent(), "capacity left without a capacity");
    reasons = ImmutableMap.copyOf(reasons);
    requireNonNull(nextOut, "nextOut");
    for (Task t : chosen) {
      checkArgument(reasons.containsKey(t), "the chosen task %s has no reason", t);
    }
    if (nextOut.isPresent()) {
      checkArgument(!chosen.contains(nextOut.get()), "the next one out, %s, is chosen", nextOut.get());
      checkArgument(reasons.containsKey(nextOut.get()), "the next one out, %s, has no reason", nextOut.get());
    }
    byInitiative = ImmutableList.copyOf(byInitiative);
    byFocusArea = ImmutableList.copyOf(byFocusArea);
    requireNonNull(costUnit, "costUnit");
    requireNonNull(explanation, "explanation");
  }

  /**
   * Returns why the next one out was left out, in the rule's own terms.
   *
   * @return the reason, or empty if there is no next one out
   */
  public Optional<Text> nextOutReason() {
    return nextOut.map(reasons::get);
  }

  /**
   * Returns whether a task was chosen.
   *
   * @param task a task
   * @return whether it is among {@link #chosen()}
   */
  public boolean isChosen(Task task) {
    return chosen.contains(task);
  }

  /**
   * Returns the short form of the selection as text: what was asked, the chosen tasks with their
   * reasons and costs, the total, and the next one out with why.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the text, several lines
   */
  public String summary(Locale locale) {
    boolean da = "da".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    if (k.isPresent()) {
      sb.append(da ? "De bedste " : "The best ").append(k.getAsInt()).append(da ? " opgaver efter " : " tasks by ")
          .append(ruleId).append(":\n");
    } else {
      sb.append(da ? "Opgaverne inden for kapaciteten " : "The tasks that fit the capacity ")
          .append(amount(capacity.getAsLong()).in(locale)).append(da ? " efter " : " by ").append(ruleId).append(":\n");
    }
    for (int i = 0; i < chosen.size(); i++) {
      Task t = chosen.get(i);
      sb.append("  ").append(i + 1).append(". ").append(t);
      t.cost().ifPresent(c -> sb.append(" (").append(amount(c).in(locale)).append(')'));
      sb.append(": ").append(reasons.get(t).in(locale)).append('\n');
    }
    if (totalCost.isPresent()) {
      sb.append(da ? "Samlet omkostning: " : "Total cost: ").append(amount(totalCost.getAsLong()).in(locale));
      capacityLeft.ifPresent(left -> sb.append(da ? ", tilbage: " : ", left: ").append(amount(left).in(locale)));
      sb.append('\n');
    }
    sb.append(da ? "Næste uden for: " : "Next one out: ").append(nextOut.map(t -> t + ": "
        + reasons.get(t).in(locale)).orElse(da ? "ingen" : "none")).append('\n');
    return sb.toString();
  }

  /**
   * Returns the selection as text: the {@linkplain #summary(Locale) summary}, then every task left
   * out with its reason, the roll-ups and the rule's explanation.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the text, several lines
   */
  public String explain(Locale locale) {
    boolean da = "da".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder(summary(locale));
    sb.append(da ? "Ikke valgt:\n" : "Not chosen:\n");
    reasons.forEach((t, why) -> {
      if (!chosen.contains(t)) {
        sb.append("  ").append(t).append(": ").append(why.in(locale)).append('\n');
      }
    });
    group(sb, da ? "Pr. indsats:\n" : "By initiative:\n", byInitiative, da, locale);
    group(sb, da ? "Pr. fokusområde:\n" : "By focus area:\n", byFocusArea, da, locale);
    return sb.append(explanation.render(locale)).toString();
  }

  private void group(StringBuilder sb, String heading, List<SelectionGroup> groups, boolean da, Locale locale) {
    sb.append(heading);
    for (SelectionGroup g : groups) {
      sb.append("  ").append(g.id()).append(' ').append(g.name()).append(": ").append(g.chosen().size())
          .append(da ? " af " : " of ").append(g.activeTasks()).append(da ? " aktive opgaver valgt" : " active tasks chosen");
      g.chosenCost().ifPresent(c -> sb.append(", ").append(amount(c).in(locale)));
      sb.append('\n');
    }
  }

  private Text amount(long amount) {
    return costUnit.map(u -> new Text(amount + " " + u.english(), amount + " " + u.danish()))
        .orElseGet(() -> new Text(Long.toString(amount), Long.toString(amount)));
  }
}
