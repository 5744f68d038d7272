package dk.prioritization.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gives a specific problem naming its line. */
class BadInputTest {

  /** A valid .soi header for 3 alternatives (lines 1-6); the data starts on line 7. */
  private static String header(String type, int voters, int orders) {
    return "# FILE NAME: test." + type + "\n"
        + "# DATA TYPE: " + type + "\n"
        + "# NUMBER ALTERNATIVES: 3\n"
        + "# NUMBER VOTERS: " + voters + "\n"
        + "# NUMBER UNIQUE ORDERS: " + orders + "\n"
        + "# ALTERNATIVE NAME 1: A\n";
  }

  private static List<PrefLibProblem> problems(String text, DataType type) {
    PrefLibException e = catchThrowableOfType(PrefLibException.class, () -> {
      try {
        if (type == null) {
          PrefLib.read(new StringReader(text));
        } else {
          PrefLib.read(new StringReader(text), type);
        }
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
    });
    assertThat(e).as("reading should fail").isNotNull();
    return e.problems();
  }

  private static PrefLibProblem onlyProblem(String text, DataType type) {
    List<PrefLibProblem> problems = problems(text, type);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static void assertProblem(String text, DataType type, int line, String message) {
    assertThat(onlyProblem(text, type)).isEqualTo(new PrefLibProblem(line, message));
  }

  @Test
  void theHeaderIsValidAsWritten() throws IOException {
    PrefLibFile f = PrefLib.read(new StringReader(header("soi", 3, 2) + "2: 1,2\n1: 3\n"), DataType.SOI);
    assertThat(f.profile().voterCount()).isEqualTo(3);
    assertThat(f.name(1)).isEqualTo("A");
    assertThat(f.name(2)).isEqualTo("2");
  }

  @Test
  void numberOfVotersDisagreesWithTheCounts() {
    assertProblem(header("soi", 4, 2) + "2: 1,2\n1: 3\n", DataType.SOI, 4,
        "NUMBER VOTERS is 4 but the lines count 3 voters");
  }

  @Test
  void numberOfUniqueOrdersDisagreesWithTheLines() {
    assertProblem(header("soi", 3, 3) + "2: 1,2\n1: 3\n", DataType.SOI, 5,
        "NUMBER UNIQUE ORDERS is 3 but the file has 2 lines of ballots");
  }

  @Test
  void anAlternativeBeyondNumberAlternatives() {
    assertProblem(header("soi", 3, 2) + "2: 1,2\n1: 3,4\n", DataType.SOI, 8,
        "alternative 4 is not declared (the file has 3 alternatives)");
    assertProblem(header("soi", 3, 2) + "2: 1,0\n1: 3\n", DataType.SOI, 7,
        "alternative 0 is not declared (the file has 3 alternatives)");
  }

  @Test
  void anAlternativeNameBeyondNumberAlternatives() {
    assertProblem(header("soi", 1, 1) + "# ALTERNATIVE NAME 4: D\n1: 1\n", DataType.SOI, 7,
        "ALTERNATIVE NAME 4 is beyond NUMBER ALTERNATIVES (3)");
  }

  @Test
  void noNumberAlternatives() {
    assertProblem("# DATA TYPE: soi\n# TITLE: x\n1: 1\n", DataType.SOI, 3, "the header has no NUMBER ALTERNATIVES");
    assertProblem("# NUMBER ALTERNATIVES: three\n1: 1\n", DataType.SOI, 1,
        "NUMBER ALTERNATIVES 'three' is not a positive whole number");
    assertProblem("# NUMBER ALTERNATIVES: 0\n1: 1\n", DataType.SOI, 1,
        "NUMBER ALTERNATIVES '0' is not a positive whole number");
  }

  @Test
  void aLineWithoutAColon() {
    assertProblem(header("soi", 3, 2) + "2: 1,2\n1 3\n", DataType.SOI, 8,
        "a line must read 'count: ballot', but '1 3' has no ':'");
  }

  @Test
  void aCountThatIsNotANumber() {
    assertProblem(header("soi", 3, 2) + "two: 1,2\n1: 3\n", DataType.SOI, 7, "count 'two' is not a whole number");
    assertProblem(header("soi", 3, 2) + ": 1,2\n1: 3\n", DataType.SOI, 7, "the line has no count before ':'");
  }

  @Test
  void anEntryThatIsNotANumber() {
    assertProblem(header("soi", 3, 2) + "2: 1,b\n1: 3\n", DataType.SOI, 7, "'b' is not an alternative number");
    assertProblem(header("soi", 3, 2) + "2: 1,,2\n1: 3\n", DataType.SOI, 7, "an empty entry between commas");
    assertProblem(header("soi", 3, 2) + "2: 1,2,\n1: 3\n", DataType.SOI, 7, "the ballot ends with ','");
    assertProblem(header("toi", 3, 2) + "2: 1 {2,3}\n1: 3\n", DataType.TOI, 7, "expected ',' at column 6 but found '{'");
  }

  @Test
  void aMalformedHeaderLine() {
    assertProblem(header("soi", 3, 2).replace("# ALTERNATIVE NAME 1: A", "# just a comment") + "2: 1,2\n1: 3\n",
        DataType.SOI, 6, "a header line must read '# KEY: value', not '# just a comment'");
    assertProblem(header("soi", 3, 2).replace("# ALTERNATIVE NAME 1: A", "# ALTERNATIVE NAME x: A") + "2: 1,2\n1: 3\n",
        DataType.SOI, 6, "'ALTERNATIVE NAME x': alternatives are numbered 1, 2, ...");
  }

  @Test
  void aHeaderLineAfterTheData() {
    assertProblem(header("soi", 3, 2) + "2: 1,2\n# TITLE: late\n1: 3\n", DataType.SOI, 8,
        "a header line after the data (the header ends before line 7)");
  }

  @Test
  void aKeyGivenTwice() {
    assertProblem(header("soi", 3, 2) + "# TITLE: a\n# TITLE: b\n2: 1,2\n1: 3\n", DataType.SOI, 8,
        "TITLE is given twice (first on line 7)");
    assertProblem(header("soi", 3, 2) + "# ALTERNATIVE NAME 1: B\n2: 1,2\n1: 3\n", DataType.SOI, 7,
        "ALTERNATIVE NAME 1 is given twice (first on line 6)");
  }

  @Test
  void aCandidateTwice() {
    assertProblem(header("soi", 3, 2) + "2: 1,2,1\n1: 3\n", DataType.SOI, 7, "alternative 1 appears twice");
    assertProblem(header("toi", 3, 2) + "2: {1,2},2\n1: 3\n", DataType.TOI, 7, "alternative 2 appears twice");
  }

  @Test
  void bracesUnclosedNestedOrStray() {
    assertProblem(header("toi", 3, 2) + "2: 1,{2,3\n1: 3\n", DataType.TOI, 7, "the '{' at column 6 is not closed");
    assertProblem(header("toi", 3, 2) + "2: {1,{2}}\n1: 3\n", DataType.TOI, 7,
        "a '{' inside braces at column 7 (tiers do not nest)");
    assertProblem(header("toi", 3, 2) + "2: 1,2}\n1: 3\n", DataType.TOI, 7, "a '}' at column 7 without its '{'");
  }

  @Test
  void anEmptyTierInsideAnOrder() {
    assertProblem(header("toi", 3, 2) + "2: 1,{},2\n1: 3\n", DataType.TOI, 7,
        "an empty tier {} inside an order (write {} alone for an empty ballot)");
  }

  @Test
  void nonPositiveCounts() {
    assertProblem(header("soi", 3, 2) + "0: 1,2\n3: 3\n", DataType.SOI, 7, "count 0 is not positive");
    assertProblem(header("soi", 3, 2) + "-2: 1,2\n3: 3\n", DataType.SOI, 7, "count -2 is not positive");
  }

  @Test
  void countsThatOverflow() {
    assertProblem(header("soi", 3, 2) + "99999999999999999999: 1,2\n3: 3\n", DataType.SOI, 7,
        "count 99999999999999999999 is too large (at most 9223372036854775807)");
    assertProblem(header("soi", 3, 2) + "9223372036854775807: 1,2\n1: 3\n", DataType.SOI, 8,
        "the number of voters overflows: the counts up to this line add up to more than 9223372036854775807");
  }

  @Test
  void aTieInAStrictFile() {
    assertProblem(header("soi", 3, 2) + "2: 1,{2,3}\n1: 3\n", DataType.SOI, 7,
        "a tie {2,3}, but a .soi file holds strict orders");
    assertProblem(header("soc", 3, 1) + "3: {1,2,3}\n", DataType.SOC, 7,
        "a tie {1,2,3}, but a .soc file holds strict orders");
  }

  @Test
  void anIncompleteOrderInACompleteFile() {
    assertProblem(header("soc", 3, 2) + "2: 1,2,3\n1: 3,1\n", DataType.SOC, 8,
        "the order ranks 2 of 3 alternatives (missing 2), but a .soc file holds complete orders");
    assertProblem(header("toc", 3, 2) + "2: {1,2,3}\n1: {}\n", DataType.TOC, 8,
        "the order ranks 0 of 3 alternatives (missing 1, 2, 3), but a .toc file holds complete orders");
  }

  @Test
  void theEmptyBallotInAnIncompleteFile() throws IOException {
    PrefLibFile f = PrefLib.read(new StringReader(header("soi", 4, 3) + "2: 1,2\n1: {}\n1:\n"), DataType.SOI);
    assertThat(f.profile().voterCount()).isEqualTo(4);
    assertThat(f.profile().distinctBallotCount()).isEqualTo(2); // {} and nothing are the same empty ballot
  }

  @Test
  void moreThanTwoCategories() {
    String text = "# DATA TYPE: cat\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 1\n"
        + "# NUMBER UNIQUE PREFERENCES: 1\n# NUMBER CATEGORIES: 3\n1: 1,2,3\n";
    assertProblem(text, DataType.CAT, 5,
        "NUMBER CATEGORIES is 3: only .cat files with two categories (approved, not approved) are supported");
  }

  @Test
  void aCategoryLineWithTheWrongNumberOfCategories() {
    String head = "# DATA TYPE: cat\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 3\n"
        + "# NUMBER UNIQUE PREFERENCES: 2\n# NUMBER CATEGORIES: 2\n";
    assertProblem(head + "2: {1,2},3\n1: {1,2,3}\n", DataType.CAT, 7, "the line has 1 category but NUMBER CATEGORIES is 2");
    assertProblem(head + "2: {1,2},3\n1: 1,{2,3},{}\n", DataType.CAT, 7, "the line has 3 categories but NUMBER CATEGORIES is 2");
  }

  @Test
  void anAlternativeInBothCategories() {
    String head = "# DATA TYPE: cat\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 1\n"
        + "# NUMBER UNIQUE PREFERENCES: 1\n# NUMBER CATEGORIES: 2\n";
    assertProblem(head + "1: {1,2},{2,3}\n", DataType.CAT, 6, "alternative 2 appears twice");
  }

  @Test
  void anAlternativeInNoCategoryIsNotApproved() throws IOException {
    String text = "# DATA TYPE: cat\n# NUMBER ALTERNATIVES: 3\n# NUMBER CATEGORIES: 2\n1: {1,3},{}\n";
    PrefLibFile f = PrefLib.read(new StringReader(text), DataType.CAT);
    assertThat(f.approvalProfile().ballots().get(0).ballot().approved()).containsExactly(1, 3);
  }

  @Test
  void noNumberCategoriesInACatFile() {
    assertProblem("# DATA TYPE: cat\n# NUMBER ALTERNATIVES: 3\n1: 1,{2,3}\n", DataType.CAT, 3,
        "the header of a .cat file has no NUMBER CATEGORIES");
  }

  @Test
  void theDataTypeDisagrees() {
    assertProblem(header("soi", 3, 2) + "2: 1,2\n1: 3\n", DataType.TOC, 2,
        "DATA TYPE is 'soi' but the file is read as .toc");
  }

  @Test
  void anUnknownOrMissingDataType() throws IOException {
    assertProblem(header("xyz", 3, 2) + "2: 1,2\n1: 3\n", null, 2, "DATA TYPE 'xyz' is not one of soc, soi, toc, toi, cat");
    assertProblem("# NUMBER ALTERNATIVES: 3\n2: 1,2\n", null, 2,
        "the header has no DATA TYPE, and no data type was given (by a file extension or the caller)");
    // given by the caller, no DATA TYPE is needed
    assertThat(PrefLib.read(new StringReader("# NUMBER ALTERNATIVES: 3\n2: 1,2\n"), DataType.SOI).dataType())
        .isEqualTo(DataType.SOI);
  }

  @Test
  void noBallots() {
    assertProblem(header("soi", 0, 0), DataType.SOI, 7, "the file has no ballots");
  }

  @Test
  void everyProblemIsListedByLine() {
    String text = header("soi", 9, 4) + "2: 1,5\n0: 1\n1: {1,2}\n1: 3\n";
    List<PrefLibProblem> problems = problems(text, DataType.SOI);
    // NUMBER VOTERS is not compared when a count is bad: the sum would mislead
    assertThat(problems).containsExactly(
        new PrefLibProblem(7, "alternative 5 is not declared (the file has 3 alternatives)"),
        new PrefLibProblem(8, "count 0 is not positive"),
        new PrefLibProblem(9, "a tie {1,2}, but a .soi file holds strict orders"));
    PrefLibException e = catchThrowableOfType(PrefLibException.class, () -> PrefLib.read(new StringReader(text), DataType.SOI));
    assertThat(e).hasMessage("the .soi file has 3 problems:\n"
        + "  line 7: alternative 5 is not declared (the file has 3 alternatives)\n"
        + "  line 8: count 0 is not positive\n"
        + "  line 9: a tie {1,2}, but a .soi file holds strict orders");
  }

  @Test
  void headerProblemsComeInLineOrder() {
    List<PrefLibProblem> problems = problems(header("soi", 5, 1) + "2: 1,4\n", DataType.SOI);
    assertThat(problems).extracting(PrefLibProblem::line).containsExactly(4, 7);
  }

  @Test
  void readingStopsAfterAThousandProblems() {
    StringBuilder text = new StringBuilder(header("soi", 1, 1));
    for (int i = 0; i < 2000; i++) {
      text.append("1: 9\n");
    }
    List<PrefLibProblem> problems = problems(text.toString(), DataType.SOI);
    assertThat(problems).hasSize(1001);
    assertThat(problems.get(999)).isEqualTo(new PrefLibProblem(1006, "alternative 9 is not declared (the file has 3 alternatives)"));
    assertThat(problems.get(1000)).isEqualTo(new PrefLibProblem(1006, "stopped after 1000 problems"));
  }
}
