package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.GraphCheck;
import dev.stackgen.graph.DependencyGraph;
import dev.stackgen.graph.Edge;
import dev.stackgen.graph.StackNode;
import dev.stackgen.model.Catalog;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nested live repository and the Terragrunt Stacks repository (fixtures written for these tests)
 * import with exit 0 into exactly their committed catalogs, regenerate every taken-over file byte for byte
 * after it is deleted, check clean, and graph every unit in a valid order.
 */
class LayoutImportTest {
  @TempDir
  Path tmp;

  @Test
  void filesStartingWithBlankLinesAreTakenOverAndRegenerateWithThem() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("nested-live"), tmp.resolve("starts"));
    Files.delete(repo.resolve("stackgen.hcl"));
    Map<String, String> starts = Map.of("root.hcl", "\n", "nonprod/account.hcl", "\n\n",
        "prod/us-east-1/prod/mysql/terragrunt.hcl", "\n");
    Map<String, byte[]> before = new HashMap<>();
    for (var e : starts.entrySet()) {
      Path f = repo.resolve(e.getKey());
      Files.writeString(f, e.getValue() + Files.readString(f));
    }
    for (String f : Fixtures.listFiles(repo)) {
      before.put(f, Files.readAllBytes(repo.resolve(f)));
    }
    Run imp = Run.in(repo, "import");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("round-trip: 34/34 files identical", "left alone: 1 (");
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).contains("""
          leading_blank_lines = {
            "nonprod/account.hcl"                      = 2
            "prod/us-east-1/prod/mysql/terragrunt.hcl" = 1
            "root.hcl"                                 = 1
          }
        """);
    for (String f : Fixtures.listFiles(repo)) {
      if (f.endsWith(".hcl") && !f.equals("stackgen.hcl")) {
        Files.delete(repo.resolve(f));
      }
    }
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    for (var e : before.entrySet()) {
      assertThat(Files.readAllBytes(repo.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(Run.in(repo, "check").exit()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"nested-live, 34, 19", "stacks-repo, 13, 0"})
  void importRegeneratesEveryTakenOverFileAndTheCommittedCatalog(String fixture, int files, int units)
      throws Exception {
    Path source = Fixtures.fixturesDir().resolve(fixture);
    Path repo = Fixtures.copyTree(source, tmp.resolve(fixture));
    Files.delete(repo.resolve("stackgen.hcl"));
    Map<String, byte[]> before = new HashMap<>();
    for (String f : Fixtures.listFiles(repo)) {
      before.put(f, Files.readAllBytes(repo.resolve(f)));
    }

    Run imp = Run.in(repo, "import");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("stacks imported: " + units + "\n",
        "round-trip: " + files + "/" + files + " files identical", "left alone: 1 (",
        "  not a Terragrunt .hcl file: 1 (README.md: not a Terragrunt .hcl file)\n");
    // The catalog import writes is the committed golden catalog, byte for byte.
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(Files.readString(source.resolve(
        "stackgen.hcl")));

    int deleted = 0;
    for (String f : Fixtures.listFiles(repo)) {
      if (f.endsWith(".hcl") && !f.equals("stackgen.hcl")) {
        Files.delete(repo.resolve(f));
        deleted++;
      }
    }
    assertThat(deleted).isEqualTo(files);
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    for (var e : before.entrySet()) {
      assertThat(Files.readAllBytes(repo.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(Run.in(repo, "check").exit()).isZero();

    Catalog catalog = CatalogReader.read(repo);
    DependencyGraph graph = GraphCheck.graph(catalog);
    assertThat(graph.validate()).isEmpty();
    Run order = Run.in(repo, "graph", "--format", "order");
    assertThat(order.exit()).as(order.toString()).isZero();
    Map<String, Integer> wave = new HashMap<>();
    List<String> lines = order.out().lines().toList();
    for (int w = 0; w < lines.size(); w++) {
      for (String n : lines.get(w).substring(lines.get(w).indexOf(':') + 1).trim().split(" ")) {
        wave.put(n, w);
      }
    }
    assertThat(wave.keySet()).containsExactlyInAnyOrderElementsOf(graph.nodes().stream().map(StackNode::name).toList());
    int edges = 0;
    for (StackNode node : graph.nodes()) {
      for (Edge e : node.deps()) {
        assertThat(wave.get(e.target())).as(node.name() + " -> " + e.target()).isLessThan(wave.get(node.name()));
        edges++;
      }
    }
    assertThat(edges).isEqualTo(fixture.equals("nested-live") ? 20 : 8);
  }

  @Test
  void nestedUnitsGetTheirEdgesFromEnvcommonAndAcrossTheTree() throws Exception {
    Catalog catalog = CatalogReader.read(Fixtures.fixturesDir().resolve("nested-live"));
    assertThat(catalog.dependencyNames(catalog.stack("prod/us-east-1/prod/webserver-cluster").orElseThrow()))
        .containsExactly("prod/us-east-1/prod/vpc", "prod/us-east-1/prod/mysql");
    assertThat(catalog.dependencyNames(catalog.stack("prod/us-east-1/prod/dns").orElseThrow()))
        .containsExactly("prod/us-east-1/prod/webserver-cluster", "prod/eu-west-1/dr/webserver-cluster");
    assertThat(catalog.sharedFilesOf(catalog.stack("nonprod/us-east-1/qa/mysql").orElseThrow()))
        .contains("_envcommon/mysql.hcl");
  }

  @Test
  void filesACatalogBlockCannotHoldAreLeftAloneWithTheReason() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("nested-live"), tmp.resolve("bad"));
    Files.delete(repo.resolve("stackgen.hcl"));
    Files.writeString(repo.resolve("prod/us-east-1/prod/env.hcl"), "locals {\n  environment = \"prod\"\n");
    Files.createDirectories(repo.resolve("nonprod/us-east-1/odd case"));
    Files.writeString(repo.resolve("nonprod/us-east-1/odd case/terragrunt.hcl"), "inputs = {}\n");
    Files.writeString(repo.resolve("nonprod/us-east-1/dev/vpc/terragrunt.hcl"), "frobnicate = 1\n");
    Files.createDirectories(repo.resolve("prod/us-east-1/prod/app"));
    Files.writeString(repo.resolve("prod/us-east-1/prod/app/terragrunt.stack.hcl"),
        "unit \"x\" {\n  source = \"../x\"\n}\n");
    Run imp = Run.in(repo, "import", "--verbose");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out())
        .contains("  prod/us-east-1/prod/env.hcl: not HCL: prod/us-east-1/prod/env.hcl:")
        .contains(
            "  nonprod/us-east-1/odd case/terragrunt.hcl: folder \"nonprod/us-east-1/odd case\" is not a unit path")
        // a name Terragrunt's schema lacks is carried verbatim, listed in allow_terragrunt and reported
        .contains("carried verbatim: allow_terragrunt = frobnicate")
        .contains("  prod/us-east-1/prod/app/terragrunt.stack.hcl: a stack file block cannot hold it:")
        .contains("needs path");
    // The dev vpc unit stays, its unknown attribute carried verbatim, and so does the mysql unit's edge to it.
    assertThat(imp.out()).doesNotContain("nonprod/us-east-1/dev/mysql/terragrunt.hcl:")
        .doesNotContain("nonprod/us-east-1/dev/vpc/terragrunt.hcl:");
    Catalog c = CatalogReader.read(repo);
    assertThat(c.dependencyNames(c.stack("nonprod/us-east-1/dev/mysql").orElseThrow()))
        .containsExactly("nonprod/us-east-1/dev/vpc");
    assertThat(imp.out()).containsPattern("round-trip: (\\d+)/\\1 files identical");
    assertThat(Run.in(repo, "check").exit()).isZero();
  }
}
