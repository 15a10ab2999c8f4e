package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Include;
import dev.stackgen.model.SharedFile;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owned hierarchy files and _envcommon includes ({@code shared} blocks), typed includes. */
class SharedFilesTest {
  static final String CATALOG = """
      stackgen {
        stacks_dir = "."
        root_file  = "root.hcl"
        header     = false
      }

      root {
        tiers = { all = "all" }
        remote_state {
          backend = "s3"
          config  = { key = "${path_relative_to_include()}/tf.tfstate" }
        }
      }

      # Account-wide data.
      shared "prod/account.hcl" {
        locals {
          account_name   = "prod"
          aws_account_id = "111111111111" # billing

        }
      }

      shared "prod/dev/env.hcl" {
        locals { environment = "dev" }


        # A second block after two blank lines.
        inputs = {}
      }

      shared "_envcommon/mysql.hcl" {
        locals {
          base_source_url = "git::https://git.example.org/modules/mysql.git"
        }
        dependency "vpc" {
          config_path = "${get_terragrunt_dir()}/../vpc"
        }
      }

      stack "prod/dev/vpc" {
        tier   = "all"
        layout = "exact"
        include "root" { path = find_in_parent_folders("root.hcl") }
        locals {
          env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
        }
      }

      stack "prod/dev/mysql" {
        tier   = "all"
        layout = "exact"
        include "root" {
          path = find_in_parent_folders("root.hcl")
        }
        include "envcommon" {
          path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
          expose         = true
          merge_strategy = "deep"
        }
      }
      """;

  @TempDir
  Path repo;

  @Test
  void sharedFilesRenderExactlyAndIncludesAreTyped() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(Files.readString(repo.resolve("prod/account.hcl"))).isEqualTo("""
        # Account-wide data.
        locals {
          account_name   = "prod"
          aws_account_id = "111111111111" # billing

        }
        """);
    assertThat(Files.readString(repo.resolve("prod/dev/env.hcl"))).isEqualTo("""
        locals { environment = "dev" }


        # A second block after two blank lines.
        inputs = {}
        """);
    assertThat(Files.readString(repo.resolve("_envcommon/mysql.hcl"))).startsWith("locals {\n");
    assertThat(Files.readString(repo.resolve("prod/dev/mysql/terragrunt.hcl"))).contains("merge_strategy = \"deep\"");
    assertThat(Run.in(repo, "check").exit()).isZero();

    Catalog c = CatalogReader.read(repo);
    SharedFile account = c.sharedFile("prod/account.hcl").orElseThrow();
    assertThat(account.locals()).extracting(a -> a.name()).containsExactly("account_name", "aws_account_id");
    Include inc = (Include) c.stack("prod/dev/mysql").orElseThrow().items().get(1);
    assertThat(inc.label()).isEqualTo("envcommon");
    assertThat(inc.expose()).isEqualTo(Optional.of(true));
    assertThat(inc.mergeStrategy()).isEqualTo(Optional.of("deep"));
    // The envcommon dependency is resolved from the including unit: an edge mysql -> vpc.
    assertThat(c.dependencyNames(c.stack("prod/dev/mysql").orElseThrow())).containsExactly("prod/dev/vpc");
    assertThat(c.sharedFilesOf(c.stack("prod/dev/mysql").orElseThrow())).containsExactly("_envcommon/mysql.hcl");
    assertThat(c.sharedFilesOf(c.stack("prod/dev/vpc").orElseThrow())).containsExactly("prod/dev/env.hcl");
    Run order = Run.in(repo, "graph", "--format", "order");
    assertThat(order.out().indexOf("prod/dev/vpc")).isLessThan(order.out().indexOf("prod/dev/mysql"));

    // With the header, a shared file the catalog no longer has is an orphan.
    Path other = Files.createDirectory(repo.resolve("with-header"));
    Files.writeString(other.resolve("stackgen.hcl"), CATALOG.replace("header     = false", "header     = true"));
    assertThat(Run.in(other, "generate").exit()).isZero();
    Files.writeString(other.resolve("stackgen.hcl"), CATALOG.replace("header     = false", "header     = true")
        .replace("shared \"prod/account.hcl\"", "shared \"prod/account2.hcl\""));
    Run check = Run.in(other, "check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("prod/account.hcl", "orphaned");
  }

  @Test
  void badIncludesAndSharedPathsAreErrorsWithPositions() throws Exception {
    assertError(CATALOG.replace("merge_strategy = \"deep\"", "merge_strategy = \"deap\""),
        "stackgen.hcl:59:22: merge_strategy must be one of \"no_merge\", \"shallow\" or \"deep\", got \"deap\""
            + " (did you mean \"deep\"?)");
    assertError(CATALOG.replace("expose         = true", "expsoe         = true"),
        "stackgen.hcl:58:5: unknown attribute \"expsoe\" in include \"envcommon\"; did you mean \"expose\"?");
    assertError(CATALOG.replace("expose         = true", "expose         = \"yes\""),
        "expose must be true or false");
    assertError(CATALOG.replace("shared \"prod/account.hcl\"", "shared \"prod/../account.hcl\""),
        "shared file \"prod/../account.hcl\" must be a relative path to a .hcl file");
    assertError(CATALOG.replace("shared \"prod/account.hcl\"", "shared \"prod/terragrunt.hcl\""),
        "must be a relative path to a .hcl file");
    assertError(CATALOG.replace("shared \"prod/account.hcl\"", "shared \"prod/dev/env.hcl\""),
        "duplicate shared file \"prod/dev/env.hcl\"");
    assertError(CATALOG.replace("config_path = \"${get_terragrunt_dir()}/../vpc\"", "skip_outputs = true"),
        "stackgen.hcl:36:3: dependency \"vpc\" needs config_path");
    assertError(CATALOG.replace("config_path = \"${get_terragrunt_dir()}/../vpc\"", "config_path = \"../vpc\"")
        .replace("stack \"prod/dev/vpc\"", "stack \"prod/dev/network\""),
        "stack \"prod/dev/mysql\" (through an included shared file) depends on unknown stack \"prod/dev/vpc\"");
  }

  @Test
  void changingASharedFileListsTheUnitsThatReadIt() throws Exception {
    assumeTrue(ChangedCommandTest.hasGit(), "git is not installed");
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG.replace("environment = \"dev\"", "environment = \"dev2\""));
    Run r = Run.in(repo, "changed", "--since", "HEAD");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("prod/dev/vpc\n");
    assertThat(r.err()).isEmpty();
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG.replace("git::https://git.example.org/modules/mysql.git",
        "git::https://git.example.org/modules/mysql2.git"));
    assertThat(Run.in(repo, "changed", "--since", "HEAD").out()).isEqualTo("prod/dev/mysql\n");
  }

  private void assertError(String catalog, String message) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), catalog);
    Run r = Run.in(repo, "check");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(message);
  }

  private void git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t",
        "-c", "user.email=t@example.net", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + out).isZero();
  }
}
