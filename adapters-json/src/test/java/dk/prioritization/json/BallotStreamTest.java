package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.generate.ImpartialApproval;
import dk.prioritization.core.generate.ImpartialScores;
import dk.prioritization.core.generate.Mallows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON Lines ballot files: large inputs, caller candidates, limits and per-line problems. */
class BallotStreamTest {
  private static final String HEADER =
      "{\"format\": \"prioritization/1\", \"kind\": \"ballots\", \"ballotKind\": \"ranked\", \"candidates\": [1, 2, 3]}\n";

  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String problemsOf(String text, ReadLimits limits) {
    try {
      BallotStream.read(in(text), limits);
    } catch (DocumentException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no problem reported for " + text);
  }

  @Test
  void twoHundredThousandGeneratedBallots_readEqualToTheProfileBuiltDirectly() throws IOException {
    List<Integer> candidates = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder(HEADER.replace("[1, 2, 3]", candidates.toString()));
    RankedProfile.Builder<Integer> direct = Profile.ranked(candidates);
    for (int b = 0; b < 200_000; b++) {
      int[] order = random.ints(1, 11).distinct().limit(1 + random.nextInt(10)).toArray();
      sb.append("{\"ranking\": [");
      Integer[] ranked = new Integer[order.length];
      for (int i = 0; i < order.length; i++) {
        sb.append(i == 0 ? "[" : ", [").append(order[i]).append(']');
        ranked[i] = order[i];
      }
      long count = 1 + random.nextInt(3);
      sb.append(']').append(count == 1 ? "" : ", \"count\": " + count).append("}\n");
      direct.add(RankedBallot.of(ranked), count);
    }
    Profile<?> read = BallotStream.read(in(sb.toString()), ReadLimits.defaults());
    RankedProfile<Integer> expected = direct.build();
    assertThat(read).isEqualTo(expected);
    assertThat(read.voterCount()).isEqualTo(expected.voterCount());
    assertThat(read.fingerprint()).isEqualTo(expected.fingerprint());
  }

  @Test
  void written_thenRead_givesTheSameProfile_forEveryKind() throws IOException {
    List<Profile<?>> profiles = List.of(
        Mallows.of(List.of("a", "b", "c", "d"), 0.6).withTies(0.3).withTruncation(0.3).generate(500, 3),
        ImpartialApproval.of(List.of(1, 2, 3, 4), 0.5).withCap(2).generate(300, 4),
        ImpartialScores.of(List.of("x", "y"), 0, 9).generate(300, 5));
    for (Profile<?> p : profiles) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BallotStream.write(p, out);
      assertThat(BallotStream.read(new ByteArrayInputStream(out.toByteArray()), ReadLimits.defaults())).isEqualTo(p);
    }
  }

  @Test
  void callerCandidates_withoutHeader() throws IOException {
    RankedProfile<String> p = BallotStream.readRanked(in("{\"ranking\": [[\"b\"], [\"a\", \"c\"]], \"count\": 2}\n\n"
        + "{\"ranking\": []}\n"), List.of("a", "b", "c"), ReadLimits.defaults());
    assertThat(p).isEqualTo(Profile.ranked(List.of("a", "b", "c"))
        .add(RankedBallot.ofTiers(List.of(List.of("b"), List.of("a", "c"))), 2).add(RankedBallot.empty()).build());
    ApprovalProfile<Integer> a = BallotStream.readApproval(in(HEADER.replace("ranked", "approval")
        + "{\"approved\": [1, 3]}\n"), List.of(1, 2, 3), ReadLimits.defaults());
    assertThat(a.voterCount()).isEqualTo(1);
  }

  @Test
  void callerCandidates_disagreeingWithTheHeader() {
    assertThatThrownBy(() -> BallotStream.readRanked(in(HEADER + "{\"ranking\": [[1]]}\n"), List.of(1, 2, 4),
        ReadLimits.defaults()))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("line 1, $.candidates: the header's candidates [1, 2, 3] are not the candidates given [1, 2, 4]");
  }

  @Test
  void problems_nameTheLineAndThePathInsideIt() {
    String text = HEADER
        + "{\"ranking\": [[1], [2]]}\n"
        + "{\"ranking\": [[1], [7]]}\n"
        + "{\"ranking\": [[1], [1]], \"count\": 0}\n"
        + "{\"ranking\": [[]], \"weight\": 2}\n"
        + "{\"ranking\": [[\"2\"]], \"count\": 99999999999999999999}\n";
    assertThat(problemsOf(text, ReadLimits.defaults())).isEqualTo("""
        the document has 7 problems:
          line 3, $.ranking[1][0]: unknown candidate 7
          line 4, $.ranking[1][0]: candidate 1 is ranked twice
          line 4, $.count: count 0 must be positive
          line 5, $.ranking[0]: empty tier; a tier lists at least one candidate
          line 5, $.weight: unknown field 'weight'; a ranked ballot has 'ranking' and 'count'
          line 6, $.ranking[0][0]: expected an integer candidate but found a string
          line 6, $.count: count 99999999999999999999 overflows a long (at most 9223372036854775807)""");
    assertThat(problemsOf(text, ReadLimits.defaults().withMaxProblems(2)))
        .startsWith("the document has 4 problems:").endsWith("line 4: stopped after 2 problems (maxProblems)");
  }

  @Test
  void countsThatOverflowTheNumberOfVoters() {
    String text = HEADER + "{\"ranking\": [[1]], \"count\": 9223372036854775807}\n{\"ranking\": [[2]]}\n";
    assertThat(problemsOf(text, ReadLimits.defaults()))
        .contains("line 3, $.count: count 1 makes the number of voters overflow a long");
  }

  @Test
  void headerProblems_andMissingHeader() {
    assertThat(problemsOf("{\"ranking\": [[1]]}\n", ReadLimits.defaults()))
        .contains("line 1: expected a header line");
    assertThat(problemsOf(HEADER.replace("prioritization/1", "prioritization/2"), ReadLimits.defaults()))
        .contains("line 1, $.format: 'prioritization/2' was written by a newer version of the format");
    assertThat(problemsOf(HEADER, ReadLimits.defaults())).contains("line 1: the profile has no ballots");
  }

  @Test
  void limits_nameTheLimitAndTheLine() {
    String text = HEADER + "{\"ranking\": [[1], [2]]}\n".repeat(5);
    assertThat(problemsOf(text, ReadLimits.defaults().withMaxBallots(3)))
        .contains("line 5: more than 3 ballots (maxBallots)");
    assertThat(problemsOf(text, ReadLimits.defaults().withMaxCandidates(2)))
        .contains("line 1, $.candidates: 3 candidates exceed the limit of 2 (maxCandidates)");
    assertThat(problemsOf(HEADER + "{\"ranking\": [[1], [2]]}\n{\"ranking\": [[1], [2], [3]]," + " ".repeat(100) + "}\n",
        ReadLimits.defaults().withMaxLineLength(HEADER.length() + 5)))
        .contains("line 3: line 3 is longer than the limit of " + (HEADER.length() + 5) + " bytes (maxLineLength)");
    assertThat(problemsOf(text, ReadLimits.defaults().withMaxBytes(HEADER.length() + 30)))
        .contains("line 3: the input is larger than the limit of " + (HEADER.length() + 30)
            + " bytes (maxBytes); it passes the limit on line 3");
  }

  @Test
  void malformedLines_andTwoBallotsOnOneLine() {
    assertThat(problemsOf(HEADER + "{\"ranking\": [[1]]}\n{\"ranking\": [[1]\n", ReadLimits.defaults()))
        .endsWith("line 3: the input ends inside this line's value (truncated?)");
    assertThat(problemsOf(HEADER + "{\"ranking\": [[1]]}\n{\"ranking\": [[1]]]}\n", ReadLimits.defaults()))
        .endsWith("line 3: not valid JSON: Unexpected close marker ']': expected '}'");
    assertThat(problemsOf(HEADER + "{\"ranking\": [[1]]} {\"ranking\": [[2]]}\n", ReadLimits.defaults()))
        .contains("line 2: a second value on one line; JSON Lines has one ballot per line");
  }
}
