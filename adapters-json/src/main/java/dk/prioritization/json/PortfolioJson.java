package dk.prioritization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.Change;
import dk.prioritization.portfolio.ChangeLogEntry;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.PortfolioHistory;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.portfolio.round.Selection;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The (de)serialisers of the portfolio model's types.
 *
 * <p>Documents: {@link Portfolio} ({@code "portfolio"}), {@link PortfolioHistory}
 * ({@code "portfolio-history"}), {@link Round} ({@code "round"}), {@link RoundPriorityList} and, for
 * reading, {@link PriorityList} ({@code "priority-list"}), {@link FollowUp} ({@code "follow-up"}),
 * {@link RoundSelection} and, for reading, {@link Selection} ({@code "selection"}). Rounds, priority
 * lists, selections and follow-ups embed their portfolio, so each document stands alone.
 * Plain values: {@link Change} (with its {@code "type"}), {@link ChangeLogEntry}, {@link Task},
 * {@link Initiative}, {@link FocusArea} and {@link BoardMember}.
 *
 * <p>Each is written as a JSON tree in a fixed field order and read from a tree with the whole
 * document checked: structural problems first (every one, with its path), then, where a part is
 * well formed, the domain's own checks ({@code PortfolioException}, {@code RoundException},
 * {@code FollowUpException}) mapped to the paths of the elements at fault.
 */
final class PortfolioJson {
  private PortfolioJson() {}

  /** Registers this file's (de)serialisers with {@code module}. */
  static void register(SimpleModule module) {
    add(module, Portfolio.class, PortfolioDocuments::document, PortfolioDocuments::readDocument);
    add(module, PortfolioHistory.class, PortfolioDocuments::historyDocument, PortfolioDocuments::readHistoryDocument);
    add(module, Round.class, RoundDocuments::roundDocument, RoundDocuments::readRoundDocument);
    add(module, RoundPriorityList.class, r -> RoundDocuments.listDocument(r.priorityList(), r.round()),
        root -> new RoundPriorityList(RoundDocuments.readListDocument(root).round()));
    module.addDeserializer(PriorityList.class,
        new TreeDeserializer<>(PriorityList.class, root -> RoundDocuments.readListDocument(root).list()));
    add(module, FollowUp.class, FollowUpDocuments::document, FollowUpDocuments::readDocument);
    add(module, RoundSelection.class, SelectionDocuments::document, SelectionDocuments::readDocument);
    module.addDeserializer(Selection.class,
        new TreeDeserializer<>(Selection.class, root -> SelectionDocuments.readDocument(root).selection()));
    add(module, Change.class, PortfolioDocuments::change, value(PortfolioDocuments::readChange));
    add(module, ChangeLogEntry.class, PortfolioDocuments::entry, value(PortfolioDocuments::readEntry));
    add(module, Task.class, PortfolioDocuments::task, value(PortfolioDocuments::readTask));
    add(module, Initiative.class, PortfolioDocuments::initiative, value(PortfolioDocuments::readInitiative));
    add(module, FocusArea.class, PortfolioDocuments::focusArea, value(PortfolioDocuments::readFocusArea));
    add(module, BoardMember.class, PortfolioDocuments::member, value(PortfolioDocuments::readMember));
  }

  private static <T> void add(SimpleModule module, Class<T> type, Function<T, JsonNode> writer,
      Function<JsonNode, T> reader) {
    module.addSerializer(type, new TreeSerializer<>(type, writer));
    module.addDeserializer(type, new TreeDeserializer<>(type, reader));
  }

  /** Turns an element reader into a reader of a whole value, its problems at paths from {@code $}. */
  private static <T> Function<JsonNode, T> value(PortfolioDocuments.Reader<T> reader) {
    return root -> {
      Problems problems = new Problems();
      Optional<T> t = reader.read(new PortfolioNodes(problems), root, "$");
      problems.throwIfAny();
      return t.orElseThrow();
    };
  }

  /** Writes a value as the JSON tree a function makes of it. */
  static final class TreeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // module (de)serialisers are not serialised in practice
    private final Function<T, JsonNode> writer;

    TreeSerializer(Class<T> type, Function<T, JsonNode> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeTree(writer.apply(value));
    }
  }

  /** Reads a value from the JSON tree at the parser. */
  static final class TreeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // module (de)serialisers are not serialised in practice
    private final Function<JsonNode, T> reader;

    TreeDeserializer(Class<T> type, Function<JsonNode, T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree;
      try {
        tree = ctxt.readTree(p);
      } catch (StreamReadException e) {
        throw new DocumentException(List.of(new DocumentProblem(path(p.getParsingContext()),
            "not valid JSON: " + e.getOriginalMessage())));
      }
      return reader.apply(tree);
    }

    /** Returns the JSON path of where a parser is, e.g. {@code $.tasks[4].name}. */
    static String path(JsonStreamContext c) {
      StringBuilder sb = new StringBuilder();
      for (JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
        if (x.inArray()) {
          sb.insert(0, "[" + Math.max(x.getCurrentIndex(), 0) + "]");
        } else if (x.getCurrentName() != null) {
          sb.insert(0, "." + x.getCurrentName());
        }
      }
      return "$" + sb;
    }
  }
}
