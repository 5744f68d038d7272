package dk.prioritization.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A member of the executive board (<i>direktion</i>), known by role title, never by personal name
 * in examples.
 *
 * @param id the stable id, unique among the members
 * @param roleTitle the role title, e.g. "Chief executive" or "Director of Children and Youth"
 * @param department the member's own department, or empty (the chief executive has none)
 */
public record BoardMember(String id, String roleTitle, Optional<String> department) {
  /**
   * Creates a member; the content is checked when a portfolio is built.
   *
   * @param id the id
   * @param roleTitle the role title
   * @param department the department, or empty
   */
  public BoardMember {
    requireNonNull(id, "id");
    requireNonNull(roleTitle, "roleTitle");
    requireNonNull(department, "department");
  }

  /**
   * Returns a member with a department.
   *
   * @param id the id
   * @param roleTitle the role title
   * @param department the department
   * @return the member
   */
  public static BoardMember of(String id, String roleTitle, String department) {
    return new BoardMember(id, roleTitle, Optional.of(department));
  }

  /**
   * Returns a member without a department of their own, such as the chief executive.
   *
   * @param id the id
   * @param roleTitle the role title
   * @return the member
   */
  public static BoardMember withoutDepartment(String id, String roleTitle) {
    return new BoardMember(id, roleTitle, Optional.empty());
  }

  @Override
  public String toString() {
    return roleTitle;
  }
}
