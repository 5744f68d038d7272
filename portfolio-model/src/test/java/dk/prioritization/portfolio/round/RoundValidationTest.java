package dk.prioritization.portfolio.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.positional.Borda;
import dk.prioritization.portfolio.Portfolio;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per kind of bad input; each message names the member and the task at fault. */
class RoundValidationTest {
  private final Portfolio portfolio = SmallBoard.portfolio();

  private RoundException fail(Round.Builder builder) {
    return assertThatExceptionOfType(RoundException.class).isThrownBy(builder::build).actual();
  }

  @Test
  void aSixthNomination() {
    RoundException e = fail(Round.builder(portfolio).nominate("DIR-BU", "T1", "T2", "T3", "T4", "T5", "T6"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.TOO_MANY_NOMINATIONS);
      assertThat(p.member()).contains("DIR-BU");
      assertThat(p.task()).contains("T6");
      assertThat(p.message()).isEqualTo("member 'DIR-BU' nominates 6 tasks; at most 5 are allowed, so the sixth"
          + " nomination, task 'T6', is one too many");
    });
  }

  @Test
  void tooManyUnderASmallerMaximum() {
    RoundException e = fail(Round.builder(portfolio).policy(NominationPolicy.standard().withMaxPerMember(2))
        .nominate("CEO", "T1", "T2", "T3"));
    assertThat(e.problems()).singleElement().extracting(RoundProblem::message)
        .isEqualTo("member 'CEO' nominates 3 tasks; at most 2 are allowed, so the third nomination, task 'T3', is one"
            + " too many");
  }

  @Test
  void unknownTask() {
    RoundException e = fail(Round.builder(portfolio).nominate("DIR-BU", "T1", "T-99"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.UNKNOWN_TASK);
      assertThat(p.message()).isEqualTo("member 'DIR-BU' nominates unknown task 'T-99'");
      assertThat(p.task()).contains("T-99");
    });
  }

  @Test
  void retiredTask() {
    RoundException e = fail(Round.builder(portfolio).nominate("CEO", "T8"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.RETIRED_TASK);
      assertThat(p.message()).isEqualTo("member 'CEO' nominates retired task 'T8' (merged into 'T1')");
    });
  }

  @Test
  void duplicateTask() {
    RoundException e = fail(Round.builder(portfolio).nominate("DIR-HE", "T2", "T3", "T2"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.DUPLICATE_TASK);
      assertThat(p.message()).isEqualTo("member 'DIR-HE' nominates task 'T2' twice");
    });
  }

  @Test
  void memberNotOnTheBoard() {
    RoundException e = fail(Round.builder(portfolio).nominate("DIR-XX", "T1"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.UNKNOWN_MEMBER);
      assertThat(p.member()).contains("DIR-XX");
      assertThat(p.message()).isEqualTo("member 'DIR-XX' is not on the board of portfolio version 1 but nominates"
          + " tasks");
    });
  }

  @Test
  void memberNominatingTwice() {
    RoundException e = fail(Round.builder(portfolio).nominate("CEO", "T1").nominate("CEO", "T2"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.NOMINATES_TWICE);
      assertThat(p.message()).isEqualTo("member 'CEO' nominates twice; give each member's nominations in one list");
    });
  }

  @Test
  void ownDepartmentTaskWhenNotAllowed() {
    RoundException e = fail(Round.builder(portfolio).policy(NominationPolicy.standard().withOwnDepartmentAllowed(false))
        .nominate("DIR-CY", "T1", "T4"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.OWN_DEPARTMENT);
      assertThat(p.member()).contains("DIR-CY");
      assertThat(p.task()).contains("T4");
      assertThat(p.message()).isEqualTo("member 'DIR-CY' nominates task 'T4' of their own department 'Children';"
          + " this round does not allow that");
    });
  }

  @Test
  void rankedRuleForUnrankedNominations() {
    RoundException e = fail(Round.builder(portfolio).rule(Borda.modified()).nominate("CEO", "T1"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.WRONG_BALLOT_KIND);
      assertThat(p.member()).isEmpty();
      assertThat(p.message()).isEqualTo("rule 'borda-modified' counts ranked ballots, but unranked nominations make"
          + " approval ballots");
    });
  }

  @Test
  void approvalRuleForRankedNominations() {
    RoundException e = fail(Round.builder(portfolio).policy(NominationPolicy.standard().withRanked(true))
        .rule(Approval.rule()).nominate("CEO", "T1"));
    assertThat(e.problems()).singleElement().extracting(RoundProblem::message)
        .isEqualTo("rule 'approval' counts approval ballots, but ranked nominations make ranked ballots");
  }

  @Test
  void ruleThatRefusesTruncatedNominations() {
    // Borda's own count needs complete ballots; five of seven tasks is truncated.
    RoundException e = fail(Round.builder(portfolio).policy(NominationPolicy.standard().withRanked(true))
        .rule(Borda.standard()).nominate("CEO", "T1", "T2"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.RULE_REFUSED);
      assertThat(p.message()).startsWith("rule 'borda' refuses the nominations: ").contains("ranks only 2 of 7");
    });
  }

  @Test
  void nobodyNominates() {
    RoundException e = fail(Round.builder(portfolio));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(RoundProblem.Kind.NOTHING_TO_COUNT);
      assertThat(p.message()).startsWith("no member nominates");
    });
  }

  @Test
  void anEmptyListIsANomination() {
    Round round = Round.builder(portfolio).nominate("CEO").build();
    assertThat(round.nominations()).singleElement().satisfies(n -> assertThat(n.tasks()).isEmpty());
    assertThat(round.priorityList().tierCount()).isEqualTo(1);
  }

  @Test
  void everyProblemAtOnce() {
    RoundException e = fail(Round.builder(portfolio).policy(NominationPolicy.standard().withOwnDepartmentAllowed(false))
        .nominate("DIR-BU", "T1", "T2", "T3", "T4", "T5", "T6")
        .nominate("CEO", "T-99", "T8", "T1", "T1")
        .nominate("DIR-XX", "T1")
        .nominate("CEO", "T2"));
    // DIR-BU: six nominations (T6 the sixth) and own-department T5, T6. CEO: unknown T-99, retired
    // T8, duplicate T1. DIR-XX not on the board. CEO nominates twice.
    assertThat(e.problems()).extracting(RoundProblem::kind).containsExactly(
        RoundProblem.Kind.TOO_MANY_NOMINATIONS, RoundProblem.Kind.OWN_DEPARTMENT, RoundProblem.Kind.OWN_DEPARTMENT,
        RoundProblem.Kind.UNKNOWN_TASK, RoundProblem.Kind.RETIRED_TASK, RoundProblem.Kind.DUPLICATE_TASK,
        RoundProblem.Kind.UNKNOWN_MEMBER, RoundProblem.Kind.NOMINATES_TWICE);
    assertThat(e.problems()).extracting(RoundProblem::member).containsExactly(Optional.of("DIR-BU"),
        Optional.of("DIR-BU"), Optional.of("DIR-BU"), Optional.of("CEO"), Optional.of("CEO"), Optional.of("CEO"),
        Optional.of("DIR-XX"), Optional.of("CEO"));
    assertThat(e.getMessage()).startsWith("the round has 8 problems:");
  }
}
