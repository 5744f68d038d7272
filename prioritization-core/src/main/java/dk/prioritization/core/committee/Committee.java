package dk.prioritization.core.committee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A committee a {@link CommitteeRule} chose, with why.
 *
 * @param members the chosen candidates: in selection order for the sequential rules, in candidate
 *     order otherwise
 * @param k the committee size asked for
 * @param ruleId the id of the rule that chose it
 * @param tied whether a tie was broken by candidate order on the way: for a sequential rule, two
 *     or more candidates were equally good in some round; for an exact rule, another committee
 *     has the same optimal score; for a top-k rule, candidates with the last seat's score were
 *     left out
 * @param score the committee's exact value where the rule has one (approval score, satisfaction,
 *     PAV score, number of represented voters, Phragmén's largest voter load), else empty
 * @param reasons for every candidate, in candidate order, why it is in or out, by the rule's own
 *     measure (e.g. "elected in round 2, adding 3/2 to the PAV score" or "would add 1/2 to the
 *     PAV score; the last member added 3/2")
 * @param runnerUp the candidate left out that comes closest to a seat by the rule's own measure,
 *     the one the rule would take next: the next score for the top-k rules, the largest marginal
 *     gain to the chosen committee for the Thiele rules (PAV, Chamberlin-Courant), the smallest
 *     load of a next round for Phragmén, and for Equal Shares the next by approvals where the
 *     completion filled seats, else the one whose approvers have the most money left; ties by
 *     candidate order; empty when every candidate is chosen
 * @param explanation the steps taken
 * @param <C> the candidate type
 */
public record Committee<C>(Set<C> members, int k, String ruleId, boolean tied, Optional<Rational> score,
    Map<C, Text> reasons, Optional<C> runnerUp, Explanation<C> explanation) {
  /**
   * Creates the result, copying the members in their order.
   *
   * @param members the chosen candidates
   * @param k the committee size
   * @param ruleId the rule id
   * @param tied whether a tie was broken
   * @param score the exact value, if any
   * @param reasons why each candidate is in or out
   * @param runnerUp the candidate the rule would take next, if any
   * @param explanation the steps
   * @throws IllegalArgumentException if the runner-up is a member
   */
  public Committee {
    members = ImmutableSet.copyOf(members);
    requireNonNull(ruleId, "ruleId");
    requireNonNull(score, "score");
    reasons = ImmutableMap.copyOf(reasons);
    requireNonNull(runnerUp, "runnerUp");
    if (runnerUp.isPresent() && members.contains(runnerUp.get())) {
      throw new IllegalArgumentException("the runner-up " + runnerUp.get() + " is a member of the committee");
    }
    requireNonNull(explanation, "explanation");
  }
}
