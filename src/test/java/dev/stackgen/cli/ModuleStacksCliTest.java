package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleStacksCliTest {
  @TempDir
  Path repo;

  @Test
  void warningsGoToStderrAndDoNotFail() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { aux = "4-aux" }
        }

        stack "app" {
          tier = "aux"
          module "app" {
            variable "unused" { type = string }
          }
        }
        """);
    Run gen = Run.of("generate", "-C", repo.toString());
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(gen.err()).isEqualTo(
        "stackgen.hcl:8:5: warning: variable \"unused\" is declared but nothing in module \"app\" uses it\n");
    assertThat(gen.out()).contains("created stacks/app/main.tf");
    Run check = Run.of("check", "-C", repo.toString());
    assertThat(check.exit()).as(check.toString()).isZero();
    assertThat(check.err()).contains("warning: variable \"unused\"");
  }

  @Test
  void checkCoversMainTfStaleAndOrphaned() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { aux = "4-aux" }
        }

        stack "app" {
          tier = "aux"
          module "app" {
            a = var.a
          }
        }
        """);
    assertThat(Run.of("generate", "-C", repo.toString()).exit()).isZero();
    Path mainTf = repo.resolve("stacks/app/main.tf");
    Files.writeString(mainTf, Files.readString(mainTf).replace("var.a", "var.b"));
    Run stale = Run.of("check", "-C", repo.toString());
    assertThat(stale.exit()).as(stale.toString()).isEqualTo(1);
    assertThat(stale.out()).contains("stale", "stacks/app/main.tf");

    Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { aux = "4-aux" }
        }

        stack "app" {
          tier = "aux"
        }
        """);
    Run orphan = Run.of("check", "-C", repo.toString());
    assertThat(orphan.exit()).as(orphan.toString()).isEqualTo(1);
    assertThat(orphan.out()).contains("orphaned", "stacks/app/main.tf");
    Run prune = Run.of("generate", "--prune", "-C", repo.toString());
    assertThat(prune.out()).contains("removed stacks/app/main.tf");
    assertThat(mainTf).doesNotExist();
  }

  @Test
  void aModuleErrorExitsTwoWithOneLine() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { aux = "4-aux" }
        }

        stack "app" {
          tier = "aux"
          module "app" {
            a = local.missing
          }
        }
        """);
    Run gen = Run.of("generate", "-C", repo.toString());
    assertThat(gen.exit()).isEqualTo(2);
    assertThat(gen.err()).isEqualTo("stackgen.hcl:8:9: local.missing is used but not declared in module \"app\""
        + " (declare it in a locals block inside the module; only local.tiers is provided, besides what the root's"
        + " generate blocks and elsewhere { locals = [...] } declare)\n");
    assertThat(repo.resolve("stacks")).doesNotExist();
  }
}
