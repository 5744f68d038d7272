package dk.prioritization.core.pairwise;

/**
 * How a candidate left unranked on a truncated ballot compares with the others in a pairwise
 * count.
 *
 * <p>A ballot {@code A > B} over candidates A, B, C, D says A beats B. Whether it also says A and
 * B beat C and D is a convention: {@link #BELOW} (the default, pref_voting's
 * {@code use_extended_strict_preference()}) reads it so, and leaves C and D tied with each other;
 * {@link #INCOMPARABLE} (pref_voting's default) reads nothing about any pair with C or D. On
 * complete ballots both give the same count.
 */
public enum Unranked {
  /** Unranked candidates are below every ranked one and tied with each other. */
  BELOW("below"),
  /** A ballot says nothing about a pair that involves a candidate it leaves unranked. */
  INCOMPARABLE("incomparable");

  private final String id;

  Unranked(String id) {
    this.id = id;
  }

  /**
   * Returns the convention's stable id: {@code "below"} or {@code "incomparable"}, as a rule's
   * {@code unranked} option and the reference cases spell it.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the convention with the given id.
   *
   * @param id {@code "below"} or {@code "incomparable"}
   * @return the convention
   * @throws IllegalArgumentException if the id is neither
   */
  public static Unranked fromId(String id) {
    for (Unranked u : values()) {
      if (u.id.equals(id)) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown convention for unranked candidates '" + id
        + "'; the conventions are 'below' and 'incomparable'");
  }
}
