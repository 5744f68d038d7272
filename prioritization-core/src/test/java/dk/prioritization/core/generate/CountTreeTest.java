package dk.prioritization.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.prioritization.core.internal.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountTreeTest {

  @Test
  void find_afterRandomAddsAndGrowth_agreesWithALinearScan() {
    CountTree tree = new CountTree();
    List<Long> counts = new ArrayList<>();
    SplitMix64 random = new SplitMix64(3);
    for (int step = 0; step < 300; step++) {
      int item = random.nextInt(counts.size() + 2);
      while (counts.size() <= item) {
        counts.add(0L);
      }
      long delta = 1 + random.nextInt(5);
      tree.add(item, delta);
      counts.set(item, counts.get(item) + delta);
      long total = counts.stream().mapToLong(Long::longValue).sum();
      for (long r = 0; r < total; r += 1 + total / 50) {
        long left = r;
        int expected = 0;
        while (left >= counts.get(expected)) {
          left -= counts.get(expected);
          expected++;
        }
        assertThat(tree.find(r)).as("step %s, unit %s of counts %s", step, r, counts).isEqualTo(expected);
      }
    }
  }
}
