package dk.prioritization.portfolio.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

  @Test
  void writesAndReadsYearAndNumber() {
    assertThat(new Quarter(2025, 1)).hasToString("2025-Q1");
    assertThat(new Quarter(987, 4)).hasToString("0987-Q4");
    assertThat(Quarter.parse("2025-Q3")).isEqualTo(new Quarter(2025, 3));
    assertThat(Quarter.parse("0987-Q4")).isEqualTo(new Quarter(987, 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-Q5", "2025-Q0", "25-Q1", "2025Q1", "2025-q1", " 2025-Q1", "", "2025-Q1x"})
  void refusesTextThatIsNotAQuarterNamingIt(String text) {
    assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "' is not a quarter");
  }

  @Test
  void refusesNumbersOutOfRange() {
    assertThatThrownBy(() -> new Quarter(2025, 5)).hasMessageContaining("a quarter is 5");
    assertThatThrownBy(() -> new Quarter(2025, 0)).hasMessageContaining("a quarter is 0");
    assertThatThrownBy(() -> new Quarter(0, 1)).hasMessageContaining("year is 0");
    assertThatThrownBy(() -> new Quarter(10000, 1)).hasMessageContaining("year is 10000");
  }

  @Test
  void previousAndNextCrossTheYear() {
    assertThat(new Quarter(2025, 1).previous()).isEqualTo(new Quarter(2024, 4));
    assertThat(new Quarter(2025, 2).previous()).isEqualTo(new Quarter(2025, 1));
    assertThat(new Quarter(2024, 4).next()).isEqualTo(new Quarter(2025, 1));
    assertThat(new Quarter(2025, 3).next()).isEqualTo(new Quarter(2025, 4));
    assertThatThrownBy(() -> new Quarter(1, 1).previous()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByYearThenQuarter() {
    List<Quarter> qs = new ArrayList<>(List.of(new Quarter(2025, 1), new Quarter(2024, 4), new Quarter(2025, 3),
        new Quarter(2024, 1)));
    qs.sort(null);
    assertThat(qs).containsExactly(new Quarter(2024, 1), new Quarter(2024, 4), new Quarter(2025, 1),
        new Quarter(2025, 3));
    assertThat(new Quarter(2025, 2).compareTo(new Quarter(2025, 2))).isZero();
  }

  @Test
  void daysAndContainment() {
    Quarter q1 = new Quarter(2024, 1);
    // 2024 is a leap year: Q1 is 1 January to 31 March all the same
    assertThat(q1.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(q1.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(new Quarter(2025, 2).lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(new Quarter(2025, 3).firstDay()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(new Quarter(2025, 3).lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(new Quarter(2025, 4).lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(q1.contains(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(q1.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(q1.contains(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(q1.contains(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(q1.contains(LocalDate.of(2025, 2, 1))).isFalse();
    assertThat(Quarter.containing(LocalDate.of(2025, 8, 15))).isEqualTo(new Quarter(2025, 3));
    assertThat(Quarter.containing(LocalDate.of(2025, 12, 31))).isEqualTo(new Quarter(2025, 4));
  }
}
