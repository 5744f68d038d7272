package dk.prioritization.portfolio.followup;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.Text;

/**
 * What a follow-up report is about: a task or a strategic initiative of the portfolio, by id.
 *
 * <p>Tasks and initiatives have ids of their own, so the kind is part of the item.
 *
 * @param kind whether it is a task or an initiative
 * @param id the task's or initiative's id
 */
public record Item(Kind kind, String id) {

  /** The kinds of item a report can be about. */
  public enum Kind {
    /** A task (<i>opgave</i>). */
    TASK(new Text("task", "opgave")),
    /** A strategic initiative (<i>strategisk indsats</i>). */
    INITIATIVE(new Text("initiative", "indsats"));

    private final Text label;

    Kind(Text label) {
      this.label = label;
    }

    /**
     * Returns the kind's name, e.g. "task" / "opgave".
     *
     * @return the name in English and Danish
     */
    public Text label() {
      return label;
    }
  }

  /**
   * Creates an item.
   *
   * @param kind the kind
   * @param id the id
   */
  public Item {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
  }

  /**
   * Returns the item for a task.
   *
   * @param id the task's id
   * @return the item
   */
  public static Item task(String id) {
    return new Item(Kind.TASK, id);
  }

  /**
   * Returns the item for a strategic initiative.
   *
   * @param id the initiative's id
   * @return the item
   */
  public static Item initiative(String id) {
    return new Item(Kind.INITIATIVE, id);
  }

  /**
   * Returns the item named in English and Danish, e.g. "task 'T-04'" / "opgave 'T-04'".
   *
   * @return the name
   */
  public Text label() {
    return new Text(kind.label().english() + " '" + id + "'", kind.label().danish() + " '" + id + "'");
  }

  /**
   * Returns the item as it is named in problems, e.g. {@code "task 'T-04'"}.
   *
   * @return the English name
   */
  @Override
  public String toString() {
    return label().english();
  }
}
