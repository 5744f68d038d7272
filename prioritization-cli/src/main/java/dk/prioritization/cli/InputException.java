package dk.prioritization.cli;

/** A problem with the input (a file, its contents, ballots a rule cannot take): exit code 1. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
