package dk.prioritization.core.positional;

import static java.util.Objects.requireNonNull;

import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import dk.prioritization.core.internal.RankedData;

/**
 * The Borda count: with m candidates, the candidate in position p (from 0) scores m-1-p, that is
 * one point for every candidate ranked below it; most points win.
 *
 * <p>Borda's definition covers complete strict ballots. For truncated and tied ballots there are
 * several established extensions, and this class makes the choice explicit as a {@link Variant}.
 * Write a ballot's tiers as position ranges: a tier holding positions {@code [a, e)} has
 * {@code a} candidates strictly above it and {@code m-e} strictly below; unranked candidates form
 * one last tier {@code [k, m)} on a ballot ranking k candidates.
 *
 * <table>
 *   <caption>Borda variants (id; points of a candidate in tier [a, e); of an unranked one)</caption>
 *   <tr><th>variant</th><th>id</th><th>ranked, tier [a, e)</th><th>unranked</th><th>source</th></tr>
 *   <tr><td>{@link Variant#STANDARD}</td><td>{@code borda}</td><td>m-1-a (ties and truncation refused)</td>
 *       <td>refused</td><td>Borda 1781; pref_voting {@code borda}</td></tr>
 *   <tr><td>{@link Variant#SYMMETRIC}</td><td>{@code borda-symmetric}</td><td>(m-e) - a</td><td>-k</td>
 *       <td>pref_voting {@code borda_for_profile_with_ties}</td></tr>
 *   <tr><td>{@link Variant#AVERAGED}</td><td>{@code borda-averaged}</td><td>m-1-(a+e-1)/2</td>
 *       <td>(m-1-k)/2</td><td>the tied share their positions' points (Black 1976)</td></tr>
 *   <tr><td>{@link Variant#PESSIMISTIC}</td><td>{@code borda-pessimistic}</td><td>m-e</td><td>0</td>
 *       <td>one point per candidate strictly below</td></tr>
 *   <tr><td>{@link Variant#MODIFIED}</td><td>{@code borda-modified}</td><td>k-e+1</td><td>0</td>
 *       <td>Emerson's modified Borda count (2013)</td></tr>
 * </table>
 *
 * <p>On complete strict ballots all five variants give the same ranking: symmetric points are
 * 2·Borda-(m-1), averaged and pessimistic points equal Borda's, modified points are Borda+1.
 * Symmetric and averaged rank identically on every profile (symmetric = 2·averaged-(m-1) on each
 * ballot). Pessimistic Borda rewards ranking fewer candidates less than symmetric does; modified
 * Borda gives a voter who ranks only one candidate one point, so it rewards ranking everyone
 * (Emerson's argument against truncation).
 *
 * <p><b>Sources:</b> J.-C. de Borda, "Mémoire sur les élections au scrutin", 1781; D. Black,
 * "Partial justification of the Borda count", <i>Public Choice</i> 28, 1976; P. Emerson, "The
 * original Borda count and partial voting", <i>Social Choice and Welfare</i> 40, 2013;
 * pref_voting 1.18 ({@code borda}, {@code borda_for_profile_with_ties}).
 *
 * <p><b>Complexity:</b> O(d·m) for d distinct ballots over m candidates, one pass with {@code long}
 * arithmetic; a million distinct complete ballots of 10 candidates count in about 20 ms on one
 * server core ({@code BordaTallyBenchmark} in the benchmarks module).
 *
 * <p><b>Properties:</b> anonymous, neutral, Pareto, monotonic, reinforcing (consistent),
 * satisfies the Condorcet loser criterion; not Condorcet-consistent (a Condorcet winner can lose),
 * fails independence of irrelevant alternatives and independence of clones (teaming).
 *
 * <p><b>Ties in the result:</b> candidates with equal points share a tier.
 */
public final class Borda extends AbstractPositionalRule {

  /** How a Borda count treats truncated and tied ballots; see the table in {@link Borda}. */
  public enum Variant {
    /** Complete strict ballots only; any other ballot is refused with a message naming it. */
    STANDARD("borda"),
    /** Candidates strictly below minus candidates strictly above, unranked tied last. */
    SYMMETRIC("borda-symmetric"),
    /** Tied candidates share the average of their positions' points; exact halves. */
    AVERAGED("borda-averaged"),
    /** One point per candidate strictly below, unranked tied last with no points. */
    PESSIMISTIC("borda-pessimistic"),
    /** Emerson's modified Borda count: a ballot ranking k candidates gives k, k-1, ..., 1; unranked 0. */
    MODIFIED("borda-modified");

    private final String id;

    Variant(String id) {
      this.id = id;
    }

    /**
     * Returns the registry id of this variant.
     *
     * @return the id, e.g. {@code "borda-symmetric"}
     */
    public String id() {
      return id;
    }
  }

  private static final Borda STANDARD = new Borda(Variant.STANDARD);
  private static final Borda SYMMETRIC = new Borda(Variant.SYMMETRIC);
  private static final Borda AVERAGED = new Borda(Variant.AVERAGED);
  private static final Borda PESSIMISTIC = new Borda(Variant.PESSIMISTIC);
  private static final Borda MODIFIED = new Borda(Variant.MODIFIED);

  private final Variant variant;

  private Borda(Variant variant) {
    this.variant = requireNonNull(variant, "variant");
  }

  /**
   * Returns the Borda count for the given treatment of truncated and tied ballots.
   *
   * @param variant the variant
   * @return the rule
   */
  public static Borda of(Variant variant) {
    switch (variant) {
      case STANDARD:
        return STANDARD;
      case SYMMETRIC:
        return SYMMETRIC;
      case AVERAGED:
        return AVERAGED;
      case PESSIMISTIC:
        return PESSIMISTIC;
      case MODIFIED:
        return MODIFIED;
      default:
        throw new AssertionError(variant);
    }
  }

  /**
   * Returns Borda's own count, for complete strict ballots only.
   *
   * @return the rule {@code borda}
   */
  public static Borda standard() {
    return STANDARD;
  }

  /**
   * Returns the symmetric Borda count (pref_voting's {@code borda_for_profile_with_ties}).
   *
   * @return the rule {@code borda-symmetric}
   */
  public static Borda symmetric() {
    return SYMMETRIC;
  }

  /**
   * Returns the averaged Borda count.
   *
   * @return the rule {@code borda-averaged}
   */
  public static Borda averaged() {
    return AVERAGED;
  }

  /**
   * Returns the pessimistic Borda count.
   *
   * @return the rule {@code borda-pessimistic}
   */
  public static Borda pessimistic() {
    return PESSIMISTIC;
  }

  /**
   * Returns Emerson's modified Borda count.
   *
   * @return the rule {@code borda-modified}
   */
  public static Borda modified() {
    return MODIFIED;
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
        return "Borda count: position p of m scores m-1-p; complete strict ballots only.";
      case SYMMETRIC:
        return "Borda for any ballots: candidates below minus candidates above (pref_voting's).";
      case AVERAGED:
        return "Borda for any ballots: tied and unranked candidates share their positions' points.";
      case PESSIMISTIC:
        return "Borda for any ballots: one point per candidate strictly below.";
      case MODIFIED:
        return "Emerson's modified Borda: a ballot ranking k candidates gives k, k-1, ..., 1.";
      default:
        throw new AssertionError(variant);
    }
  }

  @Override
  Text measure() {
    return variant == Variant.STANDARD
        ? new Text("Borda points", "Borda-point")
        : new Text(variant.id() + " points", variant.id() + "-point");
  }

  @Override
  public <C> PositionalTally<C> tally(RankedProfile<C> profile) {
    RankedData d = Access.ranked(profile);
    long[] points = new long[d.m];
    if (!d.anyTies && !d.anyTruncated) {
      countComplete(d, points);
      if (variant == Variant.SYMMETRIC) {
        for (int c = 0; c < d.m; c++) {
          points[c] = Math.subtractExact(Math.multiplyExact(2, points[c]), Math.multiplyExact(d.voters, d.m - 1L));
        }
      } else if (variant == Variant.MODIFIED) {
        for (int c = 0; c < d.m; c++) {
          points[c] = Math.addExact(points[c], d.voters);
        }
      } else if (variant == Variant.AVERAGED) {
        for (int c = 0; c < d.m; c++) {
          points[c] = Math.multiplyExact(2, points[c]);
        }
      }
    } else {
      countGeneral(profile, d, points);
    }
    long denominator = variant == Variant.AVERAGED ? 2 : 1;
    return new PositionalTally<>(profile.candidates(), scheme(), points, denominator, d.voters);
  }

  /**
   * The fast path: every ballot complete and strict. A candidate in position p scores m-1-p. The
   * sums cannot overflow unless voters·(m-1) does, which the check at the end catches.
   */
  private static void countComplete(RankedData d, long[] points) {
    int m = d.m;
    int[] order = d.order;
    long[] counts = d.counts;
    for (int b = 0, from = 0; b < d.size; b++, from += m) {
      long count = counts[b];
      long w = count * (m - 1);
      for (int p = 0; p < m; p++) {
        points[order[from + p]] += w;
        w -= count;
      }
    }
    // d.voters is exact; points[c] <= voters * (m - 1): overflow is impossible if this product fits.
    Math.multiplyExact(d.voters, (long) Math.max(1, m - 1));
  }

  /** Any ballots: per ballot, tier ranges give each variant's points; unranked get a base value. */
  private <C> void countGeneral(RankedProfile<C> profile, RankedData d, long[] points) {
    int m = d.m;
    long base = 0; // points every candidate gets, corrected below for ranked ones
    for (int b = 0; b < d.size; b++) {
      int from = d.offsets[b];
      int k = d.offsets[b + 1] - from;
      long count = d.counts[b];
      if (variant == Variant.STANDARD && (k < m || d.hasTie(b))) {
        throw Ballots.unsupported(this, profile, b,
            k < m ? "it ranks only " + k + " of " + m + " candidates" : "it ranks candidates as tied",
            "Borda's own count needs complete strict ballots; choose a variant such as Borda.symmetric()"
                + " (pref_voting's borda_for_profile_with_ties) for truncated or tied ballots");
      }
      long unranked = unrankedPoints(m, k);
      base = Math.addExact(base, Math.multiplyExact(count, unranked));
      int a = 0;
      while (a < k) {
        int e = a + 1;
        while (e < k && d.order[from + e] < 0) {
          e++;
        }
        long w = Math.multiplyExact(count, rankedPoints(m, k, a, e) - unranked);
        for (int i = a; i < e; i++) {
          int c = d.order[from + i] & RankedData.CANDIDATE;
          points[c] = Math.addExact(points[c], w);
        }
        a = e;
      }
    }
    for (int c = 0; c < m; c++) {
      points[c] = Math.addExact(points[c], base);
    }
  }

  /** Points (times the denominator) of a ranked candidate in tier [a, e) of a ballot ranking k. */
  private long rankedPoints(int m, int k, int a, int e) {
    switch (variant) {
      case STANDARD:
      case PESSIMISTIC:
        return m - e;
      case SYMMETRIC:
        return (long) (m - e) - a;
      case AVERAGED:
        return 2L * m - 1 - a - e;
      case MODIFIED:
        return (long) k - e + 1;
      default:
        throw new AssertionError(variant);
    }
  }

  /** Points (times the denominator) of an unranked candidate on a ballot ranking k of m. */
  private long unrankedPoints(int m, int k) {
    if (k == m) {
      return 0;
    }
    switch (variant) {
      case SYMMETRIC:
        return -k;
      case AVERAGED:
        return (long) m - 1 - k;
      default:
        return 0;
    }
  }
}
