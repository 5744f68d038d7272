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

  static String names(Collection<?> candidates) {
    return Names.join(candidates);
  }
}
