package dk.prioritization.core.generate;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exhaustive enumeration of small ballots and profiles for property tests, and the helpers those
 * tests share: expanding a profile into its voters, relabelling, shuffling, and describing a
 * profile so that a failing case can be replayed from its message.
 */
public final class SmallProfiles {
  /** The three candidates of the exhaustive enumerations. */
  public static final List<String> ABC = List.of("a", "b", "c");

  private SmallProfiles() {}

  /** A profile with where it came from, e.g. "exhaustive strict #17" or "seed 5, Mallows[...]". */
  public record Sample<P extends Profile<String>>(String origin, P profile) {
    /** Returns the origin and the profile with all its ballots, enough to replay the case. */
    @Override
    public String toString() {
      return origin + ": " + describe(profile);
    }
  }

  /** All m! strict complete rankings (6 for three candidates). */
  public static List<RankedBallot<String>> strictRankings(List<String> candidates) {
    List<RankedBallot<String>> out = new ArrayList<>();
    permutations(new ArrayList<>(), candidates, out);
    return out;
  }

  private static void permutations(List<String> prefix, List<String> rest, List<RankedBallot<String>> out) {
    if (rest.isEmpty()) {
      out.add(RankedBallot.strict(prefix));
      return;
    }
    for (String c : rest) {
      List<String> p = new ArrayList<>(prefix);
      p.add(c);
      List<String> r = new ArrayList<>(rest);
      r.remove(c);
      permutations(p, r, out);
    }
  }

  /** All strict ballots ranking any number of candidates, 0..m (16 for three candidates). */
  public static List<RankedBallot<String>> strictBallots(List<String> candidates) {
    List<RankedBallot<String>> out = new ArrayList<>();
    for (List<String> subset : subsets(candidates)) {
      out.addAll(strictRankings(subset)); // the empty subset gives the empty ballot
    }
    return out;
  }

  /** All complete weak orders: ordered partitions of the candidates into tiers (13 for three). */
  public static List<RankedBallot<String>> weakOrders(List<String> candidates) {
    List<RankedBallot<String>> out = new ArrayList<>();
    for (List<List<String>> tiers : orderedPartitions(candidates)) {
      out.add(RankedBallot.ofTiers(tiers));
    }
    return out;
  }

  /**
   * All ranked ballots, complete or truncated, strict or tied: a weak order of every subset of
   * the candidates (26 for three: 13 complete, 9 ranking two, 3 ranking one, the empty ballot).
   */
  public static List<RankedBallot<String>> rankedBallots(List<String> candidates) {
    List<RankedBallot<String>> out = new ArrayList<>();
    for (List<String> subset : subsets(candidates)) {
      out.addAll(weakOrders(subset));
    }
    return out;
  }

  /** All approval ballots: every subset of the candidates (8 for three). */
  public static List<ApprovalBallot<String>> approvalBallots(List<String> candidates) {
    return subsets(candidates).stream().map(ApprovalBallot::of).collect(Collectors.toList());
  }

  /** Every subset of {@code items}, keeping their order inside a subset; the empty set first. */
  static <T> List<List<T>> subsets(List<T> items) {
    List<List<T>> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << items.size(); mask++) {
      List<T> s = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if ((mask & 1 << i) != 0) {
          s.add(items.get(i));
        }
      }
      out.add(s);
    }
    out.sort((x, y) -> Integer.compare(x.size(), y.size()));
    return out;
  }

  private static List<List<List<String>>> orderedPartitions(List<String> items) {
    List<List<List<String>>> out = new ArrayList<>();
    if (items.isEmpty()) {
      out.add(List.of());
      return out;
    }
    for (List<String> first : subsets(items)) {
      if (first.isEmpty()) {
        continue;
      }
      List<String> rest = new ArrayList<>(items);
      rest.removeAll(first);
      for (List<List<String>> tail : orderedPartitions(rest)) {
        List<List<String>> p = new ArrayList<>();
        p.add(first);
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
  }

  /**
   * All multisets of {@code minVoters..maxVoters} ballots from {@code ballots}, each as the list
   * of its voters' ballots (by non-decreasing index into {@code ballots}).
   */
  public static <B> List<List<B>> multisets(List<B> ballots, int minVoters, int maxVoters) {
    List<List<B>> out = new ArrayList<>();
    for (int n = minVoters; n <= maxVoters; n++) {
      multisets(ballots, n, 0, new ArrayList<>(), out);
    }
    return out;
  }

  private static <B> void multisets(List<B> ballots, int left, int from, List<B> prefix, List<List<B>> out) {
    if (left == 0) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (int i = from; i < ballots.size(); i++) {
      prefix.add(ballots.get(i));
      multisets(ballots, left - 1, i, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }

  /** The samples of all multisets of {@code ballots} with the given numbers of voters. */
  public static List<Sample<RankedProfile<String>>> rankedSamples(String name, List<String> candidates,
      List<RankedBallot<String>> ballots, int minVoters, int maxVoters) {
    List<Sample<RankedProfile<String>>> out = new ArrayList<>();
    for (List<RankedBallot<String>> voters : multisets(ballots, minVoters, maxVoters)) {
      out.add(new Sample<>("exhaustive " + name + " #" + out.size(), ranked(candidates, voters)));
    }
    return out;
  }

  /** The samples of all multisets of approval ballots with the given numbers of voters. */
  public static List<Sample<ApprovalProfile<String>>> approvalSamples(List<String> candidates, int minVoters,
      int maxVoters) {
    List<Sample<ApprovalProfile<String>>> out = new ArrayList<>();
    for (List<ApprovalBallot<String>> voters : multisets(approvalBallots(candidates), minVoters, maxVoters)) {
      out.add(new Sample<>("exhaustive approval #" + out.size(), approval(candidates, voters)));
    }
    return out;
  }

  /** A ranked profile with one voter per ballot, added in the given order. */
  public static RankedProfile<String> ranked(List<String> candidates, List<RankedBallot<String>> voters) {
    return Profile.ranked(candidates).addAll(voters).build();
  }

  /** An approval profile without a cap, one voter per ballot, added in the given order. */
  public static ApprovalProfile<String> approval(List<String> candidates, List<ApprovalBallot<String>> voters) {
    return Profile.approval(candidates).addAll(voters).build();
  }

  /** The ballots of {@code ballots} repeated by their counts: one entry per voter. */
  public static <B> List<B> voters(List<Weighted<B>> ballots) {
    List<B> out = new ArrayList<>();
    for (Weighted<B> w : ballots) {
      for (long i = 0; i < w.count(); i++) {
        out.add(w.ballot());
      }
    }
    return out;
  }

  /** {@code list} in an order drawn by a Fisher-Yates shuffle from {@code seed}. */
  public static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> out = new ArrayList<>(list);
    SplitMix64 random = new SplitMix64(seed);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, random.nextInt(i + 1));
    }
    return out;
  }

  /** The ballot with every candidate c replaced by {@code map.get(c)}. */
  public static RankedBallot<String> relabel(RankedBallot<String> ballot, Map<String, String> map) {
    List<List<String>> tiers = new ArrayList<>();
    for (List<String> tier : ballot.tiers()) {
      tiers.add(tier.stream().map(map::get).collect(Collectors.toList()));
    }
    return RankedBallot.ofTiers(tiers);
  }

  /** Returns the tier of {@code c} on {@code ballot}, or the number of tiers if unranked. */
  public static int tierOf(RankedBallot<String> ballot, String c) {
    List<List<String>> tiers = ballot.tiers();
    for (int t = 0; t < tiers.size(); t++) {
      if (tiers.get(t).contains(c)) {
        return t;
      }
    }
    return tiers.size();
  }

  /** Whether {@code ballot} ranks {@code a} strictly above {@code b}; a ranked one is above an unranked one. */
  public static boolean prefers(RankedBallot<String> ballot, String a, String b) {
    return tierOf(ballot, a) < tierOf(ballot, b);
  }

  /**
   * The ballots that raise {@code w} one step on {@code ballot}, changing no other comparison:
   * swapping it with the candidate just above (strict neighbours), ranking it last if it was
   * unranked, and, if {@code withTies}, taking it out of a shared tier to just above its
   * tier-mates or moving it alone into the tier above.
   */
  public static List<RankedBallot<String>> raises(RankedBallot<String> ballot, String w, boolean withTies) {
    List<List<String>> tiers = ballot.tiers();
    int t = tierOf(ballot, w);
    List<RankedBallot<String>> out = new ArrayList<>();
    if (t == tiers.size()) {
      List<List<String>> copy = new ArrayList<>(tiers);
      copy.add(List.of(w));
      out.add(RankedBallot.ofTiers(copy));
      return out;
    }
    boolean alone = tiers.get(t).size() == 1;
    if (alone && t > 0 && tiers.get(t - 1).size() == 1) {
      List<List<String>> copy = new ArrayList<>(tiers);
      Collections.swap(copy, t, t - 1);
      out.add(RankedBallot.ofTiers(copy));
    }
    if (withTies && !alone) {
      List<List<String>> copy = new ArrayList<>(tiers);
      List<String> mates = new ArrayList<>(tiers.get(t));
      mates.remove(w);
      copy.set(t, mates);
      copy.add(t, List.of(w));
      out.add(RankedBallot.ofTiers(copy));
    }
    if (withTies && alone && t > 0) {
      List<List<String>> copy = new ArrayList<>(tiers);
      List<String> above = new ArrayList<>(tiers.get(t - 1));
      above.add(w);
      copy.set(t - 1, above);
      copy.remove(t);
      out.add(RankedBallot.ofTiers(copy));
    }
    return out;
  }

  /** The voters with the voter at {@code index} casting {@code replacement} instead. */
  public static <B> List<B> replace(List<B> voters, int index, B replacement) {
    List<B> out = new ArrayList<>(voters);
    out.set(index, replacement);
    return out;
  }

  /** The indices of the first voter casting each distinct ballot. */
  public static <B> List<Integer> firstOfEach(List<B> voters) {
    Set<B> seen = new LinkedHashSet<>();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < voters.size(); i++) {
      if (seen.add(voters.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Describes a profile with every ballot and its count, e.g. {@code "ranked profile: 3
   * candidates [a, b, c], 3 voters, 2 distinct ballots; ballots: 2× a > b > c | 1× c"}.
   */
  public static String describe(Profile<?> profile) {
    StringBuilder sb = new StringBuilder(profile.toString()).append("; ballots: ");
    List<? extends Weighted<?>> ballots = profile.ballots();
    for (int i = 0; i < ballots.size(); i++) {
      Weighted<?> w = ballots.get(i);
      Object b = w.ballot();
      String text = b instanceof ApprovalBallot<?> a ? "{" + a.approved().stream().map(String::valueOf)
          .collect(Collectors.joining(", ")) + "}" : b instanceof RankedBallot<?> ? b.toString()
          : b.toString().replaceFirst("^[A-Za-z]+Ballot\\[grades=", "").replaceFirst("]$", "");
      sb.append(i == 0 ? "" : " | ").append(w.count()).append("× ").append(text);
    }
    return sb.toString();
  }
}
