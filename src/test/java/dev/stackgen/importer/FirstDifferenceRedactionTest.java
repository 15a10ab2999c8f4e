package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An import reason names the first differing line; a sensitive default on it is not quoted. */
class FirstDifferenceRedactionTest {
  @Test
  void aDifferenceInASensitiveDefaultIsReportedWithoutTheValue() {
    String file = "variable \"p\" {\n  default   = \"hunter2\"\n  sensitive = true\n}\n";
    String rendered = file.replace("default   =", "default =");
    String reason = FirstDifference.describe(file, rendered);
    assertThat(reason).startsWith("line 2 is `  default   = (sensitive value)` in the file")
        .doesNotContain("hunter2");
    assertThat(FirstDifference.describe(file.replace("sensitive = true", "sensitive = false"),
        rendered.replace("sensitive = true", "sensitive = false"))).contains("hunter2");
  }
}
