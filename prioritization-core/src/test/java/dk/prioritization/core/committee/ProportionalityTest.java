package dk.prioritization.core.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.ApprovalProfile;
import dk.prioritization.core.Profile;
import dk.prioritization.core.Weighted;
import dk.prioritization.core.generate.SeededProfiles;
import dk.prioritization.core.generate.SmallProfiles;
import dk.prioritization.core.generate.SmallProfiles.Sample;
import dk.prioritization.core.generate.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JR, PJR and EJR checks against an independent brute-force oracle that tries every group of
 * distinct ballots (all voters of a ballot belong to a group or none, which loses nothing since
 * they approve the same candidates) on every committee of the small profiles, following the
 * definitions of Aziz et al., Social Choice and Welfare 48 (2017) and Sánchez-Fernández et al.,
 * AAAI 2017; and the evidence each violation carries.
 */
class ProportionalityTest {

  /** Whether some group of ballots violates the axiom, by trying all groups. */
  private static boolean oracle(ApprovalProfile<String> p, Set<String> w, String axiom) {
    List<Weighted<ApprovalBallot<String>>> ballots = p.ballots();
    int k = w.size();
    long n = p.voterCount();
    for (int mask = 1; mask < 1 << ballots.size(); mask++) {
      long size = 0;
      Set<String> common = null;
      Set<String> union = new HashSet<>();
      int minSat = Integer.MAX_VALUE;
      for (int b = 0; b < ballots.size(); b++) {
        if ((mask & 1 << b) != 0) {
          List<String> approved = ballots.get(b).ballot().approved();
          size += ballots.get(b).count();
          if (common == null) {
            common = new HashSet<>(approved);
          } else {
            common.retainAll(approved);
          }
          int sat = 0;
          for (String c : approved) {
            if (w.contains(c)) {
              union.add(c);
              sat++;
            }
          }
          minSat = Math.min(minSat, sat);
        }
      }
      int maxSat = 0;
      for (int b = 0; b < ballots.size(); b++) {
        if ((mask & 1 << b) != 0) {
          int sat = 0;
          for (String c : ballots.get(b).ballot().approved()) {
            sat += w.contains(c) ? 1 : 0;
          }
          maxSat = Math.max(maxSat, sat);
        }
      }
      for (int ell = 1; ell <= Math.min(k, common.size()); ell++) {
        if (size * k < ell * n) {
          continue;
        }
        boolean violated = switch (axiom) {
          case "JR" -> ell == 1 && maxSat == 0;
          case "PJR" -> union.size() < ell;
          default -> maxSat < ell;
        };
        if (violated) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<Proportionality.Violation<String>> check(ApprovalProfile<String> p, Set<String> w,
      String axiom) {
    return switch (axiom) {
      case "JR" -> Proportionality.justifiedRepresentation(p, w);
      case "PJR" -> Proportionality.proportionalJustifiedRepresentation(p, w);
      default -> Proportionality.extendedJustifiedRepresentation(p, w);
    };
  }

  /** Whether the evidence is a genuine violation: large enough, cohesive, unrepresented. */
  private static boolean genuine(ApprovalProfile<String> p, Set<String> w, Proportionality.Violation<String> v) {
    long size = 0;
    Set<String> union = new HashSet<>();
    int maxSat = 0;
    for (Weighted<ApprovalBallot<String>> b : v.voters()) {
      if (!p.ballots().contains(b) || !b.ballot().approved().containsAll(v.commonlyApproved())) {
        return false;
      }
      size += b.count();
      int sat = 0;
      for (String c : b.ballot().approved()) {
        if (w.contains(c)) {
          union.add(c);
          sat++;
        }
      }
      maxSat = Math.max(maxSat, sat);
    }
    int ell = v.ell();
    boolean unrepresented = switch (v.axiom()) {
      case "JR" -> maxSat == 0;
      case "PJR" -> union.size() < ell;
      default -> maxSat < ell;
    };
    return size == v.groupSize() && v.commonlyApproved().size() == ell && size * w.size() >= ell * p.voterCount()
        && unrepresented;
  }

  @Test
  void checksAgreeWithTheBruteForceOracle() {
    List<Sample<ApprovalProfile<String>>> samples = new ArrayList<>(
        SmallProfiles.approvalSamples(List.of("a", "b", "c", "d"), 1, 4));
    SeededProfiles.seeds().forEach(seed -> {
      Sample<ApprovalProfile<String>> s = SeededProfiles.first(SeededProfiles.approvalCulture(seed), seed);
      if (s.profile().distinctBallotCount() <= 10) {
        samples.add(s);
      }
    });
    int[] found = new int[3];
    Violations v = new Violations("JR, PJR and EJR checks agree with the oracle and give genuine evidence");
    List<String> axioms = List.of("JR", "PJR", "EJR");
    for (Sample<ApprovalProfile<String>> s : samples) {
      List<String> cs = s.profile().candidates();
      for (int mask = 1; mask < 1 << cs.size(); mask++) {
        Set<String> w = new LinkedHashSet<>();
        for (int i = 0; i < cs.size(); i++) {
          if ((mask & 1 << i) != 0) {
            w.add(cs.get(i));
          }
        }
        for (int x = 0; x < 3; x++) {
          String axiom = axioms.get(x);
          Optional<Proportionality.Violation<String>> got = check(s.profile(), w, axiom);
          boolean expected = oracle(s.profile(), w, axiom);
          found[x] += expected ? 1 : 0;
          v.check(got.isPresent() == expected && got.map(g -> genuine(s.profile(), w, g) && g.axiom().equals(axiom))
                  .orElse(true),
              () -> s + " W=" + w + " " + axiom + ": got " + got + ", oracle " + expected);
        }
      }
    }
    v.assertNone();
    // the oracle found violations of each axiom, so the agreement is not vacuous; and a JR
    // violation is a PJR violation, which is an EJR violation
    assertThat(found[0]).isPositive();
    assertThat(found[1]).isGreaterThanOrEqualTo(found[0]);
    assertThat(found[2]).isGreaterThan(found[1]);
  }

  @Test
  void pjrIsStrongerThanJr() {
    // Lackner & Skowron 2023, Chapter 4 (shape of the standard example): k = 4, 8 voters; four
    // approve {a, b}, four approve {c, d, e}. W = {a, c, d, e} gives the {a, b} voters one member
    // although they are 4 ≥ 2 · 8 / 4 voters with two common candidates: JR holds, PJR and EJR fail.
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d", "e")).add(4, "a", "b")
        .add(4, "c", "d", "e").build();
    Set<String> w = Set.of("a", "c", "d", "e");
    assertThat(Proportionality.justifiedRepresentation(p, w)).isEmpty();
    Proportionality.Violation<String> pjr = Proportionality.proportionalJustifiedRepresentation(p, w).orElseThrow();
    assertThat(pjr.ell()).isEqualTo(2);
    assertThat(pjr.commonlyApproved()).containsExactly("a", "b");
    assertThat(pjr.groupSize()).isEqualTo(4);
    assertThat(Proportionality.extendedJustifiedRepresentation(p, w)).isPresent();
    // PAV gives each group two seats
    assertThat(Pav.exact().select(p, 4).members()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void chamberlinCourantFailsPjr() {
    // k = 4, 7 voters: four approve {a, b}, one each {c}, {d}, {e}. Covering all seven voters
    // needs c, d, e and one of a, b, so CC gives the four {a, b} voters one seat although they are
    // 4 ≥ 2 · 7 / 4 voters with two common candidates (the singletons, 1 < 7 / 4, are not
    // cohesive). PAV instead gives them two: 4 · 3/2 + 2 = 8 beats 4 + 3 = 7.
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b", "c", "d", "e")).add(4, "a", "b")
        .add(1, "c").add(1, "d").add(1, "e").build();
    Committee<String> cc = ChamberlinCourant.exact().select(p, 4);
    assertThat(cc.members()).containsExactly("a", "c", "d", "e");
    assertThat(cc.tied()).isTrue();
    assertThat(Proportionality.justifiedRepresentation(p, cc.members())).isEmpty();
    Proportionality.Violation<String> v = Proportionality.proportionalJustifiedRepresentation(p, cc.members())
        .orElseThrow();
    assertThat(v.ell()).isEqualTo(2);
    assertThat(v.commonlyApproved()).containsExactly("a", "b");
    assertThat(v.voters()).containsExactly(new Weighted<>(ApprovalBallot.of("a", "b"), 4));
    Committee<String> pav = Pav.exact().select(p, 4);
    assertThat(pav.members()).containsExactly("a", "b", "c", "d");
    assertThat(Proportionality.extendedJustifiedRepresentation(p, pav.members())).isEmpty();
  }

  @Test
  void badCommittees() {
    ApprovalProfile<String> p = Profile.approval(List.of("a", "b")).add(1, "a").build();
    assertThatThrownBy(() -> Proportionality.justifiedRepresentation(p, Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the committee is empty");
    assertThatThrownBy(() -> Proportionality.extendedJustifiedRepresentation(p, Set.of("z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z is not a candidate");
  }
}
