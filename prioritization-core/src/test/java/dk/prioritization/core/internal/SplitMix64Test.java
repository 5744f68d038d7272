package dk.prioritization.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The seeded generator behind random tie-breaks and profile generators. */
class SplitMix64Test {

  @Test
  void nextLong_seed1234567_matchesPublishedSequence() {
    // Rosetta Code, "Pseudo-random numbers/Splitmix64": seed 1234567 gives
    // 6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431,
    // 16408922859458223821 (as unsigned 64-bit integers).
    SplitMix64 r = new SplitMix64(1234567);
    assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("6457827717110365317");
    assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("3203168211198807973");
    assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("9817491932198370423");
    assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("4593380528125082431");
    assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("16408922859458223821");
  }

  @Test
  void nextInt_staysInBoundAndHitsEveryValue() {
    SplitMix64 r = new SplitMix64(1);
    int[] hits = new int[7];
    for (int i = 0; i < 7000; i++) {
      hits[r.nextInt(7)]++;
    }
    // each value expected 1000 times; 800 is more than six standard deviations (about 31) away
    assertThat(java.util.Arrays.stream(hits).boxed().toList()).allMatch(h -> h > 800 && h < 1200);
  }

  @Test
  void nextDouble_inUnitInterval() {
    SplitMix64 r = new SplitMix64(99);
    for (int i = 0; i < 1000; i++) {
      assertThat(r.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }
  }

  @Test
  void nextInt_nonPositiveBound_refused() {
    assertThatThrownBy(() -> new SplitMix64(1).nextInt(0)).hasMessageContaining("bound must be positive but was: 0");
  }
}
