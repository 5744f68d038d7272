package dk.prioritization.preflib;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ProfileException;
import dk.prioritization.core.ProfileProblem;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one PrefLib file line by line, collecting every problem with its line number. */
final class PrefLibReader {
  /** The most problems listed; past this the reader stops. */
  static final int MAX_PROBLEMS = 1000;
  /** The most alternatives a file may declare (the profile keeps per-candidate arrays). */
  static final int MAX_ALTERNATIVES = 1_000_000;

  private static final Pattern HEADER = Pattern.compile("#\\s*([^:]*?)\\s*:(.*)");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern SIGNED = Pattern.compile("[+-]?[0-9]+");

  private final BufferedReader in;
  private final DataType given;
  private final String source;
  private final List<PrefLibProblem> problems = new ArrayList<>();

  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final Map<String, Integer> keyLines = new HashMap<>();
  private final Map<Integer, String> names = new LinkedHashMap<>();
  private final Map<Integer, Integer> nameLines = new HashMap<>();

  private int lineNumber;
  private DataType type;
  /** The number of alternatives, or -1 if the header does not give it usably. */
  private int m = -1;
  private int categories = 2;
  private boolean headerUsable = true;
  private int headerEnd;

  private RankedProfile.Builder<Integer> ranked;
  private ApprovalProfile.Builder<Integer> approval;
  private int[] stamp;
  private int dataLines;
  private int firstDataLine;
  private long voters;
  private boolean countsValid = true;

  private PrefLibReader(BufferedReader in, DataType given, String source) {
    this.in = in;
    this.given = given;
    this.source = source;
  }

  /** Reads a whole file, or throws a {@link PrefLibException} with every problem found. */
  static PrefLibFile read(BufferedReader in, DataType given, String source) throws IOException {
    return new PrefLibReader(in, given, source).read();
  }

  private static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super(null, null, false, false);
    }
  }

  private void problem(int line, String message) {
    problems.add(new PrefLibProblem(line, message));
    if (problems.size() >= MAX_PROBLEMS) {
      throw new TooManyProblems();
    }
  }

  private PrefLibFile read() throws IOException {
    try {
      boolean inHeader = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          if (inHeader) {
            header(line);
          } else {
            problem(lineNumber, "a header line after the data (the header ends before line " + headerEnd + ")");
          }
          continue;
        }
        if (inHeader) {
          inHeader = false;
          headerEnd = lineNumber;
          endHeader();
        }
        data(line);
      }
      if (inHeader) {
        headerEnd = lineNumber + 1;
        endHeader();
      }
      endData();
    } catch (TooManyProblems e) {
      problems.add(new PrefLibProblem(lineNumber, "stopped after " + MAX_PROBLEMS + " problems"));
    }
    if (!problems.isEmpty()) {
      throw failure();
    }
    Profile<Integer> profile;
    try {
      profile = ranked != null ? ranked.build() : approval.build();
    } catch (ProfileException e) {
      // the checks above should have caught everything the builder checks; report it anyway
      for (ProfileProblem p : e.problems()) {
        problems.add(new PrefLibProblem(firstDataLine, p.message()));
      }
      throw failure();
    }
    return new PrefLibFile(type, metadata, names, profile);
  }

  private PrefLibException failure() {
    List<PrefLibProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(PrefLibProblem::line)); // stable: same-line problems keep their order
    return new PrefLibException(source, sorted);
  }

  // ---------------------------------------------------------------- header

  private void header(String line) {
    Matcher h = HEADER.matcher(line);
    if (!h.matches() || h.group(1).isEmpty()) {
      problem(lineNumber, "a header line must read '# KEY: value', not '" + abbreviate(line) + "'");
      return;
    }
    String key = h.group(1);
    String value = h.group(2).strip();
    if (key.startsWith("ALTERNATIVE NAME")) {
      Integer i = positiveInt(key.substring("ALTERNATIVE NAME".length()).strip());
      if (i == null) {
        problem(lineNumber, "'" + key + "': alternatives are numbered 1, 2, ...");
        return;
      }
      Integer first = nameLines.putIfAbsent(i, lineNumber);
      if (first != null) {
        problem(lineNumber, "ALTERNATIVE NAME " + i + " is given twice (first on line " + first + ")");
        return;
      }
      names.put(i, value);
      return;
    }
    Integer first = keyLines.putIfAbsent(key, lineNumber);
    if (first != null) {
      problem(lineNumber, key + " is given twice (first on line " + first + ")");
      return;
    }
    metadata.put(key, value);
  }

  /** Interprets the header once it is complete: data type, alternatives, categories. */
  private void endHeader() {
    // the data type
    Integer typeLine = keyLines.get("DATA TYPE");
    DataType declared = null;
    if (typeLine != null) {
      String value = metadata.get("DATA TYPE");
      declared = DataType.fromExtension(value).orElse(null);
      if (declared == null) {
        problem(typeLine, "DATA TYPE '" + value + "' is not one of soc, soi, toc, toi, cat");
      } else if (given != null && declared != given) {
        problem(typeLine, "DATA TYPE is '" + declared.extension() + "' but the file is read as ." + given.extension());
        headerUsable = false; // the lines are checked for syntax only: which type's rules apply is unclear
      }
    }
    type = given != null ? given : declared;
    if (type == null) {
      headerUsable = false;
      if (typeLine == null) {
        problem(headerEnd, "the header has no DATA TYPE, and no data type was given (by a file extension or the caller)");
      }
    }

    // the alternatives
    Integer altLine = keyLines.get("NUMBER ALTERNATIVES");
    if (altLine == null) {
      problem(headerEnd, "the header has no NUMBER ALTERNATIVES");
    } else {
      String value = metadata.get("NUMBER ALTERNATIVES");
      Integer n = positiveInt(value);
      if (n == null) {
        problem(altLine, "NUMBER ALTERNATIVES '" + value + "' is not a positive whole number");
      } else if (n > MAX_ALTERNATIVES) {
        problem(altLine, "NUMBER ALTERNATIVES " + n + " is more than " + MAX_ALTERNATIVES + ", the most this reader accepts");
      } else {
        m = n;
      }
    }
    if (m > 0) {
      for (Map.Entry<Integer, Integer> e : nameLines.entrySet()) {
        if (e.getKey() > m) {
          problem(e.getValue(), "ALTERNATIVE NAME " + e.getKey() + " is beyond NUMBER ALTERNATIVES (" + m + ")");
        }
      }
    } else {
      headerUsable = false;
    }

    // the categories
    if (type == DataType.CAT) {
      Integer catLine = keyLines.get("NUMBER CATEGORIES");
      if (catLine == null) {
        problem(headerEnd, "the header of a .cat file has no NUMBER CATEGORIES");
      } else {
        String value = metadata.get("NUMBER CATEGORIES");
        Integer n = positiveInt(value);
        if (n == null) {
          problem(catLine, "NUMBER CATEGORIES '" + value + "' is not a positive whole number");
        } else if (n != 2) {
          problem(catLine, "NUMBER CATEGORIES is " + n
              + ": only .cat files with two categories (approved, not approved) are supported");
          headerUsable = false;
        } else {
          categories = n;
        }
      }
    }

    if (headerUsable) {
      List<Integer> alternatives = new ArrayList<>(m);
      for (int i = 1; i <= m; i++) {
        alternatives.add(i);
      }
      if (type == DataType.CAT) {
        approval = Profile.approval(alternatives);
      } else {
        ranked = Profile.ranked(alternatives);
      }
    }
    if (m > 0) {
      stamp = new int[m + 1];
    }
  }

  // ---------------------------------------------------------------- data lines

  private void data(String line) {
    dataLines++;
    if (firstDataLine == 0) {
      firstDataLine = lineNumber;
    }
    int colon = line.indexOf(':');
    if (colon < 0) {
      problem(lineNumber, "a line must read 'count: ballot', but '" + abbreviate(line) + "' has no ':'");
      countsValid = false;
      return;
    }
    long count = count(line.substring(0, colon).strip());
    List<List<Integer>> groups = ballot(line, colon + 1);
    if (count <= 0 || groups == null || !headerUsable) {
      return;
    }
    if (type == DataType.CAT) {
      if (groups.size() != categories) {
        problem(lineNumber, "the line has " + groups.size() + (groups.size() == 1 ? " category" : " categories")
            + " but NUMBER CATEGORIES is " + categories);
        return;
      }
      approval.add(ApprovalBallot.of(groups.get(0)), count);
      return;
    }
    boolean ok = true;
    if (groups.size() == 1 && groups.get(0).isEmpty()) {
      groups = List.of(); // {} alone: the empty ballot
    }
    int rankedCount = 0;
    for (List<Integer> g : groups) {
      rankedCount += g.size();
      if (g.isEmpty()) {
        problem(lineNumber, "an empty tier {} inside an order (write {} alone for an empty ballot)");
        ok = false;
      } else if (g.size() > 1 && !type.allowsTies()) {
        problem(lineNumber, "a tie " + braces(g) + ", but a ." + type.extension() + " file holds strict orders");
        ok = false;
      }
    }
    if (ok && type.requiresComplete() && rankedCount != m) {
      problem(lineNumber, "the order ranks " + rankedCount + " of " + m + " alternatives (missing "
          + missing() + "), but a ." + type.extension() + " file holds complete orders");
      ok = false;
    }
    if (ok) {
      ranked.add(RankedBallot.ofTiers(groups), count);
    }
  }

  /** The alternatives not stamped on the current line, for a message; at most ten are listed. */
  private String missing() {
    StringBuilder sb = new StringBuilder();
    int listed = 0;
    int total = 0;
    for (int a = 1; a <= m; a++) {
      if (stamp[a] != lineNumber) {
        total++;
        if (listed < 10) {
          sb.append(listed++ == 0 ? "" : ", ").append(a);
        }
      }
    }
    if (total > listed) {
      sb.append(", ... ").append(total - listed).append(" more");
    }
    return sb.toString();
  }

  /** Parses and checks a count; returns it, or 0 after recording a problem. */
  private long count(String text) {
    if (!SIGNED.matcher(text).matches()) {
      problem(lineNumber, text.isEmpty() ? "the line has no count before ':'" : "count '" + abbreviate(text) + "' is not a whole number");
      countsValid = false;
      return 0;
    }
    long count;
    try {
      count = Long.parseLong(text);
    } catch (NumberFormatException e) {
      problem(lineNumber, "count " + text + " is too large (at most " + Long.MAX_VALUE + ")");
      countsValid = false;
      return 0;
    }
    if (count <= 0) {
      problem(lineNumber, "count " + count + " is not positive");
      countsValid = false;
      return 0;
    }
    if (countsValid) {
      try {
        voters = Math.addExact(voters, count);
      } catch (ArithmeticException e) {
        problem(lineNumber, "the number of voters overflows: the counts up to this line add up to more than " + Long.MAX_VALUE);
        countsValid = false;
        return 0;
      }
    }
    return count;
  }

  /**
   * Parses the ballot after the colon into groups: a bare number is a group of one, {@code {a,b}}
   * a group of several, {@code {}} an empty group. Returns null after recording problems.
   */
  private List<List<Integer>> ballot(String line, int from) {
    List<List<Integer>> groups = new ArrayList<>();
    boolean ok = true;
    int n = line.length();
    int i = skipSpace(line, from);
    if (i == n) {
      return groups; // nothing after the colon: no groups (the empty ballot in an ordinal file)
    }
    while (true) {
      List<Integer> group = new ArrayList<>();
      if (line.charAt(i) == '{') {
        int open = i;
        int close = -1;
        for (int j = i + 1; j < n; j++) {
          char c = line.charAt(j);
          if (c == '}') {
            close = j;
            break;
          }
          if (c == '{') {
            problem(lineNumber, "a '{' inside braces at column " + (j + 1) + " (tiers do not nest)");
            return null;
          }
        }
        if (close < 0) {
          problem(lineNumber, "the '{' at column " + (open + 1) + " is not closed");
          return null;
        }
        String inside = line.substring(open + 1, close);
        if (!inside.isBlank()) {
          for (String token : inside.split(",", -1)) {
            ok &= alternative(token, group);
          }
        }
        i = close + 1;
      } else {
        int end = i;
        while (end < n && line.charAt(end) != ',' && line.charAt(end) != '{') {
          if (line.charAt(end) == '}') {
            problem(lineNumber, "a '}' at column " + (end + 1) + " without its '{'");
            return null;
          }
          end++;
        }
        ok &= alternative(line.substring(i, end), group);
        i = end;
      }
      groups.add(group);
      i = skipSpace(line, i);
      if (i == n) {
        break;
      }
      if (line.charAt(i) != ',') {
        problem(lineNumber, "expected ',' at column " + (i + 1) + " but found '" + line.charAt(i) + "'");
        return null;
      }
      i = skipSpace(line, i + 1);
      if (i == n) {
        problem(lineNumber, "the ballot ends with ','");
        return null;
      }
    }
    return ok ? groups : null;
  }

  /** Parses one alternative number into {@code group}; returns false after recording a problem. */
  private boolean alternative(String token, List<Integer> group) {
    String t = token.strip();
    if (t.isEmpty()) {
      problem(lineNumber, "an empty entry between commas");
      return false;
    }
    Integer a = DIGITS.matcher(t).matches() ? positiveIntOrZero(t) : null;
    if (a == null) {
      problem(lineNumber, "'" + abbreviate(t) + "' is not an alternative number");
      return false;
    }
    if (m > 0 && (a < 1 || a > m)) {
      problem(lineNumber, "alternative " + a + " is not declared (the file has " + m
          + (m == 1 ? " alternative)" : " alternatives)"));
      return false;
    }
    if (stamp != null) {
      if (stamp[a] == lineNumber) {
        problem(lineNumber, "alternative " + a + " appears twice");
        return false;
      }
      stamp[a] = lineNumber;
    }
    group.add(a);
    return true;
  }

  private void endData() {
    if (dataLines == 0) {
      problem(headerEnd, "the file has no ballots");
      return;
    }
    Integer votersLine = keyLines.get("NUMBER VOTERS");
    if (votersLine != null) {
      String value = metadata.get("NUMBER VOTERS");
      Long declared = DIGITS.matcher(value).matches() ? parseLong(value) : null;
      if (declared == null) {
        problem(votersLine, "NUMBER VOTERS '" + abbreviate(value) + "' is not a whole number");
      } else if (countsValid && declared != voters) {
        problem(votersLine, "NUMBER VOTERS is " + declared + " but the lines count " + voters + " voters");
      }
    }
    for (String key : List.of("NUMBER UNIQUE ORDERS", "NUMBER UNIQUE PREFERENCES")) {
      Integer keyLine = keyLines.get(key);
      if (keyLine != null) {
        String value = metadata.get(key);
        Long declared = DIGITS.matcher(value).matches() ? parseLong(value) : null;
        if (declared == null) {
          problem(keyLine, key + " '" + abbreviate(value) + "' is not a whole number");
        } else if (declared != dataLines) {
          problem(keyLine, key + " is " + declared + " but the file has " + dataLines
              + (dataLines == 1 ? " line of ballots" : " lines of ballots"));
        }
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Integer positiveInt(String text) {
    Integer i = DIGITS.matcher(text).matches() ? positiveIntOrZero(text) : null;
    return i == null || i == 0 ? null : i;
  }

  private static Integer positiveIntOrZero(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long parseLong(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String braces(List<Integer> group) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < group.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(group.get(i));
    }
    return sb.append('}').toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
