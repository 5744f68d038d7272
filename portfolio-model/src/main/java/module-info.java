/**
 * The portfolio model of a municipal executive board: focus areas, strategic initiatives, tasks,
 * leadership perspectives, versions, prioritisation rounds and quarterly follow-up, on top of the
 * prioritization engine.
 */
module dk.prioritization.portfolio {
  requires transitive dk.prioritization.core;

  exports dk.prioritization.portfolio;
  exports dk.prioritization.portfolio.example;
  exports dk.prioritization.portfolio.followup;
  exports dk.prioritization.portfolio.round;
}
