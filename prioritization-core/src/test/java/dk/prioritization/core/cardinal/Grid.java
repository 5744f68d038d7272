package dk.prioritization.core.cardinal;

import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * A test profile as plain rows of values (one row per ballot, with a count), easy to generate,
 * permute, split and print; {@link #profile()} builds the library's profile from it.
 *
 * @param kind SCORE or CUMULATIVE
 * @param min the lowest value (0 for cumulative)
 * @param max the highest value (the budget for cumulative)
 * @param candidates the candidate names
 * @param rows the values of each ballot, one per candidate
 * @param counts the voters casting each row
 */
record Grid(BallotKind kind, int min, int max, List<String> candidates, List<int[]> rows, List<Long> counts) {

  static final List<String> NAMES = List.of("A", "B", "C", "D", "E");

  /** The seeds of the seeded random properties. */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  /** A random score profile: 2 to 5 candidates, a small scale, 1 to 8 distinct rows of 1 to 3 voters. */
  static Grid randomScores(long seed) {
    Random r = new Random(seed);
    int m = 2 + r.nextInt(4);
    int[][] scales = {{0, 1}, {0, 2}, {0, 2}, {0, 5}, {-2, 2}, {1, 3}};
    int[] scale = scales[r.nextInt(scales.length)];
    Grid g = new Grid(BallotKind.SCORE, scale[0], scale[1], NAMES.subList(0, m), new ArrayList<>(), new ArrayList<>());
    int n = 1 + r.nextInt(8);
    for (int b = 0; b < n; b++) {
      int[] row = new int[m];
      for (int c = 0; c < m; c++) {
        row[c] = scale[0] + r.nextInt(scale[1] - scale[0] + 1);
      }
      g.rows.add(row);
      g.counts.add(1L + r.nextInt(3));
    }
    return g;
  }

  /** A random cumulative profile: 2 to 5 candidates, a budget of 1 to 5, 1 to 8 rows of 1 to 3 voters. */
  static Grid randomCumulative(long seed) {
    Random r = new Random(seed);
    int m = 2 + r.nextInt(4);
    int budget = 1 + r.nextInt(5);
    Grid g = new Grid(BallotKind.CUMULATIVE, 0, budget, NAMES.subList(0, m), new ArrayList<>(), new ArrayList<>());
    int n = 1 + r.nextInt(8);
    for (int b = 0; b < n; b++) {
      int[] row = new int[m];
      int spend = r.nextInt(budget + 1);
      for (int p = 0; p < spend; p++) {
        row[r.nextInt(m)]++;
      }
      g.rows.add(row);
      g.counts.add(1L + r.nextInt(3));
    }
    return g;
  }

  /**
   * Calls {@code each} with every profile of {@code voters} voters or fewer (at least one) whose
   * ballots are drawn from {@code types}: all multisets, each once.
   */
  static void multisets(BallotKind kind, int min, int max, List<String> candidates, List<int[]> types, int voters,
      Consumer<Grid> each) {
    int[] pick = new int[voters];
    for (int size = 1; size <= voters; size++) {
      Arrays.fill(pick, 0);
      while (true) {
        Grid g = new Grid(kind, min, max, candidates, new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < size; i++) {
          if (i > 0 && pick[i] == pick[i - 1]) {
            g.counts.set(g.counts.size() - 1, g.counts.get(g.counts.size() - 1) + 1);
          } else {
            g.rows.add(types.get(pick[i]).clone());
            g.counts.add(1L);
          }
        }
        each.accept(g);
        int i = size - 1; // next non-decreasing sequence
        while (i >= 0 && pick[i] == types.size() - 1) {
          i--;
        }
        if (i < 0) {
          break;
        }
        pick[i]++;
        for (int k = i + 1; k < size; k++) {
          pick[k] = pick[i];
        }
      }
    }
  }

  /** Every ballot of m candidates with values min..max. */
  static List<int[]> allRows(int m, int min, int max) {
    List<int[]> rows = new ArrayList<>();
    int[] row = new int[m];
    Arrays.fill(row, min);
    while (true) {
      rows.add(row.clone());
      int c = m - 1;
      while (c >= 0 && row[c] == max) {
        row[c] = min;
        c--;
      }
      if (c < 0) {
        return rows;
      }
      row[c]++;
    }
  }

  /** Every score profile of 3 candidates, grades 0..2, with 1 to 3 voters (4,059 of them). */
  static void allSmallScoreProfiles(Consumer<Grid> each) {
    multisets(BallotKind.SCORE, 0, 2, NAMES.subList(0, 3), allRows(3, 0, 2), 3, each);
  }

  /** Every cumulative profile of 3 candidates, budget 2, with 1 to 4 voters. */
  static void allSmallCumulativeProfiles(Consumer<Grid> each) {
    List<int[]> rows = new ArrayList<>();
    for (int[] row : allRows(3, 0, 2)) {
      if (row[0] + row[1] + row[2] <= 2) {
        rows.add(row);
      }
    }
    multisets(BallotKind.CUMULATIVE, 0, 2, NAMES.subList(0, 3), rows, 4, each);
  }

  int m() {
    return candidates.size();
  }

  long voters() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /** Builds the profile. */
  Profile<String> profile() {
    return kind == BallotKind.SCORE ? scoreProfile() : cumulativeProfile();
  }

  ScoreProfile<String> scoreProfile() {
    ScoreProfile.Builder<String> b = Profile.scores(candidates, min, max);
    for (int i = 0; i < rows.size(); i++) {
      b.add(ScoreBallot.of(map(rows.get(i), false)), counts.get(i));
    }
    return b.build();
  }

  CumulativeProfile<String> cumulativeProfile() {
    CumulativeProfile.Builder<String> b = Profile.cumulative(candidates, max);
    for (int i = 0; i < rows.size(); i++) {
      b.add(CumulativeBallot.of(map(rows.get(i), true)), counts.get(i));
    }
    return b.build();
  }

  private Map<String, Integer> map(int[] row, boolean skipZero) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int c = 0; c < row.length; c++) {
      if (!skipZero || row[c] != 0) {
        m.put(candidates.get(c), row[c]);
      }
    }
    return m;
  }

  /** The same voters, one ballot per voter, in a random order. */
  Grid votersShuffled(Random r) {
    List<int[]> singles = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (long k = 0; k < counts.get(i); k++) {
        singles.add(rows.get(i).clone());
      }
    }
    Collections.shuffle(singles, r);
    List<Long> ones = new ArrayList<>(Collections.nCopies(singles.size(), 1L));
    return new Grid(kind, min, max, candidates, singles, ones);
  }

  /** The same rows in reverse order. */
  Grid reversed() {
    List<int[]> rs = new ArrayList<>(rows);
    List<Long> cs = new ArrayList<>(counts);
    Collections.reverse(rs);
    Collections.reverse(cs);
    return new Grid(kind, min, max, candidates, rs, cs);
  }

  /** Every voter gives candidate {@code perm[c]} what they gave {@code c}: the candidates renamed. */
  Grid permuted(int[] perm) {
    List<int[]> rs = new ArrayList<>();
    for (int[] row : rows) {
      int[] p = new int[row.length];
      for (int c = 0; c < row.length; c++) {
        p[perm[c]] = row[c];
      }
      rs.add(p);
    }
    return new Grid(kind, min, max, candidates, rs, counts);
  }

  /** Whether {@link #raised} takes the point from another candidate: a cumulative row at its budget. */
  boolean raiseTakesFromOthers(int i) {
    return kind == BallotKind.CUMULATIVE && Arrays.stream(rows.get(i)).sum() == max;
  }

  /**
   * One voter of row {@code i} gives candidate {@code c} one more (for cumulative ballots, taking
   * the point from unspent budget or else from the first other candidate with points). Returns
   * null if that voter already gives {@code c} the top value.
   */
  Grid raised(int i, int c) {
    int[] row = rows.get(i).clone();
    if (row[c] == max) {
      return null;
    }
    row[c]++;
    if (kind == BallotKind.CUMULATIVE && Arrays.stream(row).sum() > max) {
      for (int d = 0; d < row.length; d++) {
        if (d != c && row[d] > 0) {
          row[d]--;
          break;
        }
      }
    }
    List<int[]> rs = new ArrayList<>(rows);
    List<Long> cs = new ArrayList<>(counts);
    if (counts.get(i) == 1) {
      rs.set(i, row);
    } else {
      cs.set(i, counts.get(i) - 1);
      rs.add(row);
      cs.add(1L);
    }
    return new Grid(kind, min, max, candidates, rs, cs);
  }

  /** The rows split into the first {@code k} and the rest; a row with several voters may be split too. */
  Grid[] split(Random r) {
    Grid votes = votersShuffled(r);
    int k = 1 + r.nextInt(votes.rows.size() - 1);
    return new Grid[] {
        new Grid(kind, min, max, candidates, votes.rows.subList(0, k), votes.counts.subList(0, k)),
        new Grid(kind, min, max, candidates, votes.rows.subList(k, votes.rows.size()),
            votes.counts.subList(k, votes.counts.size()))};
  }

  /** Prints the profile for a failure message, e.g. {@code score 0..2 [A, B, C]: 2×[0, 1, 2] 1×[2, 2, 0]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.id()).append(' ').append(min).append("..").append(max).append(' ')
        .append(candidates).append(':');
    for (int i = 0; i < rows.size(); i++) {
      sb.append(' ').append(counts.get(i)).append('×').append(Arrays.toString(rows.get(i)));
    }
    return sb.toString();
  }
}
