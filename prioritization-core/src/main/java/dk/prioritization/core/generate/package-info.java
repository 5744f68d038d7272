/**
 * Seeded random profile generators ("statistical cultures") for experiments and tests.
 *
 * <p>Each generator is an immutable value: configure it once with a static factory and
 * {@code withX(...)} methods, then call {@link dk.prioritization.core.generate.ProfileGenerator#generate
 * generate(voters, seed)} as often as you like. The same configuration, number of voters and seed
 * give an equal profile, with the same fingerprint, on every JVM: all randomness comes from a
 * SplitMix64 generator started from the seed, never from the clock or {@code java.util.Random}.
 *
 * <h2>Ranked ballots ({@link dk.prioritization.core.RankedProfile})</h2>
 *
 * <ul>
 *   <li>{@link dk.prioritization.core.generate.ImpartialCulture}: every linear order equally
 *       likely; the standard null model, rich in ties and cycles.</li>
 *   <li>{@link dk.prioritization.core.generate.Mallows}: rankings concentrated around a reference
 *       ranking, with dispersion φ in [0, 1] (0: everyone casts the reference; 1: impartial
 *       culture).</li>
 *   <li>{@link dk.prioritization.core.generate.PolyaUrn}: the Pólya-Eggenberger urn with
 *       replacement α (copies put back as a multiple of m!); 0 is impartial culture, larger α
 *       makes voters agree more.</li>
 * </ul>
 *
 * <p>All three draw complete strict rankings and can then make ballots less tidy, as real ones
 * are: {@code withTruncation(q)} cuts a ballot, with probability q, to a uniform length 0..m-1,
 * and {@code withTies(t)} merges each adjacent pair of ranked positions into one tier with
 * probability t.
 *
 * <h2>Approval and score ballots</h2>
 *
 * <ul>
 *   <li>{@link dk.prioritization.core.generate.ImpartialApproval}: each candidate approved
 *       independently with probability p; {@code withCap(k)} declares an approval cap and draws
 *       only ballots within it.</li>
 *   <li>{@link dk.prioritization.core.generate.ImpartialScores}: uniform integer grades on a
 *       scale.</li>
 * </ul>
 *
 * <h2>Example</h2>
 *
 * <p>How often do plurality and Borda pick different winners among four candidates, for 25
 * voters with Mallows dispersion 0.8 and some truncated ballots?
 *
 * <pre>{@code
 * import dk.prioritization.core.RankedProfile;
 * import dk.prioritization.core.generate.Mallows;
 * import dk.prioritization.core.generate.ProfileGenerator;
 * import dk.prioritization.core.positional.Borda;
 * import dk.prioritization.core.positional.Plurality;
 * import java.util.List;
 *
 * ProfileGenerator<RankedProfile<String>> culture =
 *     Mallows.of(List.of("a", "b", "c", "d"), 0.8).withTruncation(0.1);
 * int differ = 0;
 * for (long seed = 0; seed < 1_000; seed++) {
 *   RankedProfile<String> profile = culture.generate(25, seed);
 *   if (!Plurality.rule().rank(profile).winners()
 *       .equals(Borda.symmetric().rank(profile).winners())) {
 *     differ++;   // print seed and profile.ballots() to look at the case again
 *   }
 * }
 * }</pre>
 *
 * <p>Each class documents its source in the literature, what its parameters mean, the exact
 * sequence of random draws, and its cost.
 */
package dk.prioritization.core.generate;
