package dk.prioritization.json;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document while it is read, each at a JSON path. */
final class Problems {
  private final List<DocumentProblem> problems = new ArrayList<>();

  /** Records a problem at {@code path}. */
  void add(String path, String message) {
    problems.add(new DocumentProblem(path, message));
  }

  /** Returns whether no problem was recorded. */
  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws a {@link DocumentException} listing every problem, if there is any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
  }

  /** Returns {@code path} with a field appended: {@code $.a} + {@code b} = {@code $.a.b}. */
  static String field(String path, String name) {
    return path + "." + name;
  }

  /** Returns {@code path} with an index appended: {@code $.a} + 3 = {@code $.a[3]}. */
  static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
