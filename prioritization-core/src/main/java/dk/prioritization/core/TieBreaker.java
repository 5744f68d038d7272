package dk.prioritization.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.prioritization.core.internal.SplitMix64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An explicit, recorded way to break the ties a rule reports.
 *
 * <p>A rule never breaks ties by itself; apply a tie-breaker to its result and the new result
 * records each tie it broke and how ({@link Result#tieBreaks()}), and its id enters the
 * fingerprint. Tie-breakers chain: {@code byRule(borda).then(candidateOrder())} orders tied
 * candidates by Borda score and what Borda still ties by the candidate order.
 *
 * <pre>{@code
 * Result<String> r = Approval.rule().rank(profile, TieBreaker.byRule(Borda.standard())
 *     .then(TieBreaker.random(20250115L)));
 * }</pre>
 *
 * <p>Every tier of the ranking is refined, not only the winners'. Tie-breakers are immutable and
 * thread-safe.
 */
public interface TieBreaker {

  /**
   * Returns a stable id describing this tie-breaker and its settings, e.g.
   * {@code "random(seed=42)"}; it enters the result's fingerprint.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a phrase saying how this tie-breaker orders candidates, e.g. "by candidate order".
   *
   * @return the phrase, in English and Danish
   */
  Text by();

  /**
   * Prepares to break the ties of results on {@code profile}: returns a function that splits a
   * set of tied candidates into ordered groups, best first. A group of several candidates is a tie
   * this tie-breaker cannot break; the next one in a chain gets it.
   *
   * <p>The function is called once per tied tier, in ranking order, and may keep state between
   * calls (a random draw does).
   *
   * @param profile the profile the result was computed on
   * @param <C> the candidate type
   * @return the splitting function
   */
  <C> Function<Set<C>, List<Set<C>>> prepare(Profile<C> profile);

  /**
   * Returns a result with the ties of {@code result} broken as far as this tie-breaker can.
   *
   * @param result a result computed on {@code profile}
   * @param profile the profile
   * @param <C> the candidate type
   * @return the new result; its {@link Result#tieBreaks()} lists every tie broken
   * @throws IllegalArgumentException if {@code result} was computed on another profile
   */
  default <C> Result<C> apply(Result<C> result, Profile<C> profile) {
    checkArgument(result.profileFingerprint().equals(profile.fingerprint()),
        "the result of %s was computed on another profile (fingerprint %s, not %s)",
        result.ruleId(), result.profileFingerprint(), profile.fingerprint());
    List<TieBreak<C>> breaks = new ArrayList<>(result.tieBreaks());
    List<Set<C>> tiers = TieBreakers.refine(this, result.ranking().tiers(), profile, breaks);
    String id = result.tieBreaker().equals(Result.NO_TIE_BREAKER) ? id() : result.tieBreaker() + ",then," + id();
    return new Result<>(result.ruleId(), result.options(), new Ranking<>(tiers), result.scores(),
        result.explanation(), result.profileFingerprint(), id, breaks, result.libraryVersion());
  }

  /**
   * Returns a tie-breaker that breaks what this one leaves tied with {@code next}.
   *
   * @param next the next tie-breaker
   * @return the chain
   */
  default TieBreaker then(TieBreaker next) {
    return new TieBreakers.Chain(ImmutableList.of(this, requireNonNull(next, "next")));
  }

  /**
   * Returns the tie-breaker that keeps every tie; applying it changes nothing.
   *
   * @return the identity tie-breaker
   */
  static TieBreaker none() {
    return TieBreakers.NONE;
  }

  /**
   * Returns a tie-breaker that orders tied candidates as the profile lists its candidates.
   *
   * @return the candidate-order tie-breaker
   */
  static TieBreaker candidateOrder() {
    return TieBreakers.CANDIDATE_ORDER;
  }

  /**
   * Returns a tie-breaker that orders tied candidates as {@code order} lists them.
   *
   * @param order candidates, first preferred; a tied candidate missing from it is an error
   * @return the fixed-order tie-breaker
   */
  static TieBreaker fixedOrder(List<?> order) {
    return new TieBreakers.FixedOrder(order);
  }

  /**
   * Returns a tie-breaker that orders tied candidates by another rule's ranking of the whole
   * profile; candidates that rule ties stay tied.
   *
   * @param rule the second rule; it must count the same kind of ballot
   * @return the rule tie-breaker
   */
  static TieBreaker byRule(Rule rule) {
    return new TieBreakers.ByRule(rule);
  }

  /**
   * Returns a tie-breaker that orders tied candidates by a seeded random draw, the same on every
   * JVM: for each tied tier in ranking order, a Fisher-Yates shuffle of the tier (in candidate
   * order) driven by a SplitMix64 generator started from {@code seed}.
   *
   * @param seed the seed; publish it with the result so anyone can repeat the draw
   * @return the random tie-breaker
   */
  static TieBreaker random(long seed) {
    return new TieBreakers.Random(seed);
  }
}

/** The built-in tie-breakers and the refining loop. */
final class TieBreakers {
  private TieBreakers() {}

  static final TieBreaker NONE = new TieBreaker() {
    @Override
    public String id() {
      return Result.NO_TIE_BREAKER;
    }

    @Override
    public Text by() {
      return new Text("not at all", "slet ikke");
    }

    @Override
    public <C> Function<Set<C>, List<Set<C>>> prepare(Profile<C> profile) {
      return tied -> ImmutableList.of(tied);
    }

    @Override
    public <C> Result<C> apply(Result<C> result, Profile<C> profile) {
      return result;
    }
  };

  static final TieBreaker CANDIDATE_ORDER = new TieBreaker() {
    @Override
    public String id() {
      return "candidate-order";
    }

    @Override
    public Text by() {
      return new Text("by candidate order", "efter kandidatrækkefølgen");
    }

    @Override
    public <C> Function<Set<C>, List<Set<C>>> prepare(Profile<C> profile) {
      return tied -> byKey(tied, profile::indexOf);
    }
  };

  /** Splits {@code tied} into singletons ordered by ascending key. */
  static <C> List<Set<C>> byKey(Set<C> tied, Function<C, Integer> key) {
    List<C> sorted = new ArrayList<>(tied);
    sorted.sort((a, b) -> Integer.compare(key.apply(a), key.apply(b)));
    List<Set<C>> out = new ArrayList<>();
    for (C c : sorted) {
      out.add(ImmutableSet.of(c));
    }
    return out;
  }

  /** Refines every tier of {@code tiers} with {@code breaker}, recording each split. */
  static <C> List<Set<C>> refine(TieBreaker breaker, List<Set<C>> tiers, Profile<C> profile, List<TieBreak<C>> breaks) {
    Function<Set<C>, List<Set<C>>> split = breaker.prepare(profile);
    List<Set<C>> out = new ArrayList<>();
    for (Set<C> tier : tiers) {
      if (tier.size() < 2) {
        out.add(tier);
        continue;
      }
      List<Set<C>> parts = split.apply(tier);
      if (parts.size() > 1) {
        breaks.add(new TieBreak<>(tier, parts, breaker.id(), breaker.by()));
      }
      out.addAll(parts);
    }
    return out;
  }

  record Chain(List<TieBreaker> links) implements TieBreaker {
    Chain {
      List<TieBreaker> flat = new ArrayList<>();
      for (TieBreaker t : links) {
        if (t instanceof Chain c) {
          flat.addAll(c.links);
        } else {
          flat.add(t);
        }
      }
      links = ImmutableList.copyOf(flat);
    }

    @Override
    public String id() {
      StringBuilder sb = new StringBuilder();
      for (TieBreaker t : links) {
        sb.append(sb.length() == 0 ? "" : ",then,").append(t.id());
      }
      return sb.toString();
    }

    @Override
    public Text by() {
      StringBuilder en = new StringBuilder();
      StringBuilder da = new StringBuilder();
      for (TieBreaker t : links) {
        en.append(en.length() == 0 ? "" : ", then ").append(t.by().english());
        da.append(da.length() == 0 ? "" : ", derefter ").append(t.by().danish());
      }
      return new Text(en.toString(), da.toString());
    }

    @Override
    public <C> Function<Set<C>, List<Set<C>>> prepare(Profile<C> profile) {
      throw new UnsupportedOperationException("a chain applies its links one after another");
    }

    @Override
    public <C> Result<C> apply(Result<C> result, Profile<C> profile) {
      Result<C> r = result;
      for (TieBreaker t : links) {
        r = t.apply(r, profile);
      }
      return r;
    }
  }

  record FixedOrder(List<?> order) implements TieBreaker {
    FixedOrder {
      order = ImmutableList.copyOf(order);
      checkArgument(ImmutableSet.copyOf(order).size() == order.size(), "a fixed tie-break order names a candidate twice: %s", order);
    }

    @Override
    public String id() {
      StringBuilder sb = new StringBuilder("fixed-order(");
      for (int i = 0; i < order.size(); i++) {
        sb.append(i == 0 ? "" : ";").append(order.get(i));
      }
      return sb.append(')').toString();
    }

    @Override
    public Text by() {
      return new Text("by the fixed order " + order, "efter den faste rækkefølge " + order);
    }

    @Override
    public <C> Function<Set<C>, List<Set<C>>> prepare(Profile<C> profile) {
      Map<Object, Integer> position = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        position.put(order.get(i), i);
      }
      return tied -> byKey(tied, c -> {
        Integer p = position.get(c);
        if (p == null) {
          throw new IllegalArgumentException("tied candidate '" + c + "' is missing from the fixed tie-break order " + order);
        }
        return p;
      });
    }
  }

  record ByRule(Rule rule) implements TieBreaker {
    ByRule {
      requireNonNull(rule, "rule");
    }

    @Override
    public String id() {
      StringBuilder sb = new StringBuilder("rule(").append(rule.id());
      rule.options().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> sb.append(';').append(e.getKey()).append('=').append(e.getValue()));
      return sb.append(')').toString();
    }

    @Override
    public Text by() {
      return new Text("by " + rule.id(), "efter " + rule.id());
    }

    @Override
    public <C> Function<Set<C>, List<Set<C>>> prepare(Profile<C> profile) {
      Ranking<C> second = rule.rank(profile).ranking();
      return tied -> {
        List<Set<C>> parts = new ArrayList<>();
        for (Set<C> tier : second.tiers()) {
          ImmutableSet.Builder<C> part = ImmutableSet.builder();
          for (C c : tied) {
            if (tier.contains(c)) {
              part.add(c);
            }
          }
          Set<C> p = part.build();
          if (!p.isEmpty()) {
            parts.add(p);
          }
        }
        return parts;
      };
    }
  }

  record Random(long seed) implements TieBreaker {
    @Override
    public String id() {
      return "random(seed=" + seed + ")";
    }

    @Override
    public Text by() {
      return new Text("by a random draw with seed " + seed, "ved lodtrækning med frø " + seed);
    }

    @Override
    public <C> Function<Set<C>, List<Set<C>>> prepare(Profile<C> profile) {
      SplitMix64 random = new SplitMix64(seed);
      return tied -> {
        List<C> list = new ArrayList<>(tied);
        list.sort((a, b) -> Integer.compare(profile.indexOf(a), profile.indexOf(b)));
        for (int i = list.size() - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          C t = list.get(i);
          list.set(i, list.get(j));
          list.set(j, t);
        }
        List<Set<C>> out = new ArrayList<>();
        for (C c : list) {
          out.add(ImmutableSet.of(c));
        }
        return out;
      };
    }
  }
}
