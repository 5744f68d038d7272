package dk.prioritization.portfolio.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ProblemTooLargeException;
import dk.prioritization.core.budget.GreedyByVotes;
import dk.prioritization.core.budget.Knapsack;
import dk.prioritization.core.committee.ApprovalTopK;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/**
 * Bad questions to a round's selection: one test per kind, each naming what is wrong. The round
 * is {@link SmallBoard}'s, whose seven active tasks T1-T7 have no costs unless a test gives them.
 */
class SelectionValidationTest {
  private static Round round(Portfolio p) {
    return Round.builder(p).nominate("CEO", "T1", "T2").nominate("DIR-BU", "T1", "T6").build();
  }

  /** SmallBoard with a cost on every active task, T1 = 1 ... T7 = 7. */
  private static Portfolio costed() {
    Portfolio p = SmallBoard.portfolio();
    for (int i = 1; i <= 7; i++) {
      p = p.apply(Change.SetTaskCost.of("T" + i, i), "");
    }
    return p;
  }

  @Test
  void select_kZero_rejected() {
    assertThatThrownBy(() -> round(SmallBoard.portfolio()).select(ApprovalTopK.rule(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k is 0; ask for 1 to the 7 active tasks of portfolio version 1");
  }

  @Test
  void select_kAboveTheActiveTasks_rejected() {
    assertThatThrownBy(() -> round(SmallBoard.portfolio()).select(ApprovalTopK.rule(), 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k is 8; ask for 1 to the 7 active tasks of portfolio version 1");
  }

  @Test
  void fitCapacity_zero_rejected() {
    assertThatThrownBy(() -> round(costed()).fitCapacity(GreedyByVotes.rule(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("capacity must be positive but was: 0");
  }

  @Test
  void fitCapacity_negative_rejected() {
    assertThatThrownBy(() -> round(costed()).fitCapacity(GreedyByVotes.rule(), -5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("capacity must be positive but was: -5");
  }

  @Test
  void fitCapacity_aTaskWithoutCost_rejectedNamingIt() {
    Portfolio p = costed().apply(Change.SetTaskCost.clear("T4"), "Estimate withdrawn");
    RoundException e = assertThatExceptionOfType(RoundException.class)
        .isThrownBy(() -> round(p).fitCapacity(GreedyByVotes.rule(), 10)).actual();
    assertThat(e.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.kind()).isEqualTo(RoundProblem.Kind.MISSING_COST);
      assertThat(pr.task()).contains("T4");
      assertThat(pr.member()).isEmpty();
      assertThat(pr.message()).isEqualTo("task 'T4' (Staff retention) has no cost; to fit a capacity every active"
          + " task needs one (Change.SetTaskCost)");
    });
    assertThat(e.getMessage()).startsWith("the round has 1 problem:");
  }

  @Test
  void fitCapacity_noCostsAtAll_namesEveryActiveTask() {
    RoundException e = assertThatExceptionOfType(RoundException.class)
        .isThrownBy(() -> round(SmallBoard.portfolio()).fitCapacity(GreedyByVotes.rule(), 10)).actual();
    // T8 is retired: no candidate, so its missing cost does not matter
    assertThat(e.problems()).extracting(pr -> pr.task().orElseThrow())
        .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7");
  }

  @Test
  void fitCapacity_beyondWhatTheKnapsackTableTakes_refusedByTheRule() {
    assertThatThrownBy(() -> round(costed()).fitCapacity(Knapsack.rule(), Integer.MAX_VALUE))
        .isInstanceOf(ProblemTooLargeException.class);
  }
}
