package dk.prioritization.preflib;

import dk.prioritization.core.ApprovalBallot;
import dk.prioritization.core.RankedBallot;
import dk.prioritization.core.Weighted;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a {@link PrefLibFile} in canonical form (see {@link PrefLib#write(PrefLibFile, Writer)}). */
final class PrefLibWriter {
  /** The descriptive keys, in the order PrefLib's own files give them; written even when empty. */
  static final List<String> DESCRIPTIVE = List.of("FILE NAME", "TITLE", "DESCRIPTION", "DATA TYPE",
      "MODIFICATION TYPE", "RELATES TO", "RELATED FILES", "PUBLICATION DATE", "MODIFICATION DATE");
  /** The keys whose values are computed from the profile. */
  static final Set<String> COMPUTED = Set.of("DATA TYPE", "NUMBER ALTERNATIVES", "NUMBER VOTERS",
      "NUMBER UNIQUE ORDERS", "NUMBER UNIQUE PREFERENCES", "NUMBER CATEGORIES");

  private PrefLibWriter() {}

  static void write(PrefLibFile file, Writer out) throws IOException {
    DataType type = file.dataType();
    Map<String, String> meta = file.metadata();
    Map<String, String> header = new LinkedHashMap<>();
    for (String key : DESCRIPTIVE) {
      header.put(key, meta.getOrDefault(key, ""));
    }
    header.put("DATA TYPE", type.extension());
    for (Map.Entry<String, String> e : meta.entrySet()) {
      String key = e.getKey();
      if (!header.containsKey(key) && !COMPUTED.contains(key) && !key.startsWith("CATEGORY NAME")) {
        header.put(key, e.getValue());
      }
    }
    List<? extends Weighted<?>> ballots = file.profile().ballots();
    header.put("NUMBER ALTERNATIVES", Integer.toString(file.alternativeCount()));
    header.put("NUMBER VOTERS", Long.toString(file.profile().voterCount()));
    if (type == DataType.CAT) {
      header.put("NUMBER UNIQUE PREFERENCES", Integer.toString(ballots.size()));
      header.put("NUMBER CATEGORIES", "2");
      header.put("CATEGORY NAME 1", meta.getOrDefault("CATEGORY NAME 1", "Yes"));
      header.put("CATEGORY NAME 2", meta.getOrDefault("CATEGORY NAME 2", "No"));
    } else {
      header.put("NUMBER UNIQUE ORDERS", Integer.toString(ballots.size()));
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : header.entrySet()) {
      line(sb, e.getKey(), e.getValue());
    }
    for (int a = 1; a <= file.alternativeCount(); a++) {
      line(sb, "ALTERNATIVE NAME " + a, file.name(a));
    }
    out.write(sb.toString());

    // descending count; List.sort is stable, so equal counts keep the profile's order
    List<Integer> order = new ArrayList<>(ballots.size());
    for (int b = 0; b < ballots.size(); b++) {
      order.add(b);
    }
    long[] counts = new long[ballots.size()];
    for (int b = 0; b < counts.length; b++) {
      counts[b] = ballots.get(b).count();
    }
    order.sort((x, y) -> Long.compare(counts[y], counts[x]));
    int m = file.alternativeCount();
    boolean[] approved = new boolean[m + 1];
    for (int b : order) {
      sb.setLength(0);
      sb.append(counts[b]).append(": ");
      Object ballot = ballots.get(b).ballot();
      if (ballot instanceof RankedBallot<?> ranked) {
        List<? extends List<?>> tiers = ranked.tiers();
        if (tiers.isEmpty()) {
          sb.append("{}");
        }
        for (int t = 0; t < tiers.size(); t++) {
          if (t > 0) {
            sb.append(',');
          }
          group(sb, tiers.get(t));
        }
      } else {
        ApprovalBallot<?> a = (ApprovalBallot<?>) ballot;
        java.util.Arrays.fill(approved, false);
        List<Integer> yes = new ArrayList<>();
        for (Object c : a.approved()) {
          approved[(Integer) c] = true;
        }
        List<Integer> no = new ArrayList<>();
        for (int c = 1; c <= m; c++) {
          (approved[c] ? yes : no).add(c);
        }
        group(sb, yes);
        sb.append(',');
        group(sb, no);
      }
      sb.append('\n');
      out.write(sb.toString());
    }
    out.flush();
  }

  /** One tier or category: a bare number, {@code {a,b,...}}, or {@code {}}. */
  private static void group(StringBuilder sb, List<?> members) {
    if (members.size() == 1) {
      sb.append(members.get(0));
      return;
    }
    sb.append('{');
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(members.get(i));
    }
    sb.append('}');
  }

  private static void line(StringBuilder sb, String key, String value) {
    sb.append("# ").append(key).append(':');
    if (!value.isEmpty()) {
      sb.append(' ').append(value);
    }
    sb.append('\n');
  }
}
