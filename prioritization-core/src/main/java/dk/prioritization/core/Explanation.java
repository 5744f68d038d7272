package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.internal.Names;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why a result came out as it did: the steps a rule took, as structured data.
 *
 * <p>Each {@link Step} is a record a program can read (the scores counted, a runoff, a tie
 * broken); {@link #render(Locale)} turns them into English or Danish sentences.
 *
 * @param steps the steps, in the order taken
 * @param <C> the candidate type
 */
public record Explanation<C>(List<Step<C>> steps) {

  /**
   * Creates an explanation, copying the steps.
   *
   * @param steps the steps
   */
  public Explanation {
    steps = ImmutableList.copyOf(steps);
  }

  /**
   * Returns an explanation of the given steps.
   *
   * @param steps the steps
   * @param <C> the candidate type
   * @return the explanation
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read
  public static <C> Explanation<C> of(Step<C>... steps) {
    return new Explanation<>(ApprovalBallot.copy(steps));
  }

  /**
   * Returns this explanation with {@code more} steps appended.
   *
   * @param more the steps to append
   * @return a new explanation
   */
  public Explanation<C> with(Collection<? extends Step<C>> more) {
    return new Explanation<>(ImmutableList.<Step<C>>builder().addAll(steps).addAll(more).build());
  }

  /**
   * Returns the steps as sentences, one per line, in the language of {@code locale} (Danish for
   * {@code da}, otherwise English).
   *
   * @param locale the reader's locale
   * @return the rendered text
   */
  public String render(Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (Step<C> step : steps) {
      sb.append(step.render(locale)).append('\n');
    }
    return sb.toString();
  }

  /**
   * One step of an explanation.
   *
   * @param <C> the candidate type
   */
  public sealed interface Step<C> {
    /**
     * Returns this step as a sentence.
     *
     * @param locale the reader's locale
     * @return the sentence
     */
    String render(Locale locale);
  }

  /**
   * What was counted: a value for each candidate.
   *
   * @param measure what the values are, e.g. "Borda points"
   * @param values each candidate's value, in candidate order
   * @param <C> the candidate type
   */
  public record Tally<C>(Text measure, Map<C, Rational> values) implements Step<C> {
    /**
     * Creates the step, copying the values.
     *
     * @param measure what the values are
     * @param values each candidate's value
     */
    public Tally {
      requireNonNull(measure, "measure");
      values = ImmutableMap.copyOf(values);
    }

    @Override
    public String render(Locale locale) {
      StringBuilder sb = new StringBuilder(Text.isDanish(locale) ? "Optalt " : "Counted ")
          .append(measure.in(locale)).append(": ");
      boolean first = true;
      for (Map.Entry<C, Rational> e : values.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        first = false;
      }
      return sb.append('.').toString();
    }
  }

  /**
   * A runoff between two finalists (as in STAR voting).
   *
   * @param first the first finalist
   * @param second the second finalist
   * @param preferFirst voters preferring the first
   * @param preferSecond voters preferring the second
   * @param indifferent voters with no preference between them
   * @param <C> the candidate type
   */
  public record Runoff<C>(C first, C second, long preferFirst, long preferSecond, long indifferent)
      implements Step<C> {
    /**
     * Creates the step.
     *
     * @param first the first finalist
     * @param second the second finalist
     * @param preferFirst voters preferring the first
     * @param preferSecond voters preferring the second
     * @param indifferent voters with no preference
     */
    public Runoff {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public String render(Locale locale) {
      if (Text.isDanish(locale)) {
        return "Omvalg mellem " + first + " og " + second + ": " + preferFirst + " foretrækker " + first + ", "
            + preferSecond + " foretrækker " + second + ", " + indifferent + " uden præference.";
      }
      return "Runoff between " + first + " and " + second + ": " + preferFirst + " prefer " + first + ", "
          + preferSecond + " prefer " + second + ", " + indifferent + " have no preference.";
    }
  }

  /**
   * A tie that was broken, and how.
   *
   * @param tieBreak the tie and its resolution
   * @param <C> the candidate type
   */
  public record TieBroken<C>(TieBreak<C> tieBreak) implements Step<C> {
    /**
     * Creates the step.
     *
     * @param tieBreak the tie and its resolution
     */
    public TieBroken {
      requireNonNull(tieBreak, "tieBreak");
    }

    @Override
    public String render(Locale locale) {
      String tied = names(tieBreak.tied());
      String into = new Ranking<>(tieBreak.into()).toString();
      if (Text.isDanish(locale)) {
        return "Stemmelighed mellem " + tied + " brudt " + tieBreak.by().danish() + ": " + into + ".";
      }
      return "Tie between " + tied + " broken " + tieBreak.by().english() + ": " + into + ".";
    }
  }

  /**
   * A tie the rule could not break and that no tie-breaker was asked to break.
   *
   * @param tied the tied candidates
   * @param <C> the candidate type
   */
  public record TieKept<C>(Set<C> tied) implements Step<C> {
    /**
     * Creates the step, copying the set.
     *
     * @param tied the tied candidates
     */
    public TieKept {
      tied = com.google.common.collect.ImmutableSet.copyOf(tied);
    }

    @Override
    public String render(Locale locale) {
      return Text.isDanish(locale)
          ? "Stemmelighed mellem " + names(tied) + " er bevaret (ingen regel for stemmelighed valgt)."
          : "Tie between " + names(tied) + " is kept (no tie-break chosen).";
    }
  }

  /**
   * A free-form remark, for what the other steps do not cover.
   *
   * @param text the remark
   * @param <C> the candidate type
   */
  public record Note<C>(Text text) implements Step<C> {
    /**
     * Creates the step.
     *
     * @param text the remark
     */
    public Note {
      requireNonNull(text, "text");
    }

    @Override
    public String render(Locale locale) {
      return text.in(locale);
    }
  }

  /**
   * A square table of whole numbers over the candidates: the pairwise margins a Condorcet method
   * counted, or the strengths of the strongest paths Schulze's method found.
   *
   * <p>Entry {@code (i, j)} belongs to the pair ({@code candidates.get(i)},
   * {@code candidates.get(j)}); the diagonal is 0. The values are copied in and out, so the step
   * is immutable.
   *
   * @param title what the entries are, e.g. "margins (row minus column)"
   * @param candidates the candidates, in the order of rows and columns
   * @param values the entries, row by row ({@code candidates.size()} squared of them)
   * @param <C> the candidate type
   */
  public record Matrix<C>(Text title, List<C> candidates, long[] values) implements Step<C> {
    /** Above this many candidates the rendering names the table instead of printing it. */
    static final int PRINTED_UP_TO = 20;

    /**
     * Creates the step, copying the candidates and the values.
     *
     * @param title what the entries are
     * @param candidates the candidates
     * @param values the entries, row by row
     * @throws IllegalArgumentException if there are not {@code candidates.size()} squared values
     */
    public Matrix {
      requireNonNull(title, "title");
      candidates = ImmutableList.copyOf(candidates);
      values = values.clone();
      com.google.common.base.Preconditions.checkArgument(values.length == candidates.size() * candidates.size(),
          "a matrix over %s candidates needs %s values, not %s", candidates.size(),
          candidates.size() * candidates.size(), values.length);
    }

    /**
     * Returns a copy of the entries, row by row.
     *
     * @return the entries
     */
    @Override
    public long[] values() {
      return values.clone();
    }

    /**
     * Returns the entry of row {@code i} and column {@code j}.
     *
     * @param i the row's candidate index
     * @param j the column's candidate index
     * @return the entry
     */
    public long value(int i, int j) {
      com.google.common.base.Preconditions.checkElementIndex(i, candidates.size(), "row");
      com.google.common.base.Preconditions.checkElementIndex(j, candidates.size(), "column");
      return values[i * candidates.size() + j];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Matrix<?> x && title.equals(x.title) && candidates.equals(x.candidates)
          && java.util.Arrays.equals(values, x.values);
    }

    @Override
    public int hashCode() {
      return (title.hashCode() * 31 + candidates.hashCode()) * 31 + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Matrix[title=" + title + ", candidates=" + candidates + ", values="
          + java.util.Arrays.toString(values) + "]";
    }

    @Override
    public String render(Locale locale) {
      int m = candidates.size();
      if (m > PRINTED_UP_TO) {
        return (Text.isDanish(locale) ? "Tabel over " : "Table of ") + title.in(locale)
            + (Text.isDanish(locale) ? " for " + m + " kandidater (ikke udskrevet)." : " for " + m + " candidates (not printed).");
      }
      String[] head = new String[m + 1];
      String[][] cells = new String[m][m + 1];
      head[0] = "";
      int[] width = new int[m + 1];
      for (int i = 0; i < m; i++) {
        head[i + 1] = String.valueOf(candidates.get(i));
        cells[i][0] = head[i + 1];
        for (int j = 0; j < m; j++) {
          cells[i][j + 1] = i == j ? "." : Long.toString(values[i * m + j]);
        }
      }
      for (int c = 0; c <= m; c++) {
        width[c] = head[c].length();
        for (int i = 0; i < m; i++) {
          width[c] = Math.max(width[c], cells[i][c].length());
        }
      }
      StringBuilder sb = new StringBuilder(title.in(locale)).append(':');
      sb.append('\n');
      appendRow(sb, head, width);
      for (int i = 0; i < m; i++) {
        sb.append('\n');
        appendRow(sb, cells[i], width);
      }
      return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] width) {
      sb.append("  ").append(cells[0]).append(" ".repeat(width[0] - cells[0].length()));
      for (int c = 1; c < cells.length; c++) {
        sb.append("  ").append(" ".repeat(width[c] - cells[c].length())).append(cells[c]);
      }
    }
  }

  /**
   * One round of an elimination method (instant runoff, Coombs, Baldwin, Nanson, ...): what each
   * remaining candidate scored, and who was eliminated.
   *
   * @param round the round, from 1
   * @param measure what the values are, e.g. "first places"
   * @param values each remaining candidate's value, in candidate order
   * @param eliminated the candidates eliminated after this round; empty when the round decided
   *     the winner instead
   * @param <C> the candidate type
   */
  public record Elimination<C>(int round, Text measure, Map<C, Rational> values, Set<C> eliminated)
      implements Step<C> {
    /**
     * Creates the step, copying the collections.
     *
     * @param round the round, from 1
     * @param measure what the values are
     * @param values each remaining candidate's value
     * @param eliminated the candidates eliminated
     */
    public Elimination {
      com.google.common.base.Preconditions.checkArgument(round >= 1, "round %s: rounds count from 1", round);
      requireNonNull(measure, "measure");
      values = ImmutableMap.copyOf(values);
      eliminated = com.google.common.collect.ImmutableSet.copyOf(eliminated);
    }

    @Override
    public String render(Locale locale) {
      boolean da = Text.isDanish(locale);
      StringBuilder sb = new StringBuilder(da ? "Runde " : "Round ").append(round).append(", ")
          .append(measure.in(locale)).append(": ");
      boolean first = true;
      for (Map.Entry<C, Rational> e : values.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        first = false;
      }
      sb.append('.');
      if (!eliminated.isEmpty()) {
        sb.append(da ? " Udgår: " : " Eliminated: ").append(names(eliminated)).append('.');
      }
      return sb.toString();
    }
  }

  /**
   * A majority pair that Ranked Pairs considered, strongest first: locked into the ranking, or
   * skipped because it would close a cycle with the pairs locked before it.
   *
   * @param winner the candidate the majority prefers
   * @param loser the other candidate
   * @param margin the winner's margin over the loser (0 for a tied pair entered both ways)
   * @param locked whether the pair was locked; {@code false} means skipped
   * @param <C> the candidate type
   */
  public record PairLocked<C>(C winner, C loser, long margin, boolean locked) implements Step<C> {
    /**
     * Creates the step.
     *
     * @param winner the majority's choice
     * @param loser the other candidate
     * @param margin the margin
     * @param locked whether it was locked
     */
    public PairLocked {
      requireNonNull(winner, "winner");
      requireNonNull(loser, "loser");
    }

    @Override
    public String render(Locale locale) {
      if (Text.isDanish(locale)) {
        return (locked ? "Låst: " : "Sprunget over (ville danne en cyklus): ") + winner + " over " + loser
            + " (margin " + margin + ").";
      }
      return (locked ? "Locked: " : "Skipped (would close a cycle): ") + winner + " over " + loser
          + " (margin " + margin + ").";
    }
  }

  /**
   * The best ordering an optimising rule found (Kemeny-Young): one optimal ranking, its value,
   * and how many orderings reach that value when the rule counted them.
   *
   * @param measure what the value is, e.g. "sum of the margins kept in order"
   * @param ranking one optimal ranking
   * @param value its value
   * @param optimalCount how many strict rankings are optimal, if counted
   * @param <C> the candidate type
   */
  public record Optimum<C>(Text measure, Ranking<C> ranking, Rational value, java.util.OptionalLong optimalCount)
      implements Step<C> {
    /**
     * Creates the step.
     *
     * @param measure what the value is
     * @param ranking one optimal ranking
     * @param value its value
     * @param optimalCount how many rankings are optimal, if counted
     */
    public Optimum {
      requireNonNull(measure, "measure");
      requireNonNull(ranking, "ranking");
      requireNonNull(value, "value");
      requireNonNull(optimalCount, "optimalCount");
    }

    @Override
    public String render(Locale locale) {
      boolean da = Text.isDanish(locale);
      StringBuilder sb = new StringBuilder(da ? "En optimal rangordning: " : "An optimal ranking: ")
          .append(ranking).append(", ").append(measure.in(locale)).append(' ').append(value);
      if (optimalCount.isPresent()) {
        long n = optimalCount.getAsLong();
        sb.append(da ? "; " + n + (n == 1 ? " optimal rangordning i alt" : " optimale rangordninger i alt")
            : "; " + n + (n == 1 ? " optimal ranking in all" : " optimal rankings in all"));
      }
      return sb.append('.').toString();
    }
  }

  static String names(Collection<?> candidates) {
    return Names.join(candidates);
  }
}
