package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate --diff (and --dry-run --diff) prints what it writes as check --diff does, sensitive values redacted. */
class GenerateDiffTest {
  @TempDir
  Path temp;

  @Test
  void dryRunDiffShowsTheChangeWritesNothingAndGenerateDiffPrintsTheSameDiff() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo-3"), temp.resolve("repo"));
    assertThat(Run.in(repo, "import").exit()).isZero();
    Path catalog = repo.resolve("stackgen.hcl");
    String text = Files.readString(catalog);
    String old = "variable \"region\" { default = \"eu-west\" }";
    assertThat(text).contains(old);
    Files.writeString(catalog, text.replace(old,
        "variable \"region\" {\n      default   = \"s3cr3t-region\"\n      sensitive = true\n    }"));
    Path main = repo.resolve("stacks/boot/main.tf");
    String before = Files.readString(main);

    Run dry = Run.in(repo, "generate", "--dry-run", "--diff");
    assertThat(dry.exit()).as(dry.toString()).isZero();
    assertThat(Files.readString(main)).isEqualTo(before);
    String diff = "--- a/stacks/boot/main.tf\n+++ b/stacks/boot/main.tf\n";
    assertThat(dry.out()).startsWith("would be updated stacks/boot/main.tf\n" + diff)
        .contains("-variable \"region\" { default = \"eu-west\" }\n", "+  default   = (sensitive value)\n",
            "+  sensitive = true\n")
        .doesNotContain("s3cr3t").endsWith("generate: 1 would change, 11 unchanged\n");
    String hunks = dry.out().substring(dry.out().indexOf(diff), dry.out().indexOf("generate: "));

    Run check = Run.in(repo, "check", "--diff");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).as("the same diff as check --diff").contains(hunks);

    Run generate = Run.in(repo, "generate", "--diff");
    assertThat(generate.exit()).as(generate.toString()).isZero();
    assertThat(generate.out()).isEqualTo("updated stacks/boot/main.tf\n" + hunks
        + "generate: 1 changed, 11 unchanged\n");
    assertThat(Files.readString(main)).contains("s3cr3t-region");

    // a new stack's files: diffs from /dev/null
    Files.writeString(catalog, Files.readString(catalog) + "\nstack \"extra\" {\n  tier = \"core\"\n}\n");
    Run created = Run.in(repo, "generate", "--dry-run", "--diff");
    assertThat(created.exit()).as(created.toString()).isZero();
    assertThat(created.out()).contains("would be created stacks/extra/terragrunt.hcl\n--- /dev/null\n"
        + "+++ b/stacks/extra/terragrunt.hcl\n@@ -0,0 +1,");
    Run plain = Run.in(repo, "generate", "--dry-run");
    assertThat(plain.out()).doesNotContain("---").contains("would be created stacks/extra/terragrunt.hcl\n");
  }
}
