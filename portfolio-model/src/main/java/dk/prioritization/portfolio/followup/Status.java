package dk.prioritization.portfolio.followup;

import dk.prioritization.core.Text;
import java.util.Locale;

/**
 * The status of a task or initiative in a quarterly follow-up.
 *
 * <p>The constants are declared in reading order (the order of a report's columns). For saying
 * whether a change is for the better or the worse they have a separate <b>health order</b>, from
 * worst to best:
 *
 * <p>{@link #OFF_TRACK} &lt; {@link #AT_RISK} &lt; {@link #NOT_STARTED} &lt; {@link #ON_TRACK}
 * &lt; {@link #DONE}.
 *
 * <p>Not started sits between the warning states and on track: it shows no trouble yet but no
 * progress either. So not started → at risk is a change for the worse (a warning appeared), not
 * started → on track is for the better, and done → anything else (reopened) is for the worse.
 * Every two different statuses are ordered, so every change of status is either better or worse.
 */
public enum Status {
  /** Work has not started (<i>ikke påbegyndt</i>). */
  NOT_STARTED(2, new Text("not started", "ikke påbegyndt")),
  /** Work is going to plan (<i>følger planen</i>). */
  ON_TRACK(3, new Text("on track", "følger planen")),
  /** Work is going but may miss its goal or date (<i>i risiko</i>). */
  AT_RISK(1, new Text("at risk", "i risiko")),
  /** Work will miss its goal or date without a change of course (<i>ude af kurs</i>). */
  OFF_TRACK(0, new Text("off track", "ude af kurs")),
  /** The work is finished (<i>afsluttet</i>). */
  DONE(4, new Text("done", "afsluttet"));

  private final int health;
  private final Text label;

  Status(int health, Text label) {
    this.health = health;
    this.label = label;
  }

  /**
   * Returns the status's name, e.g. "at risk" / "i risiko".
   *
   * @return the name in English and Danish
   */
  public Text label() {
    return label;
  }

  /**
   * Returns the name in the language of {@code locale} (Danish for {@code da}, else English).
   *
   * @param locale the reader's locale
   * @return the name
   */
  public String label(Locale locale) {
    return label.in(locale);
  }

  /**
   * Returns whether this status is healthier than another in the health order of {@link Status}.
   *
   * @param other the other status
   * @return whether this one is strictly better
   */
  public boolean isBetterThan(Status other) {
    return health > other.health;
  }
}
