package dk.prioritization.core;

import dk.prioritization.core.committee.Committee;
import dk.prioritization.core.committee.CommitteeRule;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** A third-party rule provider, registered in the test resources' META-INF/services. */
public final class TestRuleProvider implements RuleProvider {

  /** Creates the provider; ServiceLoader needs a public no-argument constructor. */
  public TestRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(new FirstCandidate("test-first-candidate"));
  }

  @Override
  public List<CommitteeRule> committeeRules() {
    return List.of(new FirstK("test-first-k"));
  }

  /** A toy committee rule: the first k candidates in the profile's order. */
  record FirstK(String id) implements CommitteeRule {
    @Override
    public String description() {
      return "The first k candidates (a test plug-in).";
    }

    @Override
    public <C> Committee<C> select(ApprovalProfile<C> profile, int k) {
      List<C> c = profile.candidates();
      Map<C, Text> reasons = new java.util.LinkedHashMap<>();
      for (int i = 0; i < c.size(); i++) {
        reasons.put(c.get(i), new Text(i < k ? "first" : "later", i < k ? "først" : "senere"));
      }
      return new Committee<>(new java.util.LinkedHashSet<>(c.subList(0, k)), k, id, false, Optional.empty(), reasons,
          k < c.size() ? Optional.of(c.get(k)) : Optional.empty(), Explanation.of());
    }
  }

  /** A toy rule: the first candidate in the profile's order wins, everyone else ties below. */
  record FirstCandidate(String id) implements Rule {
    @Override
    public String description() {
      return "The first candidate wins (a test plug-in).";
    }

    @Override
    public BallotKind ballotKind() {
      return BallotKind.RANKED;
    }

    @Override
    public <C> Result<C> rank(Profile<C> profile) {
      List<C> c = profile.candidates();
      Ranking<C> ranking = c.size() == 1
          ? Ranking.strict(c)
          : new Ranking<>(List.of(java.util.Set.of(c.get(0)), java.util.Set.copyOf(c.subList(1, c.size()))));
      return Result.of(this, profile, ranking, Map.of(), Explanation.of());
    }
  }
}
