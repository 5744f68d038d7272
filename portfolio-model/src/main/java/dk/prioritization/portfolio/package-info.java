/**
 * The portfolio model of a municipal executive board: focus areas, strategic initiatives, tasks,
 * the four leadership perspectives, prioritisation rounds and quarterly follow-up.
 *
 * <p>Not yet implemented: this package holds the module's place in the build until the portfolio
 * model lands.
 */
package dk.prioritization.portfolio;
