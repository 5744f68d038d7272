package dk.prioritization.cli;

import java.util.Locale;

/** The language of explanations and the demo. */
enum Lang {
  /** Danish. */
  da,
  /** English. */
  en;

  Locale locale() {
    return this == da ? Locale.forLanguageTag("da") : Locale.ENGLISH;
  }
}
