package dk.prioritization.portfolio;

import static java.util.Objects.requireNonNull;

/**
 * A focus area (<i>fokusområde</i>): one of the few themes a board chooses for the year; it holds
 * strategic initiatives.
 *
 * @param id the stable id, unique among the portfolio's focus areas
 * @param name the name
 */
public record FocusArea(String id, String name) {
  /**
   * Creates a focus area; its content is checked when a portfolio is built.
   *
   * @param id the id
   * @param name the name
   */
  public FocusArea {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return id + " " + name;
  }
}
