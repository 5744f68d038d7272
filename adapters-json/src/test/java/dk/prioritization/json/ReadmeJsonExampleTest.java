package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.round.Round;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "JSON documents and PrefLib files" example does what it says. */
class ReadmeJsonExampleTest {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  @Test
  void profile_roundTripsThroughItsDocument() throws Exception {
    RankedProfile<String> profile = Profile.ranked(List.of("A", "B", "C", "D"))
        .add(RankedBallot.of("A", "B", "C", "D"), 40)
        .add(RankedBallot.of("B", "C"), 25)
        .add(RankedBallot.ofTiers(List.of(List.of("C", "D"), List.of("A"))), 10)
        .build();
    String text = JSON.writeValueAsString(profile);
    assertThat(text).startsWith("{\"format\":\"prioritization/1\",\"kind\":\"profile\",\"ballotKind\":\"ranked\"");
    RankedProfile<?> back = JSON.readValue(text, RankedProfile.class);
    assertThat(back).isEqualTo(profile);
    assertThat(back.fingerprint()).isEqualTo(profile.fingerprint());
  }

  @Test
  void round_withAnUnknownTaskAndAStranger_reportsBothWithTheirPaths() throws Exception {
    Round.Builder b = Round.builder(NorddjursExample.portfolio());
    for (Map.Entry<String, List<String>> e : NorddjursExample.nominations().entrySet()) {
      b.nominate(e.getKey(), e.getValue());
    }
    ObjectNode doc = (ObjectNode) JSON.valueToTree(b.build());
    ArrayNode nominations = (ArrayNode) doc.get("nominations");
    ((ArrayNode) nominations.get(3).get("tasks")).add("T-99"); // DIR-TM's sixth: unknown
    ((ArrayNode) nominations.get(3).get("tasks")).remove(0);    // ... and keep five
    ((ObjectNode) nominations.get(4)).put("member", "DIR-XX");
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> JSON.readValue(JSON.writeValueAsString(doc), Round.class));
    assertThat(e.problems()).extracting(DocumentProblem::toString).containsExactly(
        "$.nominations[3].tasks[4]: unknown task 'T-99'",
        "$.nominations[4].member: member 'DIR-XX' is not on the board of the round's portfolio");
  }

  @Test
  void ballotStream_readsAJsonLinesFileWithLimits(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ballots.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"format\": \"prioritization/1\", \"kind\": \"ballots\", \"ballotKind\": \"ranked\", \"candidates\": [\"Anna\", \"Bo\"]}",
        "{\"ranking\": [[\"Bo\"], [\"Anna\"]], \"count\": 3}",
        "{\"ranking\": [[\"Anna\"]]}"), StandardCharsets.UTF_8);
    Profile<?> big = BallotStream.read(file, ReadLimits.defaults().withMaxBallots(20_000_000));
    assertThat(big.voterCount()).isEqualTo(4);
    assertThat(big.distinctBallotCount()).isEqualTo(2);
  }
}
