package dk.prioritization.benchmarks;

import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.budget.BudgetInstance;
import dk.prioritization.core.budget.BudgetSelection;
import dk.prioritization.core.budget.EqualSharesBudget;
import dk.prioritization.core.committee.Committee;
import dk.prioritization.core.committee.EqualShares;
import dk.prioritization.core.committee.Pav;
import dk.prioritization.core.generate.ImpartialApproval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long do exact PAV (k = 9 of 50 candidates, 1,000 voters) and the Method of Equal Shares
 * (100 projects, 10,000 voters) take on one core?
 *
 * <p>Fixtures, built once per trial from seed 20261123: {@link #pavExact} counts 1,000 impartial
 * approval ballots over 50 candidates, each candidate approved with probability 0.1 (five
 * approvals a ballot on average); {@link #equalSharesCommittee} chooses 10 of 100 candidates from
 * 10,000 ballots approving each with probability 0.05; {@link #equalSharesBudget} spends a budget
 * of 1,000 on the same 100 projects with seeded costs from 10 to 100. Average time per call, one
 * thread, after 3 warm-up iterations of 2 s (5 measured); a call that takes longer than an
 * iteration makes the iteration one call long.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CommitteeBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CommitteeBenchmark {
  static final long SEED = 20_261_123L;

  ApprovalProfile<String> fifty;
  ApprovalProfile<String> hundred;
  BudgetInstance<String> costs;

  /** Builds the profiles and the costs; not measured. */
  @Setup(Level.Trial)
  public void setUp() {
    fifty = ImpartialApproval.of(SeededRandom.candidates(50), 0.1).generate(1_000, SEED);
    List<String> projects = SeededRandom.candidates(100);
    hundred = ImpartialApproval.of(projects, 0.05).generate(10_000, SEED);
    SeededRandom random = new SeededRandom(SEED);
    Map<String, Long> cost = new LinkedHashMap<>();
    for (String p : projects) {
      cost.put(p, 10L + random.nextInt(91));
    }
    costs = BudgetInstance.of(cost, 1_000);
  }

  /**
   * Exact PAV, 9 of 50.
   *
   * @return the committee
   */
  @Benchmark
  public Committee<String> pavExact() {
    return Pav.exact().select(fifty, 9);
  }

  /**
   * Equal Shares with completion, 10 of 100.
   *
   * @return the committee
   */
  @Benchmark
  public Committee<String> equalSharesCommittee() {
    return EqualShares.withCompletion().select(hundred, 10);
  }

  /**
   * Equal Shares with costs, 100 projects.
   *
   * @return the selection
   */
  @Benchmark
  public BudgetSelection<String> equalSharesBudget() {
    return EqualSharesBudget.rule().select(hundred, costs);
  }
}
