package dk.prioritization.portfolio.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatusTest {
  /** The documented health order, worst first, written out independently of the enum. */
  private static final List<Status> WORST_TO_BEST =
      List.of(Status.OFF_TRACK, Status.AT_RISK, Status.NOT_STARTED, Status.ON_TRACK, Status.DONE);

  @Test
  void isBetterThanFollowsTheDocumentedHealthOrder() {
    for (Status a : Status.values()) {
      for (Status b : Status.values()) {
        assertThat(a.isBetterThan(b)).as("%s better than %s", a, b)
            .isEqualTo(WORST_TO_BEST.indexOf(a) > WORST_TO_BEST.indexOf(b));
      }
    }
    assertThat(Status.NOT_STARTED.isBetterThan(Status.AT_RISK)).isTrue();
    assertThat(Status.ON_TRACK.isBetterThan(Status.NOT_STARTED)).isTrue();
  }

  @Test
  void labelsInBothLanguages() {
    Locale da = Locale.forLanguageTag("da-DK");
    assertThat(Status.values()).extracting(s -> s.label(da))
        .containsExactly("ikke påbegyndt", "følger planen", "i risiko", "ude af kurs", "afsluttet");
    assertThat(Status.values()).extracting(s -> s.label(Locale.ENGLISH))
        .containsExactly("not started", "on track", "at risk", "off track", "done");
  }
}
