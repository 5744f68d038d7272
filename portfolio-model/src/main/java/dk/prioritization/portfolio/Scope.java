package dk.prioritization.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a strategic initiative belongs: to the whole municipality (cross-cutting), or to one
 * director's own department (<i>forvaltningsområde</i>). The executive board has that double role.
 *
 * @param department the department, or empty for a cross-cutting initiative
 */
public record Scope(Optional<String> department) {
  /** The scope of an initiative for the whole municipality. */
  public static final Scope CROSS_CUTTING = new Scope(Optional.empty());

  /**
   * Creates a scope.
   *
   * @param department the department, or empty for cross-cutting
   * @throws IllegalArgumentException if the department is blank
   */
  public Scope {
    requireNonNull(department, "department");
    department.ifPresent(d -> checkArgument(!d.isBlank(), "a department's name is blank"));
  }

  /**
   * Returns the scope of an initiative within one department.
   *
   * @param department the department's name
   * @return the scope
   */
  public static Scope department(String department) {
    return new Scope(Optional.of(department));
  }

  /**
   * Returns whether the initiative is for the whole municipality.
   *
   * @return whether it is cross-cutting
   */
  public boolean isCrossCutting() {
    return department.isEmpty();
  }

  @Override
  public String toString() {
    return department.map(d -> "department " + d).orElse("cross-cutting");
  }
}
