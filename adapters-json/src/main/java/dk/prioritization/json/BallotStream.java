package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Ballot;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Weighted;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes profiles as JSON Lines, for inputs too large for one document: millions of
 * ballots, read token by token without a JSON tree, in memory that grows with the number of
 * distinct ballots only.
 *
 * <p>The first line is a header naming the ballot kind, the candidates and the kind's settings
 * (as in a profile document); each further line is one ballot object with an optional
 * {@code count} (default 1):
 *
 * <pre>{@code
 * {"format": "prioritization/1", "kind": "ballots", "ballotKind": "ranked", "candidates": [1, 2, 3]}
 * {"ranking": [[1], [3]], "count": 2}
 * {"ranking": [[2, 3], [1]]}
 * }</pre>
 *
 * <p>Approval lines are {@code {"approved": [...]}}, score lines {@code {"scores": {"A": 5, ...}}}
 * and cumulative lines {@code {"points": {"A": 3}}}. {@link #readRanked} and
 * {@link #readApproval} take the candidates from the caller instead; the file may then still
 * start with a header, which must agree. Blank lines are skipped.
 *
 * <p>Reading checks every ballot and reports every problem (up to
 * {@link ReadLimits#maxProblems()}) in one {@link DocumentException}; each names the line and the
 * path inside it, e.g. {@code line 17, $.ranking[1][0]: unknown candidate 'X'}. Exceeding a
 * {@link ReadLimits limit} stops reading with a problem naming the line and the limit.
 */
public final class BallotStream {
  /** The {@code kind} of a ballots header. */
  static final String KIND = "ballots";
  private static final Set<String> HEADER_FIELDS;
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  static {
    Set<String> f = new HashSet<>(ProfileSettings.FIELDS);
    f.addAll(List.of("format", "kind", "candidates"));
    HEADER_FIELDS = Set.copyOf(f);
  }

  private BallotStream() {}

  /**
   * Reads a JSON Lines file that starts with a header line.
   *
   * @param file the file
   * @param limits the limits
   * @return the profile; its candidates are {@link Integer}s or {@link String}s as the header has them
   * @throws IOException if the file cannot be read
   * @throws DocumentException listing the problems, if the content is wrong or exceeds a limit
   */
  public static Profile<?> read(Path file, ReadLimits limits) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, limits);
    }
  }

  /**
   * Reads JSON Lines that start with a header line; the stream is not closed.
   *
   * @param in the input
   * @param limits the limits
   * @return the profile; its candidates are {@link Integer}s or {@link String}s as the header has them
   * @throws IOException if the input cannot be read
   * @throws DocumentException listing the problems, if the content is wrong or exceeds a limit
   */
  public static Profile<?> read(InputStream in, ReadLimits limits) throws IOException {
    return new Reading<Object>(in, limits).run(null, null);
  }

  /**
   * Reads ranked ballots over candidates the caller gives; a header line is optional and, if
   * present, must declare ranked ballots and the same candidates (by name, in order).
   *
   * <p>An {@link Integer} candidate matches a JSON integer; any other candidate matches the JSON
   * string of its {@code toString()}.
   *
   * @param in the input; not closed
   * @param candidates the candidates
   * @param limits the limits
   * @param <C> the candidate type
   * @return the profile
   * @throws IOException if the input cannot be read
   * @throws DocumentException listing the problems, if the content is wrong or exceeds a limit
   */
  public static <C> RankedProfile<C> readRanked(InputStream in, List<C> candidates, ReadLimits limits)
      throws IOException {
    return (RankedProfile<C>) new Reading<C>(in, limits)
        .run(new ProfileSettings(BallotKind.RANKED, null, 0, 0, null, 0), candidates);
  }

  /**
   * Reads approval ballots (without a cap) over candidates the caller gives; a header line is
   * optional and, if present, must declare approval ballots and the same candidates.
   *
   * @param in the input; not closed
   * @param candidates the candidates
   * @param limits the limits
   * @param <C> the candidate type
   * @return the profile
   * @throws IOException if the input cannot be read
   * @throws DocumentException listing the problems, if the content is wrong or exceeds a limit
   */
  public static <C> ApprovalProfile<C> readApproval(InputStream in, List<C> candidates, ReadLimits limits)
      throws IOException {
    return (ApprovalProfile<C>) new Reading<C>(in, limits)
        .run(new ProfileSettings(BallotKind.APPROVAL, null, 0, 0, null, 0), candidates);
  }

  /**
   * Writes {@code profile} as JSON Lines: a header line, then one line per distinct ballot with
   * its count. The stream is flushed, not closed.
   *
   * @param profile the profile
   * @param out the output
   * @throws IOException if writing fails
   */
  public static void write(Profile<?> profile, OutputStream out) throws IOException {
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    try (JsonGenerator g = FACTORY.createGenerator(buffered, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new MinimalPrettyPrinter(""));
      g.writeStartObject();
      g.writeStringField("format", JsonFormat.FORMAT);
      g.writeStringField("kind", KIND);
      ProfileSettings.of(profile).write(g);
      g.writeFieldName("candidates");
      Values.writeCandidates(g, profile.candidates());
      g.writeEndObject();
      g.writeRaw('\n');
      for (Weighted<? extends Ballot<?>> w : profile.ballots()) {
        Values.writeBallot(g, w.ballot(), false, w.count() == 1 ? 0 : w.count());
        g.writeRaw('\n');
      }
    }
    buffered.flush();
  }

  /** One reading of one input. */
  private static final class Reading<C> {
    private final LimitedInput in;
    /** The line of the value being read. */
    private int current = 1;
    private final ReadLimits limits;
    private final Problems problems = new Problems();
    private int own;

    Reading(InputStream in, ReadLimits limits) {
      this.in = new LimitedInput(in, limits);
      this.limits = limits;
    }

    private void problem(String path, String message) {
      problems.add(path, message);
      own++;
    }

    @SuppressWarnings("unchecked") // header candidates are Objects; C is Object then
    Profile<C> run(ProfileSettings given, List<C> givenCandidates) throws IOException {
      try (JsonParser p = FACTORY.createParser(in)) {
        p.setCodec(TREES);
        Profile<C> profile = body(p, given, givenCandidates);
        problems.throwIfAny();
        return profile;
      } catch (LimitedInput.LimitExceeded e) {
        problem("line " + e.line, e.getMessage());
      } catch (JsonEOFException e) {
        problem("line " + current, "the input ends inside this line's value (truncated?)");
      } catch (StreamReadException e) {
        int line = e.getLocation() == null ? current : e.getLocation().getLineNr();
        String message = e.getOriginalMessage().replaceAll("\\s*\\((?:start marker|for [A-Za-z]+ starting) at .*$", "")
            .replaceAll("\\s+", " ");
        problem("line " + line, "not valid JSON: " + message);
      }
      problems.throwIfAny();
      throw new AssertionError("unreachable");
    }

    @SuppressWarnings("unchecked") // header candidates are Objects; C is Object then
    private Profile<C> body(JsonParser p, ProfileSettings given, List<C> givenCandidates) throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        problem("line 1", given == null ? "the input is empty; expected a header line" : "the input has no ballots");
        return null;
      }
      int firstLine = p.currentTokenLocation().getLineNr();
      current = firstLine;
      JsonNode first = p.readValueAsTree();
      boolean header = first.isObject() && (first.has("format") || first.has("kind"));
      ProfileSettings settings = given;
      List<C> candidates = givenCandidates;
      if (given != null && candidates.size() > limits.maxCandidates()) {
        problem("candidates", candidates.size() + " candidates exceed the limit of " + limits.maxCandidates()
            + " (maxCandidates)");
        return null;
      }
      if (header) {
        Problems hp = new Problems();
        Trees.object(first, "$", hp, HEADER_FIELDS);
        Trees.checkDocument(first, KIND, hp);
        ProfileSettings s = ProfileSettings.read(first, given == null ? null : given.kind(), hp);
        List<Object> cs = ProfileSettings.candidates(first, limits.maxCandidates(), hp);
        if (!hp.isEmpty()) {
          try {
            hp.throwIfAny();
          } catch (DocumentException e) {
            for (DocumentProblem dp : e.problems()) {
              problem("line " + firstLine + ", " + dp.path(), dp.message());
            }
          }
          return null;
        }
        if (given == null) {
          settings = s;
          candidates = (List<C>) cs;
        } else if (!names(cs).equals(names(givenCandidates))) {
          problem("line " + firstLine + ", $.candidates", "the header's candidates " + cs
              + " are not the candidates given " + givenCandidates);
          return null;
        } else if (s.cap() != null) {
          problem("line " + firstLine + ", $.cap", "the header declares a cap; read it with read(...) instead");
          return null;
        }
      } else if (given == null) {
        problem("line " + firstLine, "expected a header line with \"format\": \"" + JsonFormat.FORMAT
            + "\", \"kind\": \"ballots\", \"ballotKind\" and \"candidates\"");
        return null;
      }
      BallotParser<C> ballots = new BallotParser<>(settings, candidates, problems, false);
      int lastLine = firstLine;
      if (!header) {
        try (JsonParser bp = first.traverse()) {
          bp.nextToken();
          ballots.parse(bp, 0, firstLine);
        }
      }
      while ((t = p.nextToken()) != null) {
        int line = p.currentTokenLocation().getLineNr();
        current = line;
        if (line == lastLine) {
          problem("line " + line, "a second value on one line; JSON Lines has one ballot per line");
          return null;
        }
        if (ballots.ballots() >= limits.maxBallots()) {
          problem("line " + line, "more than " + limits.maxBallots() + " ballots (maxBallots)");
          return null;
        }
        ballots.parse(p, 0, line);
        int end = p.currentTokenLocation().getLineNr();
        if (end != line) {
          problem("line " + line, "the ballot continues to line " + end + "; JSON Lines has one ballot per line");
        }
        lastLine = end;
        if (ballots.problemCount() + own >= limits.maxProblems()) {
          problem("line " + line, "stopped after " + limits.maxProblems() + " problems (maxProblems)");
          return null;
        }
      }
      if (own > 0) {
        return null;
      }
      return ballots.build("line " + lastLine);
    }

    private static List<String> names(List<?> candidates) {
      List<String> out = new ArrayList<>();
      for (Object c : candidates) {
        out.add(Candidates.key(c));
      }
      return out;
    }
  }
}
