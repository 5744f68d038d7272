package dk.prioritization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.json.PrioritizationModule;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.round.Round;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prioritize select}: committees and budgets from approval ballot files, and every usage and input error. */
class SelectCommandTest {
  @TempDir
  Path dir;

  /**
   * Six voters approve {a, b, c}, four approve {d}. By hand, for two seats: seq-Phragmén elects a
   * (load 1/6; tied with b and c), then d (load 1/4; b or c would need 1/3), so b is next out;
   * exact PAV: {a, d} scores 6 + 4 = 10, {a, b} only 9.
   */
  private Path ballots() throws IOException {
    Path f = dir.resolve("approvals.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"format\": \"prioritization/1\", \"kind\": \"ballots\", \"ballotKind\": \"approval\", \"candidates\": [\"a\", \"b\", \"c\", \"d\"]}",
        "{\"approved\": [\"a\", \"b\", \"c\"], \"count\": 6}",
        "{\"approved\": [\"d\"], \"count\": 4}", ""), StandardCharsets.UTF_8);
    return f;
  }

  /** Costs a 6, b 5, c 5, d 1: the knapsack of budget 10 takes {b, c} (12 approvals), a is the most approved left out. */
  private Path costs() throws IOException {
    Path f = dir.resolve("costs.json");
    Files.writeString(f, "{\"a\": 6, \"b\": 5, \"c\": 5, \"d\": 1}", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void committee_defaultRuleIsSequentialPhragmen() throws IOException {
    Cli.Run r = Cli.run("select", ballots().toString(), "--size", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("rule seq-phragmen, a committee of 2 from 4 candidates, 10 voters, score 1/4")
        .contains("1     a          elected in round 1: its approvers then carry load 1/6 each")
        .contains("2     d          elected in round 2: its approvers then carry load 1/4 each")
        .contains("next one out: b: not elected: elected next, it would give its approvers load 1/3 each");
  }

  @Test
  void committee_namedRule_danish_explained() throws IOException {
    Cli.Run r = Cli.run("select", ballots().toString(), "--size", "2", "--rule", "pav", "--lang", "da", "--explain");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("rule pav, a committee of 2 from 4 candidates, 10 voters, score 10")
        .contains("i den bedste komité: uden den ville PAV-scoren falde med 6")
        .contains("branch and bound");
  }

  @Test
  void committee_csvListsEveryCandidate() throws IOException {
    Cli.Run r = Cli.run("select", ballots().toString(), "--size", "2", "--rule", "av-committee", "--output", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "candidate,chosen,position,cost,reason",
        "a,true,1,,\"elected: 6 approvals, seat 1 of 2\"",
        "b,true,2,,\"elected: 6 approvals, seat 2 of 2\"",
        "c,false,,,\"not elected: 6 approvals, as many as the last seat; left out by candidate order\"",
        "d,false,,,\"not elected: 4 approvals, the last seat had 6\"");
  }

  @Test
  void budget_knapsackWithACostsFile() throws IOException {
    Cli.Run r = Cli.run("select", ballots().toString(), "--budget", "10", "--costs", costs().toString(),
        "--rule", "knapsack");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("rule knapsack, budget 10, 4 candidates, 10 voters")
        .contains("spent 10 of 10, 0 left")
        .contains("next one out: a (costs 6): not in the best set");
    assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).startsWith("1  b          5"))
        .anySatisfy(l -> assertThat(l).startsWith("2  c          5"));
  }

  @Test
  void budget_defaultRuleIsEqualSharesAndCostOptionsOverrideTheFile() throws IOException {
    // with d free: d is chosen first, free of charge; then each of the ten voters holds 1, and
    // the six {a, b, c} voters can pay 6 for one of them: a, b and c each cost 6 now
    Cli.Run r = Cli.run("select", ballots().toString(), "--budget", "10", "--costs", costs().toString(),
        "--cost", "d=0", "--cost", "b=6", "--cost", "c=6", "--output", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).contains("d,true,1,0,chosen in round 1: costs nothing")
        .anySatisfy(l -> assertThat(l).startsWith("a,true,2,6,"));
  }

  @Test
  void usageErrors() throws IOException {
    String f = ballots().toString();
    assertThat(Cli.run("select", f).err()).contains("give exactly one of --size K");
    assertThat(Cli.run("select", f, "--size", "2", "--budget", "3").code()).isEqualTo(2);
    assertThat(Cli.run("select", f, "--budget", "3", "--rule", "pav").err())
        .contains("'pav' is a committee rule: give --size K, not --budget");
    assertThat(Cli.run("select", f, "--size", "2", "--rule", "knapsack").code()).isEqualTo(2);
    assertThat(Cli.run("select", f, "--size", "2", "--rule", "pavv").err()).contains("unknown committee rule 'pavv'");
    assertThat(Cli.run("select", f, "--size", "5").err()).contains("--size 5 must be from 1 to the 4 candidates");
    Cli.Run zero = Cli.run("select", f, "--budget", "0", "--costs", costs().toString());
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--budget 0 must be positive");
    assertThat(Cli.run("select", f, "--size", "2", "--output", "json").err())
        .contains("--output json writes a round's selection document");
    assertThat(Cli.run("select", f, "--size", "2", "--cost", "a=1").err()).contains("costs are only used with --budget");
    assertThat(Cli.run("select", f, "--budget", "9", "--cost", "a").err()).contains("--cost 'a' must be NAME=COST");
    assertThat(Cli.run("select", f, "--budget", "9", "--cost", "a=x").code()).isEqualTo(2);
    assertThat(Cli.run("rank", f, "--rule", "seq-pav").err())
        .contains("'seq-pav' chooses a set, it does not rank: use 'prioritize select --rule seq-pav'");
  }

  @Test
  void inputErrors_nameTheOffendingElement() throws IOException {
    String f = ballots().toString();
    Cli.Run missing = Cli.run("select", f, "--budget", "10", "--cost", "a=6");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no cost is given for b, c, d");
    Cli.Run unknown = Cli.run("select", f, "--budget", "10", "--costs", costs().toString(), "--cost", "e=1");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("a cost is given for 'e', which is not a candidate");
    Cli.Run negative = Cli.run("select", f, "--budget", "10", "--costs", costs().toString(), "--cost", "b=-2");
    assertThat(negative.code()).isEqualTo(1);
    assertThat(negative.err()).contains("b");
    Path fractional = dir.resolve("fractional.json");
    Files.writeString(fractional, "{\"a\": 6.5}");
    assertThat(Cli.run("select", f, "--budget", "10", "--costs", fractional.toString()).err())
        .contains("$.a: the cost must be a whole number, not 6.5");
    Path notObject = dir.resolve("list.json");
    Files.writeString(notObject, "[6, 5]");
    assertThat(Cli.run("select", f, "--budget", "10", "--costs", notObject.toString()).err())
        .contains("the costs must be a JSON object");
    Path ranked = dir.resolve("ranked.jsonl");
    Files.writeString(ranked, "{\"format\": \"prioritization/1\", \"kind\": \"ballots\", \"ballotKind\": \"ranked\", "
        + "\"candidates\": [\"A\", \"B\"]}\n{\"ranking\": [[\"A\"], [\"B\"]]}\n");
    Cli.Run wrongKind = Cli.run("select", ranked.toString(), "--size", "1");
    assertThat(wrongKind.code()).isEqualTo(1);
    assertThat(wrongKind.err()).contains("selection needs approval ballots, but the file holds ranked ballots");
  }

  private Path exampleRound() throws IOException {
    Path f = dir.resolve("round.json");
    Round.Builder builder = Round.builder(NorddjursExample.portfolio());
    NorddjursExample.nominations().forEach(builder::nominate);
    new ObjectMapper().registerModule(new PrioritizationModule()).writeValue(f.toFile(), builder.build());
    return f;
  }

  /**
   * The example round's nominations, by hand (NorddjursSelectionTest in portfolio-model works
   * them out): approvals T-04 5, T-30 3, T-05, T-14 and T-25 2, the rest at most 1; greedy by
   * approvals within 35 person-months takes T-04 (6), T-30 (15), T-05 (8), skips T-14 (12) and
   * T-25 (11), takes T-03 (3) and T-10 (2): 34, with T-14 next out.
   */
  @Test
  void round_selectionUsesTheNominationsAndTheTaskCosts() throws IOException {
    String f = exampleRound().toString();
    Cli.Run greedy = Cli.run("select", f, "--budget", "35", "--rule", "greedy-approval");
    assertThat(greedy.code()).as(greedy.err()).isZero();
    assertThat(greedy.out()).contains("The tasks that fit the capacity 35 person-months by greedy-approval:")
        .contains("Total cost: 34 person-months, left: 1 person-months")
        .contains("Next one out: T-14 Rekruttering og fastholdelse af medarbejdere: does not fit: costs 12, 6 left");
    Cli.Run top = Cli.run("select", f, "--size", "2", "--rule", "av-committee", "--output", "csv");
    assertThat(top.out().lines()).contains("T-04,true,1,6,\"elected: 5 approvals, seat 1 of 2\"",
        "T-30,true,2,15,\"elected: 3 approvals, seat 2 of 2\"");
    Path json = dir.resolve("selection.json");
    Files.writeString(json, Cli.run("select", f, "--size", "5", "--output", "json").out());
    assertThat(Cli.run("validate", json.toString()).out()).contains("valid: selection");
    assertThat(Cli.run("select", f, "--size", "2", "--explain").out()).contains("Not chosen:", "By focus area:");
  }

  @Test
  void round_errors() throws IOException {
    String f = exampleRound().toString();
    assertThat(Cli.run("select", f, "--size", "99").err()).contains("k is 99; ask for 1 to the 33 active tasks");
    assertThat(Cli.run("select", f, "--budget", "5", "--cost", "T-01=3").err())
        .contains("a round takes its costs from the portfolio's tasks");
    // the same round with T-04's cost removed: a budget rule cannot run, a committee rule can
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(Files.readString(Path.of(f)));
    root.findParents("id").stream().filter(n -> n.get("id").asText().equals("T-04") && n.has("cost"))
        .forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("cost"));
    Path uncosted = dir.resolve("uncosted.json");
    mapper.writeValue(uncosted.toFile(), root);
    Cli.Run missing = Cli.run("select", uncosted.toString(), "--budget", "35");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("T-04");
    assertThat(Cli.run("select", uncosted.toString(), "--size", "3").code()).isZero();
  }
}
