package dk.prioritization.json;

import static java.util.Objects.requireNonNull;

import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.Selection;
import java.util.List;

/**
 * A selection with the round it was made from, as a JSON document of kind {@code "selection"}: the
 * round (its portfolio, policy, rule choice and nominations) and the selection's rule, k or
 * capacity, chosen tasks, totals, next one out, reasons, roll-ups and explanation.
 *
 * <p>A {@link Selection} does not hold its round, so the document is written from this pair:
 *
 * <pre>{@code
 * Selection nine = round.select(Phragmen.sequential(), 9);
 * String json = mapper.writeValueAsString(new RoundSelection(round, nine));
 * Selection again = mapper.readValue(json, Selection.class);          // recomputed and verified
 * Round same = mapper.readValue(json, RoundSelection.class).round();
 * }</pre>
 *
 * <p>Reading finds the rule by its id in {@code RuleRegistry.standard()} (a committee rule when
 * the document gives {@code k}, a budget rule when it gives {@code capacity}), recomputes the
 * selection from the round and checks that the stored one equals it, naming each difference by its
 * JSON path. A selection by a rule the registry does not hold can be written but not read back.
 *
 * @param round the round the selection was made from
 * @param selection the selection
 */
public record RoundSelection(Round round, Selection selection) {
  /**
   * Creates the pair.
   *
   * @param round the round
   * @param selection a selection made from it
   * @throws IllegalArgumentException if the selection's tasks are not the round's active tasks
   */
  public RoundSelection {
    requireNonNull(round, "round");
    requireNonNull(selection, "selection");
    if (!List.copyOf(selection.reasons().keySet()).equals(round.portfolio().activeTasks())) {
      throw new IllegalArgumentException("the selection was not made from this round: its tasks are not the active"
          + " tasks of the round's portfolio version " + round.portfolio().version());
    }
  }
}
