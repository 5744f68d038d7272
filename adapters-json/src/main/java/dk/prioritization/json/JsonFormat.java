package dk.prioritization.json;

/** The name and version of the JSON document format, as documents state it in their {@code "format"} field. */
public final class JsonFormat {
  /** The format this library writes and reads: name and major version. */
  public static final String FORMAT = "prioritization/1";

  private JsonFormat() {}
}
