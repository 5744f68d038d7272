package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import dk.prioritization.portfolio.BoardMember;
import java.util.OptionalInt;

/**
 * A member who nominated a task, with the place they gave it in a ranked round.
 *
 * @param member the member
 * @param position the task's place on the member's list, 1 for their first, in a ranked round;
 *     empty in an unranked round
 */
public record Nominator(BoardMember member, OptionalInt position) {

  /**
   * Creates a nominator.
   *
   * @param member the member
   * @param position the place, if ranked
   */
  public Nominator {
    requireNonNull(member, "member");
    requireNonNull(position, "position");
  }

  @Override
  public String toString() {
    return position.isPresent() ? member.id() + " #" + position.getAsInt() : member.id();
  }
}
