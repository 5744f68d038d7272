package dk.prioritization.preflib;

import java.util.Locale;
import java.util.Optional;

/**
 * The PrefLib data type of a file, which is also its extension: what kind of preferences its
 * lines hold.
 */
public enum DataType {
  /** Strict orders, complete: every line ranks every alternative, without ties. */
  SOC(true, false),
  /** Strict orders, incomplete: a line ranks some of the alternatives (possibly none), without ties. */
  SOI(false, false),
  /** Orders with ties, complete: every line ranks every alternative, ties allowed. */
  TOC(true, true),
  /** Orders with ties, incomplete: a line ranks some of the alternatives, ties allowed. */
  TOI(false, true),
  /**
   * Categorical preferences: a line puts the alternatives into categories, best category first.
   * This library reads only files with two categories, as approval ballots: the first category
   * is the approved set.
   */
  CAT(false, true);

  private final boolean complete;
  private final boolean ties;

  DataType(boolean complete, boolean ties) {
    this.complete = complete;
    this.ties = ties;
  }

  /**
   * Returns the file extension without the dot, which is also the value of the header's
   * {@code DATA TYPE}, e.g. {@code "soi"}.
   *
   * @return the extension, in lower case
   */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether this is one of the four ordinal types (everything but {@link #CAT}).
   *
   * @return whether the lines are orders
   */
  public boolean isOrdinal() {
    return this != CAT;
  }

  /**
   * Returns whether every line must rank every alternative ({@link #SOC} and {@link #TOC}).
   *
   * @return whether the orders are complete
   */
  public boolean requiresComplete() {
    return complete;
  }

  /**
   * Returns whether a line may tie alternatives ({@link #TOC}, {@link #TOI}, and the categories
   * of {@link #CAT}).
   *
   * @return whether ties are allowed
   */
  public boolean allowsTies() {
    return ties;
  }

  /**
   * Returns the data type named by an extension or a header value, ignoring case and a leading dot.
   *
   * @param extension e.g. {@code "soi"}, {@code ".TOC"}
   * @return the data type, or empty if it is none of the five
   */
  public static Optional<DataType> fromExtension(String extension) {
    String e = extension.strip().toLowerCase(Locale.ROOT);
    if (e.startsWith(".")) {
      e = e.substring(1);
    }
    for (DataType t : values()) {
      if (t.extension().equals(e)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the data type given by a file name's extension, e.g. {@code "00007-00000008.soi"}.
   *
   * @param fileName the file name
   * @return the data type, or empty if the name has none of the five extensions
   */
  public static Optional<DataType> fromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : fromExtension(fileName.substring(dot + 1));
  }
}
