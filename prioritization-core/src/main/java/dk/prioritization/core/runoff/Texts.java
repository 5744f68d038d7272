package dk.prioritization.core.runoff;

import dk.prioritization.core.Text;
import dk.prioritization.core.internal.Names;
import java.util.Collection;

/** The wording the runoff rules share in their explanations. */
final class Texts {
  static final Text FIRST_PLACES = new Text("first places among the remaining candidates",
      "førstepladser blandt de tilbageværende kandidater");
  static final Text TOP_TIER = new Text("votes from ballots ranking the candidate in their top tier among the remaining",
      "stemmer fra stemmesedler, der har kandidaten i deres øverste lag blandt de tilbageværende");
  static final Text LAST_PLACES = new Text("last places among the remaining candidates",
      "sidstepladser blandt de tilbageværende kandidater");
  static final Text BORDA = new Text("Borda points among the remaining candidates",
      "Borda-point blandt de tilbageværende kandidater");

  private Texts() {}

  static String names(Collection<?> candidates) {
    return Names.join(candidates);
  }

  static Text onlyOneLeft(Object winner) {
    return new Text("Only " + winner + " remains and wins.", "Kun " + winner + " er tilbage og vinder.");
  }

  static Text allTie(Collection<?> tied) {
    String n = names(tied);
    return new Text("All remaining candidates tie (" + n + "); they all win.",
        "Alle tilbageværende kandidater står lige (" + n + "); de vinder alle.");
  }

  static Text fixedOrder(Collection<?> tied, Object eliminated) {
    String n = names(tied);
    return new Text("Tie for elimination between " + n + ", broken by the fixed order: " + eliminated + " is eliminated.",
        "Stemmelighed om at udgå mellem " + n + ", brudt efter den faste rækkefølge: " + eliminated + " udgår.");
  }

  static Text majority(Object winner, long votes, long needed, long of) {
    return new Text(winner + " has " + votes + " of " + of + " votes, a majority (at least " + needed + "), and wins.",
        winner + " har " + votes + " af " + of + " stemmer, et flertal (mindst " + needed + "), og vinder.");
  }
}
