package dk.prioritization.preflib;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Weighted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PrefLib file: its data type, its header and its ballots as a profile.
 *
 * <p><b>Candidates are PrefLib's alternative numbers</b> 1..m, as {@link Integer}s in ascending
 * order: the profile's candidate list is exactly {@code [1, 2, ..., m]}, where m is the file's
 * {@code NUMBER ALTERNATIVES}. The names are in {@link #alternativeNames()} (see
 * {@link #name(int)}); {@link #numbered(Profile, DataType)} turns a profile of any candidate type
 * into a file, numbering the candidates in profile order and naming them by their
 * {@code toString()}.
 *
 * <p>The profile is a {@link RankedProfile} for the four ordinal types and an
 * {@link ApprovalProfile} (without a cap) for {@link DataType#CAT}, and it fits the type: a
 * {@code .soc} profile is complete and strict ({@link RankedProfile#isLinear()}), a {@code .soi}
 * profile has no ties, a {@code .toc} profile is not truncated.
 *
 * @param dataType the data type
 * @param metadata the header entries other than the alternative names, in file order, e.g.
 *     {@code "TITLE" -> "ERS Set 8"}; keys are as in the file ({@code "NUMBER VOTERS"},
 *     {@code "CATEGORY NAME 1"}, ...). When writing, the counts and the data type are computed
 *     from the profile whatever this map says (see {@link PrefLib#write(PrefLibFile, java.io.Writer)})
 * @param alternativeNames the names of the alternatives by number ({@code ALTERNATIVE NAME i}),
 *     possibly for only some of them
 * @param profile the ballots
 */
public record PrefLibFile(
    DataType dataType, Map<String, String> metadata, Map<Integer, String> alternativeNames, Profile<Integer> profile) {

  /**
   * Creates the file, checking that its parts fit together.
   *
   * @param dataType the data type
   * @param metadata the header entries other than alternative names, in order; keys are
   *     non-blank, without a colon or a line break, and not {@code ALTERNATIVE NAME i}; values
   *     without a line break
   * @param alternativeNames names by alternative number, each number in 1..m; no line breaks
   * @param profile the ballots; candidates exactly {@code [1, ..., m]}
   * @throws IllegalArgumentException if the parts do not fit: the profile's kind or ballots
   *     against the data type, its candidates, a name's number, a key or value that cannot be
   *     written on one header line
   */
  public PrefLibFile {
    requireNonNull(dataType, "dataType");
    requireNonNull(profile, "profile");
    metadata = ImmutableMap.copyOf(metadata);
    alternativeNames = ImmutableMap.copyOf(alternativeNames);
    int m = profile.candidateCount();
    for (int i = 0; i < m; i++) {
      if (profile.candidates().get(i) != i + 1) {
        throw new IllegalArgumentException("the profile's candidates must be the alternative numbers 1.." + m
            + " in ascending order, but are " + profile.candidates());
      }
    }
    checkFits(dataType, profile);
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      String key = e.getKey();
      if (key.isBlank() || !key.equals(key.strip()) || key.indexOf(':') >= 0 || hasLineBreak(key)) {
        throw new IllegalArgumentException("metadata key '" + key + "' cannot be written as '# KEY: value'");
      }
      if (key.startsWith("ALTERNATIVE NAME")) {
        throw new IllegalArgumentException("give alternative names in alternativeNames, not as metadata '" + key + "'");
      }
      if (hasLineBreak(e.getValue())) {
        throw new IllegalArgumentException("metadata '" + key + "' has a line break");
      }
    }
    for (Map.Entry<Integer, String> e : alternativeNames.entrySet()) {
      if (e.getKey() < 1 || e.getKey() > m) {
        throw new IllegalArgumentException("a name for alternative " + e.getKey() + ", but the alternatives are 1.." + m);
      }
      if (hasLineBreak(e.getValue())) {
        throw new IllegalArgumentException("the name of alternative " + e.getKey() + " has a line break");
      }
    }
  }

  private static boolean hasLineBreak(String s) {
    return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
  }

  private static void checkFits(DataType type, Profile<Integer> profile) {
    if (type == DataType.CAT) {
      if (!(profile instanceof ApprovalProfile)) {
        throw new IllegalArgumentException("a .cat file holds an approval profile, not a " + profile.kind().id() + " profile");
      }
      return;
    }
    if (!(profile instanceof RankedProfile<Integer> ranked)) {
      throw new IllegalArgumentException("a ." + type.extension() + " file holds a ranked profile, not a "
          + profile.kind().id() + " profile");
    }
    if (!type.allowsTies() && ranked.hasTies()) {
      throw new IllegalArgumentException("the profile has ties, but a ." + type.extension()
          + " file holds strict orders (use toc or toi)");
    }
    if (type.requiresComplete() && ranked.isTruncated()) {
      throw new IllegalArgumentException("the profile has truncated ballots, but a ." + type.extension()
          + " file holds complete orders (use " + (type.allowsTies() ? "toi" : "soi or toi") + ")");
    }
  }

  /**
   * Returns a file holding {@code profile}, without metadata or names.
   *
   * @param profile the ballots; candidates exactly {@code [1, ..., m]}
   * @param dataType the data type; it must fit the profile
   * @return the file
   * @throws IllegalArgumentException if the profile does not fit the data type
   */
  public static PrefLibFile of(Profile<Integer> profile, DataType dataType) {
    return new PrefLibFile(dataType, Map.of(), Map.of(), profile);
  }

  /**
   * Returns a file holding a ranked or approval profile of any candidate type: candidate i of the
   * profile (from 0) becomes alternative i + 1, named by its {@code toString()}.
   *
   * @param profile a ranked profile (for the ordinal types) or an approval profile (for
   *     {@link DataType#CAT})
   * @param dataType the data type; it must fit the profile
   * @param <C> the candidate type
   * @return the file, without metadata
   * @throws IllegalArgumentException if the profile does not fit the data type
   */
  public static <C> PrefLibFile numbered(Profile<C> profile, DataType dataType) {
    List<Integer> numbers = new ArrayList<>();
    ImmutableMap.Builder<Integer, String> names = ImmutableMap.builder();
    for (int i = 0; i < profile.candidateCount(); i++) {
      numbers.add(i + 1);
      names.put(i + 1, String.valueOf(profile.candidates().get(i)));
    }
    Profile<Integer> converted;
    if (profile instanceof RankedProfile<C> ranked) {
      RankedProfile.Builder<Integer> b = Profile.ranked(numbers);
      for (Weighted<RankedBallot<C>> w : ranked.ballots()) {
        List<List<Integer>> tiers = new ArrayList<>();
        for (List<C> tier : w.ballot().tiers()) {
          List<Integer> t = new ArrayList<>(tier.size());
          for (C c : tier) {
            t.add(profile.indexOf(c) + 1);
          }
          tiers.add(t);
        }
        b.add(RankedBallot.ofTiers(tiers), w.count());
      }
      converted = b.build();
    } else if (profile instanceof ApprovalProfile<C> approval) {
      ApprovalProfile.Builder<Integer> b = Profile.approval(numbers);
      for (Weighted<ApprovalBallot<C>> w : approval.ballots()) {
        List<Integer> approved = new ArrayList<>();
        for (C c : w.ballot().approved()) {
          approved.add(profile.indexOf(c) + 1);
        }
        b.add(ApprovalBallot.of(approved), w.count());
      }
      converted = b.build();
    } else {
      throw new IllegalArgumentException("PrefLib files hold ranked or approval profiles, not " + profile.kind().id());
    }
    return new PrefLibFile(dataType, Map.of(), names.buildOrThrow(), converted);
  }

  /**
   * Returns the number of alternatives, m.
   *
   * @return the number of alternatives
   */
  public int alternativeCount() {
    return profile.candidateCount();
  }

  /**
   * Returns the name of an alternative: its {@code ALTERNATIVE NAME}, or its number as text if the
   * file gives none.
   *
   * @param alternative the alternative's number, 1..m
   * @return the name
   * @throws IllegalArgumentException if there is no such alternative
   */
  public String name(int alternative) {
    if (alternative < 1 || alternative > alternativeCount()) {
      throw new IllegalArgumentException("no alternative " + alternative + "; the alternatives are 1.." + alternativeCount());
    }
    return alternativeNames.getOrDefault(alternative, Integer.toString(alternative));
  }

  /**
   * Returns the profile of an ordinal file.
   *
   * @return the ranked profile
   * @throws IllegalStateException if this is a {@code .cat} file
   */
  public RankedProfile<Integer> rankedProfile() {
    if (profile instanceof RankedProfile<Integer> ranked) {
      return ranked;
    }
    throw new IllegalStateException("a ." + dataType.extension() + " file holds approval ballots; use approvalProfile()");
  }

  /**
   * Returns the profile of a {@code .cat} file: the first category of each line is its approved set.
   *
   * @return the approval profile
   * @throws IllegalStateException if this is an ordinal file
   */
  public ApprovalProfile<Integer> approvalProfile() {
    if (profile instanceof ApprovalProfile<Integer> approval) {
      return approval;
    }
    throw new IllegalStateException("a ." + dataType.extension() + " file holds ranked ballots; use rankedProfile()");
  }
}
