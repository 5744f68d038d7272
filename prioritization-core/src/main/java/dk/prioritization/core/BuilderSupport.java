package dk.prioritization.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.prioritization.core.internal.BallotTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every profile builder shares: the candidate index, the ballot table and the problems. */
final class BuilderSupport<C> {
  final ImmutableList<C> candidates;
  final ImmutableMap<C, Integer> index;
  final List<ProfileProblem> problems = new ArrayList<>();
  final BallotTable table = new BallotTable();
  /** A scratch key, at least as long as any ballot encoding. */
  int[] key;
  /** For detecting a candidate named twice on one ballot: stamp[c] == ballot position + 1. */
  private final int[] stamp;
  private int position;
  private long voters;

  BuilderSupport(List<C> candidateList) {
    requireNonNull(candidateList, "candidates");
    Map<C, Integer> seen = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    ImmutableList.Builder<C> list = ImmutableList.builder();
    ImmutableMap.Builder<C, Integer> map = ImmutableMap.builder();
    for (int i = 0; i < candidateList.size(); i++) {
      C c = requireNonNull(candidateList.get(i), () -> "candidate list has null at position " + seen.size());
      String name = String.valueOf(c);
      Integer first = seen.putIfAbsent(c, seen.size());
      Integer firstName = names.putIfAbsent(name, i);
      if (first != null || firstName != null) {
        problems.add(new ProfileProblem.DuplicateCandidate(name, firstName != null ? firstName : first, i));
        continue;
      }
      list.add(c);
      map.put(c, seen.get(c));
    }
    this.candidates = list.build();
    this.index = map.buildOrThrow();
    if (candidates.isEmpty()) {
      problems.add(new ProfileProblem.NoCandidates());
    }
    this.stamp = new int[candidates.size()];
    this.key = new int[Math.max(1, candidates.size())];
  }

  int m() {
    return candidates.size();
  }

  /** Starts the next ballot and returns its position. */
  int next() {
    return position++;
  }

  /**
   * Returns the index of {@code c} on ballot {@code ballot}, or -1 after recording the problem
   * (unknown, or named twice on this ballot).
   */
  int candidate(int ballot, Object c) {
    requireNonNull(c, () -> "ballot " + ballot + " names a null candidate");
    Integer i = index.get(c);
    if (i == null) {
      problems.add(new ProfileProblem.UnknownCandidate(ballot, String.valueOf(c)));
      return -1;
    }
    if (stamp[i] == ballot + 1) {
      problems.add(new ProfileProblem.CandidateTwice(ballot, String.valueOf(c)));
      return -1;
    }
    stamp[i] = ballot + 1;
    return i;
  }

  /**
   * Checks a candidate given by index, as {@link #candidate} checks one given by value; returns
   * the index, or -1 after recording the problem.
   */
  int candidateIndex(int ballot, int i) {
    if (i < 0 || i >= stamp.length) {
      problems.add(new ProfileProblem.UnknownCandidate(ballot, "#" + i));
      return -1;
    }
    if (stamp[i] == ballot + 1) {
      problems.add(new ProfileProblem.CandidateTwice(ballot, String.valueOf(candidates.get(i))));
      return -1;
    }
    stamp[i] = ballot + 1;
    return i;
  }

  /** Returns whether {@code count} is acceptable, recording the problem if not. */
  boolean checkCount(int ballot, long count) {
    if (count <= 0) {
      problems.add(new ProfileProblem.NonPositiveCount(ballot, count));
      return false;
    }
    long total = voters + count;
    if (total < 0) {
      problems.add(new ProfileProblem.CountOverflow(ballot, count));
      return false;
    }
    return true;
  }

  /** Adds a checked ballot encoding of {@code length} ints from {@link #key}. */
  void accept(int length, long count) {
    table.add(key, length, count);
    voters += count;
  }

  /** Throws a {@link ProfileException} if anything was wrong. */
  void check() {
    if (position == 0) {
      problems.add(new ProfileProblem.EmptyProfile());
    }
    if (!problems.isEmpty()) {
      throw new ProfileException(problems);
    }
  }
}
