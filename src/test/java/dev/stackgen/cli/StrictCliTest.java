package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery like git, -C anywhere, did-you-mean on the command line, and the messages around them. */
class StrictCliTest {
  @TempDir
  Path repo;

  private static final String CATALOG = """
      root {
        tiers = { core = "0-core", apps = "2-apps" }
      }

      stack "db" {
        tier  = "core"
        state = "local"
      }

      stack "web" {
        tier = "apps"
        dependency "db" {}
      }
      """;

  @BeforeEach
  void catalog() throws IOException {
    write("stackgen.hcl", CATALOG);
    assertThat(Run.in(repo, "generate").exit()).isZero();
  }

  private void write(String name, String text) throws IOException {
    Path p = repo.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @Test
  void aCommandRunInsideTheRepositoryFindsTheCatalogAbove() {
    Run check = Run.in(repo.resolve("stacks/web"), "check");
    assertThat(check.exit()).as(check.toString()).isZero();
    Run before = Run.of("-C", repo.resolve("stacks/web").toString(), "check");
    assertThat(before.exit()).as(before.toString()).isZero();
  }

  @Test
  void outsideAnyCatalogOnePlainLine(@TempDir Path elsewhere) {
    Run check = Run.of("-C", elsewhere.toString(), "check");
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err()).isEqualTo("stackgen: no stackgen.hcl in " + elsewhere.toAbsolutePath().normalize()
        + " or any folder above it (run stackgen import at the repository root to create one)\n");
  }

  @Test
  void importRefusesToCreateACatalogInsideAManagedFolder() {
    Run imp = Run.of("-C", repo.resolve("stacks").toString(), "import");
    assertThat(imp.exit()).isEqualTo(2);
    assertThat(imp.err()).startsWith("stackgen import: " + repo.resolve("stacks")
        + " is already managed by the catalog "
        + repo.resolve("stackgen.hcl"));
    assertThat(repo.resolve("stacks/stackgen.hcl")).doesNotExist();
  }

  @Test
  void directoryBeforeTheCommandAndRelativeAfterIt() {
    Run r = Run.of("-C", repo.toString(), "postfix", "lint");
    assertThat(r.exit()).as(r.toString()).isZero();
    Run both = Run.of("-C", repo.toString(), "check", "-C", "stacks");
    assertThat(both.exit()).as(both.toString()).isZero();
    Run missing = Run.of("-C");
    assertThat(missing.exit()).isEqualTo(2);
  }

  @Test
  void didYouMeanForCommandsOptionsAndStacks() {
    Run cmd = Run.of("chek");
    assertThat(cmd.exit()).isEqualTo(2);
    assertThat(cmd.err()).startsWith("stackgen: unknown command 'chek'; did you mean 'check'?");
    Run opt = Run.in(repo, "check", "--formt", "json");
    assertThat(opt.exit()).isEqualTo(2);
    assertThat(opt.err()).contains("did you mean --format?");
    Run stack = Run.in(repo, "generate", "--stack", "wbe");
    assertThat(stack.err()).isEqualTo("stackgen generate: --stack wbe: no such stack in the catalog; did you mean web?"
        + " (see stackgen generate --help)\n");
    Run dep = Run.in(repo, "new", "api", "--depends-on", "dbb", "--dry-run");
    assertThat(dep.err()).contains("--depends-on dbb: no such stack in the catalog; did you mean db?");
    Run tier = Run.in(repo, "new", "api", "--tier", "aps", "--dry-run");
    assertThat(tier.err()).contains("unknown tier \"aps\"; did you mean \"apps\"? (tiers: core, apps)");
  }

  @Test
  void postfixEffectiveForAStackWithoutAnOverlayExits2() {
    Run r = Run.in(repo, "postfix", "effective", "--stack", "web");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("stackgen postfix effective: the catalog has no postfix_overlay\n");
  }

  @Test
  void fmtWithoutFilesFormatsTheStartFolder() throws IOException {
    write("live/extra.hcl", "a=1\n");
    write("live/.terragrunt-cache/x/terragrunt.hcl", "a=1\n");
    Run r = Run.of("-C", repo.resolve("live").toString(), "fmt");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("extra.hcl\n");
    assertThat(Files.readString(repo.resolve("live/extra.hcl"))).isEqualTo("a = 1\n");
    assertThat(Files.readString(repo.resolve("live/.terragrunt-cache/x/terragrunt.hcl"))).isEqualTo("a=1\n");
  }

  @Test
  void generateSaysWhenItReplacesAHandEdit() throws IOException {
    Path web = repo.resolve("stacks/web/terragrunt.hcl");
    String generated = Files.readString(web);
    Files.writeString(web, generated + "# a hand edit\n");
    Run r = Run.in(repo, "generate");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("updated stacks/web/terragrunt.hcl (hand edits replaced)\n");
    assertThat(Files.readString(web)).isEqualTo(generated);
    // A catalog change is not a hand edit.
    write("stackgen.hcl", CATALOG.replace("dependency \"db\" {}", "dependency \"db\" {}\n  inputs = { a = 1 }"));
    Run again = Run.in(repo, "generate");
    assertThat(again.out()).contains("updated stacks/web/terragrunt.hcl\n").doesNotContain("hand edits");
  }

  @Test
  void templateErrorsNameTheTemplateLineAndExpression(@TempDir Path templates) throws IOException {
    Files.writeString(templates.resolve("tiers.tf.ftl"), "locals {\n  x = [=nothere]\n}\n");
    Run r = Run.in(repo, "generate", "--templates", templates.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("stackgen generate: tiers.tf.ftl:2:9: [=nothere] is null or missing");
    Files.writeString(templates.resolve("tiers.tf.ftl"), "locals {\n  [#if x]\n}\n");
    Run syntax = Run.in(repo, "generate", "--templates", templates.toString());
    assertThat(syntax.exit()).isEqualTo(2);
    assertThat(syntax.err()).startsWith("stackgen generate: tiers.tf.ftl:").contains("syntax error");
    Files.delete(templates.resolve("tiers.tf.ftl"));
    Files.writeString(templates.resolve("stack-terragrunt.hlc.ftl"), "x\n");
    Run misspelled = Run.in(repo, "generate", "--templates", templates.toString());
    assertThat(misspelled.exit()).isEqualTo(2);
    assertThat(misspelled.err()).contains("stack-terragrunt.hlc.ftl matches no template (did you mean"
        + " stack-terragrunt.hcl.ftl?); templates: app-main.tf.ftl,");
  }
}
