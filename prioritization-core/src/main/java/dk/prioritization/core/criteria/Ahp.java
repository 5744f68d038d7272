package dk.prioritization.core.criteria;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Analytic Hierarchy Process for one comparison matrix: priorities from a reciprocal matrix of
 * pairwise judgments on Saaty's 1&ndash;9 scale, with Saaty's consistency check.
 *
 * <p><b>Definition.</b> Entry a[i][j] says how many times more important item i is than item j
 * (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, even numbers between; 1/3 etc. the
 * other way round); a[j][i] = 1 / a[i][j] and a[i][i] = 1. The priority vector is the principal
 * (Perron) eigenvector normalised to sum 1; &lambda;max its eigenvalue; the consistency index
 * CI = (&lambda;max &minus; n) / (n &minus; 1); the consistency ratio CR = CI / RI(n) with
 * Saaty's random index RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1..10.
 * The judgments count as consistent when CR &lt; 0.10 (for n &le; 2 always: CR = 0).
 *
 * <p><b>Numerics.</b> The eigenvector is found in doubles by power iteration from the uniform
 * vector until no component changes by more than 1e-12 (at most 100 000 iterations); the matrix
 * is positive, so the iteration converges (Perron&ndash;Frobenius). The priorities are therefore
 * approximations to about 1e-12, not exact.
 *
 * <p><b>Validation.</b> Entries must lie in [1/9, 9] and the diagonal be 1; given as doubles,
 * a[i][j] &middot; a[j][i] must be 1 within 1% (so 0.333 passes as 1/3); given as
 * {@link Rational}s, exactly 1. The message names the offending cell.
 *
 * <p><b>Source:</b> T. L. Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill, 1980;
 * R. W. Saaty, "The analytic hierarchy process &mdash; what it is and how it is used",
 * <i>Mathematical Modelling</i> 9, 1987 (the random index); T. L. Saaty, "How to make a
 * decision: the analytic hierarchy process", <i>European Journal of Operational Research</i> 48,
 * 1990.
 *
 * <p><b>Complexity:</b> O(n&sup2;) per iteration.
 *
 * <p><b>Properties:</b> a perfectly consistent matrix a[i][j] = w_i / w_j returns w and CR = 0;
 * priorities are ratio-scale; adding or removing an item can reverse the order of others (rank
 * reversal, Belton and Gear 1983).
 *
 * @param <C> the item type
 */
public final class Ahp<C> {
  private static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
  /** The largest consistency ratio that is still acceptable is just below this: 0.10. */
  public static final double CR_LIMIT = 0.10;
  private static final double TOLERANCE = 0.01;

  private final List<C> items;
  private final double[] priorities;
  private final double lambdaMax;

  private Ahp(List<C> items, double[] priorities, double lambdaMax) {
    this.items = items;
    this.priorities = priorities;
    this.lambdaMax = lambdaMax;
  }

  /**
   * Analyses a matrix of judgments given as decimals.
   *
   * @param items the items, in the order of rows and columns (1 to 10 of them)
   * @param matrix the judgments, row by row
   * @param <C> the item type
   * @return the analysis
   * @throws CriteriaException naming the cell that is off Saaty's scale or not reciprocal, or
   *     if the matrix is not n &times; n
   * @throws IllegalArgumentException for no items, more than 10, or repeated items
   */
  public static <C> Ahp<C> of(List<C> items, double[][] matrix) {
    List<C> it = checkItems(items);
    int n = it.size();
    double[][] a = square(it, matrix);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = a[i][j];
        if (!(v >= 1.0 / 9 * (1 - TOLERANCE) && v <= 9 * (1 + TOLERANCE))
            || i == j && Math.abs(v - 1) > TOLERANCE) {
          throw offScale(it, i, j, Double.toString(v));
        }
        if (j > i && Math.abs(v * a[j][i] - 1) > TOLERANCE) {
          throw notReciprocal(it, i, j, Double.toString(v), Double.toString(a[j][i]));
        }
      }
    }
    return solve(it, a);
  }

  /**
   * Analyses a matrix of judgments given exactly, as fractions such as 1/3.
   *
   * @param items the items, in the order of rows and columns (1 to 10 of them)
   * @param matrix the judgments, row by row
   * @param <C> the item type
   * @return the analysis
   * @throws CriteriaException naming the cell that is off Saaty's scale or not exactly
   *     reciprocal, or if the matrix is not n &times; n
   * @throws IllegalArgumentException for no items, more than 10, or repeated items
   */
  public static <C> Ahp<C> exact(List<C> items, Rational[][] matrix) {
    List<C> it = checkItems(items);
    int n = it.size();
    requireNonNull(matrix, "matrix");
    if (matrix.length != n) {
      throw new CriteriaException(CriteriaException.Problem.NOT_SQUARE,
          "the matrix has " + matrix.length + " rows for " + n + " items");
    }
    double[][] a = new double[n][];
    Rational ninth = Rational.of(1, 9);
    Rational nine = Rational.of(9);
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new CriteriaException(CriteriaException.Problem.NOT_SQUARE,
            "row " + it.get(i) + " of the matrix does not have " + n + " entries");
      }
      a[i] = new double[n];
      for (int j = 0; j < n; j++) {
        Rational v = requireNonNull(matrix[i][j], "matrix entry");
        if (v.compareTo(ninth) < 0 || v.compareTo(nine) > 0 || i == j && !v.equals(Rational.ONE)) {
          throw offScale(it, i, j, v.toString());
        }
        a[i][j] = v.doubleValue();
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!matrix[i][j].times(matrix[j][i]).equals(Rational.ONE)) {
          throw notReciprocal(it, i, j, matrix[i][j].toString(), matrix[j][i].toString());
        }
      }
    }
    return solve(it, a);
  }

  private static <C> List<C> checkItems(List<C> items) {
    List<C> it = ImmutableList.copyOf(items);
    if (it.isEmpty() || it.size() > RANDOM_INDEX.length || it.stream().distinct().count() != it.size()) {
      throw new IllegalArgumentException("AHP needs 1 to " + RANDOM_INDEX.length
          + " distinct items (Saaty's random index is tabulated up to 10), not " + it);
    }
    return it;
  }

  private static double[][] square(List<?> items, double[][] matrix) {
    requireNonNull(matrix, "matrix");
    int n = items.size();
    if (matrix.length != n) {
      throw new CriteriaException(CriteriaException.Problem.NOT_SQUARE,
          "the matrix has " + matrix.length + " rows for " + n + " items");
    }
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new CriteriaException(CriteriaException.Problem.NOT_SQUARE,
            "row " + items.get(i) + " of the matrix does not have " + n + " entries");
      }
      a[i] = matrix[i].clone();
    }
    return a;
  }

  private static CriteriaException offScale(List<?> items, int i, int j, String v) {
    return new CriteriaException(CriteriaException.Problem.OFF_SAATY_SCALE,
        "cell (" + items.get(i) + ", " + items.get(j) + ") is " + v + (i == j
            ? "; a diagonal entry must be 1" : ", off Saaty's scale 1/9..9"));
  }

  private static CriteriaException notReciprocal(List<?> items, int i, int j, String v, String w) {
    return new CriteriaException(CriteriaException.Problem.NOT_RECIPROCAL,
        "cell (" + items.get(j) + ", " + items.get(i) + ") is " + w + ", not the reciprocal of cell ("
            + items.get(i) + ", " + items.get(j) + ") = " + v);
  }

  private static <C> Ahp<C> solve(List<C> items, double[][] a) {
    int n = items.size();
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1.0 / n);
    for (int iteration = 0; iteration < 100_000; iteration++) {
      double[] y = multiply(a, x);
      double sum = 0;
      for (double v : y) {
        sum += v;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        y[i] /= sum;
        change = Math.max(change, Math.abs(y[i] - x[i]));
      }
      x = y;
      if (change <= 1e-12) {
        break;
      }
    }
    double lambda = 0;
    for (double v : multiply(a, x)) {
      lambda += v; // x sums to 1, so the sum of A x is lambda
    }
    return new Ahp<>(items, x, lambda);
  }

  private static double[] multiply(double[][] a, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    return y;
  }

  /**
   * Returns the items.
   *
   * @return the items
   */
  public List<C> items() {
    return items;
  }

  /**
   * Returns the priority vector: each item's component of the principal eigenvector, summing to 1.
   *
   * @return the priorities, in item order
   */
  public Map<C, Double> priorities() {
    Map<C, Double> p = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      p.put(items.get(i), priorities[i]);
    }
    return ImmutableMap.copyOf(p);
  }

  /**
   * Returns the principal eigenvalue &lambda;max; at least n, n exactly for consistent judgments.
   *
   * @return &lambda;max
   */
  public double lambdaMax() {
    return lambdaMax;
  }

  /**
   * Returns the consistency index CI = (&lambda;max &minus; n) / (n &minus; 1); 0 for n = 1.
   *
   * @return CI
   */
  public double consistencyIndex() {
    int n = items.size();
    return n == 1 ? 0 : (lambdaMax - n) / (n - 1);
  }

  /**
   * Returns Saaty's random index RI(n), the mean CI of random reciprocal matrices.
   *
   * @return RI
   */
  public double randomIndex() {
    return RANDOM_INDEX[items.size() - 1];
  }

  /**
   * Returns the consistency ratio CR = CI / RI; 0 for n &le; 2, where every reciprocal matrix is
   * consistent.
   *
   * @return CR
   */
  public double consistencyRatio() {
    return items.size() <= 2 ? 0 : consistencyIndex() / randomIndex();
  }

  /**
   * Returns whether the judgments are consistent enough: CR &lt; 0.10.
   *
   * @return false when CR &ge; 0.10
   */
  public boolean consistent() {
    return consistencyRatio() < CR_LIMIT;
  }

  /**
   * Returns a sentence on the consistency in English and Danish, e.g. "inconsistent: CR = 0.169
   * &ge; 0.10; revise the comparisons before using the priorities" and "inkonsistent: CR = 0,169
   * &ge; 0,10; revidér sammenligningerne, før prioriteterne bruges". CR is shown to three decimals,
   * with a decimal comma in Danish.
   *
   * @return the sentence
   */
  public Text message() {
    String cr = String.format(Locale.ROOT, "%.3f", consistencyRatio());
    String komma = cr.replace('.', ',');
    return consistent()
        ? new Text("consistent: CR = " + cr + " < 0.10", "konsistent: CR = " + komma + " < 0,10")
        : new Text("inconsistent: CR = " + cr + " \u2265 0.10; revise the comparisons before using the priorities",
            "inkonsistent: CR = " + komma + " \u2265 0,10; revidér sammenligningerne, før prioriteterne bruges");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ahp<?> h && h.items.equals(items) && java.util.Arrays.equals(h.priorities, priorities)
        && Double.compare(h.lambdaMax, lambdaMax) == 0;
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + java.util.Arrays.hashCode(priorities);
  }

  @Override
  public String toString() {
    return "ahp" + priorities() + ", CR=" + String.format(Locale.ROOT, "%.4f", consistencyRatio());
  }
}
