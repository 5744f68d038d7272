package dk.prioritization.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this library, as recorded in every result's audit fingerprint.
 */
public final class Version {
  private static final String CURRENT = load();

  private Version() {}

  /**
   * Returns the version of the running library, e.g. {@code "0.1.0"}.
   *
   * @return the version
   */
  public static String current() {
    return CURRENT;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the prioritization-core jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
