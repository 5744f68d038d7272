package dk.prioritization.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.generate.ImpartialApproval;
import dk.prioritization.core.generate.ImpartialCulture;
import dk.prioritization.core.generate.Mallows;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing then reading gives an equal profile: seeded random profiles of every data type. */
class RoundTripTest {

  static LongStream seeds() {
    return LongStream.range(0, 120);
  }

  private static List<Integer> alternatives(int m) {
    List<Integer> a = new ArrayList<>();
    for (int i = 1; i <= m; i++) {
      a.add(i);
    }
    return a;
  }

  private static PrefLibFile roundTrip(PrefLibFile f) throws IOException {
    StringWriter out = new StringWriter();
    PrefLib.write(f, out);
    PrefLibFile again = PrefLib.read(new StringReader(out.toString()));
    assertThat(again.dataType()).isEqualTo(f.dataType());
    assertThat(again.profile()).isEqualTo(f.profile());
    return again;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomProfilesOfEveryTypeRoundTrip(long seed) throws IOException {
    Random r = new Random(seed);
    int m = 1 + r.nextInt(9);
    List<Integer> alts = alternatives(m);
    long voters = 1 + r.nextInt(300);

    roundTrip(PrefLibFile.of(ImpartialCulture.of(alts).generate(voters, seed), DataType.SOC));
    roundTrip(PrefLibFile.of(ImpartialCulture.of(alts).withTruncation(0.4).generate(voters, seed), DataType.SOI));
    roundTrip(PrefLibFile.of(ImpartialCulture.of(alts).withTies(0.4).generate(voters, seed), DataType.TOC));
    RankedProfile<Integer> weak = ImpartialCulture.of(alts).withTruncation(0.4).withTies(0.3).generate(voters, seed);
    roundTrip(PrefLibFile.of(weak, DataType.TOI));
    RankedProfile<Integer> mallows = Mallows.of(alts, r.nextDouble()).withTruncation(0.5).withTies(0.5)
        .generate(voters, seed);
    roundTrip(PrefLibFile.of(mallows, DataType.TOI));
    ApprovalProfile<Integer> approval = ImpartialApproval.of(alts, r.nextDouble()).generate(voters, seed);
    roundTrip(PrefLibFile.of(approval, DataType.CAT));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void namesAndMetadataRoundTrip(long seed) throws IOException {
    Random r = new Random(seed);
    int m = 1 + r.nextInt(6);
    Map<Integer, String> names = new LinkedHashMap<>();
    for (int i = 1; i <= m; i++) {
      names.put(i, "Cand: " + i + " {x}, #" + r.nextInt(1000)); // colons, braces, commas and # in names are fine
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("TITLE", "Seed " + seed);
    meta.put("PUBLICATION DATE", "2026-01-0" + (1 + r.nextInt(9)));
    meta.put("SOURCE", "generated: impartial culture");
    PrefLibFile f = new PrefLibFile(DataType.TOI, meta, names,
        ImpartialCulture.of(alternatives(m)).withTruncation(0.5).withTies(0.5).generate(50, seed));
    PrefLibFile again = roundTrip(f);
    assertThat(again.alternativeNames()).isEqualTo(names);
    assertThat(again.metadata()).containsAllEntriesOf(meta);
  }

  @Test
  void writesTheCanonicalForm() throws IOException {
    RankedProfile<Integer> p = Profile.<Integer>ranked(List.of(1, 2, 3, 4))
        .add(RankedBallot.of(2, 1), 3)
        .add(RankedBallot.ofTiers(List.of(List.of(4, 1), List.of(3))), 5)
        .add(RankedBallot.empty(), 3)
        .add(RankedBallot.of(3), 1)
        .build();
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("NUMBER VOTERS", "999"); // computed: ignored
    meta.put("EXTRA", "kept, after the descriptive keys");
    meta.put("TITLE", "A small example");
    PrefLibFile f = new PrefLibFile(DataType.TOI, meta, Map.of(1, "Anna", 2, "Bo", 4, "Dan"), p);
    StringWriter out = new StringWriter();
    PrefLib.write(f, out);
    assertThat(out.toString()).isEqualTo("""
        # FILE NAME:
        # TITLE: A small example
        # DESCRIPTION:
        # DATA TYPE: toi
        # MODIFICATION TYPE:
        # RELATES TO:
        # RELATED FILES:
        # PUBLICATION DATE:
        # MODIFICATION DATE:
        # EXTRA: kept, after the descriptive keys
        # NUMBER ALTERNATIVES: 4
        # NUMBER VOTERS: 12
        # NUMBER UNIQUE ORDERS: 4
        # ALTERNATIVE NAME 1: Anna
        # ALTERNATIVE NAME 2: Bo
        # ALTERNATIVE NAME 3: 3
        # ALTERNATIVE NAME 4: Dan
        5: {1,4},3
        3: 2,1
        3: {}
        1: 3
        """);
  }

  @Test
  void writesCategoriesAsApprovedThenTheRest() throws IOException {
    ApprovalProfile<Integer> p = Profile.<Integer>approval(List.of(1, 2, 3))
        .add(ApprovalBallot.of(3, 1), 2)
        .add(ApprovalBallot.<Integer>of(), 1)
        .add(ApprovalBallot.of(2), 4)
        .add(ApprovalBallot.of(1, 2, 3), 1)
        .build();
    StringWriter out = new StringWriter();
    PrefLib.write(PrefLibFile.of(p, DataType.CAT), out);
    assertThat(out.toString()).endsWith("""
        # NUMBER ALTERNATIVES: 3
        # NUMBER VOTERS: 8
        # NUMBER UNIQUE PREFERENCES: 4
        # NUMBER CATEGORIES: 2
        # CATEGORY NAME 1: Yes
        # CATEGORY NAME 2: No
        # ALTERNATIVE NAME 1: 1
        # ALTERNATIVE NAME 2: 2
        # ALTERNATIVE NAME 3: 3
        4: 2,{1,3}
        2: {1,3},2
        1: {},{1,2,3}
        1: {1,2,3},{}
        """);
    assertThat(roundTrip(PrefLibFile.of(p, DataType.CAT)).approvalProfile()).isEqualTo(p);
  }

  @Test
  void numberedTurnsAnyCandidatesIntoAlternatives() throws IOException {
    RankedProfile<String> p = Profile.ranked(List.of("Carl", "Anna", "Bo"))
        .add(2, "Anna", "Carl")
        .add(1, "Bo", "Anna", "Carl")
        .build();
    PrefLibFile f = PrefLibFile.numbered(p, DataType.SOI);
    assertThat(f.alternativeNames()).isEqualTo(Map.of(1, "Carl", 2, "Anna", 3, "Bo"));
    RankedProfile<Integer> expected = Profile.ranked(List.of(1, 2, 3))
        .add(2, 2, 1)
        .add(1, 3, 2, 1)
        .build();
    assertThat(f.rankedProfile()).isEqualTo(expected);
    assertThat(roundTrip(f).name(3)).isEqualTo("Bo");
  }

  @Test
  void readsAndWritesPaths(@TempDir Path dir) throws IOException {
    PrefLibFile f = PrefLibFile.of(ImpartialCulture.of(alternatives(5)).generate(40, 7L), DataType.SOC);
    Path file = dir.resolve("x.soc");
    PrefLib.write(f, file);
    assertThat(PrefLib.read(file).profile()).isEqualTo(f.profile());
    // a name without one of the five extensions: the header's DATA TYPE decides
    Path other = dir.resolve("x.txt");
    Files.copy(file, other);
    assertThat(PrefLib.read(other).dataType()).isEqualTo(DataType.SOC);
  }

  @Test
  void aFileChecksThatItsPartsFit() {
    RankedProfile<Integer> tied = Profile.<Integer>ranked(List.of(1, 2))
        .add(RankedBallot.ofTiers(List.of(List.of(1, 2))), 1).build();
    RankedProfile<Integer> truncated = Profile.<Integer>ranked(List.of(1, 2)).add(1, 1).build();
    ApprovalProfile<Integer> approval = Profile.<Integer>approval(List.of(1, 2)).add(1, 1).build();
    assertThatThrownBy(() -> PrefLibFile.of(tied, DataType.SOI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the profile has ties");
    assertThatThrownBy(() -> PrefLibFile.of(truncated, DataType.TOC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated ballots");
    assertThatThrownBy(() -> PrefLibFile.of(approval, DataType.TOI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds a ranked profile");
    assertThatThrownBy(() -> PrefLibFile.of(truncated, DataType.CAT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds an approval profile");
    assertThatThrownBy(() -> PrefLibFile.of(Profile.<Integer>ranked(List.of(2, 1)).add(1, 1, 2).build(), DataType.SOC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..2 in ascending order");
    assertThatThrownBy(() -> new PrefLibFile(DataType.SOI, Map.of("TITLE", "two\nlines"), Map.of(), truncated))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
    assertThatThrownBy(() -> new PrefLibFile(DataType.SOI, Map.of(), Map.of(3, "C"), truncated))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alternative 3");
    assertThatThrownBy(() -> new PrefLibFile(DataType.SOI, Map.of("ALTERNATIVE NAME 1", "A"), Map.of(), truncated))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alternativeNames");
    PrefLibFile ok = PrefLibFile.of(truncated, DataType.SOI);
    assertThatThrownBy(ok::approvalProfile).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ok.name(3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ok.name(2)).isEqualTo("2");
  }
}
