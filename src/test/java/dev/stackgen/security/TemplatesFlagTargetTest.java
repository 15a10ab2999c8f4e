package dev.stackgen.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --templates DIR} inside the repository: generate never writes a generated file into DIR. */
@org.junit.jupiter.api.Tag("hostile")
class TemplatesFlagTargetTest {
  private static final String CATALOG = """
      root {
        tiers = { core = "0-core" }
      }

      stack "app" {
        tier = "core"
      }
      """;

  @Test
  void generatedPathsMayNotLandInTheTemplatesFolderGivenOnTheCommandLine(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Files.createDirectories(repo.resolve("stacks/app"));
    for (String dir : new String[] {"stacks/app", "stacks", "stacks/../stacks/app"}) {
      Run run = Run.in(repo, "generate", "--adopt", "--templates", repo.resolve(dir).toString());
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).contains("the catalog would generate stacks/app/terragrunt.hcl, which is"
          + " in the templates folder");
      assertThat(repo.resolve("stacks/app/terragrunt.hcl")).doesNotExist();
      assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
    }
    // a templates folder beside the generated files is fine
    Files.createDirectories(repo.resolve("tpl"));
    Run ok = Run.in(repo, "generate", "--templates", repo.resolve("tpl").toString());
    assertThat(ok.exit()).as(ok.toString()).isZero();
    assertThat(repo.resolve("stacks/app/terragrunt.hcl")).exists();
  }
}
