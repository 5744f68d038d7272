package dk.prioritization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.json.PrioritizationModule;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.round.Round;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
  @TempDir
  Path dir;

  static Path resource(String name) {
    try {
      return Path.of(CommandsTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Three voters A > B > C, two B > C > A, one C > A > B. By hand: plurality A 3, B 2, C 1;
   * Borda A 3·2 + 1·1 = 7, B 3·1 + 2·2 = 7, C 2·1 + 1·2 = 4.
   */
  private Path jsonLines() throws IOException {
    Path f = dir.resolve("ballots.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"format\": \"prioritization/1\", \"kind\": \"ballots\", \"ballotKind\": \"ranked\", \"candidates\": [\"A\", \"B\", \"C\"]}",
        "{\"ranking\": [[\"A\"], [\"B\"], [\"C\"]], \"count\": 3}",
        "{\"ranking\": [[\"B\"], [\"C\"], [\"A\"]], \"count\": 2}",
        "{\"ranking\": [[\"C\"], [\"A\"], [\"B\"]]}", ""), StandardCharsets.UTF_8);
    return f;
  }

  private static Round exampleRound() {
    Round.Builder builder = Round.builder(NorddjursExample.portfolio());
    for (Map.Entry<String, List<String>> e : NorddjursExample.nominations().entrySet()) {
      builder.nominate(e.getKey(), e.getValue());
    }
    return builder.build();
  }

  @Test
  void noArguments_printsUsage() {
    Cli.Run r = Cli.run();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: prioritize", "demo", "rules", "rank", "validate", "batch", "compare");
  }

  @Test
  void everyCommand_hasHelp() {
    for (String c : List.of("demo", "rules", "rank", "select", "validate", "batch", "compare")) {
      Cli.Run r = Cli.run(c, "--help");
      assertThat(r.code()).as(c).isZero();
      assertThat(r.out()).as(c).contains("Usage: prioritize " + c);
    }
    assertThat(Cli.run("rank", "--help").out()).contains("schulze", "approval");
  }

  @Test
  void demo_rendersEverySectionInBothLanguages() {
    String en = DemoCommand.render(Locale.ENGLISH);
    assertThat(en).contains("The board's priority list", "Rolled up to initiatives", "Rolled up to focus areas",
        "Leadership perspectives in the top 5", "Each member's list against the common one",
        "Quarterly follow-up 2025-Q2");
    String da = DemoCommand.render(Locale.forLanguageTag("da"));
    assertThat(da).contains("Direktionens prioriteringsliste", "Opsummeret på indsatser", "Kvartalsopfølgning 2025-Q2")
        .doesNotContain("Rolled up");
    assertThat(Set.of(en, da)).hasSize(2);
  }

  @Test
  void demo_printsTheRenderingInTheChosenLanguage() {
    Cli.Run en = Cli.run("demo");
    assertThat(en.code()).isZero();
    assertThat(en.out()).isEqualTo(DemoCommand.render(Locale.ENGLISH));
    Cli.Run da = Cli.run("demo", "--lang", "da");
    assertThat(da.out()).isEqualTo(DemoCommand.render(Locale.forLanguageTag("da")));
    assertThat(Cli.run("demo", "--lang", "fr").code()).isEqualTo(2);
  }

  @Test
  void rules_listsEveryRuleWithItsBallotKind() {
    Cli.Run r = Cli.run("rules");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).startsWith("schulze").contains("ranked"))
        .anySatisfy(l -> assertThat(l).startsWith("approval").contains("approval"))
        .anySatisfy(l -> assertThat(l).startsWith("borda-symmetric"));
    assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).startsWith("seq-phragmen").contains("committee"))
        .anySatisfy(l -> assertThat(l).startsWith("knapsack").contains("budget"));
    assertThat(r.out().lines().count()).isEqualTo(1 + Rules.registry().rules().size()
        + Rules.registry().committeeRules().size() + Rules.registry().budgetRules().size());
  }

  @Test
  void rank_exampleRoundDocument_givesItsPriorityList() throws IOException {
    Path f = dir.resolve("round.json");
    Round round = exampleRound();
    new ObjectMapper().registerModule(new PrioritizationModule()).writeValue(f.toFile(), round);
    Cli.Run table = Cli.run("rank", f.toString());
    assertThat(table.code()).as(table.err()).isZero();
    // the demo's first tier: T-04, nominated by all five members
    assertThat(table.out().lines().skip(2).findFirst().orElseThrow()).startsWith("1").contains("T-04", "5", "Budgetproces");
    Cli.Run csv = Cli.run("rank", f.toString(), "--output", "csv");
    assertThat(csv.out().lines().limit(2)).containsExactly("rank,candidate,score", "1,T-04,5");
    assertThat(csv.out().lines().count() - 1).isEqualTo(round.priorityList().entries().size());
    Cli.Run json = Cli.run("rank", f.toString(), "--output", "json");
    assertThat(json.out()).contains("\"kind\" : \"priority-list\"", "T-04");
    assertThat(Cli.run("rank", f.toString(), "--explain").out()).contains("The board's priority list");
    assertThat(Cli.run("rank", f.toString(), "--rule", "borda").code()).isEqualTo(2);
  }

  @Test
  void rank_jsonLines_defaultRuleAndTieBreaks() throws IOException {
    Path f = jsonLines();
    Cli.Run borda = Cli.run("rank", f.toString(), "--rule", "borda", "--output", "csv");
    assertThat(borda.code()).isZero();
    assertThat(borda.out().lines()).containsExactly("rank,candidate,score", "1,A,7", "1,B,7", "2,C,4");
    Cli.Run broken = Cli.run("rank", f.toString(), "--rule", "borda", "--output", "csv", "--tie-break", "candidate-order");
    assertThat(broken.out().lines()).containsExactly("rank,candidate,score", "1,A,7", "2,B,7", "3,C,4");
    Cli.Run random = Cli.run("rank", f.toString(), "--rule", "borda", "--tie-break", "random:7", "--output", "csv");
    assertThat(random.out().lines()).hasSize(4).last().isEqualTo("3,C,4");
    Cli.Run plurality = Cli.run("rank", f.toString(), "--rule", "plurality");
    assertThat(plurality.out()).startsWith("rule plurality, tie-break none, 3 candidates, 6 voters").contains("winners: A");
    Cli.Run json = Cli.run("rank", f.toString(), "--rule", "plurality", "--output", "json", "--explain");
    assertThat(json.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.get("kind").asText()).isEqualTo("result");
    assertThat(doc.get("winners").toString()).isEqualTo("[\"A\"]");
    Cli.Run explained = Cli.run("rank", f.toString(), "--rule", "plurality", "--explain", "--lang", "da");
    assertThat(explained.out()).contains("Vinder(e): A");
  }

  @Test
  void rank_profileDocument() throws IOException {
    RankedProfile<String> p = Profile.ranked(List.of("A", "B", "C")).add(3, "A", "B", "C").add(2, "B", "C", "A").build();
    Path f = dir.resolve("profile.json");
    new ObjectMapper().registerModule(new PrioritizationModule()).writeValue(f.toFile(), p);
    Cli.Run r = Cli.run("rank", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // A beats B 3:2, B beats C 5:0, A beats C 3:2: A > B > C under the default (Schulze)
    assertThat(r.out()).startsWith("rule schulze,").contains("winners: A");
    assertThat(Cli.run("rank", f.toString(), "--output", "csv").out().lines().map(l -> l.split(",")[1]))
        .containsExactly("candidate", "A", "B", "C");
  }

  @Test
  void rank_prefLibFile_agreesWithTheReference() throws IOException {
    Path soc = resource("preflib/00009-00000001.soc");
    JsonNode c = ReferenceCasesBatchTest.cases().stream()
        .filter(x -> x.get("id").asText().equals("preflib-00009-00000001.soc")).findFirst().orElseThrow();
    for (String key : List.of("beat_path", "borda", "instant_runoff", "copeland")) {
      Cli.Run r = Cli.run("rank", soc.toString(), "--rule", key, "--output", "json");
      assertThat(r.code()).as(key + r.err()).isZero();
      assertThat(new ObjectMapper().readTree(r.out()).get("winners")).as(key).isEqualTo(c.get("results").get(key).get("winners"));
    }
    Cli.Run toc = Cli.run("rank", resource("preflib/00002-00000001.toc").toString(), "--format", "preflib");
    assertThat(toc.code()).isZero();
    assertThat(toc.out()).startsWith("rule schulze,");
  }

  @Test
  void validate_reportsValidFilesAndEveryProblem() throws IOException {
    Cli.Run ok = Cli.run("validate", jsonLines().toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).isEqualTo("valid: ballots, ranked ballots, 3 candidates, 6 voters (3 distinct ballots)\n");
    assertThat(Cli.run("validate", resource("preflib/00007-00000008.soi").toString()).out()).startsWith("valid: preflib soi, ranked ballots, 3 candidates");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"prioritization/1\", \"kind\": \"profile\", \"ballotKind\": \"ranked\", "
        + "\"candidates\": [\"A\", \"B\"], \"ballots\": [{\"ranking\": [[\"X\"]], \"count\": 1}, {\"ranking\": [[\"A\"]], \"count\": \"two\"}], \"colour\": 1}");
    Cli.Run r = Cli.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().lines().count()).isGreaterThanOrEqualTo(3);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).startsWith("$"));
    assertThat(r.out()).contains("colour", "ballots[0]", "ballots[1]");
    assertThat(r.err().lines()).hasSize(1);
    Path badLines = dir.resolve("bad.jsonl");
    Files.writeString(badLines, "{\"format\": \"prioritization/1\", \"kind\": \"ballots\", \"ballotKind\": \"ranked\", \"candidates\": [\"A\"]}\n"
        + "{\"ranking\": [[\"Z\"]]}\n");
    Cli.Run lines = Cli.run("validate", badLines.toString());
    assertThat(lines.code()).isEqualTo(1);
    assertThat(lines.out()).contains("line 2").contains("Z");
  }

  @Test
  void compare_sideBySide_winnersAndKendall() throws IOException {
    Cli.Run r = Cli.run("compare", jsonLines().toString(), "--rules", "plurality,borda");
    assertThat(r.code()).as(r.err()).isZero();
    // plurality A > B > C; Borda {A, B} > C: the pair A-B is tied in one ranking only: 1/2
    assertThat(r.out()).contains("Winners differ:");
    assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("A\\s+1\\s+1="))
        .anySatisfy(l -> assertThat(l).matches("B\\s+2\\s+1="))
        .anySatisfy(l -> assertThat(l).matches("plurality\\s+0\\s+0\\.5"));
    Cli.Run all = Cli.run("compare", jsonLines().toString(), "--rules", "all");
    assertThat(all.code()).isZero();
    assertThat(all.out()).contains("schulze", "kemeny-young").doesNotContain("approval ");
  }

  @Test
  void errors_areOneLineWithTheRightExitCode() throws IOException {
    Path lines = jsonLines();
    Cli.Run missing = Cli.run("rank", dir.resolve("nothere.soc").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().lines()).singleElement().asString().contains("nothere.soc", "no such file");
    assertThat(missing.out()).isEmpty();

    Path garbage = dir.resolve("garbage.json");
    Files.writeString(garbage, "{\"format\": \"prioritization/1\", \"kind\": ");
    Cli.Run notJson = Cli.run("rank", garbage.toString());
    assertThat(notJson.code()).isEqualTo(1);
    assertThat(notJson.err().lines()).singleElement().asString().contains("garbage.json");

    Path wrongFormat = dir.resolve("notpreflib.soc");
    Files.writeString(wrongFormat, "this is not a PrefLib file\n");
    Cli.Run wrong = Cli.run("rank", wrongFormat.toString());
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err().lines()).singleElement().asString().contains("notpreflib.soc");

    Cli.Run unknownRule = Cli.run("rank", lines.toString(), "--rule", "no-such-rule");
    assertThat(unknownRule.code()).isEqualTo(2);
    assertThat(unknownRule.err().lines()).singleElement().asString().contains("unknown rule 'no-such-rule'");

    Cli.Run cannot = Cli.run("rank", resource("preflib/00007-00000008.soi").toString(), "--rule", "borda");
    assertThat(cannot.code()).isEqualTo(1);
    assertThat(cannot.err().lines()).singleElement().asString().contains("rule borda cannot rank these ballots");

    Cli.Run wrongKind = Cli.run("rank", lines.toString(), "--rule", "approval");
    assertThat(wrongKind.code()).isEqualTo(1);
    assertThat(wrongKind.err().lines()).singleElement().asString().contains("approval");

    for (String[] args : List.of(new String[] {"rank"}, new String[] {"rank", "x.txt"},
        new String[] {"rank", lines.toString(), "--tie-break", "coin"}, new String[] {"frobnicate"},
        new String[] {"batch", "--input", lines.toString()}, new String[] {"compare", lines.toString(), "--rules", "borda,nope"})) {
      Cli.Run r = Cli.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().lines()).as(String.join(" ", args)).hasSize(1);
    }
    for (String[] args : List.of(new String[] {"validate", dir.resolve("none.json").toString()},
        new String[] {"batch", "--input", dir.resolve("none.jsonl").toString(), "--output", dir.resolve("o.jsonl").toString()},
        new String[] {"compare", dir.resolve("none.soc").toString(), "--rules", "all"})) {
      Cli.Run r = Cli.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.err().lines()).as(String.join(" ", args)).hasSize(1);
    }
  }

  @Test
  void kendall_countsOppositePairsAndHalfForTiesInOne() {
    List<String> c = List.of("A", "B", "C", "D");
    var strict = dk.prioritization.core.Ranking.strict(c);
    var reversed = dk.prioritization.core.Ranking.strict(List.of("D", "C", "B", "A"));
    var allTied = new dk.prioritization.core.Ranking<>(List.of(Set.copyOf(c)));
    assertThat(CompareCommand.decimal(strict.kendallDistance(strict))).isEqualTo("0");
    assertThat(CompareCommand.decimal(strict.kendallDistance(reversed))).isEqualTo("6");
    assertThat(CompareCommand.decimal(strict.kendallDistance(allTied))).isEqualTo("3");
    assertThat(CompareCommand.decimal(allTied.kendallDistance(allTied))).isEqualTo("0");
  }
}
