package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.positional.Borda;
import dk.prioritization.core.positional.Plurality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the profile and result fingerprints depend on, and what they do not. */
class FingerprintTest {
  private static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void profile_ballotOrderAndSplitCounts_doNotChangeIt() {
    RankedProfile<String> one = Profile.ranked(ABC).add(2, "a", "b", "c").add(1, "c", "b", "a").build();
    RankedProfile<String> two = Profile.ranked(ABC).add(1, "c", "b", "a").add(1, "a", "b", "c").add(1, "a", "b", "c").build();
    assertThat(one.fingerprint()).isEqualTo(two.fingerprint()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @Test
  void profile_anyChange_changesIt() {
    String base = Profile.ranked(ABC).add(2, "a", "b", "c").build().fingerprint();
    assertThat(Profile.ranked(ABC).add(3, "a", "b", "c").build().fingerprint()).isNotEqualTo(base);
    assertThat(Profile.ranked(ABC).add(2, "a", "c", "b").build().fingerprint()).isNotEqualTo(base);
    assertThat(Profile.ranked(List.of("b", "a", "c")).add(2, "a", "b", "c").build().fingerprint()).isNotEqualTo(base);
    assertThat(Profile.ranked(ABC).add(2, "a", "b").build().fingerprint()).isNotEqualTo(base);
    assertThat(Profile.approval(ABC).add(ApprovalBallot.of("a", "b", "c"), 2).build().fingerprint()).isNotEqualTo(base);
  }

  @Test
  void profile_approvalCap_isPartOfIt() {
    String capped = Profile.approval(ABC).cap(2).add(ApprovalBallot.of("a")).build().fingerprint();
    String uncapped = Profile.approval(ABC).add(ApprovalBallot.of("a")).build().fingerprint();
    assertThat(capped).isNotEqualTo(uncapped);
  }

  @Test
  void result_dependsOnRuleAndOptions() {
    RankedProfile<String> p = Profile.ranked(ABC).add(2, "a", "b", "c").build();
    Result<String> borda = Borda.standard().rank(p);
    assertThat(borda.fingerprint()).isEqualTo(Borda.standard().rank(p).fingerprint());
    assertThat(borda.fingerprint()).isNotEqualTo(Plurality.rule().rank(p).fingerprint());
    assertThat(Plurality.rule().rank(p).fingerprint())
        .isNotEqualTo(Plurality.rule().withTruncated(dk.prioritization.core.positional.TruncatedBallots.REJECT).rank(p).fingerprint());
    assertThat(borda.profileFingerprint()).isEqualTo(p.fingerprint());
    assertThat(borda.libraryVersion()).isEqualTo(Version.current()).isNotBlank().doesNotContain("${");
  }
}
