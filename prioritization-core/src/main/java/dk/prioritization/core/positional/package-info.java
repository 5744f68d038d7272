/**
 * Positional (scoring) rules over ranked ballots: {@link dk.prioritization.core.positional.Plurality},
 * {@link dk.prioritization.core.positional.AntiPlurality}, {@link dk.prioritization.core.positional.Borda}
 * (with explicit variants for truncated and tied ballots),
 * {@link dk.prioritization.core.positional.Dowdall}, and any score vector with
 * {@link dk.prioritization.core.positional.PositionalScoring}.
 *
 * <p>Each counts into a mergeable {@link dk.prioritization.core.positional.PositionalTally}, so
 * parts of an election can be counted apart and merged.
 */
package dk.prioritization.core.positional;
