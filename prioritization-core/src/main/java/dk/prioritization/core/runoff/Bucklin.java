package dk.prioritization.core.runoff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import dk.prioritization.core.internal.RankedData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bucklin voting: for k = 1, 2, ..., count for each candidate the voters ranking it among their
 * first k; at the first k where some candidate reaches a majority (more than half of the voters),
 * the count stops.
 *
 * <table>
 *   <caption>Variants (id; who wins at the deciding k; ballots; pref_voting 1.18)</caption>
 *   <tr><th>variant</th><th>id</th><th>winners</th><th>ballots</th><th>pref_voting</th></tr>
 *   <tr><td>{@link Variant#STANDARD}</td><td>{@code bucklin}</td><td>the greatest count</td>
 *       <td>complete strict</td><td>{@code bucklin}</td></tr>
 *   <tr><td>{@link Variant#SIMPLIFIED}</td><td>{@code simplified-bucklin}</td><td>every candidate with a
 *       majority</td><td>complete strict</td><td>{@code simplified_bucklin}</td></tr>
 *   <tr><td>{@link Variant#TRUNCATED}</td><td>{@code bucklin-truncated}</td><td>the greatest count; the
 *       majority is of the non-empty ballots, only ranked positions count, and if nobody reaches it by
 *       k = m the greatest count at k = m wins</td><td>strict, truncated allowed</td>
 *       <td>{@code bucklin_for_truncated_linear_orders}</td></tr>
 * </table>
 *
 * <p>A ballot outside a variant's domain (a tied ballot; a truncated one for the first two) is
 * refused with an exception naming it. Without voters every candidate wins.
 *
 * <p><b>Sources:</b> J. W. Bucklin's Grand Junction system, 1909;
 * pref_voting 1.18 ({@code other_methods}).
 *
 * <p><b>Complexity:</b> O(L) for total ballot length L: each round adds one position of every ballot.
 *
 * <p><b>Properties:</b> anonymous, neutral, monotonic, majority winner criterion; not
 * Condorcet-consistent, fails later-no-harm.
 *
 * <p><b>Ranking and scores:</b> the scores are the counts at the deciding k; the ranking orders by
 * them, equal counts sharing a tier, except that Simplified Bucklin puts every candidate with a
 * majority in the first tier.
 */
public final class Bucklin extends AbstractRunoffRule {

  /** Which Bucklin rule; see the table in {@link Bucklin}. */
  public enum Variant {
    /** The greatest count at the deciding k wins; complete strict ballots. */
    STANDARD("bucklin"),
    /** Every candidate with a majority at the deciding k wins; complete strict ballots. */
    SIMPLIFIED("simplified-bucklin"),
    /** As {@link #STANDARD} on strict ballots that may be truncated, majority of the non-empty ballots. */
    TRUNCATED("bucklin-truncated");

    private final String id;

    Variant(String id) {
      this.id = id;
    }

    /**
     * Returns the registry id of this variant.
     *
     * @return the id
     */
    public String id() {
      return id;
    }
  }

  private static final Bucklin STANDARD = new Bucklin(Variant.STANDARD);
  private static final Bucklin SIMPLIFIED = new Bucklin(Variant.SIMPLIFIED);
  private static final Bucklin TRUNCATED = new Bucklin(Variant.TRUNCATED);

  private final Variant variant;

  private Bucklin(Variant variant) {
    this.variant = requireNonNull(variant, "variant");
  }

  /**
   * Returns the given Bucklin variant.
   *
   * @param variant the variant
   * @return the rule
   */
  public static Bucklin of(Variant variant) {
    switch (variant) {
      case STANDARD:
        return STANDARD;
      case SIMPLIFIED:
        return SIMPLIFIED;
      case TRUNCATED:
        return TRUNCATED;
      default:
        throw new AssertionError(variant);
    }
  }

  /**
   * Returns Bucklin voting.
   *
   * @return the rule {@code bucklin}
   */
  public static Bucklin standard() {
    return STANDARD;
  }

  /**
   * Returns Simplified Bucklin.
   *
   * @return the rule {@code simplified-bucklin}
   */
  public static Bucklin simplified() {
    return SIMPLIFIED;
  }

  /**
   * Returns Bucklin voting for truncated strict ballots.
   *
   * @return the rule {@code bucklin-truncated}
   */
  public static Bucklin truncated() {
    return TRUNCATED;
  }

  /**
   * Returns this rule's variant.
   *
   * @return the variant
   */
  public Variant variant() {
    return variant;
  }

  @Override
  public String id() {
    return variant.id();
  }

  @Override
  public String description() {
    switch (variant) {
      case STANDARD:
        return "Bucklin: widen the count to the first k choices until a majority is reached; most votes win.";
      case SIMPLIFIED:
        return "Simplified Bucklin: widen the count to the first k choices; everyone reaching a majority wins.";
      case TRUNCATED:
        return "Bucklin for truncated strict ballots: majority of the non-empty ballots; most votes win.";
      default:
        throw new AssertionError(variant);
    }
  }

  @Override
  public Map<String, String> options() {
    return ImmutableMap.of("variant", variant.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    RankedProfile<C> p = Ballots.ranked(this, profile);
    RankedData d = Access.ranked(p);
    if (variant == Variant.TRUNCATED) {
      requireStrict(p, d, "Bucklin for truncated ballots needs strict ones");
    } else {
      requireLinear(p, d, "Bucklin.truncated() (pref_voting's bucklin_for_truncated_linear_orders) counts truncated"
          + " strict ballots");
    }
    List<C> candidates = p.candidates();
    int m = d.m;
    long voters = 0;
    for (int b = 0; b < d.size; b++) {
      if (d.offsets[b + 1] > d.offsets[b]) {
        voters += d.counts[b];
      }
    }
    long needed = Counts.majority(voters);
    long[] count = new long[m];
    BitSet all = new BitSet(m);
    all.set(0, m);
    List<Explanation.Step<C>> steps = new ArrayList<>();
    int decidedAt = 0;
    for (int k = 1; k <= m; k++) {
      for (int b = 0; b < d.size; b++) {
        int i = d.offsets[b] + k - 1;
        if (i < d.offsets[b + 1]) {
          int c = d.order[i] & RankedData.CANDIDATE;
          count[c] = Math.addExact(count[c], d.counts[b]);
        }
      }
      steps.add(new Explanation.Tally<>(new Text("voters ranking the candidate among their first " + k,
          "vælgere, der har kandidaten blandt deres første " + k), Counts.values(candidates, all, count)));
      boolean reached = false;
      for (int c = 0; c < m; c++) {
        reached |= count[c] >= needed;
      }
      if (reached) {
        decidedAt = k;
        break;
      }
    }
    Map<C, Rational> scores = Counts.values(candidates, all, count);
    BitSet first;
    if (voters == 0) {
      first = all;
      steps.add(new Explanation.Note<>(new Text("No ballot ranks anyone: all candidates tie.",
          "Ingen stemmeseddel rangerer nogen: alle kandidater står lige.")));
    } else if (variant == Variant.SIMPLIFIED) {
      first = new BitSet();
      for (int c = 0; c < m; c++) {
        if (count[c] >= needed) {
          first.set(c);
        }
      }
    } else {
      first = Counts.extreme(all, count, true);
    }
    if (voters > 0) {
      steps.add(new Explanation.Note<>(decidedAt > 0
          ? new Text("At k = " + decidedAt + " a majority (" + needed + " of " + voters + ") is reached.",
              "Ved k = " + decidedAt + " er et flertal (" + needed + " af " + voters + ") nået.")
          : new Text("No candidate reaches a majority (" + needed + " of " + voters + "); the greatest count wins.",
              "Ingen kandidat når et flertal (" + needed + " af " + voters + "); flest stemmer vinder.")));
    }
    List<Set<C>> tiers = new ArrayList<>();
    tiers.add(ImmutableSet.copyOf(Counts.members(candidates, first)));
    BitSet rest = (BitSet) all.clone();
    rest.andNot(first);
    while (!rest.isEmpty()) {
      BitSet tier = Counts.extreme(rest, count, true);
      tiers.add(ImmutableSet.copyOf(Counts.members(candidates, tier)));
      rest.andNot(tier);
    }
    return Result.of(this, profile, new Ranking<>(tiers), scores, new Explanation<>(steps));
  }
}
