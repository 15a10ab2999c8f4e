package dev.stackgen.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.output.DriftReport;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.FileStatus;
import org.junit.jupiter.api.Test;

/** check --diff goes to CI logs: a sensitive variable's default is printed as Terraform does. */
@org.junit.jupiter.api.Tag("hostile")
class SensitiveDiffTest {
  private static final String BEFORE = """
      variable "password" {
        type      = string
        default   = "hunter2-old"
        sensitive = true
      }

      variable "tags" {
        default = {
          token = "s3cr3t-old"
        }
        sensitive = true
      }

      variable "region" {
        default = "eu-west-1"
      }
      """;

  @Test
  void sensitiveDefaultsAreRedactedOnBothSidesOfTheDiff() {
    String after = BEFORE.replace("hunter2-old", "hunter2-new").replace("s3cr3t-old", "s3cr3t-new")
        .replace("eu-west-1", "eu-west-2");
    String diff = DriftReport.diff(new FileReport("stacks/a/main.tf", "a", FileStatus.STALE, after, BEFORE));
    assertThat(diff).doesNotContain("hunter2").doesNotContain("s3cr3t")
        .contains("-  default = \"eu-west-1\"").contains("+  default = \"eu-west-2\"");
    String created = DriftReport.diff(new FileReport("stacks/a/main.tf", "a", FileStatus.MISSING, after, null));
    assertThat(created).doesNotContain("hunter2").doesNotContain("s3cr3t")
        .contains("+  default   = (sensitive value)").contains("+  sensitive = true");
  }
}
