package dk.prioritization.core.committee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Rational;
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
 * @param explanation the steps taken
 * @param <C> the candidate type
 */
public record Committee<C>(Set<C> members, int k, String ruleId, boolean tied, Optional<Rational> score,
    Explanation<C> explanation) {
  /**
   * Creates the result, copying the members in their order.
   *
   * @param members the chosen candidates
   * @param k the committee size
   * @param ruleId the rule id
   * @param tied whether a tie was broken
   * @param score the exact value, if any
   * @param explanation the steps
   */
  public Committee {
    members = ImmutableSet.copyOf(members);
    requireNonNull(ruleId, "ruleId");
    requireNonNull(score, "score");
    requireNonNull(explanation, "explanation");
  }
}
