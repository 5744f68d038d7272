package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Rational;
import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Task;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One member's own list compared with the board's common list, as the source compares each
 * director's agreement basis (<i>aftalegrundlag</i>) with the board's.
 *
 * <p><b>Kendall distance with ties.</b> Both lists are read as rankings of all the round's
 * candidates (the active tasks) with ties. The member's: in a ranked round their nominations in
 * their order, then every other task tied last; in an unranked round their nominations tied
 * first, every other task tied last. The board's: the priority list's tiers (after the round's
 * tie-breaker, without portfolio order). Every unordered pair of tasks adds 1 if the two rankings
 * order it oppositely, 1/2 if exactly one of them ties it, and 0 otherwise: Fagin, Kumar, Mahdian,
 * Sivakumar and Vee's K<sup>(p)</sup> with p = 1/2 ("Comparing partial rankings", <i>SIAM J.
 * Discrete Math.</i> 20(3), 2006), a metric. The normalised distance divides by the number of
 * pairs, n(n-1)/2, so it lies in [0, 1] (0 when there is at most one task).
 *
 * @param member the member
 * @param k the size of the board's top k compared with
 * @param nominated the member's nominations, in their order
 * @param overlap the nominations that are in the board's top k, in the member's order
 * @param notPrioritised the nominations the board's top k leaves out, in the member's order
 * @param kendallDistance the exact Kendall distance with penalty 1/2 for half-tied pairs
 * @param normalisedDistance the distance divided by the number of pairs
 */
public record MemberComparison(BoardMember member, int k, List<Task> nominated, List<Task> overlap,
    List<Task> notPrioritised, Rational kendallDistance, Rational normalisedDistance) {

  /**
   * Creates a comparison, copying the lists.
   *
   * @param member the member
   * @param k the k
   * @param nominated the nominations
   * @param overlap the overlap
   * @param notPrioritised the nominations outside the top k
   * @param kendallDistance the distance
   * @param normalisedDistance the normalised distance
   */
  public MemberComparison {
    requireNonNull(member, "member");
    nominated = ImmutableList.copyOf(nominated);
    overlap = ImmutableList.copyOf(overlap);
    notPrioritised = ImmutableList.copyOf(notPrioritised);
    requireNonNull(kendallDistance, "kendallDistance");
    requireNonNull(normalisedDistance, "normalisedDistance");
  }

  /**
   * Returns how many of the member's nominations are in the board's top k.
   *
   * @return the size of the overlap
   */
  public int overlapCount() {
    return overlap.size();
  }

  /**
   * Returns the comparison as a few lines of text.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the text
   */
  public String explain(Locale locale) {
    boolean da = "da".equals(locale.getLanguage());
    String missing = notPrioritised.stream().map(Task::toString).collect(Collectors.joining(", "));
    String distance = kendallDistance + " (" + String.format(Locale.ROOT, "%.3f", normalisedDistance.doubleValue())
        + ")";
    if (da) {
      return member.roleTitle() + ": " + overlap.size() + " af " + nominated.size() + " nominerede opgaver er i"
          + " direktionens top " + k + ". Kendall-afstand til den fælles liste: " + distance + ".\n"
          + (missing.isEmpty() ? "Alle nominerede opgaver er prioriteret.\n"
              : "Nomineret, men ikke prioriteret: " + missing + ".\n");
    }
    return member.roleTitle() + ": " + overlap.size() + " of " + nominated.size() + " nominated tasks are in the"
        + " board's top " + k + ". Kendall distance to the common list: " + distance + ".\n"
        + (missing.isEmpty() ? "Every nominated task is prioritised.\n"
            : "Nominated but not prioritised: " + missing + ".\n");
  }
}
