/**
 * The portfolio model of a municipal executive board: focus areas, strategic initiatives, tasks,
 * the four leadership perspectives and the board's members.
 *
 * <p>Start at {@link dk.prioritization.portfolio.Portfolio}: an immutable, validated portfolio
 * version built by {@link dk.prioritization.portfolio.Portfolio#builder()}, which reports every
 * problem at once ({@link dk.prioritization.portfolio.PortfolioException}).
 */
package dk.prioritization.portfolio;
