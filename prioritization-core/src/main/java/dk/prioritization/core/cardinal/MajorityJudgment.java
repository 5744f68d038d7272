package dk.prioritization.core.cardinal;

import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.Rule;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.Ballots;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Majority judgment: each voter grades every candidate; a candidate's majority grade is its lower
 * median grade, and the candidates are ranked by majority grade, ties separated by Balinski and
 * Laraki's majority ranking.
 *
 * <p><b>Majority grade.</b> With n voters, sort a candidate's n grades ascending; its majority
 * grade is the lower middlemost one, at position ⌈n/2⌉ (counting from 1): the median for odd n,
 * the lower of the two middle grades for even n. At least half of the voters grade the candidate
 * at least this high, and at least half at most this high.
 *
 * <p><b>Majority ranking.</b> Candidates with different majority grades are ranked by them. For
 * equal majority grades, remove one instance of the majority grade from each candidate's grades
 * and compare the new majority grades; repeat until they differ. Equivalently, each candidate has
 * a <i>majority value</i>: the sequence of majority grades removed one at a time, and candidates
 * are ranked by comparing majority values lexicographically. Two candidates stay tied only if
 * their grade distributions are identical.
 *
 * <p>This class never expands the voters (counts are {@code long} and may be huge). Removing the
 * majority grade repeatedly reads the sorted grades outwards from the middle, alternately below
 * and above (for even n: positions n/2, n/2+1, n/2-1, n/2+2, ...; for odd n: (n+1)/2, (n-1)/2,
 * (n+3)/2, ...). So the first step at which two majority values differ is found from the
 * cumulative histograms: the nearest position below the middle and the nearest above it at which
 * the two sorted grade lists differ, whichever is read first. This is exactly the removal
 * procedure, in O(g) per comparison for g distinct grades.
 *
 * <pre>{@code
 * ScoreProfile<String> p = Profile.scores(List.of("A", "B", "C"), 0, 3)   // 0 Poor .. 3 Excellent
 *     .add(ScoreBallot.of(Map.of("A", 3, "B", 1, "C", 0)), 35)
 *     .add(ScoreBallot.of(Map.of("A", 0, "B", 1, "C", 3)), 34)
 *     .add(ScoreBallot.of(Map.of("A", 1, "B", 3, "C", 2)), 31)
 *     .build();
 * MajorityJudgment.rule().rank(p).ranking();   // C > A > B (majority grades 2, 1, 1)
 * }</pre>
 *
 * <p><b>Source:</b> M. Balinski and R. Laraki, "A theory of measuring, electing, and ranking",
 * <i>PNAS</i> 104(21), 2007; M. Balinski and R. Laraki, <i>Majority Judgment: Measuring, Ranking,
 * and Electing</i>, MIT Press, 2011; Wikipedia, "Majority judgment".
 *
 * <p><b>Complexity:</b> O(d·m) to build the histograms of d distinct ballots over m candidates
 * (O(d log d) per candidate instead when the scale is wider than 65,536 grades), then
 * O(m log m) comparisons of O(g) each.
 *
 * <p><b>Properties:</b> anonymous, neutral, monotonic (raising a candidate's grade never lowers
 * it), Pareto (if every voter grades a at least as high as b and one grades it higher, a ranks
 * above b), independent of irrelevant alternatives (a and b are compared on their own grades
 * only), and robust to a minority's exaggerated grades; fails the Condorcet criterion (the example
 * above ranks the Condorcet winner B last), reinforcement (consistency) and participation.
 *
 * <p><b>Ties:</b> only candidates with identical grade distributions share a tier. Scores are the
 * majority grades. The explanation lists the majority grades (an {@link Explanation.Tally}) and,
 * for each pair of neighbouring tiers with the same majority grade, a bilingual
 * {@link Explanation.Note} saying after how many removals their majority grades differ.
 */
public final class MajorityJudgment implements Rule {
  private static final MajorityJudgment RULE = new MajorityJudgment();
  private static final Text MAJORITY_GRADES = new Text("majority grades", "majoritetskarakterer");

  private MajorityJudgment() {}

  /**
   * Returns majority judgment.
   *
   * @return the rule
   */
  public static MajorityJudgment rule() {
    return RULE;
  }

  @Override
  public String id() {
    return "majority-judgment";
  }

  @Override
  public String description() {
    return "Majority judgment: the highest median grade wins; equal medians are compared by removing them in turn.";
  }

  @Override
  public BallotKind ballotKind() {
    return BallotKind.SCORE;
  }

  @Override
  public <C> Result<C> rank(Profile<C> profile) {
    ScoreProfile<C> p = Ballots.score(this, profile);
    List<C> candidates = p.candidates();
    Histogram[] h = Histogram.of(Access.grades(p));
    int m = candidates.size();
    long n = p.voterCount();
    long middle = n - n / 2;
    int[] grade = new int[m];
    ImmutableMap.Builder<C, Rational> scores = ImmutableMap.builderWithExpectedSize(m);
    List<Integer> order = new ArrayList<>(m);
    for (int c = 0; c < m; c++) {
      grade[c] = h[c].valueAt(middle);
      scores.put(candidates.get(c), Rational.of(grade[c]));
      order.add(c);
    }
    order.sort((x, y) -> Integer.signum(compare(h[y], h[x])));
    List<Set<C>> tiers = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    for (int c : order) {
      if (heads.isEmpty() || compare(h[heads.get(heads.size() - 1)], h[c]) != 0) {
        heads.add(c);
        tiers.add(new LinkedHashSet<>());
      }
      tiers.get(tiers.size() - 1).add(candidates.get(c));
    }
    Map<C, Rational> grades = scores.buildOrThrow();
    List<Explanation.Step<C>> steps = new ArrayList<>();
    steps.add(new Explanation.Tally<>(MAJORITY_GRADES, grades));
    for (int i = 0; i < heads.size(); i++) {
      Set<C> tier = tiers.get(i);
      String tied = Texts.names(tier);
      if (tier.size() > 1) {
        steps.add(new Explanation.Note<>(new Text(tied + " have identical grade distributions and stay tied.",
            tied + " har identiske karakterfordelinger og står fortsat lige.")));
      }
      if (i > 0 && grade[heads.get(i - 1)] == grade[heads.get(i)]) {
        Difference d = difference(h[heads.get(i - 1)], h[heads.get(i)]);
        String above = Texts.names(tiers.get(i - 1));
        long removed = d.step() - 1;
        steps.add(new Explanation.Note<>(new Text(
            above + " and " + tied + " share the majority grade " + grade[heads.get(i)] + "; after removing "
                + removed + " common middle grade" + (removed == 1 ? "" : "s") + " one at a time, the majority grade of "
                + above + " is " + d.first() + " and that of " + tied + " is " + d.second() + ", so " + above
                + " ranks above.",
            above + " og " + tied + " har samme majoritetskarakter " + grade[heads.get(i)] + "; når " + removed
                + " fælles midterste karakter" + (removed == 1 ? "" : "er") + " er fjernet én ad gangen, er"
                + " majoritetskarakteren for " + above + " " + d.first() + " og for " + tied + " " + d.second()
                + ", så " + above + " placeres over.")));
      }
    }
    return Result.of(this, profile, new Ranking<>(tiers), grades, new Explanation<>(steps));
  }

  /**
   * Compares two candidates' majority values: negative if {@code x} ranks below {@code y},
   * positive if above, zero if their grade distributions are identical.
   */
  static int compare(Histogram x, Histogram y) {
    Difference d = difference(x, y);
    return d == null ? 0 : Integer.compare(d.first(), d.second());
  }

  /**
   * The first removal step at which two majority values differ, and the two grades there.
   *
   * @param step the step, from 1: step 1 compares the majority grades themselves
   * @param first the first candidate's grade at that step
   * @param second the second candidate's grade at that step
   */
  private record Difference(long step, int first, int second) {}

  /**
   * Returns where the majority values of {@code x} and {@code y} (over the same number of voters)
   * first differ, or null if the distributions are identical.
   *
   * <p>Write x_k for the k-th smallest grade of x (from 1) and p = ⌈n/2⌉. The removal procedure
   * reads x_p, then alternately the next position below and the next above: for even n, step
   * 2i+1 reads x_{p-i} and step 2i+2 reads x_{p+1+i}; for odd n, step 1 reads x_p, step 2i reads
   * x_{p-i} and step 2i+3 reads x_{p+1+i}. Both candidates are read at the same positions, so the
   * first differing step is at the largest k ≤ p or the smallest k > p where x_k ≠ y_k, whichever
   * comes first. With F_x(g) the number of grades of x at most g, x_k ≠ y_k exactly when k lies in
   * (min(F_x(g), F_y(g)), max(F_x(g), F_y(g))] for some grade g.
   */
  private static Difference difference(Histogram x, Histogram y) {
    long n = x.total();
    long p = n - n / 2;
    long low = 0; // largest differing position <= p, 0 if none
    long high = Long.MAX_VALUE; // smallest differing position > p, MAX_VALUE if none
    long fx = 0;
    long fy = 0;
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      int g = j == y.size() || (i < x.size() && x.value(i) <= y.value(j)) ? x.value(i) : y.value(j);
      if (i < x.size() && x.value(i) == g) {
        fx += x.countAt(i++);
      }
      if (j < y.size() && y.value(j) == g) {
        fy += y.countAt(j++);
      }
      if (fx != fy) {
        long lo = Math.min(fx, fy);
        long hi = Math.max(fx, fy);
        if (lo < p) {
          low = Math.max(low, Math.min(hi, p));
        }
        if (hi > p) {
          high = Math.min(high, Math.max(lo + 1, p + 1));
        }
      }
    }
    if (low == 0 && high == Long.MAX_VALUE) {
      return null;
    }
    boolean even = n % 2 == 0;
    boolean readLow;
    if (low == 0) {
      readLow = false;
    } else if (high == Long.MAX_VALUE) {
      readLow = true;
    } else {
      long below = p - low;
      long above = high - p - 1;
      readLow = even ? below <= above : below <= above + 1;
    }
    long k;
    long step;
    if (readLow) {
      k = low;
      long below = p - low;
      step = even ? 2 * below + 1 : below == 0 ? 1 : 2 * below;
    } else {
      k = high;
      long above = high - p - 1;
      step = even ? 2 * above + 2 : 2 * above + 3;
    }
    return new Difference(step, x.valueAt(k), y.valueAt(k));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MajorityJudgment;
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return id();
  }
}
