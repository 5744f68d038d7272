package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Ballot;
import dk.prioritization.core.BallotKind;
import dk.prioritization.core.CumulativeBallot;
import dk.prioritization.core.CumulativeProfile;
import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Ranking;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Result;
import dk.prioritization.core.RuleRegistry;
import dk.prioritization.core.ScoreBallot;
import dk.prioritization.core.ScoreProfile;
import dk.prioritization.core.Text;
import dk.prioritization.core.TieBreak;
import java.io.IOException;

/**
 * The (de)serialisers of the engine's types.
 *
 * <p>Documents: a {@link Profile} (kind {@code profile}) and a {@link Result} (kind
 * {@code result}). Values: the four ballots (with a {@code "type"}), {@link Ranking},
 * {@link Rational}, {@link Text}, {@link TieBreak}, {@link Explanation} and its steps, and
 * {@link RuleChoice}. Candidates are integers or strings (see {@link Candidates}): a value read
 * back has {@link Integer} or {@link String} candidates, whatever type parameter was asked for.
 */
final class CoreJson {
  private CoreJson() {}

  /** Writes a value. */
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** Reads a value from its tree, throwing {@link DocumentException}. */
  private interface Reader<T> {
    T read(JsonNode node, DeserializationContext ctxt) throws IOException;
  }

  private static final class Ser<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final Writer<T> writer;

    Ser(Class<T> type, Writer<T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writer.write(g, value);
    }
  }

  private static final class Deser<T> extends JsonDeserializer<T> {
    private final Reader<T> reader;

    Deser(Reader<T> reader) {
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.read(Trees.read(p, ctxt), ctxt);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the core's generic types are registered by their raw classes
  private static <T> void add(SimpleModule module, Class<?> type, Writer<T> writer, Reader<T> reader) {
    if (writer != null) {
      module.addSerializer(new Ser(type, writer));
    }
    if (reader != null) {
      module.addDeserializer((Class) type, new Deser(reader));
    }
  }

  /** Registers this file's (de)serialisers with {@code module}. */
  static void register(SimpleModule module) {
    Writer<Ballot<?>> ballot = (g, b) -> Values.writeBallot(g, b, true, 0);
    add(module, Ballot.class, ballot, (n, c) -> Values.readBallot(n, null));
    add(module, RankedBallot.class, ballot, (n, c) -> Values.readBallot(n, BallotKind.RANKED));
    add(module, ApprovalBallot.class, ballot, (n, c) -> Values.readBallot(n, BallotKind.APPROVAL));
    add(module, ScoreBallot.class, ballot, (n, c) -> Values.readBallot(n, BallotKind.SCORE));
    add(module, CumulativeBallot.class, ballot, (n, c) -> Values.readBallot(n, BallotKind.CUMULATIVE));

    Writer<Profile<?>> profile = ProfileJson::write;
    add(module, Profile.class, profile, (n, c) -> ProfileJson.read(n, null));
    add(module, RankedProfile.class, profile, (n, c) -> ProfileJson.read(n, BallotKind.RANKED));
    add(module, ApprovalProfile.class, profile, (n, c) -> ProfileJson.read(n, BallotKind.APPROVAL));
    add(module, ScoreProfile.class, profile, (n, c) -> ProfileJson.read(n, BallotKind.SCORE));
    add(module, CumulativeProfile.class, profile, (n, c) -> ProfileJson.read(n, BallotKind.CUMULATIVE));

    add(module, Result.class, ResultJson::write, (n, c) -> ResultJson.read(n));
    CoreJson.<Ranking<?>>add(module, Ranking.class, (g, r) -> Values.writeTiers(g, r.tiers()),
        (n, c) -> value(p -> Values.readRanking(n, "$", p, new Candidates())));
    add(module, Rational.class, Values::writeRational, (n, c) -> value(p -> Values.readRational(n, "$", p)));
    add(module, Text.class, Values::writeText, (n, c) -> value(p -> Values.readText(n, "$", p)));
    CoreJson.<TieBreak<?>>add(module, TieBreak.class, ResultJson::writeTieBreak,
        (n, c) -> value(p -> ResultJson.readTieBreak(n, "$", p, new Candidates())));
    CoreJson.<Explanation<?>>add(module, Explanation.class, ResultJson::writeExplanation,
        (n, c) -> value(p -> ResultJson.readExplanation(n, "$", p, new Candidates())));
    CoreJson.<Explanation.Step<?>>add(module, Explanation.Step.class, ResultJson::writeStep,
        (n, c) -> value(p -> ResultJson.readStep(n, "$", p, new Candidates())));
    add(module, RuleChoice.class, RuleChoiceJson::write, (n, c) -> {
      Object attribute = c.getAttribute(RuleRegistry.class);
      RuleRegistry registry = attribute instanceof RuleRegistry r ? r : RuleRegistry.standard();
      return RuleChoiceJson.read(n, registry);
    });
  }

  /** Reads a value with a fresh problem collector, throwing if there was any problem. */
  private static <T> T value(java.util.function.Function<Problems, T> read) {
    Problems problems = new Problems();
    T t = read.apply(problems);
    problems.throwIfAny();
    return t;
  }
}
