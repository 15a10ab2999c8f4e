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
 * print back exactly, and whatever its parser rejects we must reject. (hcl2json also rejects a few
 * inputs after parsing, when it folds constant operations such as {@code !1}; those errors start
 * with "convert" and are not syntax errors.)
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
    List<String> falseAccepts = new ArrayList<>();
    int accepted = 0;
    for (Map.Entry<String, String> e : files.entrySet()) {
      HclOracle.ParseResult result = official.get(e.getKey());
      if (!result.ok()) {
        if (!result.error().startsWith("convert")) {
          try {
            HclParser.parse(e.getValue(), e.getKey());
            falseAccepts.add(result.error() + "\n  input: " + e.getValue().replace("\n", "\\n"));
          } catch (HclSyntaxException expected) {
            // both reject
          }
        }
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
    assertThat(falseAccepts).isEmpty();
  }
}
