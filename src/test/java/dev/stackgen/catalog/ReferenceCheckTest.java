package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References that must resolve (the errors are in the mistakes corpus, 109-113); here the warnings and the fixes. */
class ReferenceCheckTest {
  private static final String ROOT = "root {\n  tiers = {\n    core = \"0-core\"\n  }\n}\n\n";

  @TempDir
  Path repo;

  @Test
  void aDependencyOutsideTheStacksFolderThatIsNotThereIsAWarningUntilItExists() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + "stack \"web\" {\n  tier = \"core\"\n"
        + "  dependency \"legacy\" {\n    config_path = \"../../legacy/db\"\n  }\n}\n");
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(gen.err()).isEqualTo("stackgen.hcl:10:5: warning: stack \"web\": dependency \"legacy\" config_path"
        + " \"../../legacy/db\" is the folder legacy/db, which is neither in the repository nor made by the catalog"
        + " (made outside stackgen?)\n");
    assertThat(CatalogReader.read(repo).warnings()).hasSize(1);
    Files.createDirectories(repo.resolve("legacy/db"));
    // (read directly: check's cache is keyed by the catalog and the owned files, not referenced folders)
    assertThat(CatalogReader.read(repo).warnings()).isEmpty();
  }

  @Test
  void referencesToFilesTheCatalogGeneratesOrTheRepositoryHoldsResolve() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT
        + "stack \"db\" {\n  tier = \"core\"\n  state = \"local\"\n}\n\n"
        + "stack \"web\" {\n  tier = \"core\"\n  locals {\n    env = read_terragrunt_config(\"../env.hcl\")\n"
        + "    region = read_terragrunt_config(find_in_parent_folders(\"region.hcl\"))\n  }\n"
        + "  dependencies {\n    paths = [\"../db\", \"../../vendor/x\"]\n  }\n}\n");
    Files.createDirectories(repo.resolve("stacks"));
    Files.createDirectories(repo.resolve("vendor/x"));
    Files.writeString(repo.resolve("stacks/env.hcl"), "locals {}\n");
    Files.writeString(repo.resolve("region.hcl"), "locals {}\n");
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(gen.err()).isEmpty();
    Files.delete(repo.resolve("region.hcl"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CatalogReader.read(repo))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("stackgen.hcl:14:3: stack \"web\": read_terragrunt_config finds no region.hcl");
  }
  /**
   * Local module sources against the fixture's module folders ({@code src/test/resources/module-sources}:
   * {@code stacks/ntfy/modules/ntfy}, {@code modules/gatus}): a wrapper's misspelt source is an error at its
   * catalog line with the near name and nothing is written; a unit's misspelt terraform source is a warning
   * at its line; a remote source is never checked.
   */
  @Test
  void localModuleSourcesMustNameAFolderBesideTheOthers() throws Exception {
    Path fixture = Path.of("src/test/resources/module-sources");
    dev.stackgen.testing.Fixtures.copyTree(fixture, repo);
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(gen.err()).isEmpty();
    assertThat(repo.resolve("stacks/ntfy/main.tf")).exists();

    String catalog = Files.readString(repo.resolve("stackgen.hcl"));
    Files.writeString(repo.resolve("stackgen.hcl"), catalog.replace("\"./modules/ntfy\"", "\"./modules/ntfyy\"")
        .replace("modules//gatus", "modules//gatuss"));
    java.util.List<String> before = dev.stackgen.testing.Fixtures.listFiles(repo);
    byte[] wrapper = Files.readAllBytes(repo.resolve("stacks/ntfy/main.tf"));
    Run broken = Run.in(repo, "generate");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).isEqualTo("stackgen.hcl:10:5: stack \"ntfy\": module \"ntfy\" source \"./modules/ntfyy\""
        + " is the folder stacks/ntfy/modules/ntfyy, which is neither in the repository nor made by the catalog"
        + " (did you mean stacks/ntfy/modules/ntfy?)\n");
    assertThat(dev.stackgen.testing.Fixtures.listFiles(repo)).isEqualTo(before);
    assertThat(Files.readAllBytes(repo.resolve("stacks/ntfy/main.tf"))).isEqualTo(wrapper);
    assertThat(Run.in(repo, "check").exit()).isEqualTo(2);

    Files.writeString(repo.resolve("stackgen.hcl"), catalog.replace("modules//gatus", "modules//gatuss"));
    Run warned = Run.in(repo, "generate");
    assertThat(warned.exit()).as(warned.toString()).isZero();
    assertThat(warned.err()).isEqualTo("stackgen.hcl:18:14: warning: stack \"status-page\": terraform source"
        + " \"../../modules//gatuss\" is the folder modules/gatuss, which is neither in the repository nor made by"
        + " the catalog (made outside stackgen?) (did you mean modules/gatus?)\n");
  }
}
