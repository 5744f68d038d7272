package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A short piece of human text in English and Danish, for explanations.
 *
 * @param english the English text
 * @param danish the Danish text
 */
public record Text(String english, String danish) {

  /**
   * Creates a text.
   *
   * @param english the English text
   * @param danish the Danish text
   */
  public Text {
    requireNonNull(english, "english");
    requireNonNull(danish, "danish");
  }

  /**
   * Returns the text in the language of {@code locale}: Danish for {@code da}, else English.
   *
   * @param locale the reader's locale
   * @return the text
   */
  public String in(Locale locale) {
    return isDanish(locale) ? danish : english;
  }

  static boolean isDanish(Locale locale) {
    return "da".equals(locale.getLanguage());
  }
}
