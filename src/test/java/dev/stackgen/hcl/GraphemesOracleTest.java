package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.HclOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Comment alignment after strings holding code points (all marks, format characters, modifier
 * letters and symbols, every tenth other one) agrees with the official formatter.
 */
class GraphemesOracleTest {
  private static final int CHUNK = 3000;

  @Test
  void columnsMatchTheOfficialFormatter() {
    HclOracle.assumeAvailable();
    List<Integer> cps =
        UnicodeSample.sample(
            10,
            Character.NON_SPACING_MARK,
            Character.COMBINING_SPACING_MARK,
            Character.ENCLOSING_MARK,
            Character.FORMAT,
            Character.MODIFIER_LETTER,
            Character.OTHER_SYMBOL);
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < cps.size(); i += CHUNK) {
      StringBuilder sb = new StringBuilder();
      for (int cp : cps.subList(i, Math.min(cps.size(), i + CHUNK))) {
        String c = UnicodeSample.str(cp);
        sb.append("v = \"a").append(c).append("b\" # x\nw = \"").append(c).append(c).append("\" # y\n\n");
      }
      files.put("chunk-" + i, sb.toString());
    }
    Map<String, String> official = HclOracle.format(files);
    List<String> wrong = new ArrayList<>();
    files.forEach(
        (name, content) -> {
          String ours = HclFormatter.format(content);
          if (!ours.equals(official.get(name))) {
            String[] a = ours.split("\n", -1);
            String[] b = official.get(name).split("\n", -1);
            for (int k = 0; k < Math.min(a.length, b.length); k++) {
              if (!a[k].equals(b[k])) {
                wrong.add("ours " + a[k] + " | official " + b[k]);
              }
            }
          }
        });
    assertThat(wrong).isEmpty();
  }
}
