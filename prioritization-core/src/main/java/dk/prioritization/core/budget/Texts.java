package dk.prioritization.core.budget;

import dk.prioritization.core.Explanation;
import dk.prioritization.core.Text;

/** Shared sentences of the budget rules. */
final class Texts {
  private Texts() {}

  static <C> Explanation.Step<C> tiesByCandidateOrder(String measure, String maal) {
    return new Explanation.Note<>(new Text(
        "candidates are taken by " + measure + ", equal " + measure + " in candidate order",
        "kandidaterne tages efter " + maal + ", lige mange " + maal + " i kandidatrækkefølge"));
  }
}
