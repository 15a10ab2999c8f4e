package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog import writes raises no warning about itself: on every import fixture (the hand-kept
 * repositories, the nested live repositories without their catalog, the wild corpus), reading the
 * written catalog gives no warning, so no later command prints one.
 */
class ImportedCatalogWarningsTest {
  @TempDir
  Path temp;

  static List<Path> importFixtures() throws Exception {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(Fixtures.fixturesDir())) {
      s.filter(p -> p.getFileName().toString().startsWith("handwritten-repo")).sorted().forEach(all::add);
    }
    all.add(Fixtures.fixturesDir().resolve("nested-live"));
    all.add(Fixtures.fixturesDir().resolve("stacks-repo"));
    try (Stream<Path> s = Files.list(Fixtures.repoRoot().resolve("src/test/resources/wild-corpus"))) {
      s.filter(Files::isDirectory).sorted().forEach(all::add);
    }
    return all;
  }

  private List<String> warningsOfImport(Path repo) throws Exception {
    Files.deleteIfExists(repo.resolve(CatalogReader.MAIN_FILE));
    CatalogImporter.Result r = CatalogImporter.importRepo(repo, "stacks", new Renderer(Templates.bundled()));
    assertThat(r.differing()).isEmpty();
    Files.writeString(repo.resolve(CatalogReader.MAIN_FILE), r.catalog());
    Catalog catalog = CatalogReader.read(repo);
    return catalog.warnings().stream().map(Object::toString).toList();
  }

  @TestFactory
  Stream<DynamicTest> readingTheImportedCatalogGivesNoWarning() throws Exception {
    List<Path> fixtures = importFixtures();
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(13);
    return fixtures.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Path repo = Fixtures.copyTree(dir, temp.resolve(dir.getFileName().toString()));
      assertThat(warningsOfImport(repo)).isEmpty();
    }));
  }

  /**
   * The real repository's case: a wrapper main.tf declares a variable its module call does not use,
   * because another file of the stack does. Import names it in {@code elsewhere { used_variables }}.
   */
  @Test
  void aWrapperVariableAnotherFileUsesIsNamedAndDoesNotWarn() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo-3"), temp.resolve("nfs"));
    Path main = repo.resolve("stacks/boot/main.tf");
    String text = Files.readString(main);
    assertThat(text).contains("variable \"region\" { default = \"eu-west\" }\n");
    Files.writeString(main, text.replace("variable \"region\" { default = \"eu-west\" }\n",
        "variable \"region\" { default = \"eu-west\" }\nvariable \"nfs_server\" { type = string }\n"));
    Files.writeString(repo.resolve("stacks/boot/nfs.tf"),
        "resource \"null_resource\" \"nfs\" {\n  triggers = { server = var.nfs_server }\n}\n");
    assertThat(warningsOfImport(repo)).isEmpty();
    assertThat(Files.readString(repo.resolve(CatalogReader.MAIN_FILE))).contains("used_variables = [\"nfs_server\"]");
  }
}
