package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.Ballot;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad documents and values: each problem named with its JSON path, all of them at once. */
class CoreBadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrioritizationModule());

  private static String profile(String rest) {
    return "{\"format\": \"prioritization/1\", \"kind\": \"profile\", " + rest + "}";
  }

  private static final String RANKED = "\"ballotKind\": \"ranked\", \"candidates\": [\"A\", \"B\", \"C\"], ";

  private static List<String> problems(String json, Class<?> type) {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> JSON.readValue(json.replace('\'', '"'), type));
    assertThat(e).as("a DocumentException for %s", json).isNotNull();
    return e.problems().stream().map(DocumentProblem::toString).toList();
  }

  @Test
  void unknownCandidateInABallot_isNamedAtItsPath() {
    assertThat(problems(profile(RANKED + "\"ballots\": [{\"ranking\": [[\"A\"]]}, {\"ranking\": [[\"A\"]]}, "
        + "{\"ranking\": [[\"B\"]]}, {\"ranking\": [[\"A\"], [\"X\"]], \"count\": 2}]"), Profile.class))
        .containsExactly("$.ballots[3].ranking[1][0]: unknown candidate 'X'");
  }

  @Test
  void missingAndFutureFormat() {
    assertThat(problems("{'kind': 'profile', 'ballotKind': 'ranked', 'candidates': ['A'], 'ballots': [{'ranking': []}]}",
        Profile.class)).containsExactly("$.format: missing; a document states its format, \"prioritization/1\"");
    assertThat(problems(profile(RANKED + "'ballots': []").replace("prioritization/1", "prioritization/2"), Profile.class))
        .first().isEqualTo("$.format: 'prioritization/2' was written by a newer version of the format; this library "
            + "reads prioritization/1 (upgrade the library)");
    assertThat(problems(profile(RANKED + "'ballots': [{'ranking': []}]").replace("\"profile\"", "'result'"),
        Profile.class)).containsExactly("$.kind: expected a 'profile' document but found kind 'result'");
  }

  @Test
  void unknownFields_wrongTypes_andEveryProblemAtOnce() {
    assertThat(problems(profile(RANKED + "'voters': 3, 'ballots': [{'ranking': [['A']], 'count': '2'}, "
        + "{'ranking': {'A': 1}}, {'ranking': [['A'], ['A']], 'weight': 1}]"), Profile.class))
        .containsExactly(
            "$.voters: unknown field 'voters'; expected one of " + fieldsOf(),
            "$.ballots[0].count: expected a positive integer but found a string",
            "$.ballots[1].ranking: expected an array of tiers but found an object",
            "$.ballots[2].ranking[1][0]: candidate 'A' is ranked twice",
            "$.ballots[2].weight: unknown field 'weight'; a ranked ballot has 'ranking' and 'count'");
  }

  private static String fieldsOf() {
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> JSON.readValue(profile(RANKED + "\"voters\": 1, \"ballots\": [{\"ranking\": []}]"), Profile.class));
    String m = e.problems().get(0).message();
    return m.substring(m.indexOf('['));
  }

  @Test
  void countsThatOverflowOrAreNotPositive() {
    assertThat(problems(profile(RANKED + "'ballots': [{'ranking': [['A']], 'count': 0}, "
        + "{'ranking': [['B']], 'count': -4}, {'ranking': [['B']], 'count': 92233720368547758070}, "
        + "{'ranking': [['C']], 'count': 9223372036854775807}, {'ranking': [['A']], 'count': 1}]"), Profile.class))
        .containsExactly(
            "$.ballots[0].count: count 0 must be positive",
            "$.ballots[1].count: count -4 must be positive",
            "$.ballots[2].count: count 92233720368547758070 overflows a long (at most 9223372036854775807)",
            "$.ballots[4].count: count 1 makes the number of voters overflow a long");
  }

  @Test
  void candidateLists_mixedDuplicateOrEmpty() {
    assertThat(problems(profile("'ballotKind': 'ranked', 'candidates': ['A', 2, 'A'], 'ballots': []"), Profile.class))
        .containsExactly("$.candidates[1]: expected a string candidate like the others but found the integer 2",
            "$.candidates[2]: candidate 'A' is listed twice (first at $.candidates[0])");
    assertThat(problems(profile("'ballotKind': 'ranked', 'candidates': [], 'ballots': []"), Profile.class))
        .containsExactly("$.candidates: the profile has no candidates");
  }

  @Test
  void emptyProfile_isTheBuildersProblemAtTheBallots() {
    assertThat(problems(profile(RANKED + "'ballots': []"), Profile.class))
        .containsExactly("$.ballots: the profile has no ballots");
  }

  @Test
  void kindSettings_approvalScoreCumulative() {
    assertThat(problems(profile("'ballotKind': 'approval', 'cap': 1, 'candidates': [1, 2], "
        + "'ballots': [{'approved': [1, 2]}, {'approved': [3]}]"), Profile.class))
        .containsExactly("$.ballots[0].approved: approves 2 candidates but the cap is 1",
            "$.ballots[1].approved[0]: unknown candidate 3");
    assertThat(problems(profile("'ballotKind': 'score', 'min': 0, 'max': 5, 'candidates': ['A', 'B'], "
        + "'ballots': [{'scores': {'A': 6, 'B': 1}}, {'scores': {'A': 1}}]"), Profile.class))
        .containsExactly("$.ballots[0].scores.A: grade 6 is off the scale 0..5",
            "$.ballots[1].scores: does not grade candidate 'B' (the profile declares no 'ungradedAs')");
    assertThat(problems(profile("'ballotKind': 'cumulative', 'budget': 3, 'cap': 2, 'candidates': ['A', 'B'], "
        + "'ballots': [{'points': {'A': 3, 'B': 1}}, {'points': {'A': -1}}]"), Profile.class))
        .containsExactly("$.cap: 'cap' does not apply to a cumulative profile");
    assertThat(problems(profile("'ballotKind': 'cumulative', 'budget': 3, 'candidates': ['A', 'B'], "
        + "'ballots': [{'points': {'A': 3, 'B': 1}}, {'points': {'A': -1}}]"), Profile.class))
        .containsExactly("$.ballots[0].points: spends 4 points but the budget is 3",
            "$.ballots[1].points.A: -1 points is below 0");
  }

  @Test
  void unknownBallotKind_andTheWrongKindAskedFor() {
    assertThat(problems(profile("'ballotKind': 'ranking', 'candidates': ['A'], 'ballots': []"), Profile.class))
        .containsExactly("$.ballotKind: unknown ballot kind 'ranking'; expected ranked, approval, score or cumulative");
    assertThat(problems(profile("'ballotKind': 'approval', 'candidates': ['A'], 'ballots': [{'approved': []}]"),
        RankedProfile.class))
        .containsExactly("$.ballotKind: expected a ranked profile but found ballot kind 'approval'");
  }

  @Test
  void wrongFingerprint() {
    assertThat(problems(profile(RANKED + "'fingerprint': 'abc', 'ballots': [{'ranking': [['A']]}]"), Profile.class))
        .singleElement().asString().startsWith("$.fingerprint: does not match the ballots: they have fingerprint ");
  }

  @Test
  void truncatedDocument() {
    assertThat(problems(profile(RANKED + "'ballots': [{'ranking': [['A']]}]").substring(0, 90), Profile.class))
        .containsExactly("$.candidates[0]: the document ends early (truncated?)");
  }

  @Test
  void unknownTypeNames_inBallotsStepsAndTieBreakers() {
    assertThat(problems("{'type': 'borda', 'ranking': []}", Ballot.class))
        .containsExactly("$.type: unknown ballot type 'borda'; expected ranked, approval, score or cumulative");
    assertThat(problems("{'rule': 'approval', 'tieBreak': [{'type': 'coin', 'seed': 1}, {'type': 'random'}]}",
        RuleChoice.class)).containsExactly(
            "$.tieBreak[0].type: unknown tie-breaker type 'coin'; expected one of [byRule, candidateOrder, fixedOrder, random]",
            "$.tieBreak[1].seed: missing field 'seed'");
  }

  @Test
  void ruleChoice_unknownRuleAndOptionsTheRegistryRuleDoesNotHave() {
    assertThat(problems("{'rule': 'bordaa'}", RuleChoice.class)).singleElement().asString()
        .startsWith("$.rule: unknown rule 'bordaa'; known rules: ");
    assertThat(problems("{'rule': 'approval', 'options': {'cap': '5'}}", RuleChoice.class)).containsExactly(
        "$.options.cap: rule 'approval' in the registry has no option 'cap' (its options: {}); options are not set "
            + "from JSON, give a registry holding the configured rule");
    RuleChoice capped = new RuleChoice(Approval.withCap(5), List.of());
    Object read = uncheck(() -> JSON.reader().withAttribute(RuleRegistry.class, RuleRegistry.of(List.of(Approval.withCap(5))))
        .forType(RuleChoice.class).readValue("{\"rule\": \"approval\", \"options\": {\"cap\": \"5\"}}"));
    assertThat(read).isEqualTo(capped);
  }

  private interface Call {
    Object call() throws Exception;
  }

  private static Object uncheck(Call c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void results_stepTypesAndConsistencyChecks() throws Exception {
    String good = JSON.writeValueAsString(dk.prioritization.core.positional.Borda.standard().rank(
        Profile.ranked(List.of("A", "B")).add(1, "A", "B").build()));
    assertThat(problems(good.replace("\"type\":\"tally\"", "\"type\":\"talley\""), Result.class))
        .containsExactly("$.explanation[0].type: unknown step type 'talley'; expected one of [elimination, matrix, "
            + "note, optimum, pair-locked, runoff, tally, tie-broken, tie-kept]");
    assertThat(problems(good.replace("\"winners\":[\"A\"]", "\"winners\":[\"B\"]"), Result.class))
        .containsExactly("$.winners: the winners [B] are not the ranking's first tier [A]");
    assertThat(problems(good.replace("\"ruleId\":\"borda\"", "\"ruleId\":\"dowdall\""), Result.class))
        .singleElement().asString().startsWith("$.fingerprint: does not match the result's content");
    assertThat(problems(good.replace("[[\"A\"],[\"B\"]]", "[[\"A\"],[2]]"), Result.class))
        .containsExactly("$.ranking[1][0]: expected a string candidate like the others but found the integer 2");
  }

  @Test
  void rationals_badForms() {
    assertThat(problems("'1/0'", Rational.class)).containsExactly("$: the fraction '1/0' has denominator 0");
    assertThat(problems("1.5", Rational.class))
        .containsExactly("$: expected an exact number like 7 or \"7/2\" but found a decimal number");
  }
}
