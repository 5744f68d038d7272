package dk.prioritization.portfolio;

import dk.prioritization.core.Text;
import java.util.Locale;

/**
 * One of the four leadership perspectives of the Danish code for public top management, as a
 * municipal executive board uses them to tag its tasks and initiatives.
 *
 * <p>A priority list should say which perspectives it covers and which it leaves empty; see the
 * coverage of a round's priority list.
 */
public enum Perspective {
  /** Leadership upward: towards the political leadership (<i>ledelse opad</i>). */
  UPWARD(new Text("upward leadership", "ledelse opad"),
      new Text("towards the political leadership", "i forhold til den politiske ledelse")),
  /** Leadership downward: towards the organisation (<i>ledelse nedad</i>). */
  DOWNWARD(new Text("downward leadership", "ledelse nedad"),
      new Text("towards the organisation", "i forhold til organisationen")),
  /** Leadership outward: towards citizens, businesses and partners (<i>ledelse udad</i>). */
  OUTWARD(new Text("outward leadership", "ledelse udad"),
      new Text("towards citizens, businesses and partners", "i forhold til omverdenen: borgere, virksomheder og partnere")),
  /** Leadership inward: personal leadership (<i>ledelse indad</i>). */
  INWARD(new Text("inward leadership", "ledelse indad"),
      new Text("personal leadership", "i forhold til det personlige lederskab"));

  private final Text label;
  private final Text meaning;

  Perspective(Text label, Text meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /**
   * Returns the perspective's name, e.g. "upward leadership" / "ledelse opad".
   *
   * @return the name in English and Danish
   */
  public Text label() {
    return label;
  }

  /**
   * Returns what the perspective faces, e.g. "towards the political leadership".
   *
   * @return the meaning in English and Danish
   */
  public Text meaning() {
    return meaning;
  }

  /**
   * Returns the name in the language of {@code locale} (Danish for {@code da}, else English).
   *
   * @param locale the reader's locale
   * @return the name
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
