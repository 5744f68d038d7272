package dk.prioritization.portfolio;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;

/**
 * A strategic initiative (<i>strategisk indsats</i>): a larger effort under one focus area, with a
 * description of about half a page, an owner and a scope; it holds tasks.
 *
 * @param id the stable id, unique among the portfolio's initiatives
 * @param name the name
 * @param focusArea the id of its focus area
 * @param description what the initiative is about (about half a page)
 * @param owner who owns it, by role title
 * @param scope cross-cutting, or one department's
 * @param perspectives the leadership perspectives it serves, one or more
 * @param tags free tags, sorted
 */
public record Initiative(String id, String name, String focusArea, String description, String owner, Scope scope,
    Set<Perspective> perspectives, Set<String> tags) {

  /**
   * Creates an initiative, copying the sets; the content is checked when a portfolio is built.
   *
   * @param id the id
   * @param name the name
   * @param focusArea the focus area's id
   * @param description the description
   * @param owner the owner
   * @param scope the scope
   * @param perspectives the perspectives
   * @param tags the tags
   */
  public Initiative {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(focusArea, "focusArea");
    requireNonNull(description, "description");
    requireNonNull(owner, "owner");
    requireNonNull(scope, "scope");
    perspectives = Sets.immutableEnumSet(perspectives);
    tags = ImmutableSortedSet.copyOf(tags);
  }

  /**
   * Returns an initiative without tags.
   *
   * @param id the id
   * @param name the name
   * @param focusArea the focus area's id
   * @param description the description
   * @param owner the owner
   * @param scope the scope
   * @param perspectives the perspectives
   * @return the initiative
   */
  public static Initiative of(String id, String name, String focusArea, String description, String owner, Scope scope,
      Perspective... perspectives) {
    return new Initiative(id, name, focusArea, description, owner, scope, Set.of(perspectives), Set.of());
  }

  /**
   * Returns this initiative with the given tags instead of its own.
   *
   * @param tags the tags
   * @return the new initiative
   */
  public Initiative withTags(String... tags) {
    return new Initiative(id, name, focusArea, description, owner, scope, perspectives, Set.copyOf(Arrays.asList(tags)));
  }

  @Override
  public String toString() {
    return id + " " + name;
  }
}
