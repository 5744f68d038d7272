package dk.prioritization.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RationalTest {

  @Test
  void of_reducesAndNormalisesSign() {
    assertThat(Rational.of(6, -4)).isEqualTo(Rational.of(-3, 2));
    assertThat(Rational.of(6, -4).toString()).isEqualTo("-3/2");
    assertThat(Rational.of(0, -5)).isSameAs(Rational.ZERO);
    assertThat(Rational.of(4, 2).isInteger()).isTrue();
  }

  @Test
  void arithmetic_isExact() {
    // 1/2 + 1/3 + 1/6 = 1, where doubles give 0.9999999999999999
    assertThat(Rational.of(1, 2).plus(Rational.of(1, 3)).plus(Rational.of(1, 6))).isEqualTo(Rational.ONE);
    assertThat(Rational.of(2, 3).times(Rational.of(3, 4))).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(1, 3).minus(Rational.of(1, 2))).isEqualTo(Rational.of(-1, 6));
  }

  @Test
  void compareTo_ordersByValue() {
    assertThat(Rational.of(2, 3)).isGreaterThan(Rational.of(3, 5));
    assertThat(Rational.of(-1, 2)).isLessThan(Rational.ZERO);
    assertThat(Rational.of(10, 4).compareTo(Rational.of(5, 2))).isZero();
  }

  @Test
  void longValueExact_nonInteger_throws() {
    assertThat(Rational.of(14, 7).longValueExact()).isEqualTo(2);
    assertThatThrownBy(() -> Rational.of(1, 2).longValueExact()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void of_zeroDenominator_refused() {
    assertThatThrownBy(() -> Rational.of(1, 0)).hasMessageContaining("denominator must not be zero");
  }

  @Test
  void doubleValue_forDisplay() {
    assertThat(Rational.of(1, 3).doubleValue()).isCloseTo(0.3333333333, org.assertj.core.data.Offset.offset(1e-9));
  }
}
