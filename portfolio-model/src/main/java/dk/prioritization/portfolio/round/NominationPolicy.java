package dk.prioritization.portfolio.round;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The rules for nominating in a prioritisation round: how many tasks each member may nominate,
 * whether in order, and whether a member may nominate tasks of their own department.
 *
 * <p>A task is of a member's <i>own department</i> when its initiative's scope is
 * {@code Scope.department(d)} and the member's department is {@code d}. Cross-cutting initiatives
 * are nobody's own, and a member without a department (the chief executive) has no own tasks.
 *
 * @param maxPerMember how many tasks a member may nominate at most, at least 1 (5 by default)
 * @param ranked whether members rank their nominations, first most important (not by default)
 * @param ownDepartmentAllowed whether a member may nominate tasks of their own department (by
 *     default yes)
 */
public record NominationPolicy(int maxPerMember, boolean ranked, boolean ownDepartmentAllowed) {

  /** The number of tasks a member may nominate by default, as in the source's rounds. */
  public static final int DEFAULT_MAX = 5;

  /**
   * Creates a policy.
   *
   * @param maxPerMember the maximum per member
   * @param ranked whether nominations are ranked
   * @param ownDepartmentAllowed whether own-department tasks may be nominated
   * @throws IllegalArgumentException if {@code maxPerMember} is below 1
   */
  public NominationPolicy {
    checkArgument(maxPerMember >= 1, "a member may nominate at most %s tasks; it must be at least 1", maxPerMember);
  }

  /**
   * Returns the default policy: up to 5 unranked nominations, own-department tasks allowed.
   *
   * @return the default policy
   */
  public static NominationPolicy standard() {
    return new NominationPolicy(DEFAULT_MAX, false, true);
  }

  /**
   * Returns this policy with another maximum per member.
   *
   * @param max the maximum, at least 1
   * @return the new policy
   */
  public NominationPolicy withMaxPerMember(int max) {
    return new NominationPolicy(max, ranked, ownDepartmentAllowed);
  }

  /**
   * Returns this policy with ranked or unranked nominations.
   *
   * @param ranked whether nominations are ranked
   * @return the new policy
   */
  public NominationPolicy withRanked(boolean ranked) {
    return new NominationPolicy(maxPerMember, ranked, ownDepartmentAllowed);
  }

  /**
   * Returns this policy allowing or refusing nominations of a member's own department's tasks.
   *
   * @param allowed whether they are allowed
   * @return the new policy
   */
  public NominationPolicy withOwnDepartmentAllowed(boolean allowed) {
    return new NominationPolicy(maxPerMember, ranked, allowed);
  }
}
