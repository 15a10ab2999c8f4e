package dev.stackgen.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.Redaction;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module variable marked {@code sensitive = true} never has its default printed: not in check's text,
 * JSON or diff, generate --dry-run, explain (text and JSON), a syntax error inside the default, or a
 * Postfix lint finding of a sensitive overlay. Each path is run through the CLI as CI would.
 */
@org.junit.jupiter.api.Tag("hostile")
class SensitiveValuesTest {
  private static final String CATALOG = """
      root {
        tiers = { core = "0-core" }
      }

      stack "a" {
        tier = "core"
        module "app" {
          password = var.password
          tags     = var.tags
          region   = var.region
          variable "password" {
            type      = string
            default   = "hunter2"
            sensitive = true
          }
          variable "tags" {
            default = {
              token = "s3cr3t"
            }
            sensitive = true
          }
          variable "region" {
            default = "eu-west-1"
          }
        }
      }
      """;

  private static void assertNoSecret(Run run) {
    assertThat(run.out() + run.err()).as(run.toString()).doesNotContain("hunter2").doesNotContain("s3cr3t");
  }

  @Test
  void noCommandPrintsASensitiveDefault(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    for (String[] args : List.of(new String[] {"check", "--diff"}, new String[] {"check", "--format", "json"},
        new String[] {"generate", "--dry-run"})) {
      assertNoSecret(Run.in(repo, args));
    }
    assertThat(Run.in(repo, "generate").exit()).isZero();
    // a stale main.tf: the old secret is on disk, the new one in the catalog
    Path main = repo.resolve("stacks/a/main.tf");
    Files.writeString(main, Files.readString(main).replace("hunter2", "hunter2-old").replace("eu-west-1", "eu-west-9"));
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG.replace("s3cr3t", "s3cr3t-new"));
    for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--diff"},
        new String[] {"check", "--format", "json"}, new String[] {"generate", "--dry-run"},
        new String[] {"graph"})) {
      Run run = Run.in(repo, args);
      assertThat(run.exit()).as(run.toString()).isIn(0, 1);
      assertNoSecret(run);
    }
    Run diff = Run.in(repo, "check", "--diff");
    assertThat(diff.out()).contains("-  default = \"eu-west-9\"").contains("+  default = \"eu-west-1\"");
  }

  @Test
  void explainShowsWhereASensitiveLineComesFromButNotItsValue(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    for (String format : List.of("text", "json")) {
      Run run = Run.in(repo, "explain", "stacks/a/main.tf", "--format", format);
      assertThat(run.exit()).as(run.toString()).isZero();
      assertNoSecret(run);
      assertThat(run.out()).contains(Redaction.SENSITIVE).contains("eu-west-1").contains("stackgen.hcl");
    }
  }

  @Test
  void aSyntaxErrorInsideASensitiveDefaultDoesNotQuoteIt(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG.replace("\"hunter2\"", "\"hunter2\" hunter3word"));
    Run run = Run.in(repo, "check");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("stackgen.hcl:13:").contains("found " + Redaction.SENSITIVE)
        .doesNotContain("hunter");
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG.replace("token = \"s3cr3t\"",
        "token = \"s3cr3t\" s3cr3tword"));
    run = Run.in(repo, "check");
    assertThat(run.err()).startsWith("stackgen.hcl:18:").contains("\",\"").doesNotContain("s3cr3t");
    // the same mistake in a variable that is not sensitive is quoted as always
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG.replace("\"eu-west-1\"", "\"eu-west-1\" westword"));
    run = Run.in(repo, "check");
    assertThat(run.err()).contains("found \"westword\"");
  }

  @Test
  void lintFindingsOfASensitiveOverlayDoNotQuoteItsLines(@TempDir Path repo) throws Exception {
    String catalog = """
        root {
          tiers = { core = "0-core" }
        }

        stack "mail" {
          tier = "core"
          postfix_overlay "postfix_cf" {
            file = "modules/mail/variables.tf"
            variable {
              type      = string
              default   = main_cf
              sensitive = true
            }
            line "relayuser:hunter2pw" {}
            smtp_sasl_password_maps = "static:relayuser:pw #s3cr3tpw"
          }
        }
        """;
    Files.writeString(repo.resolve("stackgen.hcl"), catalog);
    for (String[] args : List.of(new String[] {"postfix", "lint"}, new String[] {"check"})) {
      Run run = Run.in(repo, args);
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).startsWith("stackgen.hcl:14:")
          .contains("line " + Redaction.SENSITIVE + " is not a main.cf line");
      assertNoSecret(run);
    }
    String parses = catalog.replace("    line \"relayuser:hunter2pw\" {}\n", "");
    Files.writeString(repo.resolve("stackgen.hcl"), parses);
    for (String[] args : List.of(new String[] {"postfix", "lint"}, new String[] {"check"},
        new String[] {"check", "--diff"}, new String[] {"explain", "stacks/mail/modules/mail/variables.tf"})) {
      assertNoSecret(Run.in(repo, args));
    }
    Run lint = Run.in(repo, "postfix", "lint");
    assertThat(lint.out()).contains("[trailing-comment] `" + Redaction.SENSITIVE + "`");
    // without sensitive = true the messages quote the lines, as they always did
    Files.writeString(repo.resolve("stackgen.hcl"), catalog.replace("sensitive = true", "sensitive = false"));
    assertThat(Run.in(repo, "check").err()).contains("hunter2pw");
    Files.writeString(repo.resolve("stackgen.hcl"), parses.replace("sensitive = true", "sensitive = false"));
    assertThat(Run.in(repo, "postfix", "lint").out()).contains("s3cr3tpw");
  }

  @Test
  void aHeredocDefaultIsRedactedToItsDelimiterEvenWhenItsLinesLookLikeAttributes() {
    List<String> lines = List.of(
        "variable \"cf\" {",
        "  type    = string",
        "  default = <<-EOT",
        "  smtpd_helo_restrictions = hunter2",
        "}",
        "  reject_s3cr3t",
        "  EOT",
        "  sensitive = true",
        "}",
        "variable \"open\" {",
        "  default = \"visible\"",
        "}");
    List<String> shown = Redaction.lines(lines);
    assertThat(shown).hasSameSizeAs(lines);
    assertThat(String.join("\n", shown)).doesNotContain("hunter2").doesNotContain("s3cr3t")
        .contains("  default = (sensitive value)").contains("  sensitive = true").contains("\"visible\"");
    assertThat(Redaction.inSensitiveValue(String.join("\n", lines), 6)).isTrue();
    assertThat(Redaction.inSensitiveValue(String.join("\n", lines), 11)).isFalse();
  }
}
