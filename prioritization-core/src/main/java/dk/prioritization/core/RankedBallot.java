package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;

/**
 * A ranked ballot: a weak order given as tiers of tied candidates, best tier first.
 *
 * <p>A ballot may be <em>truncated</em>: candidates that appear in no tier are unranked, and
 * count as tied with each other below every ranked candidate. A tier of several candidates is a
 * tie. The empty ballot ranks nobody. Whether a rule accepts truncated or tied ballots is part of
 * the rule's contract (see its Javadoc).
 *
 * <pre>{@code
 * RankedBallot.of("Anna", "Bo", "Carl");                              // Anna > Bo > Carl
 * RankedBallot.ofTiers(List.of(List.of("Anna", "Bo"), List.of("Carl"))); // Anna = Bo > Carl
 * RankedBallot.of("Anna");                                            // Anna > {Bo, Carl} unranked
 * }</pre>
 *
 * @param tiers the tiers, best first; each tier lists tied candidates in any order
 * @param <C> the candidate type
 */
public record RankedBallot<C>(List<List<C>> tiers) implements Ballot<C> {

  /**
   * Creates a ballot from tiers, copying them.
   *
   * @param tiers the tiers, best first; no element may be null
   */
  public RankedBallot {
    ImmutableList.Builder<List<C>> copy = ImmutableList.builderWithExpectedSize(tiers.size());
    for (List<C> tier : tiers) {
      copy.add(ImmutableList.copyOf(requireNonNull(tier, "tier")));
    }
    tiers = copy.build();
  }

  /**
   * Returns a strict ballot that ranks {@code order} from best to worst, one candidate per tier.
   *
   * @param order the ranked candidates, best first
   * @param <C> the candidate type
   * @return the ballot
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read
  public static <C> RankedBallot<C> of(C... order) {
    return strict(ApprovalBallot.copy(order));
  }

  /**
   * Returns a strict ballot that ranks {@code order} from best to worst, one candidate per tier.
   *
   * @param order the ranked candidates, best first
   * @param <C> the candidate type
   * @return the ballot
   */
  public static <C> RankedBallot<C> strict(List<? extends C> order) {
    ImmutableList.Builder<List<C>> tiers = ImmutableList.builderWithExpectedSize(order.size());
    for (C c : order) {
      tiers.add(ImmutableList.of(c));
    }
    return new RankedBallot<>(tiers.build());
  }

  /**
   * Returns a ballot with the given tiers of tied candidates, best first.
   *
   * @param tiers the tiers
   * @param <C> the candidate type
   * @return the ballot
   */
  public static <C> RankedBallot<C> ofTiers(List<? extends Collection<? extends C>> tiers) {
    ImmutableList.Builder<List<C>> copy = ImmutableList.builderWithExpectedSize(tiers.size());
    for (Collection<? extends C> tier : tiers) {
      copy.add(ImmutableList.copyOf(tier));
    }
    return new RankedBallot<>(copy.build());
  }

  /**
   * Returns the empty ballot, which ranks no candidate.
   *
   * @param <C> the candidate type
   * @return the empty ballot
   */
  public static <C> RankedBallot<C> empty() {
    return new RankedBallot<>(ImmutableList.of());
  }

  /**
   * Returns the number of ranked candidates, counted over all tiers.
   *
   * @return the number of ranked candidates
   */
  public int rankedCount() {
    int n = 0;
    for (List<C> tier : tiers) {
      n += tier.size();
    }
    return n;
  }

  @Override
  public BallotKind kind() {
    return BallotKind.RANKED;
  }

  /** Returns the ballot in the usual notation, e.g. {@code "a > {b, c} > d"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (List<C> tier : tiers) {
      if (sb.length() > 0) {
        sb.append(" > ");
      }
      if (tier.size() == 1) {
        sb.append(tier.get(0));
      } else {
        sb.append('{');
        for (int i = 0; i < tier.size(); i++) {
          sb.append(i == 0 ? "" : ", ").append(tier.get(i));
        }
        sb.append('}');
      }
    }
    return sb.length() == 0 ? "(empty)" : sb.toString();
  }
}
