package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ProfileException;
import dk.prioritization.core.ProfileProblem;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.internal.Access;
import dk.prioritization.core.internal.RankedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ballot objects token by token (no tree) into a profile builder, checking each against the
 * profile's candidates and settings and reporting every problem with its path inside the ballot.
 *
 * <p>The same code reads the ballots of a profile document (paths {@code $.ballots[3].ranking[1][0]})
 * and the lines of a JSON Lines file (paths {@code line 17, $.ranking[1][0]}). Only ballots without
 * problems reach the builder.
 */
final class BallotParser<C> {
  private final ProfileSettings settings;
  private final BallotKind kind;
  private final List<C> candidates;
  private final int m;
  /** Candidate lookup for integer candidates in a small range: table[value - offset] = index or -1. */
  private final int[] table;
  private final int offset;
  private final boolean integers;
  private final Map<Object, Integer> index = new HashMap<>();
  /** Candidate names by hash slot (string candidates), and each slot's candidate index. */
  private final String[] names;
  private final int[] slots;
  private final Problems problems;
  private final boolean document;
  /** For documents: the path of each ballot given to the builder, by builder position. */
  private final List<Integer> positions = new ArrayList<>();

  private final RankedProfile.Builder<C> ranked;
  private final ApprovalProfile.Builder<C> approval;
  private final ScoreProfile.Builder<C> score;
  private final CumulativeProfile.Builder<C> cumulative;

  private final int[] scratch;
  private final int[] tierEnds;
  private final int[] values;
  private final int[] stamp;
  private int serial;
  private int problemCount;
  private long voters;
  private long ballots;
  private String prefix;
  private int line;
  private int position;

  /**
   * Creates a parser.
   *
   * @param settings the profile's kind and declared limits
   * @param candidates the candidates, checked: none twice, at least one
   * @param problems where to report
   * @param document whether paths are {@code $.ballots[i]} (true) or {@code line n, $} (false)
   */
  BallotParser(ProfileSettings settings, List<C> candidates, Problems problems, boolean document) {
    this.settings = settings;
    this.kind = settings.kind();
    this.candidates = ImmutableList.copyOf(candidates);
    this.m = candidates.size();
    this.problems = problems;
    this.document = document;
    boolean allIntegers = !candidates.isEmpty();
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (C c : candidates) {
      if (c instanceof Integer i) {
        min = Math.min(min, i);
        max = Math.max(max, i);
      } else {
        allIntegers = false;
      }
    }
    this.integers = allIntegers;
    for (int i = 0; i < m; i++) {
      C c = candidates.get(i);
      index.put(integers ? c : Candidates.key(c), i);
    }
    int size = Integer.highestOneBit(Math.max(4, m * 4) - 1) << 1;
    this.names = new String[size];
    this.slots = new int[size];
    if (!integers) {
      for (int i = 0; i < m; i++) {
        String n = Candidates.key(candidates.get(i));
        int slot = mix(n.hashCode()) & (size - 1);
        while (names[slot] != null) {
          slot = (slot + 1) & (size - 1);
        }
        names[slot] = n;
        slots[slot] = i;
      }
    }
    if (integers && (long) max - min < 65_536) {
      offset = min;
      table = new int[max - min + 1];
      java.util.Arrays.fill(table, -1);
      for (int i = 0; i < m; i++) {
        table[(Integer) candidates.get(i) - min] = i;
      }
    } else {
      offset = 0;
      table = null;
    }
    this.scratch = new int[m];
    this.tierEnds = new int[m + 1];
    this.values = new int[m];
    this.stamp = new int[m];
    this.ranked = kind == BallotKind.RANKED ? Profile.ranked(candidates) : null;
    this.approval = kind == BallotKind.APPROVAL ? Profile.approval(candidates) : null;
    if (approval != null && settings.cap() != null) {
      approval.cap(settings.cap());
    }
    this.score = kind == BallotKind.SCORE ? Profile.scores(candidates, settings.min(), settings.max()) : null;
    if (score != null && settings.ungradedAs() != null) {
      score.ungradedAs(settings.ungradedAs());
    }
    this.cumulative = kind == BallotKind.CUMULATIVE ? Profile.cumulative(candidates, settings.budget()) : null;
  }

  /** Returns how many problems this parser reported. */
  int problemCount() {
    return problemCount;
  }

  /** Returns how many ballot objects were parsed. */
  long ballots() {
    return ballots;
  }

  private String path() {
    if (prefix == null) {
      prefix = document ? "$.ballots[" + position + "]" : "line " + line + ", $";
    }
    return prefix;
  }

  private void problem(String suffix, String message) {
    problems.add(path() + suffix, message);
    problemCount++;
  }

  /**
   * Parses one ballot object; the parser is at its START_OBJECT and is left at its END_OBJECT.
   *
   * @param position the ballot's position in the document (documents) or 0
   * @param line the line number (files) or 0
   * @return whether the ballot was accepted
   */
  boolean parse(JsonParser p, int position, int line) throws IOException {
    this.position = position;
    this.line = line;
    this.prefix = null;
    ballots++;
    if (++serial == 0) {
      java.util.Arrays.fill(stamp, 0);
      serial = 1;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      problem("", "expected a ballot object but found " + describe(p.currentToken()));
      p.skipChildren();
      return false;
    }
    boolean ok = true;
    boolean seen = false;
    long count = 1;
    int length = 0;
    int tiers = 0;
    String field = field();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("count")) {
        count = count(p, t);
        ok &= count > 0;
      } else if (name.equals(field)) {
        seen = true;
        switch (kind) {
          case RANKED -> {
            tiers = ranking(p, t);
            ok &= tiers >= 0;
            length = tiers >= 0 ? tierEnds[tiers] : 0;
          }
          case APPROVAL -> {
            length = approved(p, t);
            ok &= length >= 0;
          }
          default -> ok &= grades(p, t);
        }
      } else {
        problem("." + name, "unknown field '" + name + "'; a " + kind.id() + " ballot has '" + field + "' and 'count'");
        p.skipChildren();
        ok = false;
      }
    }
    if (!seen) {
      problem("", "missing field '" + field + "'");
      ok = false;
    }
    if (!ok) {
      return false;
    }
    if (Long.MAX_VALUE - voters < count) {
      problem(".count", "count " + count + " makes the number of voters overflow a long");
      return false;
    }
    voters += count;
    if (document) {
      positions.add(position);
    }
    switch (kind) {
      case RANKED -> addRanked(tiers, count);
      case APPROVAL -> {
        ImmutableList.Builder<C> b = ImmutableList.builderWithExpectedSize(length);
        for (int i = 0; i < length; i++) {
          b.add(candidates.get(scratch[i]));
        }
        approval.add(new ApprovalBallot<>(b.build()), count);
      }
      case SCORE -> score.add(new ScoreBallot<>(gradeMap()), count);
      case CUMULATIVE -> cumulative.add(new CumulativeBallot<>(gradeMap()), count);
      default -> throw new AssertionError(kind);
    }
    return true;
  }

  private String field() {
    return switch (kind) {
      case RANKED -> "ranking";
      case APPROVAL -> "approved";
      case SCORE -> "scores";
      case CUMULATIVE -> "points";
    };
  }

  /**
   * Hands the ranking in scratch/tierEnds to the profile builder as candidate indices, with no
   * ballot object in between; the builder checks it as it checks any ballot.
   */
  private void addRanked(int tiers, long count) {
    int length = tierEnds[tiers];
    for (int t = 0; t < tiers; t++) {
      for (int i = tierEnds[t] + 1; i < tierEnds[t + 1]; i++) {
        scratch[i] |= RankedData.TIED;
      }
    }
    Access.addEntries(ranked, scratch, length, count);
  }

  /** The grades or points given on this ballot (marked in stamp), in candidate order. */
  private Map<C, Integer> gradeMap() {
    ImmutableMap.Builder<C, Integer> b = ImmutableMap.builderWithExpectedSize(m);
    for (int c = 0; c < m; c++) {
      if (stamp[c] == serial) {
        b.put(candidates.get(c), values[c]);
      }
    }
    return b.buildOrThrow();
  }

  /** Reads a count, returning it, or 0 after reporting a problem. */
  private long count(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT) {
      problem(".count", "expected a positive integer but found " + describe(t));
      p.skipChildren();
      return 0;
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      problem(".count", "count " + p.getText() + " overflows a long (at most " + Long.MAX_VALUE + ")");
      return 0;
    }
    long c = p.getLongValue();
    if (c <= 0) {
      problem(".count", "count " + c + " must be positive");
      return 0;
    }
    return c;
  }

  /** Returns the candidate index of the current token, or -1 after reporting a problem. */
  private int candidate(JsonParser p, JsonToken t, String where) throws IOException {
    int i;
    if (integers) {
      if (t != JsonToken.VALUE_NUMBER_INT) {
        problem(where, "expected an integer candidate but found " + describe(t));
        p.skipChildren();
        return -1;
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        problem(where, "unknown candidate " + p.getText());
        return -1;
      }
      int v = p.getIntValue();
      if (table != null) {
        long k = (long) v - offset;
        i = k >= 0 && k < table.length ? table[(int) k] : -1;
      } else {
        Integer x = index.get(v);
        i = x == null ? -1 : x;
      }
      if (i < 0) {
        problem(where, "unknown candidate " + v);
        return -1;
      }
    } else {
      if (t != JsonToken.VALUE_STRING) {
        problem(where, "expected a string candidate but found " + describe(t));
        p.skipChildren();
        return -1;
      }
      i = lookup(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (i < 0) {
        problem(where, "unknown candidate '" + p.getText() + "'");
        return -1;
      }
    }
    return i;
  }

  /** Finds a candidate by name without making a string: open addressing over {@link #names}. */
  private int lookup(char[] buf, int off, int len) {
    int h = 0;
    for (int k = off; k < off + len; k++) {
      h = 31 * h + buf[k];
    }
    int mask = names.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      String n = names[slot];
      if (n == null) {
        return -1;
      }
      if (n.length() == len && equal(n, buf, off, len)) {
        return slots[slot];
      }
    }
  }

  private static boolean equal(String n, char[] buf, int off, int len) {
    for (int k = 0; k < len; k++) {
      if (n.charAt(k) != buf[off + k]) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private String name(int c) {
    C x = candidates.get(c);
    return x instanceof Integer ? x.toString() : "'" + x + "'";
  }

  /** Reads a ranking into scratch/tierEnds; returns the number of tiers, or -1 after problems. */
  private int ranking(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      problem(".ranking", "expected an array of tiers but found " + describe(t));
      p.skipChildren();
      return -1;
    }
    boolean ok = true;
    int tiers = 0;
    int length = 0;
    tierEnds[0] = 0;
    int tier = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_ARRAY) {
        problem(".ranking[" + tier + "]", "expected a tier (an array of candidates) but found " + describe(t));
        p.skipChildren();
        ok = false;
        tier++;
        continue;
      }
      int i = 0;
      int start = length;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        String where = ".ranking[" + tier + "][" + i + "]";
        int c = candidate(p, t, where);
        if (c < 0) {
          ok = false;
        } else if (stamp[c] == serial) {
          problem(where, "candidate " + name(c) + " is ranked twice");
          ok = false;
        } else {
          stamp[c] = serial;
          scratch[length++] = c;
        }
        i++;
      }
      if (i == 0) {
        problem(".ranking[" + tier + "]", "empty tier; a tier lists at least one candidate");
        ok = false;
      }
      if (ok && length > start) {
        tierEnds[++tiers] = length;
      }
      tier++;
    }
    return ok ? tiers : -1;
  }

  /** Reads approvals into scratch; returns how many, or -1 after problems. */
  private int approved(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      problem(".approved", "expected an array of candidates but found " + describe(t));
      p.skipChildren();
      return -1;
    }
    boolean ok = true;
    int length = 0;
    int i = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      String where = ".approved[" + i + "]";
      int c = candidate(p, t, where);
      if (c < 0) {
        ok = false;
      } else if (stamp[c] == serial) {
        problem(where, "candidate " + name(c) + " is approved twice");
        ok = false;
      } else {
        stamp[c] = serial;
        scratch[length++] = c;
      }
      i++;
    }
    Integer cap = settings.cap();
    if (cap != null && i > cap) {
      problem(".approved", "approves " + i + " candidates but the cap is " + cap);
      ok = false;
    }
    return ok ? length : -1;
  }

  /** Reads a scores or points object into values/stamp; returns whether it was fine. */
  private boolean grades(JsonParser p, JsonToken t) throws IOException {
    boolean points = kind == BallotKind.CUMULATIVE;
    String field = points ? ".points" : ".scores";
    if (t != JsonToken.START_OBJECT) {
      problem(field, "expected an object of candidate: " + (points ? "points" : "grade") + " but found " + describe(t));
      p.skipChildren();
      return false;
    }
    boolean ok = true;
    long spent = 0;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String where = field + "." + key;
      t = p.nextToken();
      Integer x = integers ? intKey(key) : index.get(key);
      if (x == null) {
        problem(where, "unknown candidate '" + key + "'");
        p.skipChildren();
        ok = false;
        continue;
      }
      int c = x;
      if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        problem(where, "expected an integer " + (points ? "number of points" : "grade") + " but found "
            + (t == JsonToken.VALUE_NUMBER_INT ? p.getText() : describe(t)));
        p.skipChildren();
        ok = false;
        continue;
      }
      int v = p.getIntValue();
      if (stamp[c] == serial) {
        problem(where, "candidate " + name(c) + " is " + (points ? "given points" : "graded") + " twice");
        ok = false;
        continue;
      }
      stamp[c] = serial;
      values[c] = v;
      if (points) {
        if (v < 0) {
          problem(where, v + " points is below 0");
          ok = false;
        }
        spent += v;
      } else if (v < settings.min() || v > settings.max()) {
        problem(where, "grade " + v + " is off the scale " + settings.min() + ".." + settings.max());
        ok = false;
      }
    }
    if (points && spent > settings.budget()) {
      problem(field, "spends " + spent + " points but the budget is " + settings.budget());
      ok = false;
    }
    if (!points && settings.ungradedAs() == null) {
      for (int c = 0; c < m; c++) {
        if (stamp[c] != serial) {
          problem(field, "does not grade candidate " + name(c) + " (the profile declares no 'ungradedAs')");
          ok = false;
        }
      }
    }
    return ok;
  }

  private Integer intKey(String key) {
    try {
      return index.get(Integer.valueOf(key));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  /**
   * Builds the profile, mapping the builder's own problems to paths; returns null if there was
   * any problem (reported).
   *
   * @param emptyPath where to report a profile without ballots
   */
  Profile<C> build(String emptyPath) {
    if (problemCount > 0) {
      return null;
    }
    try {
      return switch (kind) {
        case RANKED -> ranked.build();
        case APPROVAL -> approval.build();
        case SCORE -> score.build();
        case CUMULATIVE -> cumulative.build();
      };
    } catch (ProfileException e) {
      for (ProfileProblem pp : e.problems()) {
        int b = ballotOf(pp);
        String path;
        if (pp instanceof ProfileProblem.EmptyProfile) {
          path = emptyPath;
        } else if (b < 0) {
          path = "$";
        } else if (document) {
          path = "$.ballots[" + positions.get(b) + "]";
        } else {
          path = "ballot " + b;
        }
        problems.add(path, pp.message());
        problemCount++;
      }
      return null;
    }
  }

  private static int ballotOf(ProfileProblem p) {
    if (p instanceof ProfileProblem.UnknownCandidate x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.CandidateTwice x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.EmptyTier x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.OverApprovalCap x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.GradeOffScale x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.MissingGrade x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.NegativePoints x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.OverBudget x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.NonPositiveCount x) {
      return x.ballot();
    } else if (p instanceof ProfileProblem.CountOverflow x) {
      return x.ballot();
    }
    return -1;
  }
}
