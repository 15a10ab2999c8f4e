package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.HclCorpus;
import dev.stackgen.testing.HclOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the official formatter live and compares it with ours on the corpus and random inputs. */
class HclFormatterOracleTest {
  private static final int RANDOM_INPUTS = 3000;

  private static List<String> mismatches(Map<String, String> files) {
    Map<String, String> official = HclOracle.format(files);
    List<String> bad = new ArrayList<>();
    files.forEach(
        (name, content) -> {
          String ours = HclFormatter.format(content, name);
          if (hasDoubleColon(content)) {
            // The official formatter here is hcl v2.19.1, older than the "::" token (hcl v2.20,
            // Terraform 1.8's provider::ns::f calls): it writes "provider : : ns : : f", which no parser
            // accepts. Ours keeps "::" whole, so only that is checked.
            if (HclLexer.scan(ours).stream().filter(t -> t.type() == TokenType.DOUBLE_COLON).count() != HclLexer.scan(
                content).stream().filter(t -> t.type() == TokenType.DOUBLE_COLON).count()) {
              bad.add(name + "\n  lost a \"::\": " + escape(ours));
            }
            return;
          }
          if (!ours.equals(official.get(name))) {
            bad.add(
                name
                    + "\n  input:    "
                    + escape(content)
                    + "\n  official: "
                    + escape(official.get(name))
                    + "\n  ours:     "
                    + escape(ours));
          }
        });
    return bad;
  }

  private static boolean hasDoubleColon(String content) {
    return HclLexer.scan(content).stream().anyMatch(t -> t.type() == TokenType.DOUBLE_COLON);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  @Test
  void corpusInputsAndOutputsFormatLikeTheOfficialFormatter() {
    HclOracle.assumeAvailable();
    Map<String, String> files = new LinkedHashMap<>();
    for (HclCorpus.Case c : HclCorpus.cases()) {
      files.put(c.inputFile(), c.input());
      files.put(c.outputFile(), c.expected());
    }
    assertThat(mismatches(files)).isEmpty();
  }

  @Test
  void randomInputsFormatLikeTheOfficialFormatter() {
    HclOracle.assumeAvailable();
    List<String> seeds = new ArrayList<>(Samples.INPUTS);
    HclCorpus.cases().forEach(c -> seeds.add(c.input()));
    HclInputGenerator gen = new HclInputGenerator(20261128L, seeds);
    Map<String, String> files = new LinkedHashMap<>();
    for (int n = 0; n < RANDOM_INPUTS; n++) {
      files.put("random-" + n + ".hcl", gen.next());
    }
    assertThat(mismatches(files)).isEmpty();
  }
}
