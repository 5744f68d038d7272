package dk.prioritization.core;

import java.util.List;
import java.util.Map;

/** A third-party rule provider, registered in the test resources' META-INF/services. */
public final class TestRuleProvider implements RuleProvider {

  /** Creates the provider; ServiceLoader needs a public no-argument constructor. */
  public TestRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(new FirstCandidate("test-first-candidate"));
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
