package dk.prioritization.portfolio;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * The versions of a portfolio, from a first one to the latest, each made from the one before by
 * one change. A history is immutable: {@link #apply(Change, String)} returns a longer history.
 *
 * <pre>{@code
 * PortfolioHistory h = PortfolioHistory.start(v1)
 *     .apply(new Change.RetireTask("T3"), "Done")
 *     .apply(new Change.MoveTask("T4", "I2"), "Consolidation, spring meeting");
 * h.latest().version();          // 3
 * h.diff(1, 3).lines();          // T3 retired, T4 moved from its initiative to I2
 * }</pre>
 */
public final class PortfolioHistory {
  private final ImmutableList<Portfolio> versions;

  private PortfolioHistory(ImmutableList<Portfolio> versions) {
    this.versions = versions;
  }

  /**
   * Returns a history of one version.
   *
   * @param first the first version (usually version 1, but any version can start a history)
   * @return the history
   */
  public static PortfolioHistory start(Portfolio first) {
    return new PortfolioHistory(ImmutableList.of(first));
  }

  /**
   * Rebuilds a history by applying logged changes to a first version again: the entries for
   * versions up to the first one's are skipped, the others applied in order with their notes,
   * authors and dates. Replaying the latest version's log on version 1 gives back every version.
   *
   * @param first the first version
   * @param log change-log entries, in order, continuing from the first version
   * @return the history
   * @throws PortfolioException if a change does not apply
   * @throws IllegalArgumentException if the entries' versions do not follow one another from the
   *     first version's
   */
  public static PortfolioHistory replay(Portfolio first, List<ChangeLogEntry> log) {
    ImmutableList.Builder<Portfolio> out = ImmutableList.builder();
    out.add(first);
    Portfolio p = first;
    for (ChangeLogEntry e : log) {
      if (e.version() > first.version()) {
        p = Changes.apply(p, e);
        out.add(p);
      }
    }
    return new PortfolioHistory(out.build());
  }

  /**
   * Returns this history with one more version: the latest with the change applied.
   *
   * @param change the change
   * @param note why it was made; may be empty
   * @return the longer history; this one is unchanged
   * @throws PortfolioException if the change does not apply to the latest version
   */
  public PortfolioHistory apply(Change change, String note) {
    return append(latest().apply(change, note));
  }

  /**
   * Returns this history with one more version, recording who made the change and when.
   *
   * @param change the change
   * @param note why it was made; may be empty
   * @param author who made it, by role title
   * @param date the date it was decided
   * @return the longer history; this one is unchanged
   * @throws PortfolioException if the change does not apply to the latest version
   */
  public PortfolioHistory apply(Change change, String note, String author, LocalDate date) {
    return append(latest().apply(change, note, author, date));
  }

  private PortfolioHistory append(Portfolio next) {
    return new PortfolioHistory(ImmutableList.<Portfolio>builder().addAll(versions).add(next).build());
  }

  /**
   * Returns every version, oldest first.
   *
   * @return the versions
   */
  public List<Portfolio> versions() {
    return versions;
  }

  /**
   * Returns the version with the given number.
   *
   * @param version the version number
   * @return the portfolio at that version
   * @throws IllegalArgumentException if the history has no such version
   */
  public Portfolio version(int version) {
    int first = versions.get(0).version();
    checkArgument(version >= first && version <= latest().version(), "the history has versions %s to %s, not %s",
        first, latest().version(), version);
    return versions.get(version - first);
  }

  /**
   * Returns the first version.
   *
   * @return the first version
   */
  public Portfolio first() {
    return versions.get(0);
  }

  /**
   * Returns the latest version.
   *
   * @return the latest version
   */
  public Portfolio latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * Returns the change log of the latest version: every change since version 1, oldest first (also
   * those before this history's first version, if it did not start at version 1).
   *
   * @return the change log
   */
  public List<ChangeLogEntry> log() {
    return latest().changeLog();
  }

  /**
   * Returns what changed from one version to a later one.
   *
   * @param from the earlier version's number
   * @param to the later version's number
   * @return the diff, computed from the two versions' contents
   * @throws IllegalArgumentException if a version is not in the history or {@code from > to}
   */
  public PortfolioDiff diff(int from, int to) {
    return PortfolioDiff.between(version(from), version(to));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortfolioHistory h && versions.equals(h.versions);
  }

  @Override
  public int hashCode() {
    return versions.hashCode();
  }

  @Override
  public String toString() {
    return "portfolio history, versions " + first().version() + " to " + latest().version();
  }
}
