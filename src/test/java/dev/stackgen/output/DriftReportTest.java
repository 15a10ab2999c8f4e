package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriftReportTest {
  private static FileReport report(String path, String stack, FileStatus status) {
    return new FileReport(path, stack, status, status == FileStatus.ORPHANED ? null : "a\n",
        status == FileStatus.MISSING ? null : "b\n");
  }

  @Test
  void jsonOfAnEmptyReportIsValidAndClean() {
    assertThat(new DriftReport(List.of()).json()).isEqualTo(
        """
            {
              "version": 1,
              "clean": true,
              "summary": {"files": 0, "clean": 0, "stale": 0, "missing": 0, "orphaned": 0, "hand-written": 0, "line-endings": 0, "leftover": 0, "unstaged": 0},
              "fix": [],
              "files": []
            }
            """);
  }

  @Test
  void jsonEscapesPathsAndCountsEveryStatus() {
    DriftReport r = new DriftReport(List.of(
        report("stacks/a\"b/terragrunt.hcl", "a\"b", FileStatus.STALE),
        report("stacks/old/terragrunt.hcl", "old", FileStatus.ORPHANED),
        report("stacks/x/terragrunt.hcl", "x", FileStatus.HAND_WRITTEN),
        report("stacks/y/terragrunt.hcl", "y", FileStatus.LINE_ENDINGS)));
    assertThat(r.json()).contains(
        "\"summary\": {\"files\": 4, \"clean\": 0, \"stale\": 1, \"missing\": 0, \"orphaned\": 1,"
            + " \"hand-written\": 1, \"line-endings\": 1, \"leftover\": 0, \"unstaged\": 0}",
        "\"fix\": [\"stackgen generate --prune --adopt\"]",
        "{\"path\": \"stacks/a\\\"b/terragrunt.hcl\", \"stack\": \"a\\\"b\", \"status\": \"stale\"}",
        "{\"path\": \"stacks/y/terragrunt.hcl\", \"stack\": \"y\", \"status\": \"line-endings\"}");
  }

  @Test
  void textHasOneLinePerProblemASummaryAndTheStrongestHint() {
    DriftReport r = new DriftReport(List.of(
        report("terragrunt.hcl", null, FileStatus.CLEAN),
        report("stacks/a/terragrunt.hcl", "a", FileStatus.MISSING),
        report("stacks/old/terragrunt.hcl", "old", FileStatus.ORPHANED)));
    assertThat(r.text(false)).isEqualTo("""
        missing       stacks/a/terragrunt.hcl
        orphaned      stacks/old/terragrunt.hcl
        check: 2 of 2 files out of date (1 missing, 1 orphaned)
        run: stackgen generate --prune
        """);
    assertThat(r.hasDrift()).isTrue();
  }

  @Test
  void diffOfAMissingFileComesFromDevNull() {
    assertThat(DriftReport.diff(report("stacks/a/terragrunt.hcl", "a", FileStatus.MISSING)))
        .isEqualTo("--- /dev/null\n+++ b/stacks/a/terragrunt.hcl\n@@ -0,0 +1,1 @@\n+a\n");
    assertThat(DriftReport.diff(report("stacks/o/terragrunt.hcl", "o", FileStatus.ORPHANED)))
        .isEqualTo("--- a/stacks/o/terragrunt.hcl\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-b\n");
  }
  /** The loop behind shellQuote takes exactly the words the regular expression it replaced matched. */
  @Test
  void shellSafeIsTheRegularExpressionItReplaced() {
    java.util.regex.Pattern safe = java.util.regex.Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");
    String alphabet = "aZz09_./:@%+=,- '\"$`\\!*?[]~#&;|<>(){}\t\nAé€\u0000\u00ff";
    java.util.Random random = new java.util.Random(23);
    int unquoted = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(6);
      for (int j = 0; j < n; j++) {
        int kind = random.nextInt(8); // mostly safe characters, else any of the alphabet or of the first 384
        b.append(kind < 5 ? alphabet.charAt(random.nextInt(15))
            : kind < 7 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) random.nextInt(0x180));
      }
      String s = b.toString();
      boolean expected = safe.matcher(s).matches();
      assertThat(DriftReport.shellSafe(s)).as("%s", s).isEqualTo(expected);
      assertThat(DriftReport.shellQuote(s)).isEqualTo(expected ? s : "'" + s.replace("'", "'\\''") + "'");
      unquoted += expected ? 1 : 0;
    }
    assertThat(unquoted).as("both kinds of word are drawn").isBetween(1_000, 19_000);
    assertThat(DriftReport.shellQuote("")).isEqualTo("''");
    assertThat(DriftReport.shellQuote("stacks/it's here")).isEqualTo("'stacks/it'\\''s here'");
  }
}
