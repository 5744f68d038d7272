package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Text;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.Locale;

/**
 * A top k that represents every focus area or every perspective, and what the constraint changed.
 *
 * <p>See {@link PriorityList#balancedTopK(int, Balance)} for the method.
 *
 * @param k the number asked for
 * @param balance what is balanced
 * @param tasks the balanced top k, in the board's order (ties by portfolio order)
 * @param plain the plain top k it is compared with
 * @param cameIn the tasks the constraint brought in, in the board's order
 * @param wentOut the tasks of the plain top k it pushed out, in the board's order
 * @param unmet the groups (focus area ids, or perspective names such as {@code OUTWARD}) that have
 *     a nominated task but got no place because there were more such groups than k
 * @param explanation why the tasks came in and went out, or that nothing changed
 */
public record BalancedTopK(int k, Balance balance, List<Task> tasks, List<Task> plain, List<Task> cameIn,
    List<Task> wentOut, List<String> unmet, Text explanation) {

  /**
   * Creates a balanced top k, copying the lists.
   *
   * @param k the number asked for
   * @param balance what is balanced
   * @param tasks the tasks
   * @param plain the plain top k
   * @param cameIn the tasks brought in
   * @param wentOut the tasks pushed out
   * @param unmet the groups left without a task
   * @param explanation the explanation
   */
  public BalancedTopK {
    requireNonNull(balance, "balance");
    tasks = ImmutableList.copyOf(tasks);
    plain = ImmutableList.copyOf(plain);
    cameIn = ImmutableList.copyOf(cameIn);
    wentOut = ImmutableList.copyOf(wentOut);
    unmet = ImmutableList.copyOf(unmet);
    requireNonNull(explanation, "explanation");
  }

  /**
   * Returns whether the constraint changed the plain top k.
   *
   * @return whether any task came in
   */
  public boolean changed() {
    return !cameIn.isEmpty();
  }

  /**
   * Returns the explanation in the reader's language.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the explanation, one or more lines
   */
  public String explain(Locale locale) {
    return explanation.in(locale);
  }
}
