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
}
