/**
 * The portfolio model of a municipal executive board: focus areas, strategic initiatives, tasks,
 * the four leadership perspectives and the board's members.
 *
 * <p>Start at {@link dk.prioritization.portfolio.Portfolio}: an immutable, validated portfolio
 * version built by {@link dk.prioritization.portfolio.Portfolio#builder()}, which reports every
 * problem at once ({@link dk.prioritization.portfolio.PortfolioException}).
 *
 * <p>A portfolio is versioned, never edited in place: a {@link dk.prioritization.portfolio.Change}
 * (add, rename, retire, move or merge tasks; set or clear a task's cost; add, rename or merge
 * initiatives) applied with
 * {@link dk.prioritization.portfolio.Portfolio#apply(Change, String)} gives the next version, with
 * a {@link dk.prioritization.portfolio.ChangeLogEntry} appended to its change log. A
 * {@link dk.prioritization.portfolio.PortfolioHistory} keeps the versions, and a
 * {@link dk.prioritization.portfolio.PortfolioDiff} says what changed between any two of them.
 *
 * <p>A task may carry a cost ({@link dk.prioritization.portfolio.Task#cost()}), a whole number in
 * the portfolio's capacity unit ({@link dk.prioritization.portfolio.Portfolio#costUnit()}, such as
 * person-months), so a round can say which tasks fit a capacity.
 */
package dk.prioritization.portfolio;
