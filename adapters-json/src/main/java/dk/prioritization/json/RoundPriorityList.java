package dk.prioritization.json;

import static java.util.Objects.requireNonNull;

import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;

/**
 * A round's priority list as a JSON document of kind {@code "priority-list"}: the round (its
 * portfolio, policy, rule choice and nominations) with the list's entries, fingerprint and
 * explanation.
 *
 * <p>A {@link PriorityList} does not hold its round, so the document is written from this pair:
 *
 * <pre>{@code
 * String json = mapper.writeValueAsString(new RoundPriorityList(round));
 * PriorityList list = mapper.readValue(json, PriorityList.class);      // recomputed and verified
 * Round again = mapper.readValue(json, RoundPriorityList.class).round();
 * }</pre>
 *
 * <p>Reading recomputes the list from the round and checks that the stored entries and fingerprint
 * equal the recomputed ones, naming each difference by its JSON path.
 *
 * @param round the round whose priority list is written
 */
public record RoundPriorityList(Round round) {
  /**
   * Creates the pair.
   *
   * @param round the round
   */
  public RoundPriorityList {
    requireNonNull(round, "round");
  }

  /**
   * Returns the round's priority list.
   *
   * @return the priority list
   */
  public PriorityList priorityList() {
    return round.priorityList();
  }
}
