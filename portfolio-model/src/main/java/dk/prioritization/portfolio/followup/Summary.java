package dk.prioritization.portfolio.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dk.prioritization.core.Text;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Perspective;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A quarter's follow-up summed up per focus area and per leadership perspective: how many tasks
 * and how many initiatives have each status, and how many have no report.
 *
 * <p>Tasks and initiatives are counted separately: an initiative's own report never counts as one
 * of its tasks. A task counts under its initiative's focus area, and under <i>each</i> of its
 * perspectives, so the perspective lines can add up to more than the tasks; initiatives count the
 * same way. An active task or any initiative without a report for the quarter counts as
 * unreported; a retired task counts only if it has a report.
 *
 * @param quarter the quarter
 * @param byFocusArea one line per focus area, in portfolio order
 * @param byPerspective one line per perspective, all four, in the order of {@link Perspective}
 */
public record Summary(Quarter quarter, Map<FocusArea, Line> byFocusArea, Map<Perspective, Line> byPerspective) {

  /**
   * Creates a summary, copying the maps in their iteration order.
   *
   * @param quarter the quarter
   * @param byFocusArea the lines per focus area
   * @param byPerspective the lines per perspective
   */
  public Summary {
    requireNonNull(quarter, "quarter");
    byFocusArea = ImmutableMap.copyOf(byFocusArea);
    byPerspective = ImmutableMap.copyOf(byPerspective);
  }

  /**
   * One line of a summary: the counts of tasks and of initiatives.
   *
   * @param tasks the tasks' counts
   * @param initiatives the initiatives' own counts
   */
  public record Line(Counts tasks, Counts initiatives) {
    /**
     * Creates a line.
     *
     * @param tasks the tasks' counts
     * @param initiatives the initiatives' counts
     */
    public Line {
      requireNonNull(tasks, "tasks");
      requireNonNull(initiatives, "initiatives");
    }
  }

  /**
   * How many items have each status, and how many have no report.
   *
   * @param byStatus the count per status, every status present (zero included), in the order of
   *     {@link Status}
   * @param unreported how many items have no report for the quarter
   */
  public record Counts(Map<Status, Integer> byStatus, int unreported) {
    /**
     * Creates counts, filling in zero for a status not given.
     *
     * @param byStatus the count per status
     * @param unreported the number unreported
     * @throws IllegalArgumentException if a count is negative
     */
    public Counts {
      EnumMap<Status, Integer> all = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        int n = byStatus.getOrDefault(s, 0);
        checkArgument(n >= 0, "a count of %s is %s", s, n);
        all.put(s, n);
      }
      checkArgument(unreported >= 0, "an unreported count is %s", unreported);
      byStatus = Maps.immutableEnumMap(all);
    }

    /**
     * Returns how many items have a status.
     *
     * @param status the status
     * @return the count
     */
    public int count(Status status) {
      return byStatus.get(status);
    }

    /**
     * Returns how many items have a report.
     *
     * @return the sum of the counts per status
     */
    public int reported() {
      return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns the counts in words, nonzero ones only, e.g. "2 on track, 1 at risk, 1 not reported"
     * / "2 følger planen, 1 i risiko, 1 ikke rapporteret"; "none" / "ingen" if all are zero.
     *
     * @return the text
     */
    public Text text() {
      List<String> en = new ArrayList<>();
      List<String> da = new ArrayList<>();
      for (Map.Entry<Status, Integer> e : byStatus.entrySet()) {
        if (e.getValue() > 0) {
          en.add(e.getValue() + " " + e.getKey().label().english());
          da.add(e.getValue() + " " + e.getKey().label().danish());
        }
      }
      if (unreported > 0) {
        en.add(unreported + " not reported");
        da.add(unreported + " ikke rapporteret");
      }
      return en.isEmpty() ? new Text("none", "ingen") : new Text(String.join(", ", en), String.join(", ", da));
    }
  }

  /**
   * Returns the summary as lines of text in English and Danish: a heading, the focus areas, then
   * the perspectives.
   *
   * @return the text, lines separated by {@code \n}
   */
  public Text text() {
    StringBuilder en = new StringBuilder("Follow-up ").append(quarter).append("\nBy focus area:");
    StringBuilder da = new StringBuilder("Opfølgning ").append(quarter).append("\nEfter fokusområde:");
    byFocusArea.forEach((area, line) -> {
      en.append("\n  ").append(area.name()).append(": ");
      da.append("\n  ").append(area.name()).append(": ");
      append(en, da, line);
    });
    en.append("\nBy leadership perspective:");
    da.append("\nEfter ledelsesperspektiv:");
    byPerspective.forEach((p, line) -> {
      en.append("\n  ").append(p.label().english()).append(": ");
      da.append("\n  ").append(p.label().danish()).append(": ");
      append(en, da, line);
    });
    return new Text(en.toString(), da.toString());
  }

  private static void append(StringBuilder en, StringBuilder da, Line line) {
    Text tasks = line.tasks().text();
    Text initiatives = line.initiatives().text();
    en.append("tasks ").append(tasks.english()).append("; initiatives ").append(initiatives.english());
    da.append("opgaver ").append(tasks.danish()).append("; indsatser ").append(initiatives.danish());
  }

  @Override
  public String toString() {
    return text().english();
  }
}
