/**
 * PrefLib files for the prioritization engine.
 *
 * <p>{@link dk.prioritization.preflib.PrefLib} reads and writes the five PrefLib formats of
 * ordinal and categorical preferences ({@code .soc}, {@code .soi}, {@code .toc}, {@code .toi} and
 * two-category {@code .cat}) as a {@link dk.prioritization.preflib.PrefLibFile}: the file's header
 * and a {@link dk.prioritization.core.RankedProfile} or
 * {@link dk.prioritization.core.ApprovalProfile} whose candidates are PrefLib's alternative
 * numbers 1..m. Reading checks the whole file and reports every problem with its line number in
 * one {@link dk.prioritization.preflib.PrefLibException}.
 */
package dk.prioritization.preflib;
