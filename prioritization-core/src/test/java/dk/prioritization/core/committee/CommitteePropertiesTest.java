package dk.prioritization.core.committee;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Rational;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.generate.ImpartialApproval;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Properties of the committee rules on every profile of four candidates and up to three voters
 * and on the seeded random approval profiles, for every committee size: exact PAV and exact CC
 * agree with a brute-force maximum over all committees (an independent oracle written here; also
 * on seeded profiles of 7 and 8 candidates),
 * exact PAV scores at least as much as sequential PAV, and the proportionality guarantees of the
 * literature (Lackner &amp; Skowron 2023, Chapter 4): PAV and Equal Shares satisfy EJR,
 * sequential Phragmén satisfies PJR, exact CC satisfies JR.
 */
class CommitteePropertiesTest {

  static final List<CommitteeRule> RULES = List.of(ApprovalTopK.rule(), SatisfactionTopK.rule(), Pav.exact(),
      Pav.sequential(), ChamberlinCourant.exact(), ChamberlinCourant.greedy(), Phragmen.sequential(),
      EqualShares.withCompletion());

  private static List<Sample<ApprovalProfile<String>>> samples() {
    List<Sample<ApprovalProfile<String>>> out = new ArrayList<>(
        SmallProfiles.approvalSamples(List.of("a", "b", "c", "d"), 1, 3));
    SeededProfiles.seeds().forEach(seed -> out.add(SeededProfiles.first(SeededProfiles.approvalCulture(seed), seed)));
    return out;
  }

  private static final List<Sample<ApprovalProfile<String>>> SAMPLES = samples();

  /** The samples, and seeded profiles of 7 and 8 candidates for the brute-force oracle. */
  private static List<Sample<ApprovalProfile<String>>> oracleSamples() {
    List<Sample<ApprovalProfile<String>>> out = new ArrayList<>(SAMPLES);
    for (long seed = 0; seed < 30; seed++) {
      List<String> cs = List.of("a", "b", "c", "d", "e", "f", "g", "h").subList(0, 7 + (int) (seed % 2));
      out.add(SeededProfiles.draw(ImpartialApproval.of(cs, 0.25 + 0.05 * (seed % 5)), 6 + seed, seed));
    }
    return out;
  }

  /** The oracle's PAV (harmonic) or CC (coverage) score of a committee. */
  private static Rational oracleScore(ApprovalProfile<String> p, Set<String> w, boolean pav) {
    Rational total = Rational.ZERO;
    for (Weighted<ApprovalBallot<String>> b : p.ballots()) {
      int j = 0;
      for (String c : b.ballot().approved()) {
        j += w.contains(c) ? 1 : 0;
      }
      Rational s = Rational.ZERO;
      for (int i = 1; i <= j; i++) {
        s = s.plus(pav ? Rational.of(1, i) : (i == 1 ? Rational.ONE : Rational.ZERO));
      }
      total = total.plus(s.times(Rational.of(b.count())));
    }
    return total;
  }

  /** All committees of size k, in lexicographic candidate order. */
  private static List<Set<String>> committees(List<String> cs, int k) {
    List<Set<String>> out = new ArrayList<>();
    int m = cs.size();
    for (int mask = 0; mask < 1 << m; mask++) {
      if (Integer.bitCount(mask) == k) {
        Set<String> s = new java.util.LinkedHashSet<>();
        for (int i = 0; i < m; i++) {
          if ((mask & 1 << i) != 0) {
            s.add(cs.get(i));
          }
        }
        out.add(s);
      }
    }
    out.sort((x, y) -> {
      List<String> a = new ArrayList<>(x);
      List<String> b = new ArrayList<>(y);
      for (int i = 0; i < a.size(); i++) {
        int c = Integer.compare(cs.indexOf(a.get(i)), cs.indexOf(b.get(i)));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    return out;
  }

  private static void exactAgreesWithOracle(CommitteeRule rule, boolean pav) {
    Violations v = new Violations(rule.id() + " is the first optimal committee, tie reported");
    for (Sample<ApprovalProfile<String>> s : oracleSamples()) {
      List<String> cs = s.profile().candidates();
      for (int k = 1; k <= cs.size(); k++) {
        Committee<String> got = rule.select(s.profile(), k);
        Rational best = null;
        Set<String> first = null;
        int optimal = 0;
        for (Set<String> w : committees(cs, k)) {
          Rational score = oracleScore(s.profile(), w, pav);
          int cmp = best == null ? 1 : score.compareTo(best);
          if (cmp > 0) {
            best = score;
            first = w;
            optimal = 1;
          } else if (cmp == 0) {
            optimal++;
          }
        }
        Rational b = best;
        Set<String> f = first;
        boolean tied = optimal > 1;
        int kk = k;
        v.check(got.members().equals(f) && got.score().orElseThrow().equals(b) && got.tied() == tied,
            () -> s + " k=" + kk + ": got " + got.members() + " " + got.score() + " tied " + got.tied()
                + ", oracle " + f + " " + b + " tied " + tied);
      }
    }
    v.assertNone();
  }

  @Test
  void exactPavIsTheBruteForceOptimum() {
    exactAgreesWithOracle(Pav.exact(), true);
  }

  @Test
  void exactCcIsTheBruteForceOptimum() {
    exactAgreesWithOracle(ChamberlinCourant.exact(), false);
  }

  @Test
  void exactPavScoresAtLeastSequentialPav() {
    Violations v = new Violations("PAV score >= seq-PAV score");
    forAll((s, k) -> {
      Committee<String> exact = Pav.exact().select(s.profile(), k);
      Committee<String> seq = Pav.sequential().select(s.profile(), k);
      v.check(exact.score().orElseThrow().compareTo(seq.score().orElseThrow()) >= 0
              && seq.score().orElseThrow().equals(oracleScore(s.profile(), seq.members(), true)),
          () -> s + " k=" + k + ": " + exact.score() + " < " + seq.score());
      return null;
    });
    v.assertNone();
  }

  private static void forAll(BiFunction<Sample<ApprovalProfile<String>>, Integer, Void> check) {
    for (Sample<ApprovalProfile<String>> s : SAMPLES) {
      for (int k = 1; k <= s.profile().candidateCount(); k++) {
        check.apply(s, k);
      }
    }
  }

  private static void satisfies(CommitteeRule rule, String axiom) {
    Violations v = new Violations(rule.id() + " satisfies " + axiom);
    forAll((s, k) -> {
      Committee<String> c = rule.select(s.profile(), k);
      var found = switch (axiom) {
        case "JR" -> Proportionality.justifiedRepresentation(s.profile(), c.members());
        case "PJR" -> Proportionality.proportionalJustifiedRepresentation(s.profile(), c.members());
        default -> Proportionality.extendedJustifiedRepresentation(s.profile(), c.members());
      };
      v.check(found.isEmpty() && c.members().size() == k && new HashSet<>(c.members()).size() == k,
          () -> s + " k=" + k + ": " + c.members() + " " + found);
      return null;
    });
    v.assertNone();
  }

  @Test
  void pavSatisfiesEjr() {
    satisfies(Pav.exact(), "EJR");
  }

  @Test
  void equalSharesSatisfiesEjr() {
    satisfies(EqualShares.withCompletion(), "EJR");
  }

  @Test
  void phragmenSatisfiesPjr() {
    satisfies(Phragmen.sequential(), "PJR");
  }

  @Test
  void chamberlinCourantSatisfiesJr() {
    satisfies(ChamberlinCourant.exact(), "JR");
  }

  /**
   * Greedy CC satisfies JR: Aziz, Brill, Conitzer, Elkind, Freeman &amp; Walsh, "Justified
   * representation in approval-based committee voting", Social Choice and Welfare 48 (2017),
   * where it is called greedy approval voting.
   */
  @Test
  void greedyChamberlinCourantSatisfiesJr() {
    satisfies(ChamberlinCourant.greedy(), "JR");
  }

  @Test
  void everyRuleFillsTheCommittee() {
    Violations v = new Violations("committee of k distinct candidates");
    for (CommitteeRule rule : RULES) {
      forAll((s, k) -> {
        Committee<String> c = rule.select(s.profile(), k);
        v.check(c.members().size() == k && c.k() == k && c.ruleId().equals(rule.id()),
            () -> rule.id() + " " + s + " k=" + k + ": " + c.members());
        return null;
      });
    }
    v.assertNone();
  }

  /** The next seat of a committee-monotone rule goes to the runner-up, its explanation's reasons cover everyone. */
  @Test
  void theRunnerUpIsWhatTheNextSeatGoesTo() {
    Violations v = new Violations("runner-up = the (k+1)-th member, for the rules that only add members");
    for (CommitteeRule rule : List.of(ApprovalTopK.rule(), SatisfactionTopK.rule(), Pav.sequential(),
        ChamberlinCourant.greedy(), Phragmen.sequential())) {
      forAll((s, k) -> {
        Committee<String> c = rule.select(s.profile(), k);
        if (k == s.profile().candidateCount()) {
          v.check(c.runnerUp().isEmpty(), () -> rule.id() + " " + s + " k=" + k + ": " + c.runnerUp());
          return null;
        }
        Set<String> next = new java.util.LinkedHashSet<>(rule.select(s.profile(), k + 1).members());
        v.check(next.containsAll(c.members()), () -> rule.id() + " is not committee monotone on " + s);
        next.removeAll(c.members());
        v.check(next.equals(Set.of(c.runnerUp().orElse("none"))),
            () -> rule.id() + " " + s + " k=" + k + ": runner-up " + c.runnerUp() + ", next seat " + next);
        return null;
      });
    }
    v.assertNone();
  }

  /** For the exact Thiele rules the runner-up adds the most to the committee (brute force). */
  @Test
  void theExactRulesRunnerUpAddsTheMost() {
    Violations v = new Violations("exact runner-up adds the most");
    for (boolean pav : new boolean[] {true, false}) {
      CommitteeRule rule = pav ? Pav.exact() : ChamberlinCourant.exact();
      for (Sample<ApprovalProfile<String>> s : oracleSamples()) {
        List<String> cs = s.profile().candidates();
        for (int k = 1; k < cs.size(); k++) {
          Committee<String> c = rule.select(s.profile(), k);
          String best = null;
          Rational bestScore = null;
          for (String x : cs) {
            if (!c.members().contains(x)) {
              Set<String> w = new HashSet<>(c.members());
              w.add(x);
              Rational score = oracleScore(s.profile(), w, pav);
              if (bestScore == null || score.compareTo(bestScore) > 0) {
                best = x;
                bestScore = score;
              }
            }
          }
          String expected = best;
          int kk = k;
          v.check(c.runnerUp().equals(java.util.Optional.of(expected)),
              () -> rule.id() + " " + s + " k=" + kk + ": " + c.runnerUp() + ", expected " + expected);
        }
      }
    }
    v.assertNone();
  }

  @Test
  void everyCandidateHasAReasonAndTheRunnerUpIsOut() {
    Violations v = new Violations("reasons for all, in candidate order; runner-up outside");
    for (CommitteeRule rule : RULES) {
      forAll((s, k) -> {
        Committee<String> c = rule.select(s.profile(), k);
        v.check(new ArrayList<>(c.reasons().keySet()).equals(s.profile().candidates()),
            () -> rule.id() + " " + s + ": " + c.reasons().keySet());
        for (var e : c.reasons().entrySet()) {
          boolean member = c.members().contains(e.getKey());
          v.check(member != e.getValue().english().startsWith("not ") && !e.getValue().danish().isBlank()
                  && member != e.getValue().danish().startsWith("ikke "),
              () -> rule.id() + " " + s + " k=" + k + ": " + e);
        }
        v.check(c.runnerUp().isEmpty() == (k == s.profile().candidateCount()),
            () -> rule.id() + " " + s + " k=" + k + ": runner-up " + c.runnerUp());
        return null;
      });
    }
    v.assertNone();
  }
}
