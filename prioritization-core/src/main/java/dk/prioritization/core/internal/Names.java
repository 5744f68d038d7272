package dk.prioritization.core.internal;

import java.util.Collection;

/** How explanations name a group of candidates. */
public final class Names {
  private Names() {}

  /**
   * Names candidates as "A", "A & B" or "A, B & C".
   *
   * @param candidates the candidates, in the order to name them
   * @return the names joined
   */
  public static String join(Collection<?> candidates) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (Object c : candidates) {
      if (i > 0) {
        sb.append(i == candidates.size() - 1 ? " & " : ", ");
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /**
   * Returns {@code n} with the noun in the singular or plural, e.g. "1 approval", "3 approvals".
   *
   * @param n the number
   * @param singular the noun for one
   * @param plural the noun for any other number
   * @return the phrase
   */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
