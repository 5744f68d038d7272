package dk.prioritization.portfolio.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, such as 2025-Q1 (January to March 2025).
 *
 * <p>Quarters are ordered in time.
 *
 * @param year the year, 1 to 9999
 * @param quarter the quarter of the year, 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  /**
   * Creates a quarter.
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter, 1 to 4
   * @throws IllegalArgumentException if either is out of range
   */
  public Quarter {
    checkArgument(quarter >= 1 && quarter <= 4, "a quarter is %s; quarters are 1 to 4", quarter);
    checkArgument(year >= 1 && year <= 9999, "a quarter's year is %s; years are 1 to 9999", year);
  }

  /**
   * Returns the quarter with the given year and number.
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter, 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if either is out of range
   */
  public static Quarter of(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /**
   * Returns the quarter a date lies in.
   *
   * @param date the date
   * @return its quarter
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static Quarter containing(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Reads a quarter written as by {@link #toString()}, e.g. {@code "2025-Q1"}.
   *
   * @param text the text: four digits of year, {@code -Q} and the quarter 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if the text is not of that form, naming it
   */
  public static Quarter parse(String text) {
    requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    checkArgument(m.matches(), "'%s' is not a quarter; write a quarter like 2025-Q1", text);
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the quarter before this one.
   *
   * @return the previous quarter
   * @throws IllegalArgumentException if this is the first quarter of year 1
   */
  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  /**
   * Returns the quarter after this one.
   *
   * @return the next quarter
   * @throws IllegalArgumentException if this is the last quarter of year 9999
   */
  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  /**
   * Returns the quarter's first day.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, 3 * quarter - 2, 1);
  }

  /**
   * Returns the quarter's last day.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    LocalDate lastMonth = LocalDate.of(year, 3 * quarter, 1);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }

  /**
   * Returns whether a date lies in this quarter.
   *
   * @param date the date
   * @return whether it is inside, first and last day included
   */
  public boolean contains(LocalDate date) {
    return date.getYear() == year && (date.getMonthValue() - 1) / 3 + 1 == quarter;
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  /**
   * Returns the quarter written as year, {@code -Q} and number, e.g. {@code "2025-Q1"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format("%04d-Q%d", year, quarter);
  }
}
