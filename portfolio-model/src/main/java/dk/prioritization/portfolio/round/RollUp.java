package dk.prioritization.portfolio.round;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.prioritization.core.Text;
import java.util.List;
import java.util.Locale;

/**
 * The priority list rolled up to initiatives or to focus areas.
 *
 * <p><b>Method:</b> each initiative (focus area) gets the <i>sum</i> of the scores of its active
 * tasks (through its initiatives, for a focus area); they are ranked by that sum, largest first,
 * equal sums sharing a tier, and within a tier listed in portfolio order. A sum favours groups
 * with many nominated tasks over groups with one strong task; that is intended (the board asks
 * where its attention goes), and the counts of nominations and nominated tasks are given beside it
 * so a reader can see the difference. Under approval voting the sum is the number of nominations,
 * so adding a nomination for a task raises its initiative and focus area by one and never lowers
 * them. For a rule that gives no numeric scores, the sum is of the tasks' numbers of nominations
 * instead, and {@link #measure()} says so.
 *
 * @param measure what was summed, in English and Danish
 * @param entries the initiatives or focus areas, tiers in order, portfolio order inside a tier;
 *     every one of the portfolio's, nominated or not
 */
public record RollUp(Text measure, List<RollUpEntry> entries) {

  /**
   * Creates a roll-up, copying the list.
   *
   * @param measure the measure
   * @param entries the entries
   */
  public RollUp {
    requireNonNull(measure, "measure");
    entries = ImmutableList.copyOf(entries);
  }

  /**
   * Returns the roll-up as text, one entry per line.
   *
   * @param locale the reader's locale (Danish for {@code da}, else English)
   * @return the text
   */
  public String explain(Locale locale) {
    boolean da = "da".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder(da ? "Summeret: " : "Summed: ").append(measure.in(locale)).append('\n');
    for (RollUpEntry e : entries) {
      sb.append("  ").append(e.tier()).append(". ").append(e.id()).append(' ').append(e.name()).append(": ")
          .append(e.value()).append(" (").append(e.nominations())
          .append(da ? (e.nominations() == 1 ? " nominering, " : " nomineringer, ")
              : (e.nominations() == 1 ? " nomination, " : " nominations, "))
          .append(e.nominatedTasks()).append(da ? " af " : " of ").append(e.activeTasks())
          .append(da ? " opgaver nomineret)" : " tasks nominated)").append('\n');
    }
    return sb.toString();
  }
}
