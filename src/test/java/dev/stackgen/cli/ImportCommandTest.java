package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir
  Path temp;

  private static Run run(Path repo, String... args) {
    return Run.in(repo, args);
  }

  private static String lastLine(String out) {
    List<String> lines = out.lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void importThenCheckIsCleanOnTheHomelabTree() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), temp.resolve("homelab"));
    Files.delete(repo.resolve("stackgen.hcl"));

    Run imported = run(repo, "import");
    assertThat(imported.exit()).as(imported.toString()).isZero();
    assertThat(lastLine(imported.out())).isEqualTo("round-trip: 56/56 files identical");
    assertThat(imported.out()).contains("stacks imported: 52\n", "main.tf module wrappers taken over: 2\n",
        "postfix overlays: 1\n", "left alone: 0\n",
        "tiers guessed (no local.tiers.<key> in the stack's files; review them in the catalog): 50 stacks\n",
        "wrote stackgen.hcl\n");

    Run check = run(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
  }

  @Test
  void handwrittenRepoChecksCleanOnceTheNonCanonicalFilesAreFormatted() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo"), temp.resolve("repo"));

    Run imported = run(repo, "import");
    assertThat(imported.exit()).as(imported.toString()).isZero();
    assertThat(lastLine(imported.out())).isEqualTo("round-trip: 65/65 files identical");
    assertThat(imported.out()).contains(
        "files taken over: 65 (root terragrunt.hcl, 52 stacks/*/terragrunt.hcl, 11 main.tf, 1 overlay files)\n",
        "main.tf module wrappers taken over: 11\n",
        "reproduced in canonical form (were not canonical): 4\n"
            + "  the first generate only formats these (terraform fmt's layout); it changes no other file\n"
            + "  stacks/frigate/terragrunt.hcl\n",
        "header: no taken-over file carries the generated header: header = false",
        "  a hand edit to a taken-over file is still caught: check and the pre-commit hook report it stale",
        "left alone: 7 (stackgen never writes them), by reason; --verbose lists every file\n"
            + "  app code: 4 (stacks/infra/main.tf, stacks/mailserver/modules/mailserver/main.tf,"
            + " stacks/monitoring/main.tf, ...)\n"
            + "  folder name is not a stack name: 2 (stacks/_template/main.tf.example, stacks/_template/terragrunt.hcl)\n"
            + "  not a module wrapper: 1 (stacks/cert-manager/main.tf: not a module wrapper: module \"cert_manager\""
            + " at line 15 calls \"terraform-iaac/cert-manager/kubernetes\", not a local path (./ or ../))\n",
        "tiers guessed (no local.tiers.<key> in the stack's files; review them in the catalog): 39 stacks\n");

    // The four non-canonical files are the only drift: generate formats them, then check is clean.
    Run check = run(repo, "check");
    assertThat(check.exit()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains("stale         stacks/frigate/terragrunt.hcl",
        "stale         stacks/immich/terragrunt.hcl", "stale         stacks/reloader/terragrunt.hcl",
        "stale         stacks/jellyfin/main.tf", "check: 4 of 65 files out of date (4 stale)");
    assertThat(run(repo, "generate").exit()).isZero();
    Run again = run(repo, "check");
    assertThat(again.exit()).as(again.toString()).isZero();
  }

  /**
   * The first generate after import changes exactly the files the report lists as not canonical, each
   * only into terraform fmt's layout, and says so; every other file keeps its bytes.
   */
  @Test
  void theFirstGenerateAfterImportOnlyFormatsTheFilesTheReportNames() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo"), temp.resolve("repo"));
    java.util.Map<String, String> before = new java.util.TreeMap<>();
    for (String f : Fixtures.listFiles(repo)) {
      before.put(f, new String(Files.readAllBytes(repo.resolve(f)), java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    Run imported = run(repo, "import");
    assertThat(imported.exit()).as(imported.toString()).isZero();
    String report = imported.out();
    String listed = report.substring(report.indexOf("reproduced in canonical form (were not canonical): "),
        report.indexOf("left alone: "));
    List<String> nonCanonical = listed.lines().skip(2).map(String::strip).toList();
    assertThat(listed).contains("the first generate only formats these");
    assertThat(nonCanonical).hasSize(4).contains("stacks/frigate/terragrunt.hcl", "stacks/jellyfin/main.tf");

    Run generate = run(repo, "generate");
    assertThat(generate.exit()).as(generate.toString()).isZero();
    List<String> expectedLines = new java.util.ArrayList<>();
    for (String f : nonCanonical) {
      expectedLines.add("updated " + f + " (canonical formatting only)");
    }
    assertThat(generate.out().lines().filter(l -> !l.startsWith("generate: ")).toList())
        .containsExactlyInAnyOrderElementsOf(expectedLines);
    for (var e : before.entrySet()) {
      String now = new String(Files.readAllBytes(repo.resolve(e.getKey())),
          java.nio.charset.StandardCharsets.ISO_8859_1);
      if (nonCanonical.contains(e.getKey())) {
        assertThat(now).as(e.getKey()).isNotEqualTo(e.getValue())
            .isEqualTo(dev.stackgen.hcl.HclFormatter.format(e.getValue(), e.getKey()));
      } else {
        assertThat(now).as(e.getKey() + " is not touched").isEqualTo(e.getValue());
      }
    }
  }

  /** With the header off, a hand edit is no formatting change: generate says it replaces hand edits or nothing. */
  @Test
  void aRealEditIsNotCalledFormatting() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo-3"), temp.resolve("edit"));
    assertThat(run(repo, "import").exit()).isZero();
    Path main = repo.resolve("stacks/boot/main.tf");
    Files.writeString(main, Files.readString(main).replace("eu-west", "us-east"));
    Run generate = run(repo, "generate");
    assertThat(generate.out()).contains("updated stacks/boot/main.tf\n").doesNotContain("formatting only");
  }

  @Test
  void headerCanBeTurnedOnAfterwardsWithAdopt() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo"), temp.resolve("repo"));
    assertThat(run(repo, "import").exit()).isZero();
    Path catalog = repo.resolve("stackgen.hcl");
    Files.writeString(catalog, Files.readString(catalog).replaceFirst("header( *)= false", "header$1= true"));

    Run adopt = run(repo, "generate", "--adopt");
    assertThat(adopt.exit()).as(adopt.toString()).isZero();
    assertThat(adopt.out()).endsWith("generate: 65 changed, 0 unchanged\n");
    Run check = run(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/mealie/terragrunt.hcl")))
        .startsWith(dev.stackgen.render.Renderer.HEADER + "\n\nlocals {\n");
  }

  @Test
  void refusesToOverwriteACatalogWithoutForce() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), temp.resolve("homelab"));
    String before = Files.readString(repo.resolve("stackgen.hcl"));

    Run refused = run(repo, "import");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("stackgen import: stackgen.hcl already exists; use --force to overwrite it\n");
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(before);

    Run forced = run(repo, "import", "--force");
    assertThat(forced.exit()).as(forced.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isNotEqualTo(before).contains("root {");
  }

  @Test
  void refusesWhenDropInCatalogFilesWouldBeMergedIn() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), temp.resolve("homelab"));
    Files.delete(repo.resolve("stackgen.hcl"));
    Files.createDirectories(repo.resolve("stackgen.d"));
    Files.writeString(repo.resolve("stackgen.d/x.hcl"), "");
    Run r = run(repo, "import");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("stackgen import: stackgen.d/ holds catalog files that would be merged into the"
        + " imported catalog; move them away or use --force\n");
    assertThat(repo.resolve("stackgen.hcl")).doesNotExist();
  }

  @Test
  void writesToAnotherFileWithOut() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), temp.resolve("homelab"));
    Run r = run(repo, "import", "--out", "imported.hcl");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(repo.resolve("imported.hcl")).exists();
  }

  @Test
  void aStackDependingOnAFolderThatIsNotAStackIsLeftAloneAndTheRestImported() throws Exception {
    Files.writeString(temp.resolve("terragrunt.hcl"), "locals {\n  tiers = { apps = \"apps\" }\n}\n\n"
        + "remote_state {\n  backend = \"local\"\n}\n");
    Files.createDirectories(temp.resolve("stacks/web"));
    Files.writeString(temp.resolve("stacks/web/terragrunt.hcl"),
        "dependency \"db\" {\n  config_path = \"../db\"\n}\n");
    Files.createDirectories(temp.resolve("stacks/api"));
    Files.writeString(temp.resolve("stacks/api/terragrunt.hcl"), "inputs = {}\n");
    Run r = run(temp, "import");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("stacks imported: 1\n", "left alone: 1 (", "  the catalog cannot hold it: 1"
        + " (stacks/web/terragrunt.hcl:1: the catalog cannot hold it: stack \"web\" depends on unknown stack \"db\")\n",
        "round-trip: 2/2 files identical");
    assertThat(Files.readString(temp.resolve("stackgen.hcl"))).contains("stack \"api\"").doesNotContain("\"web\"");
    assertThat(run(temp, "check").exit()).isZero();
  }

  @Test
  void aStackWithoutIncludeAndAnExternalDependencyRoundTrips() throws Exception {
    Files.writeString(temp.resolve("terragrunt.hcl"), "locals {\n  tiers = { apps = \"apps\" }\n}\n\n"
        + "remote_state {\n  backend = \"local\"\n}\n");
    Files.createDirectories(temp.resolve("stacks/web"));
    Files.writeString(temp.resolve("stacks/web/terragrunt.hcl"),
        "dependency \"tpl\" {\n  config_path = \"../_template\"\n}\n");
    Files.createDirectories(temp.resolve("stacks/_template")); // a dependency leads to a folder that exists
    Run r = run(temp, "import");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(lastLine(r.out())).isEqualTo("round-trip: 2/2 files identical");
    assertThat(run(temp, "check").exit()).isZero();
  }

  @Test
  void noRootFileIsAnErrorNaming() throws Exception {
    Run r = run(temp, "import");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("terragrunt.hcl:1:1: no root terragrunt.hcl in ");
    assertThat(temp.resolve("stackgen.hcl")).doesNotExist();
  }
}
