package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.HclOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The identifier tables agree with the official formatter's scanner around every range edge and on
 * every fifth assigned code point.
 */
class IdentCharsOracleTest {
  private static final int CHUNK = 5000;

  @Test
  void tablesMatchTheOfficialScanner() {
    HclOracle.assumeAvailable();
    java.util.TreeSet<Integer> picked = new java.util.TreeSet<>(UnicodeSample.sample(5));
    java.util.Set<Integer> assigned = new java.util.HashSet<>(UnicodeSample.codePoints());
    for (boolean start : new boolean[] {true, false}) {
      for (int edge : IdentChars.ranges(start)) {
        for (int cp = edge - 1; cp <= edge + 1; cp++) {
          if (assigned.contains(cp)) {
            picked.add(cp);
          }
        }
      }
    }
    List<Integer> cps = new ArrayList<>(picked);
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < cps.size(); i += CHUNK) {
      StringBuilder sb = new StringBuilder();
      for (int cp : cps.subList(i, Math.min(cps.size(), i + CHUNK))) {
        String c = UnicodeSample.str(cp);
        sb.append(c).append("x\nx").append(c).append('\n');
      }
      files.put("chunk-" + i, sb.toString());
    }
    Map<String, String> official = HclOracle.format(files);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cps.size(); i += CHUNK) {
      String[] in = files.get("chunk-" + i).split("\n", -1);
      String[] out = official.get("chunk-" + i).split("\n", -1);
      List<Integer> chunk = cps.subList(i, Math.min(cps.size(), i + CHUNK));
      for (int k = 0; k < chunk.size(); k++) {
        int cp = chunk.get(k);
        boolean start = in[2 * k].equals(out[2 * k]);
        boolean cont = in[2 * k + 1].equals(out[2 * k + 1]);
        if (start != IdentChars.isStart(cp) || cont != IdentChars.isContinue(cp)) {
          wrong.add(String.format("U+%04X start=%s continue=%s", cp, start, cont));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
