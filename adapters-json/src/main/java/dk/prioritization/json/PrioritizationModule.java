package dk.prioritization.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jackson module for the prioritization engine and the portfolio model: it serialises and
 * deserialises every public type a user exchanges, without annotations on those types.
 *
 * <p>Register it explicitly, or let Jackson find it through {@code ServiceLoader}:
 *
 * <pre>{@code
 * ObjectMapper json = new ObjectMapper().registerModule(new PrioritizationModule());
 * ObjectMapper found = new ObjectMapper().findAndRegisterModules();
 * }</pre>
 *
 * <p>Polymorphic values carry explicit type names in a {@code "type"} field, never class names;
 * the module turns on no default typing.
 */
public final class PrioritizationModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with every (de)serialiser registered. */
  public PrioritizationModule() {
    super("prioritization", libraryVersion());
    CoreJson.register(this);
    PortfolioJson.register(this);
  }

  /** The library's version as Jackson's {@link Version}, read from the engine. */
  static Version libraryVersion() {
    String v = dk.prioritization.core.Version.current();
    Matcher m = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:-(.+))?").matcher(v);
    if (!m.matches()) {
      return Version.unknownVersion();
    }
    return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        m.group(4), "dk.prioritization", "adapters-json");
  }
}
