package dk.prioritization.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the cases where a property fails, so that a test over thousands of profiles reports
 * every failing case (each message naming its seed or enumeration index and its ballots) in one
 * AssertJ assertion, and builds no message for the cases that pass.
 */
public final class Violations {
  private static final int SHOWN = 25;
  private final String property;
  private final List<String> found = new ArrayList<>();
  private int checked;

  /**
   * Starts collecting violations of {@code property}.
   *
   * @param property what is checked, for the failure message
   */
  public Violations(String property) {
    this.property = property;
  }

  /** Records a violation, described by {@code message}, unless {@code holds}. */
  public void check(boolean holds, Supplier<String> message) {
    checked++;
    if (!holds) {
      found.add(message.get());
    }
  }

  /** Fails, listing the first violations, if there was any. */
  public void assertNone() {
    assertThat(found.size() > SHOWN ? found.subList(0, SHOWN) : found)
        .as("%s: %s violations in %s checks%s", property, found.size(), checked,
            found.size() > SHOWN ? " (the first " + SHOWN + " shown)" : "")
        .isEmpty();
  }
}
