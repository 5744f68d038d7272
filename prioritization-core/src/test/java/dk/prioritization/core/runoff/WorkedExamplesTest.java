package dk.prioritization.core.runoff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Result;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Published and hand-worked examples, each counted by hand in its comment. */
class WorkedExamplesTest {

  /**
   * The Tennessee capital example of Wikipedia's "Instant-runoff voting" article (section "Example"),
   * also used by its "Coombs' method" and "Bucklin voting" articles: 42% Memphis > Nashville >
   * Chattanooga > Knoxville, 26% Nashville > Chattanooga > Knoxville > Memphis, 15% Chattanooga >
   * Knoxville > Nashville > Memphis, 17% Knoxville > Chattanooga > Nashville > Memphis.
   */
  static RankedProfile<String> tennessee() {
    return Profile.ranked(List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"))
        .add(42, "Memphis", "Nashville", "Chattanooga", "Knoxville")
        .add(26, "Nashville", "Chattanooga", "Knoxville", "Memphis")
        .add(15, "Chattanooga", "Knoxville", "Nashville", "Memphis")
        .add(17, "Knoxville", "Chattanooga", "Nashville", "Memphis")
        .build();
  }

  @Test
  void instantRunoff_tennessee_knoxvilleWinsAfterThreeRounds() {
    // Round 1: M 42, N 26, C 15, K 17: Chattanooga out. Round 2: M 42, N 26, K 32: Nashville out.
    // Round 3: M 42, K 58: Knoxville has a majority.
    Result<String> r = InstantRunoff.standard().rank(tennessee());
    assertThat(r.winners()).containsExactly("Knoxville");
    assertThat(r.ranking().toString()).isEqualTo("Knoxville > Memphis > Nashville > Chattanooga");
    List<Explanation.Step<String>> steps = r.explanation().steps();
    assertThat(steps).filteredOn(s -> s instanceof Explanation.Elimination).hasSize(3);
    @SuppressWarnings("unchecked")
    Explanation.Elimination<String> first = (Explanation.Elimination<String>) steps.get(0);
    assertThat(first.eliminated()).containsExactly("Chattanooga");
    assertThat(first.values().toString()).isEqualTo("{Memphis=42, Nashville=26, Chattanooga=15, Knoxville=17}");
    String en = r.explain(Locale.ENGLISH);
    assertThat(en).contains("Round 1, first places among the remaining candidates: Memphis 42, Nashville 26,"
        + " Chattanooga 15, Knoxville 17. Eliminated: Chattanooga.")
        .contains("Round 3, first places among the remaining candidates: Memphis 42, Knoxville 58. Eliminated: Memphis.")
        .contains("Knoxville has 58 of 100 first places, a majority");
    String da = r.explain(Locale.forLanguageTag("da"));
    assertThat(da).contains("Runde 2, førstepladser blandt de tilbageværende kandidater: Memphis 42, Nashville 26,"
        + " Knoxville 32. Udgår: Nashville.")
        .contains("Kun Knoxville er tilbage og vinder.");
    assertThat(InstantRunoff.fixedOrder().rank(tennessee()).ranking()).isEqualTo(r.ranking());
    assertThat(InstantRunoff.parallelUniverse().rank(tennessee()).ranking()).isEqualTo(r.ranking());
    assertThat(InstantRunoff.exhaustedBallots().rank(tennessee()).winners()).containsExactly("Knoxville");
  }

  @Test
  void coombs_tennessee_nashvilleWinsOnceMemphisIsOut() {
    // Wikipedia, "Coombs' method", example: Memphis is last on 26 + 15 + 17 = 58 ballots and goes;
    // then Nashville is first on 42 + 26 = 68 of 100 ballots, a majority.
    Result<String> r = Coombs.standard().rank(tennessee());
    assertThat(r.winners()).containsExactly("Nashville");
    assertThat(r.ranking().toString()).isEqualTo("Nashville > {Chattanooga, Knoxville} > Memphis");
    assertThat(r.explain(Locale.ENGLISH))
        .contains("Round 1, last places among the remaining candidates: Memphis 58, Nashville 0, Chattanooga 0,"
            + " Knoxville 42. Eliminated: Memphis.")
        .contains("Nashville has 68 of 100 votes, a majority (at least 51), and wins.");
    assertThat(r.explain(Locale.forLanguageTag("da"))).contains("Nashville har 68 af 100 stemmer, et flertal");
  }

  @Test
  void bucklin_tennessee_nashvilleWinsInTheSecondRound() {
    // Wikipedia, "Bucklin voting", example: no majority of first choices (51 needed); first and
    // second choices: Memphis 42, Nashville 26 + 42 = 68, Chattanooga 15 + 26 + 17 = 58,
    // Knoxville 17 + 15 = 32. Nashville has the most.
    Result<String> r = Bucklin.standard().rank(tennessee());
    assertThat(r.winners()).containsExactly("Nashville");
    assertThat(r.ranking().toString()).isEqualTo("Nashville > Chattanooga > Memphis > Knoxville");
    assertThat(r.score("Chattanooga").intValue()).isEqualTo(58);
    // Simplified Bucklin: Nashville and Chattanooga both pass 51 at k = 2.
    assertThat(Bucklin.simplified().rank(tennessee()).winners()).containsExactlyInAnyOrder("Nashville", "Chattanooga");
    assertThat(Bucklin.truncated().rank(tennessee()).winners()).containsExactly("Nashville");
  }

  @Test
  void nansonAndBaldwin_tennessee_electTheCondorcetWinnerNashville() {
    // Borda (3, 2, 1, 0): Memphis 126, Nashville 194, Chattanooga 173, Knoxville 107; average 150.
    // Nanson drops Memphis and Knoxville; Nashville beats Chattanooga 68 to 32.
    // Baldwin drops Knoxville (107); then Memphis 84, Nashville 126, Chattanooga 90: Memphis goes;
    // then Nashville beats Chattanooga. Nashville is the Condorcet winner (Wikipedia, "Condorcet
    // method", the same example).
    Result<String> nanson = Nanson.strict().rank(tennessee());
    assertThat(nanson.winners()).containsExactly("Nashville");
    assertThat(nanson.ranking().toString()).isEqualTo("Nashville > Chattanooga > {Memphis, Knoxville}");
    assertThat(nanson.explain(Locale.ENGLISH)).contains("(average 150): Memphis 126, Nashville 194, Chattanooga 173,"
        + " Knoxville 107. Eliminated: Memphis & Knoxville.");
    assertThat(Nanson.weak().rank(tennessee()).winners()).containsExactly("Nashville");
    Result<String> baldwin = Baldwin.standard().rank(tennessee());
    assertThat(baldwin.ranking().toString()).isEqualTo("Nashville > Chattanooga > Memphis > Knoxville");
    assertThat(baldwin.explain(Locale.ENGLISH)).contains("Round 2, Borda points among the remaining candidates:"
        + " Memphis 84, Nashville 126, Chattanooga 90. Eliminated: Memphis.");
  }

  @Test
  void pluralityWithRunoff_tennessee_nashvilleBeatsMemphisInTheRunoff() {
    // Top two by first places: Memphis 42, Nashville 26; the runoff: 42 prefer Memphis, 58 Nashville.
    Result<String> r = PluralityWithRunoff.rule().rank(tennessee());
    assertThat(r.winners()).containsExactly("Nashville");
    assertThat(r.ranking().toString()).isEqualTo("Nashville > Memphis > Knoxville > Chattanooga");
    assertThat(r.explanation().steps()).contains(new Explanation.Runoff<>("Memphis", "Nashville", 42, 58, 0));
    assertThat(r.explain(Locale.forLanguageTag("da"))).contains("Omvalg mellem Memphis og Nashville: 42 foretrækker Memphis");
  }

  /** pref_voting's documentation example for instant_runoff_tb: 1 > 2 > 0, 2 > 1 > 0, 0 > 1 > 2, one voter each. */
  static RankedProfile<Integer> threeWayTie() {
    return Profile.ranked(List.of(0, 1, 2)).add(1, 1, 2, 0).add(1, 2, 1, 0).add(1, 0, 1, 2).build();
  }

  @Test
  void instantRunoff_threeWayTie_eachTieSemantics() {
    // Everyone has one first place. All at once: all tie, all win.
    assertThat(InstantRunoff.standard().rank(threeWayTie()).winners()).containsExactly(0, 1, 2);
    // Fixed order 0, 1, 2: 0 goes; then 1 is first on 1 > 2 > 0 and 0 > 1 > 2: 1 wins 2 to 1.
    Result<Integer> tb = InstantRunoff.fixedOrder().rank(threeWayTie());
    assertThat(tb.ranking().toString()).isEqualTo("1 > 2 > 0");
    assertThat(tb.explain(Locale.ENGLISH)).contains("Tie for elimination between 0, 1 & 2, broken by the fixed order: 0 is eliminated.");
    // Order 1, 0, 2: 1 goes; 2 is first on two ballots and wins.
    assertThat(InstantRunoff.fixedOrder(List.of(1, 0, 2)).rank(threeWayTie()).winners()).containsExactly(2);
    // Parallel universes: without 0, 1 wins; without 1, 2 wins; without 2, 1 wins 2 to 1.
    Result<Integer> put = InstantRunoff.parallelUniverse().rank(threeWayTie());
    assertThat(put.ranking().toString()).isEqualTo("{1, 2} > 0");
    assertThat(put.explain(Locale.ENGLISH)).contains("Parallel-universe tie-breaking").contains("1 & 2 win in at least one");
    assertThat(put.explain(Locale.forLanguageTag("da"))).contains("Parallel-univers-lodtrækning");
  }

  @Test
  void nanson_candidateAtTheAverage_strictKeepsItWeakDropsIt() {
    // a > b > c and b > c > a: Borda a 2, b 3, c 1, average 2. Strict: only c goes; then a and b
    // tie 1 to 1, nobody is below the average, both win. Weak: a and c go (at or below 2), b wins.
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c")).add(1, "a", "b", "c").add(1, "b", "c", "a").build();
    assertThat(Nanson.strict().rank(p).ranking().toString()).isEqualTo("{a, b} > c");
    assertThat(Nanson.weak().rank(p).ranking().toString()).isEqualTo("b > {a, c}");
  }

  @Test
  void pluralityWithRunoff_tieForSecond_leaderMeetsEach() {
    // First places a 3, b 2, c 2 (no majority of 7): b and c tie for second, so a meets each.
    // a vs b: a above b only on a > b > c (3); b above a on b > a > c and c > b > a (4): b wins.
    // a vs c: a above c on a > b > c and b > a > c (5); c above a on c > b > a (2): a wins.
    // Each wins some runoff: a and b win; c, a finalist, won none.
    RankedProfile<String> p = Profile.ranked(List.of("a", "b", "c"))
        .add(3, "a", "b", "c").add(2, "b", "a", "c").add(2, "c", "b", "a").build();
    Result<String> r = PluralityWithRunoff.rule().rank(p);
    assertThat(r.winners()).isEqualTo(Set.of("a", "b"));
    assertThat(r.ranking().toString()).isEqualTo("{a, b} > c");
    assertThat(r.explanation().steps()).contains(new Explanation.Runoff<>("a", "b", 3, 4, 0),
        new Explanation.Runoff<>("a", "c", 5, 2, 0));
  }
}
