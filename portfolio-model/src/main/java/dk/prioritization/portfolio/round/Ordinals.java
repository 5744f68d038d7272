package dk.prioritization.portfolio.round;

/** Ordinal numbers in words, for messages such as "the sixth nomination". */
final class Ordinals {
  private static final String[] ENGLISH = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};

  private Ordinals() {}

  /** Returns {@code n} as an English ordinal: words up to twelfth, then "13th" and so on. */
  static String english(int n) {
    if (n >= 0 && n < ENGLISH.length) {
      return ENGLISH[n];
    }
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
