package dk.prioritization.core;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;

/**
 * An approval ballot: the candidates the voter approves of.
 *
 * <p>The candidates are kept as a list so that a profile builder can report a candidate approved
 * twice instead of silently merging the two; their order carries no meaning. An empty ballot
 * approves nobody. A cap ("at most 5") is declared on the profile, see
 * {@link ApprovalProfile.Builder#cap(int)}.
 *
 * @param approved the approved candidates, in any order
 * @param <C> the candidate type
 */
public record ApprovalBallot<C>(List<C> approved) implements Ballot<C> {

  /**
   * Creates a ballot, copying the list.
   *
   * @param approved the approved candidates; no element may be null
   */
  public ApprovalBallot {
    approved = ImmutableList.copyOf(approved);
  }

  /**
   * Returns a ballot approving {@code approved}.
   *
   * @param approved the approved candidates
   * @param <C> the candidate type
   * @return the ballot
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read
  public static <C> ApprovalBallot<C> of(C... approved) {
    return new ApprovalBallot<>(copy(approved));
  }

  /**
   * Returns a ballot approving the given candidates.
   *
   * @param approved the approved candidates
   * @param <C> the candidate type
   * @return the ballot
   */
  public static <C> ApprovalBallot<C> of(Collection<? extends C> approved) {
    return new ApprovalBallot<>(ImmutableList.copyOf(approved));
  }

  /** Copies an array into an immutable list. */
  static <C> List<C> copy(C[] array) {
    ImmutableList.Builder<C> b = ImmutableList.builderWithExpectedSize(array.length);
    for (C c : array) {
      b.add(c);
    }
    return b.build();
  }

  @Override
  public BallotKind kind() {
    return BallotKind.APPROVAL;
  }
}
