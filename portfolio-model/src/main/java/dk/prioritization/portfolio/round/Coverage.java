package dk.prioritization.portfolio.round;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the four leadership perspectives the top k of a priority list covers, and which it
 * leaves empty. A task covers each of its own perspectives (a task's perspectives, not its
 * initiative's).
 *
 * @param k the number of tasks looked at
 * @param tasks the top k tasks, best first
 * @param covered the perspectives at least one of them serves, in the order of {@link Perspective}
 * @param empty the perspectives none of them serves, in the order of {@link Perspective}
 * @param tasksByPerspective for each perspective, in enum order, the top k tasks serving it, best
 *     first (an empty list for an empty perspective)
 */
public record Coverage(int k, List<Task> tasks, Set<Perspective> covered, Set<Perspective> empty,
    Map<Perspective, List<Task>> tasksByPerspective) {

  /**
   * Creates a coverage, copying the collections.
   *
   * @param k the number looked at
   * @param tasks the tasks
   * @param covered the covered perspectives
   * @param empty the empty perspectives
   * @param tasksByPerspective the tasks per perspective
   */
  public Coverage {
    tasks = ImmutableList.copyOf(tasks);
    covered = Sets.immutableEnumSet(covered);
    empty = Sets.immutableEnumSet(empty);
    tasksByPerspective = ImmutableMap.copyOf(tasksByPerspective);
  }

  /**
   * Returns one sentence saying what is covered and what is left empty.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the sentence
   */
  public String explain(Locale locale) {
    boolean da = "da".equals(locale.getLanguage());
    String cov = covered.stream().map(p -> p.label(locale)).collect(Collectors.joining(", "));
    String emp = empty.stream().map(p -> p.label(locale)).collect(Collectors.joining(", "));
    if (da) {
      return "Top " + k + " dækker " + (cov.isEmpty() ? "intet perspektiv" : cov)
          + (emp.isEmpty() ? "; alle fire perspektiver er dækket." : "; tomme: " + emp + ".");
    }
    return "The top " + k + " covers " + (cov.isEmpty() ? "no perspective" : cov)
        + (emp.isEmpty() ? "; all four perspectives are covered." : "; left empty: " + emp + ".");
  }
}
