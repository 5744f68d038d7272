package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Text;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first k tasks of a priority list.
 *
 * <p>The list's tiers are taken in order. When a tier straddles the cut (some of its tasks fit in
 * k, some do not), the tie the round's tie-breaker left is ordered by portfolio order; the tasks
 * of that tier are in {@link #tiedAtCut()}, those left out in {@link #leftOut()}, and the
 * {@link #note()} says so.
 *
 * @param k the number asked for
 * @param tasks the tasks, best first; k of them, or all if the list has fewer
 * @param tiedAtCut the tasks of the tier straddling the cut, in portfolio order; empty if no tier
 *     straddles it
 * @param leftOut the tasks of that tier that portfolio order left out
 * @param note the explanation of the cut, when a tier straddles it
 */
public record TopK(int k, List<Task> tasks, List<Task> tiedAtCut, List<Task> leftOut, Optional<Text> note) {

  /**
   * Creates a top k, copying the lists.
   *
   * @param k the number asked for
   * @param tasks the tasks
   * @param tiedAtCut the tied tier at the cut
   * @param leftOut the tied tasks left out
   * @param note the note
   */
  public TopK {
    tasks = ImmutableList.copyOf(tasks);
    tiedAtCut = ImmutableList.copyOf(tiedAtCut);
    leftOut = ImmutableList.copyOf(leftOut);
    requireNonNull(note, "note");
  }

  /**
   * Returns whether portfolio order had to decide a tie at the cut.
   *
   * @return whether a tier straddles the cut
   */
  public boolean cutsATie() {
    return !tiedAtCut.isEmpty();
  }

  /**
   * Returns the top k as text, one task per line, followed by the note, if any.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the text
   */
  public String explain(Locale locale) {
    StringBuilder sb = new StringBuilder(new Text("Top ", "Top ").in(locale)).append(k).append(":\n");
    for (int i = 0; i < tasks.size(); i++) {
      sb.append("  ").append(i + 1).append(". ").append(tasks.get(i)).append('\n');
    }
    note.ifPresent(n -> sb.append(n.in(locale)).append('\n'));
    return sb.toString();
  }
}
