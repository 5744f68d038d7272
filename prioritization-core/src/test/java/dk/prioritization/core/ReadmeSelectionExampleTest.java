package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.budget.BudgetInstance;
import dk.prioritization.core.budget.BudgetSelection;
import dk.prioritization.core.budget.Knapsack;
import dk.prioritization.core.committee.Committee;
import dk.prioritization.core.committee.Pav;
import dk.prioritization.core.committee.Proportionality;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Selecting a set" example does what it says. */
class ReadmeSelectionExampleTest {

  @Test
  void committeeAndBudget_asDocumented() {
    ApprovalProfile<String> votes = Profile.approval(List.of("T1", "T2", "T3", "T4"))
        .add(ApprovalBallot.of("T1", "T2"), 6)
        .add(ApprovalBallot.of("T3"), 4)
        .build();
    // PAV, 2 seats: {T1, T2} scores 6·(1 + 1/2) = 9; {T1, T3} scores 6 + 4 = 10; so T1 and T3.
    Committee<String> two = Pav.exact().select(votes, 2);
    assertThat(two.members()).containsExactly("T1", "T3");
    assertThat(two.score()).contains(Rational.of(10));
    assertThat(Proportionality.extendedJustifiedRepresentation(votes, two.members())).isEmpty();
    // Capacity 10 person-months: T1 costs 6, T2 4, T3 8, T4 1. The best fit by approvals is
    // T1 + T2 (12 approvals, cost 10), not T3 + T4 (4 approvals) nor T1 + T4 (6).
    BudgetSelection<String> fit = Knapsack.rule().select(votes,
        BudgetInstance.of(Map.of("T1", 6L, "T2", 4L, "T3", 8L, "T4", 1L), 10));
    assertThat(fit.chosen()).containsExactlyInAnyOrder("T1", "T2");
    assertThat(fit.budgetLeft()).isZero();
  }
}
