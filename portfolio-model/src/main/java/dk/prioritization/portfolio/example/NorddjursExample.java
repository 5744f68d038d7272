package dk.prioritization.portfolio.example;

import static dk.prioritization.portfolio.Perspective.DOWNWARD;
import static dk.prioritization.portfolio.Perspective.INWARD;
import static dk.prioritization.portfolio.Perspective.OUTWARD;
import static dk.prioritization.portfolio.Perspective.UPWARD;
import static dk.prioritization.portfolio.followup.Status.AT_RISK;
import static dk.prioritization.portfolio.followup.Status.DONE;
import static dk.prioritization.portfolio.followup.Status.NOT_STARTED;
import static dk.prioritization.portfolio.followup.Status.OFF_TRACK;
import static dk.prioritization.portfolio.followup.Status.ON_TRACK;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.Text;
import dk.prioritization.portfolio.BoardMember;
import dk.prioritization.portfolio.FocusArea;
import dk.prioritization.portfolio.Initiative;
import dk.prioritization.portfolio.Perspective;
import dk.prioritization.portfolio.Portfolio;
import dk.prioritization.portfolio.Scope;
import dk.prioritization.portfolio.Task;
import dk.prioritization.portfolio.followup.FollowUp;
import dk.prioritization.portfolio.followup.Quarter;
import dk.prioritization.portfolio.followup.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example portfolio of a Danish municipal executive board, modelled on the public minutes of
 * the Norddjurs Kommune executive board (<i>direktion</i>) meeting of 15 January 2025,
 * "Prioritering af direktionens vigtigste opgaver i 2025".
 *
 * <p>The three focus areas and nine strategic initiatives carry their real names from that
 * document, in Danish. Everything else is invented for illustration: the initiatives'
 * descriptions, owners, scopes and perspectives, the 33 tasks and their costs (in person-months,
 * the portfolio's cost unit), the members' nominations and the follow-up statuses and comments.
 * The board's five members and every owner are known by role title only; the example holds no
 * personal names.
 *
 * <ul>
 *   <li>{@link #portfolio()}: focus areas F1-F3, initiatives I-1 to I-9, tasks T-01 to T-33 (each
 *       with an illustrative cost of 2 to 15 person-months, 214 in all) and the five members KD,
 *       DIR-BU, DIR-SS, DIR-TM and DIR-OP.
 *   <li>{@link #nominations()}: each member's pre-selected tasks (up to 5), most important first,
 *       so the same data serves a ranked and an unranked round. Counted unranked, T-04 is named by
 *       all five members, T-30 by three, and T-05, T-14 and T-25 tie with two each; no task named
 *       twice or more serves inward leadership.
 *   <li>{@link #followUp()}: the quarterly follow-up of 2025-Q1 and 2025-Q2, with some statuses
 *       changed between the two.
 * </ul>
 */
public final class NorddjursExample {
  private static final String KD = "Kommunaldirektør";
  private static final String DIR_BU = "Direktør for Børn og Unge";
  private static final String DIR_SS = "Direktør for Social og Sundhed";
  private static final String DIR_TM = "Direktør for Teknik og Miljø";
  private static final String DIR_OP = "Direktør for Økonomi og Personale";
  private static final String STABSCHEF = "Stabschef";
  private static final String OEKONOMICHEF = "Økonomichef";
  private static final String HR_CHEF = "HR-chef";
  private static final String SKOLECHEF = "Skolechef";
  private static final String KULTUR = "Kultur- og fritidschef";
  private static final String AELDRECHEF = "Ældrechef";
  private static final String SUNDHEDSCHEF = "Sundhedschef";
  private static final String JOBCENTERCHEF = "Jobcenterchef";
  private static final String BOERN_FAMILIE = "Chef for Børn og Familie";
  private static final String PLANCHEF = "Planchef";
  private static final String KLIMACHEF = "Klimachef";
  private static final String ERHVERVSCHEF = "Erhvervschef";
  private static final String DIGITALISERINGSCHEF = "Digitaliseringschef";

  private static final Quarter Q1 = new Quarter(2025, 1);
  private static final Quarter Q2 = new Quarter(2025, 2);
  /** The board's follow-up meetings: the last Wednesday in March and in June 2025. */
  private static final LocalDate D1 = LocalDate.of(2025, 3, 26);
  private static final LocalDate D2 = LocalDate.of(2025, 6, 25);

  private static final Portfolio PORTFOLIO = buildPortfolio();
  private static final ImmutableMap<String, List<String>> NOMINATIONS = buildNominations();
  private static final FollowUp FOLLOW_UP = buildFollowUp();

  private NorddjursExample() {}

  /**
   * Returns the example portfolio: 3 focus areas, 9 initiatives, 33 tasks and 5 board members.
   *
   * @return the portfolio, version 1
   */
  public static Portfolio portfolio() {
    return PORTFOLIO;
  }

  /**
   * Returns each member's nominations: member id to the task ids they pre-selected, at most 5,
   * most important first; members in portfolio order.
   *
   * @return the nominations
   */
  public static Map<String, List<String>> nominations() {
    return NOMINATIONS;
  }

  /**
   * Returns the follow-up of the portfolio's tasks and initiatives for 2025-Q1 and 2025-Q2.
   *
   * @return the follow-up
   */
  public static FollowUp followUp() {
    return FOLLOW_UP;
  }

  private static Portfolio buildPortfolio() {
    return Portfolio.builder()
        .costUnit(new Text("person-months", "personmåneder"))
        .focusArea(new FocusArea("F1", "Politisk betjening, Økonomi samt Demokrati og Fællesskab"))
        .focusArea(new FocusArea("F2", "Sammen om Ledelse, Bæredygtige Arbejdsfællesskaber og Styrket Aktørskab"))
        .focusArea(new FocusArea("F3", "Udsyn, Partnerskab og Innovation"))

        .initiative(Initiative.of("I-1", "Politisk betjening", "F1",
            "Indsatsen skal sikre, at byrådet og de politiske udvalg får et solidt, rettidigt og let tilgængeligt "
                + "beslutningsgrundlag. Vi arbejder med kvaliteten af dagsordener og sagsfremstillinger, så de "
                + "tydeligt beskriver økonomi, konsekvenser og handlemuligheder. Samtidig styrker vi dialogen mellem "
                + "politikere og administration gennem temamøder og fælles forventningsafstemning. Opfølgningen på "
                + "politiske beslutninger skal være systematisk, så byrådet kan se, hvad der er sket med dets "
                + "beslutninger.",
            KD, Scope.CROSS_CUTTING, UPWARD).withTags("byråd", "dagsordener"))
        .initiative(Initiative.of("I-2", "Økonomi", "F1",
            "Indsatsen skal sikre en robust og bæredygtig økonomi, der giver politisk handlerum i de kommende år. "
                + "Budgetprocessen tilrettelægges, så udvalgene inddrages tidligt, og prioriteringer træffes på et "
                + "oplyst grundlag. Der er særligt fokus på styringen af de udgiftstunge specialiserede områder, hvor "
                + "udgifterne er steget mere end forventet. Ledere på alle niveauer skal have overblik over egen "
                + "økonomi og gode redskaber til opfølgning.",
            DIR_OP, Scope.CROSS_CUTTING, UPWARD, DOWNWARD).withTags("budget", "økonomistyring"))
        .initiative(Initiative.of("I-3", "Demokrati og Fællesskab", "F1",
            "Indsatsen skal styrke borgernes deltagelse i det lokale demokrati og understøtte de fællesskaber, der "
                + "binder kommunen sammen. Vi vil udvikle nye former for borgerinddragelse, hvor borgere, foreninger "
                + "og lokalråd inddrages tidligt i de sager, der berører dem. Landsbyer og lokalsamfund er en central "
                + "del af kommunens identitet, og samarbejdet med dem skal være enkelt og forpligtende. Børn og unge "
                + "skal opleve, at deres stemme tæller.",
            KD, Scope.CROSS_CUTTING, OUTWARD, UPWARD).withTags("inddragelse", "lokalsamfund"))

        .initiative(Initiative.of("I-4", "Sammen om Ledelse", "F2",
            "Indsatsen skal give kommunens ledere et fælles sprog og et fælles grundlag for god ledelse. Et nyt "
                + "ledelsesgrundlag beskriver, hvad vi forventer af ledere på alle niveauer, og hvordan vi støtter "
                + "dem. Lederudviklingen tilrettelægges på tværs af fagområder, så ledere lærer af hinanden og løfter "
                + "opgaverne i fællesskab. Direktionen går selv forrest og arbejder med sin egen udvikling som team.",
            KD, Scope.CROSS_CUTTING, DOWNWARD, INWARD).withTags("ledelse"))
        .initiative(Initiative.of("I-5", "Bæredygtige Arbejdsfællesskaber", "F2",
            "Indsatsen skal sikre, at kommunen kan tiltrække, udvikle og fastholde de medarbejdere, der skal løse "
                + "velfærdsopgaverne i fremtiden. Manglen på arbejdskraft inden for især ældrepleje, dagtilbud og "
                + "specialiserede fagområder kræver nye veje til rekruttering. Et godt arbejdsmiljø og et lavt "
                + "sygefravær er forudsætninger for stabile arbejdsfællesskaber. Vi arbejder med trivsel, fleksible "
                + "arbejdsformer og flere uddannelsesstillinger.",
            DIR_OP, Scope.CROSS_CUTTING, DOWNWARD).withTags("arbejdsmiljø", "rekruttering"))
        .initiative(Initiative.of("I-6", "Styrket Aktørskab", "F2",
            "Indsatsen skal styrke borgernes mulighed for at tage ansvar for eget liv og mestre egen hverdag. Det "
                + "betyder, at vi møder borgeren som aktør frem for modtager og tilrettelægger hjælpen ud fra "
                + "borgerens egne mål. Rehabilitering, forebyggelse og tidlig indsats prioriteres, så færre får brug "
                + "for mere indgribende hjælp. Implementeringen af den nye ældrelov og samarbejdet med regionen om "
                + "det nære sundhedsvæsen er vigtige dele af indsatsen.",
            DIR_SS, Scope.department("Social og Sundhed"), OUTWARD, DOWNWARD).withTags("forebyggelse", "rehabilitering"))

        .initiative(Initiative.of("I-7", "Udsyn", "F3",
            "Indsatsen skal sikre, at kommunen løfter blikket og lærer af udviklingen uden for egne grænser. Vi "
                + "følger tendenserne i samfundet og sammenligner os med andre kommuner for at finde bedre og "
                + "billigere løsninger. Kommuneplanen og den grønne omstilling giver retning for, hvordan kommunen "
                + "skal udvikle sig på længere sigt. Direktionen tager ansvar for at omsætte ny viden til konkrete "
                + "prioriteringer.",
            KD, Scope.CROSS_CUTTING, OUTWARD, INWARD).withTags("klima", "planlægning"))
        .initiative(Initiative.of("I-8", "Partnerskab", "F3",
            "Indsatsen skal udvikle forpligtende partnerskaber med virksomheder, uddannelsesinstitutioner og "
                + "foreninger. Mange af kommunens store udfordringer kan kun løses i samarbejde med andre, og "
                + "partnerskaberne skal derfor have klare mål og en tydelig ansvarsfordeling. Erhvervsservicen skal "
                + "være let at komme i kontakt med og give virksomhederne hurtige svar. Den grønne omstilling og de "
                + "unges vej til uddannelse er oplagte områder for nye partnerskaber.",
            DIR_TM, Scope.department("Teknik og Miljø"), OUTWARD).withTags("erhverv", "partnerskaber"))
        .initiative(Initiative.of("I-9", "Innovation", "F3",
            "Indsatsen skal gøre det lettere for borgere og virksomheder at møde kommunen og frigøre tid til "
                + "kerneopgaven. Vi udbreder digital selvbetjening og tager ny teknologi, herunder kunstig "
                + "intelligens, i brug, hvor den skaber værdi og kan bruges ansvarligt. Velfærdsteknologi skal "
                + "understøtte borgernes selvhjulpenhed og aflaste medarbejderne. Nye løsninger udvikles sammen med "
                + "medarbejdere og borgere, og gode erfaringer spredes på tværs af organisationen.",
            DIR_OP, Scope.CROSS_CUTTING, DOWNWARD, OUTWARD).withTags("digitalisering", "teknologi"))

        // F1 / I-1 Politisk betjening
        .task(task("T-01", "Ny skabelon for dagsordener og sagsfremstillinger", "I-1", STABSCHEF, Set.of(UPWARD), 4,
            "dagsordener", "kvalitet"))
        .task(task("T-02", "Temamøder og introforløb for byrådet", "I-1", STABSCHEF, Set.of(UPWARD), 2,
            "byråd", "dialog"))
        .task(task("T-03", "Systematisk opfølgning på politiske beslutninger", "I-1", STABSCHEF,
            Set.of(UPWARD, DOWNWARD), 3, "opfølgning"))
        // I-2 Økonomi
        .task(task("T-04", "Budgetproces 2026-2029", "I-2", OEKONOMICHEF, Set.of(UPWARD, DOWNWARD), 6, "budget"))
        .task(task("T-05", "Økonomistyring på det specialiserede socialområde", "I-2", DIR_SS,
            Set.of(UPWARD, DOWNWARD), 8, "budget", "socialområdet"))
        .task(task("T-06", "Anlægsplan og likviditetsstyring", "I-2", OEKONOMICHEF, Set.of(UPWARD), 4,
            "anlæg", "likviditet"))
        .task(task("T-07", "Inklusion og specialundervisning i balance", "I-2", SKOLECHEF, Set.of(UPWARD, DOWNWARD), 10,
            "budget", "skole"))
        // I-3 Demokrati og Fællesskab
        .task(task("T-08", "Borgerinddragelse i lokalsamfundene", "I-3", KULTUR, Set.of(OUTWARD), 5, "inddragelse"))
        .task(task("T-09", "Landdistriktspolitik og samarbejde med lokalrådene", "I-3", KULTUR,
            Set.of(OUTWARD, UPWARD), 3, "landdistrikter", "lokalråd"))
        .task(task("T-10", "Ungeråd og demokrati i skolerne", "I-3", SKOLECHEF, Set.of(OUTWARD), 2, "demokrati", "unge"))
        // F2 / I-4 Sammen om Ledelse
        .task(task("T-11", "Fælles ledelsesgrundlag", "I-4", STABSCHEF, Set.of(DOWNWARD), 3, "ledelse"))
        .task(task("T-12", "Lederudviklingsprogram for alle ledere", "I-4", HR_CHEF, Set.of(DOWNWARD, INWARD), 9,
            "kompetencer", "ledelse"))
        .task(task("T-13", "Direktionens udvikling som team", "I-4", KD, Set.of(INWARD), 2, "direktion"))
        // I-5 Bæredygtige Arbejdsfællesskaber
        .task(task("T-14", "Rekruttering og fastholdelse af medarbejdere", "I-5", HR_CHEF, Set.of(DOWNWARD, OUTWARD), 12,
            "fastholdelse", "rekruttering"))
        .task(task("T-15", "Nedbringelse af sygefravær", "I-5", HR_CHEF, Set.of(DOWNWARD), 6, "sygefravær", "trivsel"))
        .task(task("T-16", "Trivselsmåling og handleplaner for arbejdsmiljøet", "I-5", HR_CHEF, Set.of(DOWNWARD), 2,
            "arbejdsmiljø", "trivsel"))
        .task(task("T-17", "Flere elever og uddannelsesstillinger i ældreplejen", "I-5", AELDRECHEF,
            Set.of(DOWNWARD, OUTWARD), 7, "rekruttering", "ældre"))
        // I-6 Styrket Aktørskab
        .task(task("T-18", "Rehabilitering og hverdagsmestring", "I-6", AELDRECHEF, Set.of(OUTWARD), 10,
            "rehabilitering", "ældre"))
        .task(task("T-19", "Implementering af den nye ældrelov", "I-6", DIR_SS, Set.of(UPWARD, OUTWARD), 14,
            "lovgivning", "ældre"))
        .task(task("T-20", "Forebyggelse og sundhedsfremme", "I-6", SUNDHEDSCHEF, Set.of(OUTWARD), 6, "sundhed"))
        .task(task("T-21", "Flere borgere i job og uddannelse", "I-6", JOBCENTERCHEF, Set.of(OUTWARD), 8,
            "beskæftigelse"))
        .task(task("T-22", "Tidlig indsats for børn og familier i udsatte positioner", "I-6", BOERN_FAMILIE,
            Set.of(OUTWARD, DOWNWARD), 12, "børn", "forebyggelse"))
        .task(task("T-23", "Samarbejde med regionen om det nære sundhedsvæsen", "I-6", SUNDHEDSCHEF,
            Set.of(OUTWARD, UPWARD), 5, "region", "sundhed"))
        // F3 / I-7 Udsyn
        .task(task("T-24", "Kommuneplan 2025", "I-7", PLANCHEF, Set.of(UPWARD, OUTWARD), 9, "planlægning"))
        .task(task("T-25", "Klimahandleplan og grøn omstilling", "I-7", KLIMACHEF, Set.of(OUTWARD), 11, "klima"))
        .task(task("T-26", "Benchmarking med sammenlignelige kommuner", "I-7", OEKONOMICHEF, Set.of(INWARD, UPWARD), 2,
            "analyse"))
        // I-8 Partnerskab
        .task(task("T-27", "Erhvervsservice og virksomhedsbesøg", "I-8", ERHVERVSCHEF, Set.of(OUTWARD), 3, "erhverv"))
        .task(task("T-28", "Partnerskab om ungdomsuddannelser", "I-8", SKOLECHEF, Set.of(OUTWARD), 4,
            "uddannelse", "unge"))
        .task(task("T-29", "Klimapartnerskab med lokale virksomheder", "I-8", KLIMACHEF, Set.of(OUTWARD), 5,
            "erhverv", "klima"))
        // I-9 Innovation
        .task(task("T-30", "Digital selvbetjening for borgere og virksomheder", "I-9", DIGITALISERINGSCHEF,
            Set.of(OUTWARD, DOWNWARD), 15, "digitalisering", "selvbetjening"))
        .task(task("T-31", "Kunstig intelligens i administrationen", "I-9", DIGITALISERINGSCHEF,
            Set.of(DOWNWARD, INWARD), 7, "digitalisering", "kunstig intelligens"))
        .task(task("T-32", "Velfærdsteknologi i hjemmeplejen", "I-9", AELDRECHEF, Set.of(DOWNWARD, OUTWARD), 9,
            "velfærdsteknologi", "ældre"))
        .task(task("T-33", "Datadrevet ledelsesinformation", "I-9", OEKONOMICHEF, Set.of(UPWARD, DOWNWARD), 6,
            "data", "ledelsesinformation"))

        .member(BoardMember.withoutDepartment("KD", KD))
        .member(BoardMember.of("DIR-BU", DIR_BU, "Børn og Unge"))
        .member(BoardMember.of("DIR-SS", DIR_SS, "Social og Sundhed"))
        .member(BoardMember.of("DIR-TM", DIR_TM, "Teknik og Miljø"))
        .member(BoardMember.of("DIR-OP", DIR_OP, "Økonomi og Personale"))
        .build();
  }

  private static Task task(String id, String name, String initiative, String caseOwner, Set<Perspective> perspectives,
      long cost, String... tags) {
    return Task.of(id, name, initiative, caseOwner, perspectives.toArray(new Perspective[0])).withTags(tags)
        .withCost(cost);
  }

  private static ImmutableMap<String, List<String>> buildNominations() {
    return ImmutableMap.of(
        "KD", ImmutableList.of("T-04", "T-14", "T-12", "T-25", "T-03"),
        "DIR-BU", ImmutableList.of("T-07", "T-04", "T-14", "T-10", "T-30"),
        "DIR-SS", ImmutableList.of("T-05", "T-19", "T-04", "T-32"),
        "DIR-TM", ImmutableList.of("T-25", "T-27", "T-04", "T-30", "T-24"),
        "DIR-OP", ImmutableList.of("T-04", "T-30", "T-05", "T-31", "T-15"));
  }

  private static FollowUp buildFollowUp() {
    FollowUp.Builder b = FollowUp.builder(PORTFOLIO);
    // F1
    initiativeReports(b, "I-1", ON_TRACK, "Ny skabelon for sagsfremstillinger er i høring i fagområderne.",
        ON_TRACK, "Skabelonen er taget i brug, og temamøderne for byrådet kører efter planen.");
    taskReports(b, "T-01", ON_TRACK, "Skabelonen er i høring i fagområderne.",
        DONE, "Skabelonen er taget i brug fra 1. maj.");
    taskReports(b, "T-02", ON_TRACK, "To temamøder er afholdt for byrådet.",
        ON_TRACK, "Temamøde om budget 2026 er afholdt i juni.");
    taskReports(b, "T-03", NOT_STARTED, "Afventer nyt modul i sagsstyringssystemet.",
        NOT_STARTED, "Modulet leveres først i tredje kvartal.");
    initiativeReports(b, "I-2", AT_RISK, "Merforbruget på det specialiserede socialområde presser budgettet for 2025.",
        AT_RISK, "Handleplanen for merforbruget er vedtaget, men effekten er endnu usikker.");
    taskReports(b, "T-04", ON_TRACK, "Tidsplan og budgetforudsætninger er godkendt af økonomiudvalget.",
        ON_TRACK, "Budgetseminaret er afholdt, og udvalgene har afleveret deres bidrag.");
    taskReports(b, "T-05", OFF_TRACK, "Forventet merforbrug på 14 mio. kr. på voksenområdet.",
        AT_RISK, "Handleplan vedtaget; det forventede merforbrug er nedbragt til 9 mio. kr.");
    taskReports(b, "T-06", ON_TRACK, "Anlægsplanen er opdateret efter regnskabet.",
        ON_TRACK, "Likviditeten følger prognosen.");
    taskReports(b, "T-07", AT_RISK, "Flere elever visiteres til specialtilbud end budgetteret.",
        AT_RISK, "Ny visitationspraksis er indført; effekten følges tæt.");
    initiativeReports(b, "I-3", NOT_STARTED, "Kommissoriet for indsatsen forventes godkendt i andet kvartal.",
        ON_TRACK, "Kommissoriet er godkendt, og de første borgermøder er planlagt til september.");
    taskReports(b, "T-08", NOT_STARTED, "Starter, når kommissoriet for indsatsen er godkendt.",
        ON_TRACK, "En model for borgerinddragelse er afprøvet i to lokalsamfund.");
    taskReports(b, "T-09", ON_TRACK, "Årsmødet med lokalrådene er afholdt.",
        ON_TRACK, "Puljen til lokale projekter er slået op.");
    taskReports(b, "T-10", null, null,
        NOT_STARTED, "Ungerådet etableres efter sommerferien.");
    // F2
    initiativeReports(b, "I-4", ON_TRACK, "Udkastet til et fælles ledelsesgrundlag er drøftet i koncernledelsen.",
        ON_TRACK, "Ledelsesgrundlaget er godkendt, og lederudviklingsprogrammet er i udbud.");
    taskReports(b, "T-11", ON_TRACK, "Udkastet er drøftet i koncernledelsen.",
        DONE, "Ledelsesgrundlaget er godkendt og præsenteret for alle ledere.");
    taskReports(b, "T-12", NOT_STARTED, "Udbuddet af lederudviklingsprogrammet forberedes.",
        ON_TRACK, "Udbuddet er offentliggjort; det første hold starter i efteråret.");
    taskReports(b, "T-13", ON_TRACK, "Direktionen har holdt sit første udviklingsseminar.",
        null, null);
    initiativeReports(b, "I-5", AT_RISK, "Rekrutteringen til ældreplejen og dagtilbuddene er fortsat vanskelig.",
        OFF_TRACK, "Flere ubesatte stillinger end ved årets start, og sygefraværet er steget i ældreplejen.");
    taskReports(b, "T-14", AT_RISK, "Få kvalificerede ansøgere til stillinger i ældreplejen og dagtilbuddene.",
        OFF_TRACK, "Rekrutteringsmålene for første halvår er ikke nået.");
    taskReports(b, "T-15", ON_TRACK, "Sygefraværet er faldet en smule siden sidste år.",
        AT_RISK, "Sygefraværet er steget i ældreplejen i andet kvartal.");
    taskReports(b, "T-16", DONE, "Trivselsmålingen er gennemført med en svarprocent på 82.",
        null, null);
    taskReports(b, "T-17", ON_TRACK, "Aftale med social- og sundhedsskolen om flere elevpladser.",
        ON_TRACK, "Tolv nye elever er startet i juni.");
    initiativeReports(b, "I-6", ON_TRACK, "Arbejdet med den nye ældrelov er organiseret i fire spor.",
        ON_TRACK, "Rehabiliteringsforløbene er udvidet til to nye distrikter.");
    taskReports(b, "T-18", ON_TRACK, "Rehabiliteringsforløb er i gang i to distrikter.",
        ON_TRACK, "Forløbene er udvidet til yderligere to distrikter.");
    taskReports(b, "T-19", ON_TRACK, "Implementeringen er organiseret i fire spor.",
        AT_RISK, "Uafklarede bekendtgørelser forsinker arbejdet med de nye rammer.");
    taskReports(b, "T-20", NOT_STARTED, "Afventer den nye sundhedspolitik.",
        NOT_STARTED, "Sundhedspolitikken behandles i byrådet i august.");
    taskReports(b, "T-21", ON_TRACK, "Flere borgere er kommet i ordinære timer end forventet.",
        ON_TRACK, "Beskæftigelsen følger måltallene.");
    taskReports(b, "T-22", AT_RISK, "Mangel på familiebehandlere forsinker den tidlige indsats.",
        ON_TRACK, "To familiebehandlere er ansat, og ventetiden er nedbragt.");
    taskReports(b, "T-23", null, null,
        ON_TRACK, "Aftalen med regionen om akutpladser er indgået.");
    // F3
    initiativeReports(b, "I-7", ON_TRACK, "Forslaget til kommuneplan er sendt i offentlig høring.",
        AT_RISK, "Klimahandleplanen er forsinket, fordi datagrundlaget skal opdateres.");
    taskReports(b, "T-24", ON_TRACK, "Forslaget er i offentlig høring.",
        ON_TRACK, "Høringssvarene er behandlet; den endelige vedtagelse sker i september.");
    taskReports(b, "T-25", ON_TRACK, "Klimaregnskabet for 2024 er udarbejdet.",
        AT_RISK, "Handleplanen er forsinket, fordi datagrundlaget skal opdateres.");
    taskReports(b, "T-26", NOT_STARTED, "Starter efter regnskabsafslutningen.",
        ON_TRACK, "Den første analyse af udgifter pr. borger er drøftet i direktionen.");
    initiativeReports(b, "I-8", AT_RISK, "Erhvervsservicen mangler en fast kontaktperson for nye virksomheder.",
        ON_TRACK, "En fast kontaktperson er ansat, og virksomhedsbesøgene er genoptaget.");
    taskReports(b, "T-27", AT_RISK, "Der er ingen fast kontaktperson for nye virksomheder.",
        ON_TRACK, "En fast kontaktperson er ansat; 25 virksomhedsbesøg er gennemført.");
    taskReports(b, "T-28", ON_TRACK, "Et fælles vejledningsforløb med ungdomsuddannelserne er aftalt.",
        ON_TRACK, "Vejledningsforløbet er afprøvet i 8. klasse.");
    initiativeReports(b, "I-9", ON_TRACK, "Tre nye selvbetjeningsløsninger er lanceret.",
        ON_TRACK, "Retningslinjer for ansvarlig brug af kunstig intelligens er vedtaget.");
    taskReports(b, "T-30", ON_TRACK, "Tre nye selvbetjeningsløsninger er lanceret.",
        ON_TRACK, "Andelen af digitale ansøgninger er steget til 78 procent.");
    taskReports(b, "T-31", NOT_STARTED, "Retningslinjer for brug af kunstig intelligens udarbejdes.",
        ON_TRACK, "Retningslinjerne er vedtaget, og to pilotprojekter er i gang.");
    taskReports(b, "T-32", ON_TRACK, "Skærmbesøg er udbredt til hele hjemmeplejen.",
        DONE, "Evalueringen viser god effekt, og løsningen er overgået til drift.");
    taskReports(b, "T-33", AT_RISK, "Datakvaliteten i fagsystemerne er for svingende.",
        AT_RISK, "Den første ledelsesrapport er udsendt, men data fra to fagsystemer mangler.");
    return b.build();
  }

  /** Adds a task's reports for 2025-Q1 and 2025-Q2; a null status means no report that quarter. */
  private static void taskReports(FollowUp.Builder b, String id, Status q1, String c1, Status q2, String c2) {
    if (q1 != null) {
      b.task(id, Q1, q1, c1, D1);
    }
    if (q2 != null) {
      b.task(id, Q2, q2, c2, D2);
    }
  }

  /** Adds an initiative's reports for 2025-Q1 and 2025-Q2, both present. */
  private static void initiativeReports(FollowUp.Builder b, String id, Status q1, String c1, Status q2, String c2) {
    b.initiative(id, Q1, q1, c1, D1);
    b.initiative(id, Q2, q2, c2, D2);
  }
}
