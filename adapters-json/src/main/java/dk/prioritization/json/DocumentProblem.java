package dk.prioritization.json;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in a JSON document, at a JSON path.
 *
 * @param path where, as a JSON path from the document's root, e.g.
 *     {@code $.rounds[0].nominations[3].task}
 * @param message what is wrong, e.g. {@code unknown task 'T-99'}
 */
public record DocumentProblem(String path, String message) {
  /**
   * Creates the problem.
   *
   * @param path the JSON path
   * @param message what is wrong
   */
  public DocumentProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
