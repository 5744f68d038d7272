package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number, always in lowest terms with a positive denominator.
 *
 * <p>Scores are exact: a Dowdall score of {@code 1 + 1/2 + 1/3} is {@code 11/6}, not a double.
 * Two results compare scores with {@link #compareTo}, never with an epsilon; {@link #doubleValue()}
 * is for display only.
 */
public final class Rational extends Number implements Comparable<Rational> {
  private static final long serialVersionUID = 1L;

  /** The number zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** The number one. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** The numerator in lowest terms, carrying the sign. */
  private final BigInteger numerator;
  /** The denominator in lowest terms, positive. */
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the integer {@code value} as a rational.
   *
   * @param value the integer
   * @return {@code value / 1}
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the reduced fraction
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the reduced fraction
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    checkArgument(denominator.signum() != 0, "denominator must not be zero but was: 0 (numerator %s)", numerator);
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator, denominator);
  }

  /**
   * Returns the numerator in lowest terms; it carries the sign.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator in lowest terms; always positive.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns whether this number is an integer.
   *
   * @return {@code true} if the denominator is one
   */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the addend
   * @return the exact sum
   */
  public Rational plus(Rational other) {
    if (isInteger() && other.isInteger()) {
      return of(numerator.add(other.numerator), BigInteger.ONE);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other the subtrahend
   * @return the exact difference
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /**
   * Returns {@code this * other}.
   *
   * @param other the factor
   * @return the exact product
   */
  public Rational times(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negation
   */
  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /**
   * Returns the sign of this number.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  @Override
  public int compareTo(Rational other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public int intValue() {
    return (int) longValue();
  }

  /** Returns the value rounded towards zero; see {@link #longValueExact()} for integers. */
  @Override
  public long longValue() {
    return numerator.divide(denominator).longValue();
  }

  /**
   * Returns this number as a {@code long}, exactly.
   *
   * @return the integer value
   * @throws ArithmeticException if this is not an integer or does not fit a {@code long}
   */
  public long longValueExact() {
    if (!isInteger()) {
      throw new ArithmeticException("not an integer: " + this);
    }
    return numerator.longValueExact();
  }

  @Override
  public float floatValue() {
    return (float) doubleValue();
  }

  /** Returns the nearest double, for display only; decisions use {@link #compareTo}. */
  @Override
  public double doubleValue() {
    if (isInteger()) {
      return numerator.doubleValue();
    }
    return new java.math.BigDecimal(numerator)
        .divide(new java.math.BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /** Returns {@code "7"} for integers and {@code "7/2"} otherwise. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
