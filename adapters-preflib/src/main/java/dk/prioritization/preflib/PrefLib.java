package dk.prioritization.preflib;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes PrefLib files: {@code .soc}, {@code .soi}, {@code .toc}, {@code .toi} and
 * two-category {@code .cat}, as defined by PrefLib (preflib.org, "Data format").
 *
 * <pre>{@code
 * PrefLibFile f = PrefLib.read(Path.of("00007-00000008.soi"));
 * RankedProfile<Integer> p = f.rankedProfile();   // candidates 1, 2, 3
 * String first = f.name(1);                        // "Candidate 1"
 * }</pre>
 *
 * <p><b>The format, as read.</b> A file is a header, then one line per distinct ballot. A header
 * line reads {@code # KEY: value}; {@code # ALTERNATIVE NAME i: name} names alternative i, every
 * other key goes to {@link PrefLibFile#metadata()} in file order. A data line reads
 * {@code count: ballot}: a positive count, then the ballot's entries separated by commas, best
 * first; an entry is an alternative number or a tier of tied alternatives in braces,
 * {@code {2,5}}. In a {@code .cat} file an entry is a category, best first ({@code {}} is an
 * empty category); the first category of a line is its approved set. In an ordinal file
 * {@code {}} alone (or nothing after the colon) is the empty ballot. Blank lines are skipped;
 * the text is UTF-8 (a byte-order mark is skipped).
 *
 * <p><b>What is checked.</b> Everything, and every problem is reported with its line number in
 * one {@link PrefLibException}: header lines of the wrong form or after the data, keys given
 * twice; {@code NUMBER ALTERNATIVES} present and a positive number, and every alternative on a
 * line declared by it; {@code NUMBER VOTERS} equal to the sum of the counts and
 * {@code NUMBER UNIQUE ORDERS} (or {@code NUMBER UNIQUE PREFERENCES}) to the number of data lines,
 * when given; {@code DATA TYPE} equal to the type the file is read as; malformed lines, an
 * alternative twice on a line, unclosed braces, counts that are not positive or overflow a
 * {@code long} (alone or summed); lines that do not fit the type (a tie in a {@code .soc} or
 * {@code .soi} file, a line that leaves an alternative out of a {@code .soc} or {@code .toc}
 * file); and in a {@code .cat} file, {@code NUMBER CATEGORIES} must be 2 and every line must have
 * two categories. An alternative in neither category of a {@code .cat} line counts as not
 * approved. After 1000 problems the reader stops.
 *
 * <p><b>Writing</b> is canonical, see {@link #write(PrefLibFile, Writer)}; reading what was
 * written gives an equal profile and the same names.
 */
public final class PrefLib {
  private PrefLib() {}

  /**
   * Reads a PrefLib file; its data type is its extension, or, if the extension is none of the
   * five, the header's {@code DATA TYPE}.
   *
   * @param file the file, in UTF-8
   * @return the file's header and profile
   * @throws PrefLibException listing every problem found, with line numbers
   * @throws IOException if the file cannot be read or is not UTF-8
   */
  public static PrefLibFile read(Path file) throws IOException {
    Path name = file.getFileName();
    String fileName = name == null ? file.toString() : name.toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return PrefLibReader.read(in, DataType.fromFileName(fileName).orElse(null), fileName);
    }
  }

  /**
   * Reads a PrefLib file of a known data type; the header's {@code DATA TYPE}, if given, must agree.
   *
   * @param in the text; not closed
   * @param dataType how to read the lines
   * @return the file's header and profile
   * @throws PrefLibException listing every problem found, with line numbers
   * @throws IOException if reading fails
   */
  public static PrefLibFile read(Reader in, DataType dataType) throws IOException {
    requireNonNull(dataType, "dataType");
    return PrefLibReader.read(buffered(in), dataType, "the ." + dataType.extension() + " file");
  }

  /**
   * Reads a PrefLib file whose data type is given by its header's {@code DATA TYPE}.
   *
   * @param in the text; not closed
   * @return the file's header and profile
   * @throws PrefLibException listing every problem found, with line numbers (including a missing
   *     {@code DATA TYPE})
   * @throws IOException if reading fails
   */
  public static PrefLibFile read(Reader in) throws IOException {
    return PrefLibReader.read(buffered(in), null, "the PrefLib file");
  }

  private static BufferedReader buffered(Reader in) {
    requireNonNull(in, "in");
    return in instanceof BufferedReader b ? b : new BufferedReader(in);
  }

  /**
   * Writes a PrefLib file in canonical form.
   *
   * <p>The header lists {@code FILE NAME}, {@code TITLE}, {@code DESCRIPTION}, {@code DATA TYPE},
   * {@code MODIFICATION TYPE}, {@code RELATES TO}, {@code RELATED FILES},
   * {@code PUBLICATION DATE} and {@code MODIFICATION DATE} (from the metadata, empty if absent),
   * then any other metadata keys in their order, then the computed counts
   * ({@code NUMBER ALTERNATIVES}, {@code NUMBER VOTERS}, and {@code NUMBER UNIQUE ORDERS}; for
   * {@code .cat}: {@code NUMBER UNIQUE PREFERENCES}, {@code NUMBER CATEGORIES: 2} and the two
   * {@code CATEGORY NAME}s, "Yes" and "No" unless the metadata names them), then
   * {@code ALTERNATIVE NAME i} for every alternative (its number when it has no name). The data
   * type and counts always come from the file's profile, never from the metadata.
   *
   * <p>Then one line per distinct ballot, by descending count; equal counts keep the profile's
   * order of ballots (the order they were first added; for a profile read from a file, the
   * file's order). A tier of one alternative is written bare, a tie in braces with its
   * alternatives ascending ({@code 3,{1,4},2}); the empty ballot is {@code {}}. A {@code .cat}
   * line is the approved set, then every other alternative: {@code {2,5},{1,3,4}}. Lines end in
   * {@code \n}. An approval profile's cap is not written.
   *
   * @param file the file
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(PrefLibFile file, Writer out) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(out, "out");
    PrefLibWriter.write(file, out);
  }

  /**
   * Writes a PrefLib file in canonical form (see {@link #write(PrefLibFile, Writer)}), in UTF-8.
   *
   * @param file the file
   * @param path where to write; replaced if it exists
   * @throws IOException if writing fails
   */
  public static void write(PrefLibFile file, Path path) throws IOException {
    requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      PrefLibWriter.write(file, out);
    }
  }
}
