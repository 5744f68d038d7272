package dk.prioritization.cli;

import dk.prioritization.core.budget.EqualSharesBudget;
import dk.prioritization.core.committee.Phragmen;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.example.NorddjursExample;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.followup.Quarter;
import dk.prioritization.portfolio.followup.StatusChange;
import dk.prioritization.portfolio.round.Balance;
import dk.prioritization.portfolio.round.MemberComparison;
import dk.prioritization.portfolio.round.PriorityList;
import dk.prioritization.portfolio.round.Round;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: a full prioritisation round on the embedded example portfolio. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs a prioritisation round on the embedded example portfolio.", "",
        "The example is a municipal executive board: the priority list, roll-ups, coverage, the "
        + "best 5 tasks chosen proportionally (sequential Phragmén), what fits a capacity of 35 "
        + "person-months (Method of Equal Shares), each member against the common list, and the "
        + "latest quarterly follow-up."})
final class DemoCommand implements Runnable {
  /** How many priorities the board keeps for the year in the demo. */
  static final int TOP = 5;
  /** The board's capacity for the year in the demo, in the example's person-months. */
  static final long CAPACITY = 35;

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", defaultValue = "en", description = "Language: da or en (default: ${DEFAULT-VALUE}).")
  Lang lang;

  @Override
  public void run() {
    spec.commandLine().getOut().print(render(lang.locale()));
    spec.commandLine().getOut().flush();
  }

  /** Returns the whole demo text in the language of {@code locale}. */
  static String render(Locale locale) {
    boolean da = "da".equals(locale.getLanguage());
    Portfolio portfolio = NorddjursExample.portfolio();
    Round.Builder builder = Round.builder(portfolio);
    for (Map.Entry<String, List<String>> e : NorddjursExample.nominations().entrySet()) {
      builder.nominate(e.getKey(), e.getValue());
    }
    Round round = builder.build();
    PriorityList list = round.priorityList();
    StringBuilder sb = new StringBuilder();
    heading(sb, da ? "Direktionens prioriteringsliste" : "The board's priority list");
    sb.append(list.explain(locale));
    heading(sb, da ? "Opsummeret på indsatser" : "Rolled up to initiatives");
    sb.append(list.byInitiative().explain(locale));
    heading(sb, da ? "Opsummeret på fokusområder" : "Rolled up to focus areas");
    sb.append(list.byFocusArea().explain(locale));
    heading(sb, da ? "Ledelsesperspektiver i top " + TOP : "Leadership perspectives in the top " + TOP);
    sb.append(list.coverage(TOP).explain(locale)).append('\n');
    sb.append(list.balancedTopK(TOP, Balance.PERSPECTIVE).explain(locale));
    heading(sb, da ? "De " + TOP + " bedste opgaver, valgt forholdsmæssigt" : "The best " + TOP + " tasks, chosen proportionally");
    sb.append(round.select(Phragmen.sequential(), TOP).summary(locale));
    heading(sb, da ? "Hvad der kan nås inden for " + CAPACITY + " personmåneder"
        : "What fits a capacity of " + CAPACITY + " person-months");
    sb.append(round.fitCapacity(EqualSharesBudget.rule(), CAPACITY).summary(locale));
    heading(sb, da ? "Hvert medlems liste mod den fælles" : "Each member's list against the common one");
    for (MemberComparison c : list.comparisons(TOP)) {
      sb.append(c.explain(locale));
    }
    FollowUp followUp = NorddjursExample.followUp();
    Quarter latest = followUp.quarters().get(followUp.quarters().size() - 1);
    heading(sb, (da ? "Kvartalsopfølgning " : "Quarterly follow-up ") + latest);
    for (StatusChange change : followUp.changes(latest.previous(), latest)) {
      sb.append("  ").append(change.text().in(locale)).append('\n');
    }
    sb.append(followUp.summary(latest).text().in(locale));
    return sb.toString();
  }

  private static void heading(StringBuilder sb, String title) {
    if (sb.length() > 0) {
      sb.append('\n');
    }
    sb.append("== ").append(title).append(" ==\n");
  }
}
