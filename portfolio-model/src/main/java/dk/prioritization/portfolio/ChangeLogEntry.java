package dk.prioritization.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.prioritization.core.Text;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of a portfolio's change log: the change that produced a version, and why.
 *
 * @param version the version the change produced (2 for the first change to version 1)
 * @param change the change
 * @param note why it was made, e.g. the board meeting's decision; may be empty
 * @param author who made it, by role title, if recorded
 * @param date the date it was decided, if recorded (an input: the library reads no clock)
 */
public record ChangeLogEntry(int version, Change change, String note, Optional<String> author,
    Optional<LocalDate> date) {

  /**
   * Creates an entry.
   *
   * @param version the version produced, at least 2
   * @param change the change
   * @param note the note
   * @param author the author, if recorded
   * @param date the date, if recorded
   * @throws IllegalArgumentException if the version is below 2
   */
  public ChangeLogEntry {
    checkArgument(version >= 2, "a change produces version %s; the first change produces version 2", version);
    requireNonNull(change, "change");
    requireNonNull(note, "note");
    requireNonNull(author, "author");
    requireNonNull(date, "date");
  }

  /**
   * Returns the entry as one line in English and Danish, e.g. "version 2: Task T1 retired (done)"
   * / "version 2: Opgaven T1 udfaset (done)"; the note, author and date are shown as given.
   *
   * @return the line
   */
  public Text describe() {
    Text c = change.describe();
    StringBuilder tail = new StringBuilder();
    author.ifPresent(a -> tail.append(", ").append(a));
    date.ifPresent(d -> tail.append(", ").append(d));
    String suffix = (note.isBlank() ? "" : " (" + note + ")") + tail;
    return new Text("version " + version + ": " + c.english() + suffix, "version " + version + ": " + c.danish() + suffix);
  }
}
