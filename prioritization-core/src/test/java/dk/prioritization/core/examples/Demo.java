package dk.prioritization.core.examples;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.RankedProfile;
import dk.prioritization.core.Result;
import dk.prioritization.core.TieBreaker;
import dk.prioritization.core.approval.Approval;
import dk.prioritization.core.positional.Borda;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small board round through the core engine: five board members each nominate up to five of
 * ten strategic tasks, first unranked (approval voting, cap 5), then in order (symmetric Borda,
 * which counts truncated lists). Run it with {@code ./prioritize demo [--lang da|en]}.
 *
 * <p>The tasks and members are made up; members are named by role, as a board's minutes would.
 */
public final class Demo {
  private static final List<String> TASKS_EN = List.of(
      "T1 Budget process 2026",
      "T2 Digital citizen services",
      "T3 Recruitment and retention",
      "T4 Climate plan",
      "T5 Business service",
      "T6 Leadership programme",
      "T7 Schools' well-being",
      "T8 Elderly care capacity",
      "T9 Partnerships with the region",
      "T10 Simplifying bureaucracy");
  private static final List<String> TASKS_DA = List.of(
      "T1 Budgetproces 2026",
      "T2 Digital borgerservice",
      "T3 Rekruttering og fastholdelse",
      "T4 Klimaplan",
      "T5 Erhvervsservice",
      "T6 Ledelsesprogram",
      "T7 Trivsel i skolerne",
      "T8 Kapacitet i ældreplejen",
      "T9 Partnerskaber med regionen",
      "T10 Mindre bureaukrati");

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args {@code --lang da} for Danish, else English
   */
  public static void main(String[] args) {
    Locale locale = args.length >= 2 && args[0].equals("--lang") && args[1].equals("da")
        ? Locale.forLanguageTag("da") : Locale.ENGLISH;
    boolean da = locale.getLanguage().equals("da");
    List<String> tasks = da ? TASKS_DA : TASKS_EN;

    // Each member's nominations, most important first: Chief Executive, and the directors for
    // Children and Young People, Health and Care, Technology and Environment, Labour Market.
    int[][] nominations = {
        {1, 3, 6, 2, 10},
        {7, 3, 1, 6},
        {8, 3, 2, 1, 10},
        {4, 9, 2, 10, 5},
        {5, 9, 3, 1}};

    ApprovalProfile.Builder<String> unranked = Profile.approval(tasks).cap(5);
    RankedProfile.Builder<String> ranked = Profile.ranked(tasks);
    for (int[] numbers : nominations) {
      List<String> n = new ArrayList<>();
      for (int number : numbers) {
        n.add(tasks.get(number - 1));
      }
      unranked.add(ApprovalBallot.of(n));
      ranked.add(RankedBallot.strict(n));
    }

    System.out.println(da ? "== Unummererede nomineringer: godkendelsesafstemning (højst 5) =="
        : "== Unranked nominations: approval voting (at most 5) ==");
    Result<String> approval = Approval.withCap(5).rank(unranked.build());
    System.out.println(approval.explain(locale));

    System.out.println(da ? "== Samme med stemmelighed brudt af kandidatrækkefølgen =="
        : "== The same with ties broken by candidate order ==");
    Result<String> broken = TieBreaker.candidateOrder().apply(approval, unranked.build());
    System.out.println(broken.explain(locale));

    System.out.println(da ? "== Rangordnede nomineringer: symmetrisk Borda =="
        : "== Ranked nominations: symmetric Borda ==");
    System.out.println(Borda.symmetric().rank(ranked.build()).explain(locale));
  }
}
