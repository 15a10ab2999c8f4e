package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Stack;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import dev.stackgen.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {
  private static final List<String> WRAPPERS = List.of(
      "hedgedoc", "jellyfin", "linkding", "mailserver", "mealie", "miniflux", "n8n", "ntfy", "paperless",
      "vaultwarden", "webmail");

  @TempDir
  Path temp;

  private static Map<String, byte[]> snapshot(Path dir) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    for (String f : Fixtures.listFiles(dir)) {
      files.put(f, Files.readAllBytes(dir.resolve(f)));
    }
    return files;
  }

  private static CatalogImporter.Result importRepo(Path repo) throws Exception {
    return new CatalogImporter(repo, "stacks", new Renderer(Templates.bundled())).run();
  }

  /** Renders the written catalog into an empty folder, as generate would. */
  private Map<String, String> regenerate(String catalogText) throws Exception {
    Path fresh = Files.createDirectories(temp.resolve("fresh"));
    Files.writeString(fresh.resolve("stackgen.hcl"), catalogText);
    Catalog catalog = CatalogReader.read(fresh);
    Map<String, String> out = new LinkedHashMap<>();
    for (GeneratedFile f : new Renderer(Templates.bundled()).render(catalog)) {
      out.put(f.path(), f.content());
    }
    return out;
  }

  @Test
  void handwrittenRepoRegeneratesEveryTakenOverFileByteForByte() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo"), temp.resolve("repo"));
    Map<String, byte[]> before = snapshot(repo);

    CatalogImporter.Result r = importRepo(repo);

    assertThat(snapshot(repo)).as("import reads only").containsExactlyInAnyOrderEntriesOf(before);
    assertThat(r.stacks()).hasSize(52).doesNotContain("_template");
    assertThat(r.takenOver()).hasSize(65)
        .contains("terragrunt.hcl", "stacks/mealie/terragrunt.hcl",
            "stacks/mailserver/modules/mailserver/variables.tf");
    assertThat(r.wrappers()).containsExactlyElementsOf(WRAPPERS.stream().map(w -> "stacks/" + w + "/main.tf").toList());
    assertThat(r.overlays()).containsExactly("mailserver: modules/mailserver/variables.tf variable \"postfix_cf\"");
    assertThat(r.nonCanonical()).containsExactlyInAnyOrder("stacks/frigate/terragrunt.hcl",
        "stacks/immich/terragrunt.hcl", "stacks/reloader/terragrunt.hcl", "stacks/jellyfin/main.tf");
    assertThat(r.differing()).isEmpty();
    assertThat(r.identical()).isEqualTo(65);

    Map<String, String> expectedLeftAlone = new TreeMap<>();
    String notAStack = "folder name \"_template\" is not a stack name ([a-z0-9][a-z0-9._-]*)";
    expectedLeftAlone.put("stacks/_template/main.tf.example", notAStack);
    expectedLeftAlone.put("stacks/_template/terragrunt.hcl", notAStack);
    expectedLeftAlone.put("stacks/cert-manager/main.tf",
        "not a module wrapper: module \"cert_manager\" at line 15 calls \"terraform-iaac/cert-manager/kubernetes\","
            + " not a local path (./ or ../)");
    expectedLeftAlone.put("stacks/infra/main.tf",
        "app code: provider \"cloudflare\" at line 13");
    expectedLeftAlone.put("stacks/monitoring/main.tf",
        "app code: resource \"helm_release\" \"pushgateway\" at line 36");
    expectedLeftAlone.put("stacks/platform/main.tf",
        "app code: resource \"kubernetes_cluster_role_binding\" \"read_only\" at line 53");
    expectedLeftAlone.put("stacks/mailserver/modules/mailserver/main.tf",
        "app code: resource \"kubernetes_config_map\" \"mailserver_config\" at line 5");
    assertThat(new TreeMap<>(r.leftAlone())).isEqualTo(expectedLeftAlone);

    Map<String, String> rendered = regenerate(r.catalog());
    assertThat(rendered.keySet()).containsExactlyInAnyOrderElementsOf(r.takenOver());
    for (String path : r.takenOver()) {
      String original = Files.readString(repo.resolve(path), StandardCharsets.UTF_8);
      String expected = r.nonCanonical().contains(path) ? HclFormatter.format(original, path) : original;
      assertThat(rendered.get(path)).as(path).isEqualTo(expected);
    }
  }

  @Test
  void aStackTheCatalogCannotHoldIsLeftAloneWithItsFilesAndTheRestIsImported() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("unfit"));
    Files.writeString(repo.resolve("terragrunt.hcl"), "locals {\n  tiers = { core = \"0-core\" }\n}\n");
    Map<String, String> stacks = Map.of(
        "ok", "include \"root\" {\n  path = find_in_parent_folders()\n}\n",
        "broken", "include \"root\" {\n  path = \n",
        "nopath", "dependency \"ok\" {\n  mock_outputs = {}\n}\n",
        "elsewhere", "dependency \"template\" {\n  config_path  = \"../_template\"\n  skip_outputs = true\n}\n",
        "uses-nopath", "dependency \"nopath\" {\n  config_path = \"../nopath\"\n}\n",
        "stale", "dependency \"gone\" {\n  config_path  = \"../gone\"\n  skip_outputs = true\n}\n");
    for (var e : stacks.entrySet()) {
      Files.createDirectories(repo.resolve("stacks/" + e.getKey()));
      Files.writeString(repo.resolve("stacks/" + e.getKey() + "/terragrunt.hcl"), e.getValue());
    }
    Files.writeString(repo.resolve("stacks/nopath/main.tf"), "variable \"x\" {}\n");
    Files.createDirectories(repo.resolve("stacks/_template"));
    Files.writeString(repo.resolve("stacks/_template/README.md"), "copy me\n");
    Files.createDirectories(repo.resolve("stacks/gone"));
    Files.writeString(repo.resolve("stacks/gone/NOTES.md"), "moved to another repo\n");

    CatalogImporter.Result r = importRepo(repo);

    // a folder outside the catalog's stack names is an external dependency, as the catalog reads it
    assertThat(r.stacks()).containsExactly("elsewhere", "ok");
    assertThat(r.differing()).isEmpty();
    assertThat(r.leftAlone()).containsEntry("stacks/broken/terragrunt.hcl",
        "not HCL: stacks/broken/terragrunt.hcl:2:10: expected an expression after \"=\", found newline")
        .containsEntry("stacks/nopath/terragrunt.hcl", "dependency \"ok\" at line 1 has no config_path, which"
            + " Terragrunt requires (add it, then import again)")
        .containsEntry("stacks/nopath/main.tf", "the stack's terragrunt.hcl is left alone, so is the stack")
        .containsEntry("stacks/stale/terragrunt.hcl", "line 1: the catalog cannot hold it: stack \"stale\""
            + " depends on unknown stack \"gone\"")
        .containsEntry("stacks/uses-nopath/terragrunt.hcl", "line 1: the catalog cannot hold it: stack"
            + " \"uses-nopath\" depends on unknown stack \"nopath\"");
  }

  @Test
  void importedCatalogIsCanonicalExplicitAndKeepsEveryComment() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo"), temp.resolve("repo"));
    CatalogImporter.Result r = importRepo(repo);
    String text = r.catalog();

    assertThat(HclFormatter.isCanonical(text)).isTrue();
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", text)));
    assertThat(catalog.settings().header()).isFalse();
    assertThat(catalog.root().custom()).isTrue();
    assertThat(catalog.root().tiers()).extracting(t -> t.name())
        .containsExactly("core", "cluster", "platform", "edge", "aux");
    assertThat(Pattern.compile("(?m)^  tier +=").matcher(text).results().count()).isEqualTo(52);
    assertThat(Pattern.compile("(?m)^  state +=").matcher(text).results().count()).isEqualTo(52);
    assertThat(catalog.stacks().stream().filter(Stack::tierZero).map(Stack::name))
        .containsExactlyInAnyOrder("infra", "proxmox", "k8s-bootstrap", "vault-bootstrap", "state-db");
    assertThat(catalog.stack("webmail").orElseThrow().tier()).isEqualTo("edge");
    assertThat(catalog.stack("monitoring").orElseThrow().tier()).isEqualTo("platform");
    assertThat(catalog.stacks().stream().filter(st -> st.module().isPresent()).map(Stack::name))
        .containsExactlyElementsOf(WRAPPERS);

    // Only files the default layout cannot render get layout = "exact".
    assertThat(catalog.stacks().stream().filter(Stack::exact).map(Stack::name))
        .containsExactlyInAnyOrder("k8s-bootstrap", "mealie", "reloader", "uptime-kuma", "website");
    // The shorthand only where it renders the original; authentik's dbaas dependency has no skip_outputs.
    Dependency dbaas = catalog.stack("authentik").orElseThrow().dependencies().get(0);
    assertThat(dbaas.explicit()).isTrue();
    assertThat(dbaas.stack()).isEqualTo("dbaas");
    assertThat(text).contains("dependency \"platform\" {}");

    // Every comment line of every taken-over file is in the catalog (main.cf comments decoded from the heredoc).
    for (String path : r.takenOver()) {
      for (String line : Files.readAllLines(repo.resolve(path))) {
        String s = line.strip();
        if (s.startsWith("#") || s.startsWith("//")) {
          assertThat(text.contains(s) || text.contains(s.replace("$${", "${"))).as(path + ": " + s).isTrue();
        }
      }
    }
  }

  @Test
  void generatedHomelabTreeRoundTripsWithoutItsCatalog() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), temp.resolve("homelab"));
    Files.delete(repo.resolve("stackgen.hcl"));

    CatalogImporter.Result r = importRepo(repo);

    assertThat(r.differing()).isEmpty();
    assertThat(r.takenOver()).hasSize(56);
    assertThat(r.wrappers()).containsExactly("stacks/linkding/main.tf", "stacks/ntfy/main.tf");
    assertThat(r.leftAlone()).isEmpty();
    assertThat(r.nonCanonical()).isEmpty();
    assertThat(r.overlays()).hasSize(1);
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", r.catalog())));
    assertThat(catalog.settings().header()).isTrue();
    assertThat(catalog.stacks()).noneMatch(Stack::exact);
    Map<String, String> rendered = regenerate(r.catalog());
    for (String path : r.takenOver()) {
      assertThat(rendered.get(path)).as(path).isEqualTo(Files.readString(repo.resolve(path)));
    }
  }

  /** Every generated fixture tree (its catalog removed) imports back to a catalog that reproduces it. */
  @org.junit.jupiter.api.TestFactory
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyGeneratedFixtureTreeRoundTrips() {
    return Fixtures.catalogCases().stream()
        .filter(dir -> !Files.isDirectory(dir.resolve("templates")))
        .map(dir -> org.junit.jupiter.api.DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
          String stacksDir = CatalogReader.read(dir).settings().stacksDir();
          Path repo = Fixtures.copyTree(dir, temp.resolve(dir.getFileName().toString()));
          Files.delete(repo.resolve("stackgen.hcl"));
          CatalogImporter.Result r = CatalogImporter.importRepo(repo, stacksDir, new Renderer(Templates.bundled()));
          assertThat(r.differing()).isEmpty();
          assertThat(r.leftAlone().keySet()).as("every .hcl and .tf file was generated, so none is left alone")
              .noneMatch(f -> f.endsWith(".hcl") || f.endsWith(".tf"));
          assertThat(r.identical()).isEqualTo(r.takenOver().size()).isGreaterThan(1);
        }));
  }

  /** Seeded random hand-kept stack files: comments, blank lines, include forms, dependency forms, order. */
  @Test
  void randomHandKeptStacksRoundTrip() throws Exception {
    long exact = 0;
    long natural = 0;
    long explicit = 0;
    long shorthand = 0;
    for (long seed = 1; seed <= 5; seed++) {
      java.util.Random rnd = new java.util.Random(seed);
      Path repo = Files.createDirectories(temp.resolve("random-" + seed));
      Files.writeString(repo.resolve("terragrunt.hcl"), """
          # Root.
          locals {
            tiers = { core = "0-core", apps = "4-aux" }
            tier0_stacks = ["s0"]
          }

          remote_state {
            backend = local.is_tier0 ? "local" : "pg"
          }
          """);
      int count = 12;
      for (int i = 0; i < count; i++) {
        Files.createDirectories(repo.resolve("stacks/s" + i));
        Files.writeString(repo.resolve("stacks/s" + i + "/terragrunt.hcl"), randomStack(rnd, i));
      }
      CatalogImporter.Result r = importRepo(repo);
      assertThat(r.differing()).as("seed %d", seed).isEmpty();
      Map<String, String> rendered = regenerate(r.catalog());
      Catalog c = CatalogReader.read(temp.resolve("fresh"));
      exact += c.stacks().stream().filter(Stack::exact).count();
      natural += c.stacks().stream().filter(st -> !st.exact()).count();
      explicit += c.stacks().stream().flatMap(st -> st.dependencies().stream()).filter(Dependency::explicit).count();
      shorthand += c.stacks().stream().flatMap(st -> st.dependencies().stream()).filter(d -> !d.explicit()).count();
      for (String path : r.takenOver()) {
        String original = Files.readString(repo.resolve(path));
        assertThat(rendered.get(path)).as("seed %d %s", seed, path).isEqualTo(HclFormatter.format(original, path));
      }
      Files.delete(temp.resolve("fresh/stackgen.hcl"));
    }
    assertThat(List.of(exact, natural, explicit, shorthand)).as("exact, default, explicit, shorthand")
        .allMatch(n -> n >= 5);
  }

  private static String randomStack(java.util.Random rnd, int index) {
    List<String> items = new java.util.ArrayList<>();
    String[] includes = {
        "include \"root\" {\n  path = find_in_parent_folders()\n}\n",
        "include \"root\" { path = find_in_parent_folders() }\n",
        "include {\n    path = find_in_parent_folders()\n}\n",
    };
    boolean tidy = rnd.nextBoolean();
    int includeAt = tidy ? 0 : rnd.nextInt(5) == 0 ? -1 : rnd.nextInt(4) == 0 ? 1 : 0;
    for (int d = 0; d < index && d < 3; d++) {
      if (index == 0 || rnd.nextBoolean()) {
        continue;
      }
      String target = "s" + (index - 1 - d);
      items.add(switch (rnd.nextInt(4)) {
        case 0 -> "dependency \"" + target + "\" {\n  config_path  = \"../" + target + "\"\n  skip_outputs = true\n}\n";
        case 1 -> "dependency \"" + target + "\" { # why\n  config_path = \"../" + target
            + "\"\n  skip_outputs = true\n\n"
            + "  # mocks\n  mock_outputs = {}\n}\n";
        case 2 -> "dependency \"x" + d + "\" {\n  config_path = \"../" + target + "\"\n} # after\n";
        default -> "dependency \"" + target + "\" { config_path = \"../" + target + "\" }\n";
      });
    }
    if (rnd.nextBoolean()) {
      items.add("locals {\n  # inner\n  x = " + rnd.nextInt(9) + "\n}\n");
    }
    items.add(rnd.nextBoolean() ? "inputs = {\n  a = 1 # one\n\n  b = \"two\"\n}\n" : "inputs = { a = 1 }\n");
    if (rnd.nextBoolean()) {
      items.add("prevent_destroy = true\n");
    }
    if (includeAt >= 0) {
      items.add(Math.min(includeAt, items.size()), includes[tidy ? 0 : rnd.nextInt(includes.length)]);
    }
    StringBuilder b = new StringBuilder();
    if (rnd.nextBoolean()) {
      b.append("# s").append(index).append(": a stack.\n# Second line.\n");
      b.append(tidy || rnd.nextBoolean() ? "\n" : "");
    }
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append("\n".repeat(tidy ? 1 : rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(5) == 0 ? 2 : 1));
      }
      if (rnd.nextInt(3) == 0) {
        b.append("# about the next item\n");
      }
      b.append(items.get(i));
    }
    if (rnd.nextInt(4) == 0) {
      b.append("\n# footer\n");
    }
    return b.toString();
  }

  @Test
  void rootWithoutTiersGetsTheFallbackTier() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("plain"));
    Files.writeString(repo.resolve("terragrunt.hcl"), """
        remote_state {
          backend = "local"
        }
        """);
    Files.createDirectories(repo.resolve("stacks/app"));
    Files.writeString(repo.resolve("stacks/app/terragrunt.hcl"), """
        include "root" { path = find_in_parent_folders() }
        """);
    CatalogImporter.Result r = importRepo(repo);
    assertThat(r.differing()).isEmpty();
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", r.catalog())));
    assertThat(catalog.root().tiers()).extracting(t -> t.name()).containsExactly(CatalogImporter.FALLBACK_TIER);
    assertThat(catalog.stacks()).extracting(Stack::tier).containsExactly(CatalogImporter.FALLBACK_TIER);
    assertThat(catalog.stacks().stream().map(Stack::name).collect(Collectors.toList())).containsExactly("app");
  }

  @Test
  void mixedHeadersKeepTheHeaderAsAComment() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("mixed"));
    Files.writeString(repo.resolve("terragrunt.hcl"), """
        locals {
          tiers = { apps = "apps" }
        }

        remote_state {
          backend = "local"
        }
        """);
    Files.createDirectories(repo.resolve("stacks/app"));
    Files.writeString(repo.resolve("stacks/app/terragrunt.hcl"), Renderer.HEADER + """


        include "root" {
          path = find_in_parent_folders()
        }
        """);
    CatalogImporter.Result r = importRepo(repo);
    assertThat(r.differing()).isEmpty();
    assertThat(r.headerNote()).startsWith("1 of 2 files carry the generated header: header = false");
  }

  @Test
  void missingRootFileIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> importRepo(temp))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("terragrunt.hcl:1:1: no root terragrunt.hcl in");
  }
}
