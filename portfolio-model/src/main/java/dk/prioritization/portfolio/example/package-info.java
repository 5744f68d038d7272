/**
 * An embedded example: a portfolio modelled on the Norddjurs Kommune executive board meeting of
 * 15 January 2025, with members' nominations and two quarters of follow-up, for demonstrations
 * and tests.
 *
 * <p>See {@link dk.prioritization.portfolio.example.NorddjursExample}.
 */
package dk.prioritization.portfolio.example;
