package dk.prioritization.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.Profile;
import dk.prioritization.core.ProfileException;
import dk.prioritization.core.Result;
import dk.prioritization.json.BallotStream;
import dk.prioritization.json.DocumentException;
import dk.prioritization.json.DocumentProblem;
import dk.prioritization.json.PrioritizationModule;
import dk.prioritization.json.ReadLimits;
import dk.prioritization.json.RoundSelection;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.PortfolioHistory;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import dk.prioritization.preflib.PrefLib;
import dk.prioritization.preflib.PrefLibException;
import dk.prioritization.preflib.PrefLibFile;
import dk.prioritization.preflib.PrefLibProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the files the commands take: JSON documents, JSON Lines ballots, PrefLib files. */
final class Inputs {
  private Inputs() {}

  /** The input formats. */
  enum Format {
    /** A JSON document (profile, round, ...). */
    json,
    /** A JSON Lines ballot file. */
    jsonl,
    /** A PrefLib file: .soc .soi .toc .toi .cat. */
    preflib
  }

  /** The JSON document kinds and the types they read as. */
  static final Map<String, Class<?>> KINDS = Map.of(
      "profile", Profile.class,
      "result", Result.class,
      "portfolio", Portfolio.class,
      "portfolio-history", PortfolioHistory.class,
      "round", Round.class,
      "priority-list", PriorityList.class,
      "selection", RoundSelection.class,
      "follow-up", FollowUp.class);

  /** What was read: a profile, or a round (whose profile is its nominations). */
  record Input(String kind, Object value, Profile<?> profile, Round round) {}

  /** A problem found reading, with where it is (a JSON path or a line). */
  record Problem(String where, String message) {
    @Override
    public String toString() {
      return where.isEmpty() ? message : where + ": " + message;
    }
  }

  /** Reading found problems with the input. */
  static final class ProblemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    ProblemsException(String message, List<Problem> problems) {
      super(message);
      this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
      return problems;
    }
  }

  static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new PrioritizationModule());
  }

  /** Returns the format from {@code given}, else from the file's extension, else a usage error. */
  static Format format(Path file, Format given) {
    if (given != null) {
      return given;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.jsonl;
    }
    if (name.endsWith(".json")) {
      return Format.json;
    }
    for (String ext : new String[] {".soc", ".soi", ".toc", ".toi", ".cat"}) {
      if (name.endsWith(ext)) {
        return Format.preflib;
      }
    }
    throw new UsageException("cannot tell the format of " + file + " from its extension; give --format json|jsonl|preflib");
  }

  /**
   * Reads a file; problems in its contents are thrown as {@link ProblemsException}, an unreadable
   * file as {@link InputException}.
   */
  static Input read(Path file, Format given) {
    Format format = format(file, given);
    if (!Files.exists(file)) {
      throw new InputException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, not a file");
    }
    try {
      switch (format) {
        case json:
          return readJson(file);
        case jsonl:
          return readJsonLines(file);
        case preflib:
          return readPrefLib(file);
        default:
          throw new IllegalStateException(format.toString());
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(file + ": permission denied", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + Main.oneLine(e.getMessage()), e);
    }
  }

  private static Input readJson(Path file) throws IOException {
    ObjectMapper mapper = mapper();
    JsonNode tree;
    try {
      tree = mapper.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new ProblemsException(file + ": not valid JSON",
          List.of(new Problem(location(e), Main.oneLine(e.getOriginalMessage()))));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ProblemsException(file + ": empty file", List.of(new Problem("", "the file is empty")));
    }
    if (!tree.isObject()) {
      throw new ProblemsException(file + ": not a document",
          List.of(new Problem("$", "a document is a JSON object, not " + tree.getNodeType().toString().toLowerCase(Locale.ROOT))));
    }
    JsonNode kindNode = tree.get("kind");
    String kind = kindNode == null || !kindNode.isTextual() ? null : kindNode.asText();
    Class<?> type = kind == null ? null : KINDS.get(kind);
    if (type == null) {
      String why = kind == null ? "missing document kind" : "unknown document kind '" + kind + "'";
      throw new ProblemsException(file + ": " + why,
          List.of(new Problem("$.kind", why + " (one of " + String.join(", ", new java.util.TreeSet<>(KINDS.keySet())) + ")")));
    }
    Object value;
    try {
      value = mapper.treeToValue(tree, type);
    } catch (DocumentException e) {
      throw documentProblems(file, e);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof DocumentException d) {
        throw documentProblems(file, d);
      }
      throw new ProblemsException(file + ": " + Main.oneLine(e.getOriginalMessage()),
          List.of(new Problem("", Main.oneLine(e.getOriginalMessage()))));
    }
    if (value instanceof Profile<?> p) {
      return new Input(kind, value, p, null);
    }
    if (value instanceof Round r) {
      return new Input(kind, value, null, r);
    }
    return new Input(kind, value, null, null);
  }

  private static ProblemsException documentProblems(Path file, DocumentException e) {
    List<Problem> problems = new ArrayList<>();
    for (DocumentProblem p : e.problems()) {
      problems.add(new Problem(p.path(), p.message()));
    }
    return new ProblemsException(summary(file, problems), problems);
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  private static Input readJsonLines(Path file) throws IOException {
    try {
      Profile<?> p = BallotStream.read(file, ReadLimits.defaults());
      return new Input("ballots", p, p, null);
    } catch (DocumentException e) {
      throw documentProblems(file, e);
    } catch (ProfileException e) {
      List<Problem> problems = new ArrayList<>();
      e.problems().forEach(p -> problems.add(new Problem("", p.message())));
      throw new ProblemsException(summary(file, problems), problems);
    }
  }

  private static Input readPrefLib(Path file) throws IOException {
    try {
      PrefLibFile f = PrefLib.read(file);
      return new Input("preflib " + f.dataType().toString().toLowerCase(Locale.ROOT), f, f.profile(), null);
    } catch (PrefLibException e) {
      List<Problem> problems = new ArrayList<>();
      for (PrefLibProblem p : e.problems()) {
        problems.add(new Problem("line " + p.line(), p.message()));
      }
      throw new ProblemsException(summary(file, problems), problems);
    }
  }

  private static String summary(Path file, List<Problem> problems) {
    String first = problems.isEmpty() ? "" : problems.get(0).toString();
    return problems.size() == 1 ? file + ": " + first
        : file + ": " + problems.size() + " problems, the first: " + first + " (see 'prioritize validate')";
  }

  /** Reads a file for a command that needs it whole: problems become one {@link InputException}. */
  static Input readOrFail(Path file, Format given) {
    try {
      return read(file, given);
    } catch (ProblemsException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
