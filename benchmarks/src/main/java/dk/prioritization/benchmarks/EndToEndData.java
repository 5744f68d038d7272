package dk.prioritization.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the end-to-end fixture: a JSON Lines file of profiles in the shape of the reference
 * cases, one voter per ballot object.
 *
 * <p>Default: 20 profiles of 10 candidates and 10,000 voters each, every voter an independent
 * uniformly random strict ranking (impartial culture), drawn by SplitMix64 from seed
 * 20261122 + profile number. Candidates are the integers 1..m, as in PrefLib.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dk.prioritization.benchmarks.EndToEndData \
 *     target/e2e.jsonl [profiles] [candidates] [voters]
 * }</pre>
 */
public final class EndToEndData {
  private EndToEndData() {}

  /**
   * Writes the file.
   *
   * @param args the output path, then optionally profiles, candidates and voters
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "e2e.jsonl");
    int profiles = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int m = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int voters = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    int[] scratch = new int[m];
    int[] ranking = new int[m];
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int p = 0; p < profiles; p++) {
        SeededRandom random = new SeededRandom(20_261_122L + p);
        StringBuilder sb = new StringBuilder(voters * (m * 6 + 24));
        sb.append("{\"id\": \"ic-").append(p).append("\", \"candidates\": [");
        for (int c = 1; c <= m; c++) {
          sb.append(c == 1 ? "" : ", ").append(c);
        }
        sb.append("], \"ballots\": [");
        for (int v = 0; v < voters; v++) {
          random.permutationPrefix(m, scratch, ranking);
          sb.append(v == 0 ? "" : ", ").append("{\"ranking\": [");
          for (int i = 0; i < m; i++) {
            sb.append(i == 0 ? "[" : ", [").append(ranking[i] + 1).append(']');
          }
          sb.append("], \"count\": 1}");
        }
        w.write(sb.append("]}").toString());
        w.newLine();
      }
    }
    System.err.printf("wrote %d profiles of %d candidates and %d voters to %s%n", profiles, m, voters, out);
  }
}
