package dev.stackgen.testing;

import dev.stackgen.hcl.HclFormatter;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test that compares formatted output while {@code HclFormatter} is still the pass-through
 * placeholder (it does not align {@code =}); such tests run as soon as the real formatter is merged.
 */
public final class FormatterReady {
  private FormatterReady() {}

  public static boolean isReady() {
    try {
      return HclFormatter.format("a = 1\nbb = 2\n", "probe.hcl").equals("a  = 1\nbb = 2\n");
    } catch (Exception e) {
      return false;
    }
  }

  public static void assume() {
    Assumptions.assumeTrue(isReady(),
        "HclFormatter is the pass-through placeholder (merge branch hcl for the real formatter)");
  }
}
