package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostfixCommandTest {
  @TempDir
  Path repo;

  private void catalog(String overlayBody) throws Exception {
    mailCatalog(repo, overlayBody);
  }

  /** A one-stack catalog in {@code repo} whose stack "mail" has a postfix_overlay with {@code overlayBody}. */
  static void mailCatalog(Path repo, String overlayBody) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { edge = "3-edge" }
        }

        stack "mail" {
          tier = "edge"

          postfix_overlay "postfix_cf" {
            file = "variables.tf"
        %s  }
        }
        """.formatted(overlayBody));
  }

  private Run run(String... args) {
    return Run.in(repo, args);
  }

  @Test
  void lintPointsAtTheCatalogLineWithTheFix() throws Exception {
    catalog("""
                smtpd_sasl_auth_only = "yes"
                postscreen_cache_map = "lmdb:$${data_directory}/postscreen_cache"
        """);
    Run lint = run("postfix", "lint");
    assertThat(lint.exit()).as(lint.toString()).isEqualTo(1);
    assertThat(lint.out()).contains("stackgen.hcl:10: error: [unknown-parameter]")
        .contains("smtpd_tls_auth_only")
        .contains("stackgen.hcl:11: error: [map-type-unavailable]");
    assertThat(lint.out()).endsWith("postfix lint: 2 errors, 0 warnings, 0 info\n");
  }

  @Test
  void generateAndCheckRefuseAnOverlayWithErrors() throws Exception {
    catalog("""
                smtpd_sasl_auth_only = "yes"
        """);
    for (String command : new String[] {"generate", "check"}) {
      Run r = run(command);
      assertThat(r.exit()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).startsWith("stackgen.hcl:10:9: postfix overlay: [unknown-parameter] ")
          .endsWith("(stackgen postfix lint lists every finding)\n");
      assertThat(r.err().lines()).hasSize(1);
    }
    assertThat(Files.exists(repo.resolve("stacks"))).isFalse();
  }

  @Test
  void cleanOverlayGeneratesAndEffectiveShowsTheMerge() throws Exception {
    catalog("""
                # Disable the postscreen cache.
                postscreen_cache_map = ""
        """);
    assertThat(run("generate").exit()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/mail/variables.tf"))).contains("""
          default = <<EOT
        # Disable the postscreen cache.
        postscreen_cache_map =
        EOT
        """);
    Run eff = run("postfix", "effective");
    assertThat(eff.exit()).isZero();
    assertThat(eff.out()).contains("\npostscreen_cache_map =\n").contains("compatibility_level = 3.6\n");
    Run lint = run("postfix", "lint");
    assertThat(lint.exit()).isZero();
    assertThat(lint.out()).contains("[postscreen-cache-disabled]");
  }

  @Test
  void lintAPlainFragment() throws Exception {
    Path f = repo.resolve("main.cf");
    Files.writeString(f, "myhostname mail.example.org\n");
    Run lint = Run.of("postfix", "lint", "--file", f.toString());
    assertThat(lint.exit()).isEqualTo(1);
    assertThat(lint.out()).startsWith(f + ":1: error: [line-syntax]");
    assertThat(Run.of("postfix", "frob").exit()).isEqualTo(2);
    assertThat(Run.of("postfix", "lint", "--file", f.toString(), "--profile", "dms-99").err())
        .startsWith("stackgen postfix: --profile dms-99: unknown (known: dms-15)");
  }
}
