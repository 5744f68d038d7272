package dk.prioritization.portfolio.followup;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One quarterly report on a task or initiative: its status, a comment and the date it was made.
 *
 * <p>The content is checked when a {@link FollowUp} is built: the item must exist in the
 * portfolio, the comment must not be blank and the date must lie inside the quarter.
 *
 * @param item the task or initiative reported on
 * @param quarter the quarter reported for
 * @param status the status
 * @param comment what the owner says about it
 * @param date the day the report was made, inside the quarter (an input; never read from a clock)
 */
public record StatusReport(Item item, Quarter quarter, Status status, String comment, LocalDate date) {

  /**
   * Creates a report.
   *
   * @param item the item
   * @param quarter the quarter
   * @param status the status
   * @param comment the comment
   * @param date the date
   */
  public StatusReport {
    requireNonNull(item, "item");
    requireNonNull(quarter, "quarter");
    requireNonNull(status, "status");
    requireNonNull(comment, "comment");
    requireNonNull(date, "date");
  }

  /**
   * Returns a report on a task.
   *
   * @param taskId the task's id
   * @param quarter the quarter
   * @param status the status
   * @param comment the comment
   * @param date the date
   * @return the report
   */
  public static StatusReport task(String taskId, Quarter quarter, Status status, String comment, LocalDate date) {
    return new StatusReport(Item.task(taskId), quarter, status, comment, date);
  }

  /**
   * Returns a report on a strategic initiative.
   *
   * @param initiativeId the initiative's id
   * @param quarter the quarter
   * @param status the status
   * @param comment the comment
   * @param date the date
   * @return the report
   */
  public static StatusReport initiative(String initiativeId, Quarter quarter, Status status, String comment,
      LocalDate date) {
    return new StatusReport(Item.initiative(initiativeId), quarter, status, comment, date);
  }
}
