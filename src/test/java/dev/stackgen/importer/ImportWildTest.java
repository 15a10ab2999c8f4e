package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import of public-style Terragrunt repositories (src/test/resources/wild-corpus): import exits 0,
 * writes only a catalog it reads back, every owned file regenerates byte for byte, no file reported
 * left alone is owned, and check and graph exit 0. The owned share of .hcl files is printed.
 */
class ImportWildTest {
  private static final Path CORPUS = Path.of("src/test/resources/wild-corpus");
  private static final Map<String, int[]> SHARES = new java.util.TreeMap<>();

  @TempDir
  Path tmp;

  /** Seeds of the generated repositories ({@link WildRepoGenerator}), named {@code gen-<seed>}. */
  static final int GENERATED = 12;

  static Stream<String> repos() throws Exception {
    try (Stream<Path> s = Files.list(CORPUS)) {
      List<String> all = new java.util.ArrayList<>(s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .sorted().toList());
      for (int seed = 1; seed <= GENERATED; seed++) {
        all.add(String.format("gen-%02d", seed));
      }
      return CaseCount.atLeast(20, "repositories in " + CORPUS + " and generated", all).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("repos")
  void importOwnsOnlyWhatRegeneratesByteForByte(String name) throws Exception {
    Path repo = tmp.resolve(name);
    if (name.startsWith("gen-")) {
      List<String> shape = WildRepoGenerator.write(Long.parseLong(name.substring(4)), repo);
      System.out.println("wild-corpus " + name + " holds: " + String.join(", ", new java.util.TreeSet<>(shape)));
    } else {
      Fixtures.copyTree(CORPUS.resolve(name), repo);
    }
    Map<String, byte[]> before = new HashMap<>();
    for (String f : Fixtures.listFiles(repo)) {
      before.put(f, Files.readAllBytes(repo.resolve(f)));
    }
    Map<Path, Path> links = new HashMap<>();
    try (Stream<Path> walk = Files.walk(repo)) {
      for (Path p : walk.filter(Files::isSymbolicLink).toList()) {
        links.put(p, Files.readSymbolicLink(p));
      }
    }
    Run imp = Run.in(repo, "import", "--verbose");
    if (Boolean.getBoolean("stackgen.wildVerbose")) { // -Dstackgen.wildVerbose=true: every file left alone, why
      System.out.println("wild-corpus " + name + " import:\n" + imp.out());
    }
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).containsPattern("round-trip: (\\d+)/\\1 files identical");
    for (Path link : links.keySet()) { // every link is named, with its target, as left alone
      String rel = repo.relativize(link).toString().replace('\\', '/');
      assertThat(imp.out()).contains("    " + rel + ": a symbolic link to " + links.get(link).toString().replace('\\',
          '/'));
    }
    Catalog catalog = CatalogReader.read(repo);
    List<String> owned = catalog.ownedPaths();
    for (String line : imp.out().split("\n")) {
      if (line.startsWith("    ") && line.contains(": ")) { // --verbose: every file left alone, under its reason
        String file = line.substring(4, line.indexOf(": ")).replaceFirst(":\\d+$", "");
        assertThat(owned).as("left alone but owned: " + line).doesNotContain(file);
      }
    }
    for (String f : owned) {
      Files.delete(repo.resolve(f));
    }
    Run gen = Run.in(repo, "generate");
    int identical = 0;
    for (var e : before.entrySet()) {
      if (Files.exists(repo.resolve(e.getKey()))
          && java.util.Arrays.equals(Files.readAllBytes(repo.resolve(e.getKey())), e.getValue())) {
        identical++;
      }
    }
    assertThat(gen.exit()).as(gen.toString()).isZero();
    for (var e : before.entrySet()) {
      assertThat(repo.resolve(e.getKey())).as(e.getKey()).exists();
      assertThat(Files.readAllBytes(repo.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    for (var e : links.entrySet()) { // links stay links, with their targets (git stores them so)
      assertThat(Files.readSymbolicLink(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
    }
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
    assertThat(check.err()).as("no warning about the imported catalog").doesNotContain("warning");
    Run graph = Run.in(repo, "graph", "--format", "order");
    assertThat(graph.exit()).as(graph.toString()).isZero();
    long hcl = before.keySet().stream().filter(f -> f.endsWith(".hcl") && !f.startsWith(".") && !f.contains("/."))
        .count(); // Terragrunt does not read dot folders (.terragrunt-cache, .github, ...)
    SHARES.put(name, new int[] {owned.size(), (int) hcl, imp.exit(), identical, before.size(), check.exit(),
        graph.exit(), links.size()});
  }

  @AfterAll
  static void report() {
    int owned = 0;
    int all = 0;
    System.out.println("| repository | import exit | .hcl owned | share | files byte-identical after deleting the"
        + " owned ones and generate | check exit | graph exit | symlinks kept |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (var e : SHARES.entrySet()) {
      int[] v = e.getValue();
      System.out.println("wild-corpus " + e.getKey() + ": owns " + v[0] + " of " + v[1] + " .hcl files");
      System.out.println("| " + e.getKey() + " | " + v[2] + " | " + v[0] + "/" + v[1] + " | " + (100 * v[0] / Math.max(
          1,
          v[1])) + "% | " + v[3] + "/" + v[4] + " | " + v[5] + " | " + v[6] + " | " + v[7] + " |");
      owned += v[0];
      all += v[1];
    }
    if (all > 0) {
      System.out.println("wild-corpus overall: owns " + owned + " of " + all + " .hcl files ("
          + (100 * owned / all) + "%)");
    }
  }

  /** Issue 21 item 0: a file reported left alone is never in the catalog; the text written is the verified one. */
  @Test
  void aFileLeftAloneIsNeverWrittenIntoTheCatalog() throws Exception {
    Path repo = tmp.resolve("min");
    Files.createDirectories(repo.resolve("a"));
    Files.createDirectories(repo.resolve("b"));
    Files.writeString(repo.resolve("root.hcl"), "locals {\n  x = 1\n}\n");
    String include = "include \"root\" {\n  path = find_in_parent_folders(\"root.hcl\")\n}\n";
    Files.writeString(repo.resolve("a/terragrunt.hcl"), include
        + "\ndependency \"gone\" {\n  config_path = \"../gone\"\n}\n");
    Files.writeString(repo.resolve("b/terragrunt.hcl"), include.stripTrailing()); // no final newline
    Run imp = Run.in(repo, "import");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("a/terragrunt.hcl: a unit block cannot hold it")
        .doesNotContain("b/terragrunt.hcl:").contains("round-trip: 2/2 files identical");
    String text = Files.readString(repo.resolve("stackgen.hcl"));
    assertThat(text).doesNotContain("stack \"a\"").contains("stack \"b\"");
    // the root has no remote_state: it is held exactly, not replaced by stackgen's default root
    Files.delete(repo.resolve("root.hcl"));
    Files.delete(repo.resolve("b/terragrunt.hcl"));
    assertThat(Run.in(repo, "generate").exit()).isZero();
    assertThat(Files.readString(repo.resolve("root.hcl"))).isEqualTo("locals {\n  x = 1\n}\n");
    assertThat(Files.readString(repo.resolve("b/terragrunt.hcl"))).isEqualTo(include.stripTrailing());
    assertThat(Run.in(repo, "check").exit()).isZero();
  }

  /** A root whose backend comes from generate "backend" keeps it; same folder names do not "share one state". */
  @Test
  void aRootWithoutRemoteStateIsKeptAsWritten() throws Exception {
    Path repo = tmp.resolve("gen");
    String root = "generate \"backend\" {\n  path      = \"backend.tf\"\n  if_exists = \"overwrite\"\n"
        + "  contents  = \"terraform {\\n  backend \\\"gcs\\\" {}\\n}\\n\"\n}\n";
    Files.createDirectories(repo.resolve("x/db"));
    Files.createDirectories(repo.resolve("y/db"));
    Files.writeString(repo.resolve("terragrunt.hcl"), root);
    Files.writeString(repo.resolve("x/db/terragrunt.hcl"), "include {\n  path = find_in_parent_folders()\n}\n");
    Files.writeString(repo.resolve("y/db/terragrunt.hcl"), "include {\n  path = find_in_parent_folders()\n}\n");
    Run imp = Run.in(repo, "import");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).doesNotContain("share one state").contains("round-trip: 3/3 files identical");
    Files.delete(repo.resolve("terragrunt.hcl"));
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(Files.readString(repo.resolve("terragrunt.hcl"))).isEqualTo(root);
  }

  /**
   * A root the catalog cannot hold exactly (CRLF line endings) or no root at the top (one root.hcl per
   * account folder): the catalog owns no root (layout = "none"), the report says why, and generate
   * neither replaces nor creates a root file.
   */
  @Test
  void aRootThatCannotBeHeldIsHandKeptAndGenerateNeverWritesIt() throws Exception {
    Path crlf = Fixtures.copyTree(CORPUS.resolve("crlf-root"), tmp.resolve("crlf-root"));
    Run imp = Run.in(crlf, "import");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("root.hcl: the root file is hand-kept (the catalog owns no root: layout ="
        + " \"none\"): CRLF line endings (generate writes LF)").contains("round-trip: 2/2 files identical");
    assertThat(Files.readString(crlf.resolve("stackgen.hcl"))).contains("layout = \"none\"");
    assertThat(CatalogReader.read(crlf).ownedPaths()).doesNotContain("root.hcl");
    byte[] root = Files.readAllBytes(crlf.resolve("root.hcl"));
    Run gen = Run.in(crlf, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(Files.readAllBytes(crlf.resolve("root.hcl"))).isEqualTo(root);
    Files.delete(crlf.resolve("root.hcl"));
    assertThat(Run.in(crlf, "generate").exit()).isZero();
    assertThat(crlf.resolve("root.hcl")).doesNotExist();

    Path split = Fixtures.copyTree(CORPUS.resolve("split-roots"), tmp.resolve("split-roots"));
    Run imp2 = Run.in(split, "import");
    assertThat(imp2.exit()).as(imp2.toString()).isZero();
    assertThat(imp2.out()).contains("root hand-kept, not owned");
    assertThat(CatalogReader.read(split).ownedPaths()).contains("live/prod/root.hcl", "live/stage/root.hcl")
        .doesNotContain("root.hcl");
    assertThat(Run.in(split, "generate").exit()).isZero();
    assertThat(split.resolve("root.hcl")).doesNotExist();
  }

  /**
   * The flat importer's root terragrunt.hcl when the catalog cannot hold it exactly: CRLF line endings, a
   * leading byte order mark, a Latin-1 comment (not UTF-8), or no final newline after a closing comment
   * (the in-memory regeneration differs). Import exits 0 with a hand-kept root (layout = "none", the root's
   * own tiers stated catalog-only), says why, owns no root; generate keeps the root's bytes and check is clean.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unheldRoots")
  void aFlatRootThatCannotBeHeldIsHandKept(String shape, byte[] rootBytes, String reason) throws Exception {
    Path repo = tmp.resolve("flat-root");
    Files.createDirectories(repo.resolve("stacks/net"));
    Files.createDirectories(repo.resolve("stacks/app"));
    Files.write(repo.resolve("terragrunt.hcl"), rootBytes);
    String include = "include \"root\" {\n  path = find_in_parent_folders()\n}\n";
    Files.writeString(repo.resolve("stacks/net/terragrunt.hcl"), include
        + "\ninputs = {\n  tier = local.tiers.core\n}\n");
    Files.writeString(repo.resolve("stacks/app/terragrunt.hcl"), include
        + "\ninputs = {\n  tier = local.tiers.apps\n}\n");

    Run imp = Run.in(repo, "import", "--verbose");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("    terragrunt.hcl: " + CatalogImporter.HAND_KEPT_ROOT + reason + "\n")
        .contains("files taken over: 2 (root hand-kept, not owned, 2 stacks/*/terragrunt.hcl, 0 main.tf, 0 overlay"
            + " files)\n")
        .doesNotContain("differs after regeneration").endsWith("round-trip: 2/2 files identical\n");
    String catalogText = Files.readString(repo.resolve("stackgen.hcl"));
    assertThat(catalogText).contains("  tiers = { core = \"0-core\", apps = \"1-apps\" }\n").contains(
        "  layout = \"none\"\n").doesNotContain("remote_state");
    Catalog catalog = CatalogReader.read(repo);
    assertThat(catalog.ownedPaths()).containsExactlyInAnyOrder("stacks/net/terragrunt.hcl",
        "stacks/app/terragrunt.hcl");
    assertThat(catalog.stacks()).extracting(st -> st.name() + ":" + st.tier()).containsExactly("app:apps",
        "net:core");

    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(gen.out()).contains("0 changed");
    assertThat(Files.readAllBytes(repo.resolve("terragrunt.hcl"))).isEqualTo(rootBytes);
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();

    // the catalog still owns the stacks: an edit there reaches its file, the root stays as it is
    Files.writeString(repo.resolve("stackgen.hcl"), catalogText.replace("tier = local.tiers.apps",
        "tier = local.tiers.core"));
    assertThat(Run.in(repo, "generate").exit()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/app/terragrunt.hcl"))).contains("tier = local.tiers.core");
    assertThat(Files.readAllBytes(repo.resolve("terragrunt.hcl"))).isEqualTo(rootBytes);
    assertThat(Run.in(repo, "check").exit()).isZero();
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> unheldRoots() {
    String root = "locals {\n  tiers = { core = \"0-core\", apps = \"1-apps\" }\n}\n\nremote_state {\n"
        + "  backend = \"local\"\n  config = {\n    path = \"${get_parent_terragrunt_dir()}/state/"
        + "${path_relative_to_include()}/terraform.tfstate\"\n  }\n}\n";
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    byte[] latin1 = ("# Caf\u00e9 team's root\n" + root).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("CRLF", root.replace("\n", "\r\n").getBytes(utf8),
            CatalogImporter.ROOT_CRLF),
        org.junit.jupiter.params.provider.Arguments.of("byte order mark", ("\uFEFF" + root).getBytes(utf8),
            CatalogImporter.ROOT_BOM),
        org.junit.jupiter.params.provider.Arguments.of("Latin-1 comment", latin1,
            "not UTF-8 (1:6: invalid UTF-8 byte sequence; generate writes UTF-8)"),
        org.junit.jupiter.params.provider.Arguments.of("no final newline after a comment",
            (root + "\n# end of the root").getBytes(utf8), "the catalog does not regenerate it byte for byte (the file"
                + " ends at line 12, the rendering goes on with a blank line)"));
  }

  /** A catalog root with layout = "none" may hold nothing but its tiers: it writes no file. */
  @Test
  void aHandKeptRootHoldsNoItems() throws Exception {
    Path repo = tmp.resolve("none");
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("stackgen.hcl"), "root {\n  tiers  = { default = \"default\" }\n"
        + "  layout = \"none\"\n\n  inputs = {}\n}\n");
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err()).startsWith("stackgen.hcl:5:3: a root with layout = \"none\" writes no file");
  }

  /**
   * Issue 21 item 1: a stack file that is a symbolic link (inside the repository, and one leading
   * outside it) is left alone by import with the reason, and check, check --staged, changed and generate
   * judge the tree as git stores it: exit 0, the link untouched, nothing refused.
   */
  @Test
  void aSymlinkedStackFileIsLeftAloneAndNoCommandRefusesTheRun() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(dev.stackgen.testing.Tools.git(tmp, "--version").exit() == 0,
        "git is not installed");
    Path repo = tmp.resolve("links");
    Files.createDirectories(repo.resolve("stacks/a"));
    Files.createDirectories(repo.resolve("stacks/b"));
    Files.createDirectories(repo.resolve("stacks/c"));
    Files.writeString(repo.resolve("terragrunt.hcl"),
        "locals {\n  tiers = { apps = \"apps\" }\n}\n\nremote_state {\n  backend = \"local\"\n}\n");
    Files.writeString(repo.resolve("stacks/a/terragrunt.hcl"),
        "include \"root\" {\n  path = find_in_parent_folders()\n}\n");
    Files.createSymbolicLink(repo.resolve("stacks/b/terragrunt.hcl"), Path.of("../../terragrunt.hcl"));
    Path outside = Files.writeString(tmp.resolve("outside.hcl"), "inputs = {}\n");
    Files.createSymbolicLink(repo.resolve("stacks/c/terragrunt.hcl"), outside);
    dev.stackgen.testing.Tools.git(repo, "init", "-q", ".");
    dev.stackgen.testing.Tools.git(repo, "add", "-A");
    dev.stackgen.testing.Tools.git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm",
        "init");
    Run imp = Run.in(repo, "import", "--verbose");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("stacks/b/terragrunt.hcl: a symbolic link to ../../terragrunt.hcl")
        .contains("stacks/c/terragrunt.hcl: a symbolic link").contains("round-trip: 2/2 files identical");
    dev.stackgen.testing.Tools.git(repo, "add", "stackgen.hcl");
    for (String[] command : new String[][] {{"check"}, {"check", "--staged"}, {"changed", "--since", "HEAD"},
        {"generate"}, {"check"}}) {
      Run r = Run.in(repo, command);
      assertThat(r.exit()).as(r.toString()).isZero();
    }
    assertThat(Files.isSymbolicLink(repo.resolve("stacks/b/terragrunt.hcl"))).isTrue();
    assertThat(Files.readSymbolicLink(repo.resolve("stacks/b/terragrunt.hcl"))).isEqualTo(Path.of(
        "../../terragrunt.hcl"));
    assertThat(Files.readString(outside)).isEqualTo("inputs = {}\n");
  }
  /**
   * CRLF line endings in files other than the root (a stack file, a module wrapper): import never takes them
   * over to have generate rewrite them with LF; it leaves them alone, says why, and generate keeps their bytes.
   */
  @Test
  void crlfFilesAreLeftAloneWithTheirBytes() throws Exception {
    Path repo = tmp.resolve("crlf");
    Files.createDirectories(repo.resolve("stacks/a"));
    Files.createDirectories(repo.resolve("stacks/b"));
    Files.createDirectories(repo.resolve("stacks/c/modules/c"));
    Files.writeString(repo.resolve("terragrunt.hcl"),
        "locals {\n  tiers = { apps = \"apps\" }\n}\n\nremote_state {\n  backend = \"local\"\n}\n");
    String include = "include \"root\" {\n  path = find_in_parent_folders()\n}\n";
    Files.writeString(repo.resolve("stacks/a/terragrunt.hcl"), (include + "\ninputs = {\n  x = 1\n}\n")
        .replace("\n", "\r\n"));
    Files.writeString(repo.resolve("stacks/b/terragrunt.hcl"), include);
    Files.writeString(repo.resolve("stacks/c/terragrunt.hcl"), include);
    Files.writeString(repo.resolve("stacks/c/modules/c/main.tf"), "variable \"x\" {}\n");
    Files.writeString(repo.resolve("stacks/c/main.tf"), ("variable \"x\" {\n  type = string\n}\n\nmodule \"c\" {\n"
        + "  source = \"./modules/c\"\n  x      = var.x\n}\n").replace("\n", "\r\n"));
    byte[] a = Files.readAllBytes(repo.resolve("stacks/a/terragrunt.hcl"));
    byte[] c = Files.readAllBytes(repo.resolve("stacks/c/main.tf"));
    Run imp = Run.in(repo, "import", "--verbose");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("stacks/a/terragrunt.hcl: " + CatalogImporter.CRLF)
        .contains("stacks/c/main.tf: " + CatalogImporter.CRLF).contains("round-trip: 3/3 files identical");
    assertThat(CatalogReader.read(repo).ownedPaths()).doesNotContain("stacks/a/terragrunt.hcl", "stacks/c/main.tf");
    assertThat(Run.in(repo, "generate").exit()).isZero();
    assertThat(Files.readAllBytes(repo.resolve("stacks/a/terragrunt.hcl"))).isEqualTo(a);
    assertThat(Files.readAllBytes(repo.resolve("stacks/c/main.tf"))).isEqualTo(c);
    assertThat(Run.in(repo, "check").exit()).isZero();
  }

  /**
   * Two units whose paths differ only in case (git keeps both; macOS and Windows see one folder): import
   * leaves both as they are with the reason, owns the rest, and the catalog it writes reads back.
   */
  @Test
  void unitPathsThatDifferOnlyInCaseAreLeftAsTheyAre() throws Exception {
    Path repo = tmp.resolve("case");
    String include = "include \"root\" {\n  path = find_in_parent_folders(\"root.hcl\")\n}\n";
    for (String unit : List.of("prod/App", "prod/app", "prod/db")) {
      Files.createDirectories(repo.resolve(unit));
      Files.writeString(repo.resolve(unit + "/terragrunt.hcl"), include + "\ninputs = {\n  name = \"" + unit
          + "\"\n}\n");
    }
    Files.writeString(repo.resolve("root.hcl"), "locals {\n  x = 1\n}\n");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.readString(repo.resolve("prod/App/terragrunt.hcl"))
        .contains("prod/App"), "a case-insensitive file system");
    Run imp = Run.in(repo, "import", "--verbose");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains(
        "prod/App/terragrunt.hcl: its path differs only in case from prod/app/terragrunt.hcl")
        .contains("prod/app/terragrunt.hcl: its path differs only in case from prod/App/terragrunt.hcl")
        .contains("round-trip: 2/2 files identical");
    assertThat(CatalogReader.read(repo).ownedPaths()).containsExactlyInAnyOrder("root.hcl", "prod/db/terragrunt.hcl");
    assertThat(Run.in(repo, "generate").exit()).isZero();
    assertThat(Run.in(repo, "check").exit()).isZero();
  }
}
