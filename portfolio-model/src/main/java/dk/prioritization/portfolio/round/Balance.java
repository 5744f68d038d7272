package dk.prioritization.portfolio.round;

/** What a balanced top k must represent: every focus area, or every leadership perspective. */
public enum Balance {
  /** At least one nominated task of every focus area that has one. */
  FOCUS_AREA,
  /** At least one nominated task serving every leadership perspective that one serves. */
  PERSPECTIVE
}
