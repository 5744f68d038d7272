package dk.prioritization.core.committee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.Weighted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The proportionality axioms of approval committees, checked for a given committee {@code W} of
 * size {@code k = |W|} over {@code n} voters: justified representation (JR), proportional
 * justified representation (PJR) and extended justified representation (EJR).
 *
 * <p>A group of voters is {@code ℓ}-cohesive if it has at least {@code ℓ · n / k} voters
 * (counted with their ballots' counts) who all approve some {@code ℓ} common candidates. JR: no
 * 1-cohesive group has every voter approving no member. PJR: for every {@code ℓ}-cohesive group,
 * at least {@code ℓ} members are approved by some voter of the group (together). EJR: every
 * {@code ℓ}-cohesive group has a voter approving at least {@code ℓ} members. EJR implies PJR
 * implies JR.
 *
 * <p>Source: Aziz, Brill, Conitzer, Elkind, Freeman &amp; Walsh, "Justified representation in
 * approval-based committee voting", Social Choice and Welfare 48 (2017); Sánchez-Fernández et al.,
 * "Proportional justified representation", AAAI 2017; Lackner &amp; Skowron 2023, Chapter 4.
 *
 * <p>Complexity: JR in {@code O(m · L)}. Checking PJR and EJR is coNP-complete; they are checked
 * exactly by enumerating the sets {@code T} of {@code ℓ} commonly approved candidates (and, for
 * PJR, the sets of {@code ℓ - 1} members the group may approve), about {@code Σ_ℓ C(m, ℓ) · L}
 * (EJR) and {@code Σ_ℓ C(m, ℓ) · C(k, ℓ - 1) · L} (PJR) steps; above {@value #MAX_CHECKS} sets the
 * check refuses with {@link ProblemTooLargeException}.
 *
 * <p>A violation names the largest violating group found for its {@code ℓ} and {@code T}: the
 * distinct ballots of its voters with their counts.
 */
public final class Proportionality {
  /** The most candidate sets a PJR or EJR check enumerates. */
  public static final long MAX_CHECKS = 50_000_000L;

  private Proportionality() {}

  /**
   * A failed proportionality axiom, with the group of voters that is not represented.
   *
   * @param axiom "JR", "PJR" or "EJR"
   * @param ell the cohesiveness level {@code ℓ}
   * @param commonlyApproved {@code ℓ} candidates every voter of the group approves
   * @param voters the group: its distinct ballots, each with its number of voters
   * @param groupSize the number of voters in the group, at least {@code ℓ · n / k}
   * @param <C> the candidate type
   */
  public record Violation<C>(String axiom, int ell, Set<C> commonlyApproved,
      List<Weighted<ApprovalBallot<C>>> voters, long groupSize) {
    /**
     * Creates a violation, copying the collections.
     *
     * @param axiom the axiom
     * @param ell the level
     * @param commonlyApproved the common candidates
     * @param voters the group's ballots
     * @param groupSize the group's size
     */
    public Violation {
      requireNonNull(axiom, "axiom");
      commonlyApproved = ImmutableSet.copyOf(commonlyApproved);
      voters = ImmutableList.copyOf(voters);
    }
  }

  /**
   * Checks justified representation.
   *
   * @param profile the ballots
   * @param committee the committee, not empty, of the profile's candidates
   * @param <C> the candidate type
   * @return a violation, or empty if the committee satisfies JR
   */
  public static <C> Optional<Violation<C>> justifiedRepresentation(ApprovalProfile<C> profile, Set<C> committee) {
    Approvals<C> a = Approvals.read(profile);
    boolean[] in = members(a, committee);
    int k = committee.size();
    int[] sat = satisfaction(a, in);
    for (int c = 0; c < a.m; c++) {
      List<Integer> group = new ArrayList<>();
      long size = 0;
      for (int b : a.approvers[c]) {
        if (sat[b] == 0) {
          group.add(b);
          size += a.counts[b];
        }
      }
      if (size > 0 && cohesive(size, 1, k, a.voters)) {
        return Optional.of(violation(a, "JR", 1, new int[] {c}, group, size));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks extended justified representation, exactly.
   *
   * @param profile the ballots
   * @param committee the committee, not empty, of the profile's candidates
   * @param <C> the candidate type
   * @return a violation, or empty if the committee satisfies EJR
   * @throws ProblemTooLargeException if more than {@link #MAX_CHECKS} candidate sets would be
   *     enumerated
   */
  public static <C> Optional<Violation<C>> extendedJustifiedRepresentation(ApprovalProfile<C> profile,
      Set<C> committee) {
    Approvals<C> a = Approvals.read(profile);
    boolean[] in = members(a, committee);
    int k = committee.size();
    int[] sat = satisfaction(a, in);
    long sets = 0;
    for (int ell = 1; ell <= k; ell++) {
      sets = saturatedAdd(sets, Thiele.binomial(a.m, ell));
    }
    if (sets > MAX_CHECKS) {
      throw new ProblemTooLargeException("ejr", "the number of candidate sets to check", sets, MAX_CHECKS);
    }
    for (int ell = 1; ell <= k; ell++) {
      int level = ell;
      Optional<Violation<C>> found = forSubsets(a.m, ell, t -> {
        List<Integer> group = new ArrayList<>();
        long size = 0;
        for (int b = 0; b < a.ballots; b++) {
          if (sat[b] < level && approvesAll(a.approved[b], t)) {
            group.add(b);
            size += a.counts[b];
          }
        }
        return size > 0 && cohesive(size, level, k, a.voters)
            ? violation(a, "EJR", level, t, group, size) : null;
      });
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Checks proportional justified representation, exactly.
   *
   * @param profile the ballots
   * @param committee the committee, not empty, of the profile's candidates
   * @param <C> the candidate type
   * @return a violation, or empty if the committee satisfies PJR
   * @throws ProblemTooLargeException if more than {@link #MAX_CHECKS} candidate sets would be
   *     enumerated
   */
  public static <C> Optional<Violation<C>> proportionalJustifiedRepresentation(ApprovalProfile<C> profile,
      Set<C> committee) {
    Approvals<C> a = Approvals.read(profile);
    boolean[] in = members(a, committee);
    int k = committee.size();
    int[] w = new int[k];
    int j = 0;
    for (int c = 0; c < a.m; c++) {
      if (in[c]) {
        w[j++] = c;
      }
    }
    long sets = 0;
    for (int ell = 1; ell <= k; ell++) {
      sets = saturatedAdd(sets, saturatedMul(Thiele.binomial(a.m, ell), Thiele.binomial(k, ell - 1)));
    }
    if (sets > MAX_CHECKS) {
      throw new ProblemTooLargeException("pjr", "the number of candidate sets to check", sets, MAX_CHECKS);
    }
    for (int ell = 1; ell <= k; ell++) {
      int level = ell;
      Optional<Violation<C>> found = forSubsets(a.m, ell, t -> forSubsets(k, level - 1, xi -> {
        // the voters approving all of T whose approved members lie within X (|X| = ℓ - 1)
        boolean[] x = new boolean[a.m];
        for (int i : xi) {
          x[w[i]] = true;
        }
        List<Integer> group = new ArrayList<>();
        long size = 0;
        for (int b = 0; b < a.ballots; b++) {
          if (approvesAll(a.approved[b], t) && membersWithin(a.approved[b], in, x)) {
            group.add(b);
            size += a.counts[b];
          }
        }
        return size > 0 && cohesive(size, level, k, a.voters)
            ? violation(a, "PJR", level, t, group, size) : null;
      }).orElse(null));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean[] members(Approvals<?> a, Set<?> committee) {
    requireNonNull(committee, "committee");
    if (committee.isEmpty()) {
      throw new IllegalArgumentException("the committee is empty");
    }
    boolean[] in = new boolean[a.m];
    for (Object c : committee) {
      if (!a.profile.contains(c)) {
        throw new IllegalArgumentException("committee member " + c + " is not a candidate of the profile");
      }
      in[a.profile.indexOf(c)] = true;
    }
    return in;
  }

  private static int[] satisfaction(Approvals<?> a, boolean[] in) {
    int[] sat = new int[a.ballots];
    for (int b = 0; b < a.ballots; b++) {
      for (int c : a.approved[b]) {
        sat[b] += in[c] ? 1 : 0;
      }
    }
    return sat;
  }

  /** Whether {@code size} voters reach {@code ell · n / k}. */
  private static boolean cohesive(long size, int ell, int k, long n) {
    return java.math.BigInteger.valueOf(size).multiply(java.math.BigInteger.valueOf(k))
        .compareTo(java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(ell))) >= 0;
  }

  private static boolean approvesAll(int[] approved, int[] t) {
    for (int c : t) {
      if (java.util.Arrays.binarySearch(approved, c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean membersWithin(int[] approved, boolean[] in, boolean[] x) {
    for (int c : approved) {
      if (in[c] && !x[c]) {
        return false;
      }
    }
    return true;
  }

  private static <C> Violation<C> violation(Approvals<C> a, String axiom, int ell, int[] t, List<Integer> group,
      long size) {
    List<C> common = new ArrayList<>();
    for (int c : t) {
      common.add(a.candidates.get(c));
    }
    List<Weighted<ApprovalBallot<C>>> voters = new ArrayList<>();
    for (int b : group) {
      voters.add(a.profile.ballots().get(b));
    }
    return new Violation<>(axiom, ell, ImmutableSet.copyOf(common), voters, size);
  }

  private interface SubsetCheck<R> {
    R check(int[] subset);
  }

  /** Runs {@code check} on the subsets of {@code 0..n-1} of size {@code r} in lexicographic order. */
  private static <R> Optional<R> forSubsets(int n, int r, SubsetCheck<R> check) {
    int[] s = new int[r];
    for (int i = 0; i < r; i++) {
      s[i] = i;
    }
    if (r > n) {
      return Optional.empty();
    }
    while (true) {
      R found = check.check(s);
      if (found != null) {
        return Optional.of(found);
      }
      int i = r - 1;
      while (i >= 0 && s[i] == n - r + i) {
        i--;
      }
      if (i < 0) {
        return Optional.empty();
      }
      s[i]++;
      for (int j = i + 1; j < r; j++) {
        s[j] = s[j - 1] + 1;
      }
    }
  }

  private static long saturatedAdd(long x, long y) {
    long r = x + y;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  private static long saturatedMul(long x, long y) {
    return x != 0 && y > Long.MAX_VALUE / x ? Long.MAX_VALUE : x * y;
  }
}
