package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.pairwise.KemenyYoung;
import dk.prioritization.core.pairwise.PairwiseTally;
import dk.prioritization.core.pairwise.Schulze;
import dk.prioritization.core.pairwise.Unranked;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.runoff.InstantRunoff;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's examples do what the README says they do. */
class ReadmeExamplesTest {
  private static final List<String> TASKS = List.of("Budget process", "Digital services", "Recruitment", "Climate plan");

  private static ApprovalProfile<String> nominations() {
    return Profile.approval(TASKS).cap(5)
        .add(ApprovalBallot.of("Budget process", "Recruitment"))
        .add(ApprovalBallot.of("Recruitment", "Climate plan"))
        .add(ApprovalBallot.of("Budget process", "Digital services", "Recruitment"))
        .build();
  }

  @Test
  void thirtySecondExample_approval() {
    Result<String> result = Approval.withCap(5).rank(nominations());
    assertThat(result.ranking().toString()).isEqualTo("Recruitment > Budget process > {Digital services, Climate plan}");
    assertThat(result.scores().toString()).startsWith("{Budget process=2, Digital services=1, ");
    assertThat(result.explain(Locale.forLanguageTag("da"))).contains("Optalt godkendelser");
    assertThat(result.fingerprint()).hasSize(64);

    Result<String> strict = Approval.withCap(5).rank(nominations(), TieBreaker.candidateOrder());
    assertThat(strict.tieBreaks()).singleElement()
        .satisfies(t -> assertThat(t.tied()).containsExactly("Digital services", "Climate plan"));
  }

  @Test
  void rankedExample_symmetricCountsStandardRefusesNamingTheBallot() {
    RankedProfile<String> ranked = Profile.ranked(List.of("A", "B", "C", "D"))
        .add(RankedBallot.of("A", "B", "C", "D"), 40)
        .add(RankedBallot.of("B", "C"), 25)
        .add(RankedBallot.ofTiers(List.of(List.of("C", "D"), List.of("A"))), 10)
        .build();
    // Below minus above, m = 4. A>B>C>D (40): A 3, B 1, C -1, D -3. B>C (25): B 3, C 1, A -2, D -2.
    // {C,D}>A (10): C 2, D 2, A 1-2 = -1, B -3. A 120-50-10 = 60, B 40+75-30 = 85, C -40+25+20 = 5,
    // D -120-50+20 = -150.
    assertThat(Borda.symmetric().rank(ranked).winners()).isEqualTo(Set.of("B"));
    assertThat(Borda.symmetric().rank(ranked).score("A")).isEqualTo(Rational.of(60));
    assertThatThrownBy(() -> Borda.standard().rank(ranked))
        .isInstanceOf(UnsupportedBallotException.class)
        .hasMessageContaining("'B > C'");
  }

  @Test
  void condorcetExample_majorityPrefersAWhileBordaPrefersB() {
    RankedProfile<String> ranked = Profile.ranked(List.of("A", "B", "C", "D"))
        .add(RankedBallot.of("A", "B", "C", "D"), 40)
        .add(RankedBallot.of("B", "C"), 25)
        .add(RankedBallot.ofTiers(List.of(List.of("C", "D"), List.of("A"))), 10)
        .build();
    // Unranked below: A>B by 40 + 10 (B unranked on the third ballot) against 25; A>C 40 against
    // 25 + 10; A>D 40 against 10; B>C 65 against 10; B>D 65 against 10; C>D 65, the third ballot
    // ties them. So A > B > C > D is the majority order, every margin positive.
    PairwiseTally<String> tally = PairwiseTally.of(ranked);
    assertThat(tally.margin("A", "B")).isEqualTo(25);
    assertThat(tally.margin("A", "C")).isEqualTo(5);
    assertThat(tally.margin("C", "D")).isEqualTo(65);
    assertThat(tally.condorcetWinner()).contains("A");
    assertThat(tally.smithSet()).containsExactly("A");
    assertThat(Schulze.rule().rank(ranked).winners()).containsExactly("A");
    // First places 40, 25, and 10 for each of C and D (a tie gives each a full vote): C and D go
    // together; then the third ballot counts for A: A 50, B 25.
    String irv = InstantRunoff.standard().rank(ranked).explain(Locale.ENGLISH);
    assertThat(irv).contains("Round 1").contains("Eliminated: C & D").contains("Eliminated: B");
    assertThat(KemenyYoung.rule().rank(ranked).ranking().toString()).isEqualTo("A > B > C > D");
    Ranking<String> overall = Schulze.rule().rank(PairwiseTally.of(ranked).merge(PairwiseTally.of(ranked)));
    assertThat(overall.winners()).containsExactly("A");
    // Incomparable: A>B 40 to 0, A>C 40 to 10, A>D 40 to 10: A still wins.
    assertThat(Schulze.rule().withUnranked(Unranked.INCOMPARABLE).rank(ranked).winners()).containsExactly("A");
    assertThat(Borda.symmetric().rank(ranked).winners()).containsExactly("B");
  }

  @Test
  void researcherExample_everyRankedRuleRanksOrRefusesByName() {
    RankedProfile<Integer> p = dk.prioritization.core.generate.Mallows.of(List.of(1, 2, 3, 4, 5), 0.4)
        .withTruncation(0.2)
        .generate(1_000, 42L);
    assertThat(p.voterCount()).isEqualTo(1_000);
    assertThat(p.isTruncated()).isTrue();
    int ranked = 0;
    int refused = 0;
    for (Rule rule : RuleRegistry.standard().rules(BallotKind.RANKED)) {
      try {
        assertThat(rule.rank(p).ranking().candidates()).hasSize(5);
        ranked++;
      } catch (UnsupportedBallotException e) {
        assertThat(e.getMessage()).startsWith("rule " + rule.id() + " cannot count the ballot");
        refused++;
      }
    }
    assertThat(ranked).isPositive();
    assertThat(refused).isPositive(); // borda and anti-plurality refuse truncated ballots
  }
}
