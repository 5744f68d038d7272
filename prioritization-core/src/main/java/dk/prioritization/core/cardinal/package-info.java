/**
 * Rules over score and cumulative ballots.
 */
package dk.prioritization.core.cardinal;
