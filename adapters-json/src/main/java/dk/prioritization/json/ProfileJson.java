package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dk.prioritization.core.Ballot;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Weighted;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The profile document: {@code format}, {@code kind: "profile"}, {@code ballotKind}, the
 * settings of that kind, {@code candidates}, the profile's {@code fingerprint} and its distinct
 * {@code ballots} with their counts.
 *
 * <p>Reading, the fingerprint is optional; when present it must match the ballots read. A
 * ballot's {@code count} is optional and defaults to 1.
 */
final class ProfileJson {
  static final String KIND = "profile";
  private static final Set<String> FIELDS;

  static {
    Set<String> f = new HashSet<>(ProfileSettings.FIELDS);
    f.addAll(List.of("format", "kind", "candidates", "fingerprint", "ballots"));
    FIELDS = Set.copyOf(f);
  }

  private ProfileJson() {}

  static void write(JsonGenerator g, Profile<?> p) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", JsonFormat.FORMAT);
    g.writeStringField("kind", KIND);
    ProfileSettings.of(p).write(g);
    g.writeFieldName("candidates");
    Values.writeCandidates(g, p.candidates());
    g.writeStringField("fingerprint", p.fingerprint());
    g.writeFieldName("ballots");
    g.writeStartArray();
    for (Weighted<? extends Ballot<?>> w : p.ballots()) {
      Values.writeBallot(g, w.ballot(), false, w.count());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Reads a profile document; throws {@link DocumentException} listing every problem. */
  static Profile<Object> read(JsonNode doc, BallotKind expected) throws IOException {
    Problems problems = new Problems();
    Profile<Object> p = read(doc, expected, problems);
    problems.throwIfAny();
    return p;
  }

  private static Profile<Object> read(JsonNode doc, BallotKind expected, Problems problems) throws IOException {
    if (!Trees.object(doc, "$", problems, FIELDS)) {
      return null;
    }
    Trees.checkDocument(doc, KIND, problems);
    ProfileSettings settings = ProfileSettings.read(doc, expected, problems);
    List<Object> candidates = ProfileSettings.candidates(doc, Integer.MAX_VALUE, problems);
    JsonNode fingerprint = doc.get("fingerprint");
    String fp = fingerprint == null ? null : Trees.string(fingerprint, "$.fingerprint", problems);
    JsonNode ballots = Trees.required(doc, "ballots", "$", problems);
    if (!Trees.array(ballots, "$.ballots", problems) || settings == null || candidates == null) {
      return null;
    }
    BallotParser<Object> parser = new BallotParser<>(settings, candidates, problems, true);
    for (int i = 0; i < ballots.size(); i++) {
      try (JsonParser bp = ballots.get(i).traverse()) {
        bp.nextToken();
        parser.parse(bp, i, 0);
      }
    }
    Profile<Object> profile = parser.build("$.ballots");
    if (profile != null && fp != null && !fp.equals(profile.fingerprint())) {
      problems.add("$.fingerprint", "does not match the ballots: they have fingerprint " + profile.fingerprint());
      return null;
    }
    return profile;
  }
}
