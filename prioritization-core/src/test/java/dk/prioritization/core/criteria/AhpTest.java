package dk.prioritization.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AhpTest {
  private static final double T = 1.0 / 3;
  private static final double F = 1.0 / 5;

  // T. L. Saaty, "How to make a decision: the analytic hierarchy process", EJOR 48 (1990) 9-26,
  // Table 2, the house example: the eight criteria compared pairwise by the family (the same
  // matrix is Table 1 of Saaty, "Decision-making with the AHP: why is the principal eigenvector
  // necessary", EJOR 145 (2003) 85-91). The paper gives the priority vector
  // (.173, .054, .188, .018, .031, .036, .167, .333), lambda max 9.669, C.I. 0.238 and C.R. 0.169:
  // inconsistent by the 10% rule.
  static final List<String> HOUSE =
      List.of("size", "transportation", "neighbourhood", "age", "yard", "modern", "condition", "financing");
  static final double[][] HOUSE_MATRIX = {
      {1, 5, 3, 7, 6, 6, T, 1.0 / 4},
      {F, 1, T, 5, 3, 3, F, 1.0 / 7},
      {T, 3, 1, 6, 3, 4, 6, F},
      {1.0 / 7, F, 1.0 / 6, 1, T, 1.0 / 4, 1.0 / 7, 1.0 / 8},
      {1.0 / 6, T, T, 3, 1, 1.0 / 2, F, 1.0 / 6},
      {1.0 / 6, T, 1.0 / 4, 4, 2, 1, F, 1.0 / 6},
      {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
      {4, 7, 5, 8, 6, 6, 2, 1}};

  @Test
  void saatysHouseExample() {
    Ahp<String> a = Ahp.of(HOUSE, HOUSE_MATRIX);
    double[] paper = {.173, .054, .188, .018, .031, .036, .167, .333};
    for (int i = 0; i < paper.length; i++) {
      assertThat(a.priorities().get(HOUSE.get(i))).as(HOUSE.get(i)).isCloseTo(paper[i], within(0.0005));
    }
    assertThat(a.lambdaMax()).isCloseTo(9.669, within(0.0005));
    assertThat(a.consistencyIndex()).isCloseTo(0.238, within(0.0005));
    assertThat(a.consistencyRatio()).isCloseTo(0.169, within(0.0005));
    assertThat(a.randomIndex()).isEqualTo(1.41);
    assertThat(a.consistent()).isFalse();
    assertThat(a.message()).isEqualTo(new Text(
        "inconsistent: CR = 0.169 \u2265 0.10; revise the comparisons before using the priorities",
        "inkonsistent: CR = 0,169 \u2265 0,10; revidér sammenligningerne, før prioriteterne bruges"));
  }

  @Test
  void exactFractionsGiveTheSameAnswer() {
    Rational[][] r = new Rational[HOUSE.size()][HOUSE.size()];
    long[][] num = {{1, 5, 3, 7, 6, 6, 1, 1}, {1, 1, 1, 5, 3, 3, 1, 1}, {1, 3, 1, 6, 3, 4, 6, 1},
        {1, 1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 3, 1, 1, 1, 1}, {1, 1, 1, 4, 2, 1, 1, 1},
        {3, 5, 1, 7, 5, 5, 1, 1}, {4, 7, 5, 8, 6, 6, 2, 1}};
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < r.length; j++) {
        r[i][j] = num[i][j] > 1 || i == j ? Rational.of(num[i][j]) : null;
      }
    }
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < r.length; j++) {
        if (r[i][j] == null) {
          r[i][j] = Rational.of(r[j][i].denominator(), r[j][i].numerator());
        }
      }
    }
    assertThat(Ahp.exact(HOUSE, r).consistencyRatio()).isCloseTo(0.169, within(0.0005));
  }

  @Test
  void aThreeDecimalReciprocalIsAccepted() {
    Ahp<String> a = Ahp.of(List.of("x", "y"), new double[][] {{1, 3}, {0.333, 1}});
    assertThat(a.consistent()).isTrue();
    assertThat(a.consistencyRatio()).isZero();
  }

  @Test
  void aNonReciprocalMatrixIsRefusedNamingTheCell() {
    double[][] m = {{1, 3, 5}, {T, 1, 2}, {F, 2, 1}};
    assertThatThrownBy(() -> Ahp.of(List.of("a", "b", "c"), m))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("cell (c, b) is 2.0, not the reciprocal of cell (b, c) = 2.0")
        .satisfies(e -> assertThat(((CriteriaException) e).problem())
            .isEqualTo(CriteriaException.Problem.NOT_RECIPROCAL));
  }

  @Test
  void anExactNonReciprocalMatrixIsRefused() {
    Rational[][] m = {{Rational.ONE, Rational.of(3)}, {Rational.of(1, 2), Rational.ONE}};
    assertThatThrownBy(() -> Ahp.exact(List.of("a", "b"), m))
        .isInstanceOf(CriteriaException.class).hasMessageContaining("cell (b, a) is 1/2");
  }

  @Test
  void anEntryOffSaatysScaleIsRefused() {
    double[][] m = {{1, 12}, {1.0 / 12, 1}};
    assertThatThrownBy(() -> Ahp.of(List.of("a", "b"), m))
        .isInstanceOf(CriteriaException.class).hasMessageContaining("cell (a, b) is 12.0, off Saaty's scale");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  // A perfectly consistent matrix a[i][j] = w_i / w_j has w as its principal eigenvector and
  // lambda max = n (Saaty 1980, ch. 2), so CR = 0.
  @ParameterizedTest
  @MethodSource("seeds")
  void aConsistentMatrixReturnsItsWeights(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(10);
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 1 + r.nextInt(3); // ratios stay within 1/3..3, inside Saaty's scale
      sum += w[i];
    }
    double[][] a = new double[n][n];
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(i);
      for (int j = 0; j < n; j++) {
        a[i][j] = w[i] / w[j];
      }
    }
    Ahp<Integer> h = Ahp.of(items, a);
    Map<Integer, Double> p = h.priorities();
    for (int i = 0; i < n; i++) {
      assertThat(p.get(i)).isCloseTo(w[i] / sum, within(1e-9));
    }
    assertThat(h.lambdaMax()).isCloseTo(n, within(1e-9));
    assertThat(h.consistencyRatio()).isCloseTo(0, within(1e-9));
    assertThat(h.consistent()).isTrue();
  }
}
