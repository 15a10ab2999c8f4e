package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.HclCorpus;
import dev.stackgen.testing.HclOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the official parser live on seeded random inputs: whatever it accepts we must accept and
 * print back exactly. (We accept some inputs it rejects: expressions are not fully validated.)
 */
class HclParserOracleTest {
  private static final int RANDOM_INPUTS = 3000;

  @Test
  void acceptsEverythingTheOfficialParserAccepts() {
    HclOracle.assumeAvailable();
    List<String> seeds = new ArrayList<>(Samples.INPUTS);
    HclCorpus.cases().forEach(c -> seeds.add(c.input()));
    HclInputGenerator gen = new HclInputGenerator(42L, seeds);
    Map<String, String> files = new LinkedHashMap<>();
    for (int n = 0; n < RANDOM_INPUTS; n++) {
      files.put("random-" + n + ".hcl", gen.next());
    }
    Map<String, HclOracle.ParseResult> official = HclOracle.parse(files);
    List<String> falseRejects = new ArrayList<>();
    int accepted = 0;
    for (Map.Entry<String, String> e : files.entrySet()) {
      if (!official.get(e.getKey()).ok()) {
        continue;
      }
      accepted++;
      try {
        HclFile f = HclParser.parse(e.getValue(), e.getKey());
        assertThat(f.print()).isEqualTo(e.getValue());
      } catch (HclSyntaxException ex) {
        falseRejects.add(ex.getMessage() + "\n  input: " + e.getValue().replace("\n", "\\n"));
      }
    }
    assertThat(accepted).isGreaterThan(RANDOM_INPUTS / 4);
    assertThat(falseRejects).isEmpty();
  }
}
