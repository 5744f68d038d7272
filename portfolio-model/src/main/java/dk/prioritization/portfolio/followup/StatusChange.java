package dk.prioritization.portfolio.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.prioritization.core.Text;
import java.util.Optional;

/**
 * How one task or initiative changed between two quarters: its report in the earlier quarter and
 * in the later one, at least one of them present.
 *
 * @param item the task or initiative
 * @param name its name in the portfolio
 * @param before its report in the earlier quarter, or empty if it had none
 * @param after its report in the later quarter, or empty if it has none
 */
public record StatusChange(Item item, String name, Optional<StatusReport> before, Optional<StatusReport> after) {

  /** The kinds of change. */
  public enum Kind {
    /** Reported in the later quarter, not in the earlier one. */
    NEW(new Text("new", "ny")),
    /** Reported in the earlier quarter (and not done then), not in the later one. */
    WENT_QUIET(new Text("went quiet", "ikke længere rapporteret")),
    /** Its status got better, in the health order of {@link Status}. */
    BETTER(new Text("better", "forbedret")),
    /** Its status got worse, in the health order of {@link Status}. */
    WORSE(new Text("worse", "forværret")),
    /** Reported in both quarters with the same status. */
    UNCHANGED(new Text("unchanged", "uændret"));

    private final Text label;

    Kind(Text label) {
      this.label = label;
    }

    /**
     * Returns the kind's name, e.g. "worse" / "forværret".
     *
     * @return the name in English and Danish
     */
    public Text label() {
      return label;
    }
  }

  private static final Text NO_REPORT = new Text("no report", "ingen rapport");

  /**
   * Creates a change.
   *
   * @param item the item
   * @param name its name
   * @param before the earlier report, or empty
   * @param after the later report, or empty
   * @throws IllegalArgumentException if both reports are empty or a report is about another item
   */
  public StatusChange {
    requireNonNull(item, "item");
    requireNonNull(name, "name");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    checkArgument(before.isPresent() || after.isPresent(), "a change of %s needs a report before or after", item);
    checkArgument(before.map(r -> r.item().equals(item)).orElse(true)
        && after.map(r -> r.item().equals(item)).orElse(true), "a change of %s holds a report on another item", item);
  }

  /**
   * Returns the status in the earlier quarter.
   *
   * @return the status, or empty if there was no report
   */
  public Optional<Status> from() {
    return before.map(StatusReport::status);
  }

  /**
   * Returns the status in the later quarter.
   *
   * @return the status, or empty if there is no report
   */
  public Optional<Status> to() {
    return after.map(StatusReport::status);
  }

  /**
   * Returns what kind of change this is.
   *
   * @return the kind
   */
  public Kind kind() {
    if (before.isEmpty()) {
      return Kind.NEW;
    }
    if (after.isEmpty()) {
      return Kind.WENT_QUIET;
    }
    Status a = before.get().status();
    Status b = after.get().status();
    return a == b ? Kind.UNCHANGED : b.isBetterThan(a) ? Kind.BETTER : Kind.WORSE;
  }

  /**
   * Returns the change as one line in English and Danish, e.g. {@code "task 'T-04' Budgetproces
   * 2026-2029: on track → at risk (worse)"}.
   *
   * @return the line
   */
  public Text text() {
    Text label = item.label();
    Text from = before.map(r -> r.status().label()).orElse(NO_REPORT);
    Text to = after.map(r -> r.status().label()).orElse(NO_REPORT);
    Text kind = kind().label();
    return new Text(
        label.english() + " " + name + ": " + from.english() + " → " + to.english() + " (" + kind.english() + ")",
        label.danish() + " " + name + ": " + from.danish() + " → " + to.danish() + " (" + kind.danish() + ")");
  }

  @Override
  public String toString() {
    return text().english();
  }
}
