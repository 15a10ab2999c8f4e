package dev.stackgen.output;

import static dev.stackgen.testing.Tools.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import dev.stackgen.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile repository: symbolic links (to files and folders, inside and leading outside), FIFOs,
 * devices and submodules where stackgen reads and writes (issue 26; issue 21, "symlinks are data").
 * Nothing is read or written outside the repository, nothing blocks, every refusal is one line and
 * exit 2, and check, check --staged and generate agree.
 */
@org.junit.jupiter.api.Tag("hostile")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a FIFO opened for reading blocks forever: fail instead
class HostileRepoTest {
  private static final String CATALOG = """
      root {
        tiers = { core = "0-core", apps = "4-aux" }
      }

      stack "base" {
        tier  = "core"
        state = "local"
      }

      stack "web" {
        tier = "apps"
        dependency "base" {}
      }
      """;

  @TempDir
  Path tmp;

  private Path repo() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    return repo;
  }

  private Path outside() throws IOException {
    return Files.createDirectories(tmp.resolve("outside"));
  }

  private static void oneError(Run r, String... fragments) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err().strip()).as(r.toString()).doesNotContain("\n").contains(fragments);
  }

  private static void mkfifo(Path p) throws Exception {
    Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(proc.waitFor()).isZero();
  }

  // F2: single-file writes through links

  @Test
  void newWritesALinkedCatalogAsItsTargetKeepingTheLinkAndTheMode() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path real = Files.createDirectories(repo.resolve("catalog")).resolve("main.hcl");
    Files.writeString(real, CATALOG);
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Files.createSymbolicLink(repo.resolve("stackgen.hcl"), Path.of("catalog/main.hcl"));

    Run r = Run.in(repo, "new", "api");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.isSymbolicLink(repo.resolve("stackgen.hcl"))).as("the link stays").isTrue();
    assertThat(Files.readString(real)).contains("stack \"api\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
  }

  @Test
  void newRefusesACatalogLinkLeadingOutside() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path real = outside().resolve("main.hcl");
    Files.writeString(real, CATALOG);
    Files.createSymbolicLink(repo.resolve("stackgen.hcl"), real);

    oneError(Run.in(repo, "new", "api"), "stackgen.hcl", "outside the repository");
    assertThat(Files.readString(real)).isEqualTo(CATALOG);
    assertThat(Files.isSymbolicLink(repo.resolve("stackgen.hcl"))).isTrue();
  }

  @Test
  void fmtFormatsALinkedFileAsItsTargetAndRefusesOneLeadingOutside() throws Exception {
    Path repo = repo();
    Path real = Files.createDirectories(repo.resolve("shared")).resolve("vars.hcl");
    Files.writeString(real, "a   = 1\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
    Files.createSymbolicLink(repo.resolve("vars.hcl"), Path.of("shared/vars.hcl"));
    Path far = outside().resolve("far.hcl");
    Files.writeString(far, "b   = 2\n");
    Files.createSymbolicLink(repo.resolve("far.hcl"), far);

    Run r = Run.in(repo, "fmt", "vars.hcl");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.isSymbolicLink(repo.resolve("vars.hcl"))).isTrue();
    assertThat(Files.readString(real)).isEqualTo("a = 1\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-------");

    oneError(Run.in(repo, "fmt", "far.hcl"), "far.hcl", "outside the repository");
    assertThat(Files.readString(far)).isEqualTo("b   = 2\n");
    assertThat(Files.isSymbolicLink(repo.resolve("far.hcl"))).isTrue();
  }

  @Test
  void importOutWritesThroughALinkInsideAndRefusesOneLeadingOutside() throws Exception {
    Path repo = repo();
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Files.delete(repo.resolve("stackgen.hcl"));
    Path real = Files.createDirectories(repo.resolve("cat")).resolve("imported.hcl");
    Files.writeString(real, "# placeholder\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
    Files.createSymbolicLink(repo.resolve("imported.hcl"), Path.of("cat/imported.hcl"));

    Run r = Run.in(repo, "import", "--out", "imported.hcl", "--force");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.isSymbolicLink(repo.resolve("imported.hcl"))).isTrue();
    assertThat(Files.readString(real)).contains("stack \"web\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-rw----");

    Path far = outside().resolve("far.hcl");
    Files.writeString(far, "# mine\n");
    Files.createSymbolicLink(repo.resolve("far.hcl"), far);
    oneError(Run.in(repo, "import", "--out", "far.hcl", "--force"), "far.hcl", "outside the repository");
    assertThat(Files.readString(far)).isEqualTo("# mine\n");
  }

  // F3: --prune removes empty folders through descriptors, never through a link swapped in

  @Test
  void pruneNeverRemovesFoldersOutsideWhenStacksIsSwappedForALink() throws Exception {
    Path repo = repo();
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG + "\nstack \"team/old\" {\n  tier = \"apps\"\n}\n");
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Path outside = outside();
    Files.createDirectories(outside.resolve("team/old"));
    Path stacks = repo.resolve("stacks");
    Generator.beforeFolderRemoval = () -> {
      try {
        Files.move(stacks, repo.resolve("stacks.aside"));
        Files.createSymbolicLink(stacks, outside);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    Run r;
    try {
      r = Run.in(repo, "generate", "--prune");
    } finally {
      Generator.beforeFolderRemoval = null;
    }
    assertThat(Files.isDirectory(outside.resolve("team/old"))).as(r.toString()).isTrue();
    assertThat(Files.isDirectory(outside.resolve("team"))).isTrue();
    assertThat(r.exit()).as(r.toString()).isIn(0, 2);
    assertThat(Files.exists(repo.resolve("stacks.aside/team/old/terragrunt.hcl"))).as("the orphan was removed")
        .isFalse();
  }

  @Test
  void pruneRemovesTheFoldersItEmptiedThroughALinkedStacksFolderInsideTheRepository() throws Exception {
    Path repo = repo();
    Files.createDirectories(repo.resolve("infra/stacks"));
    Files.createSymbolicLink(repo.resolve("stacks"), Path.of("infra/stacks"));
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG + "\nstack \"team/old\" {\n  tier = \"apps\"\n}\n");
    assertThat(Run.in(repo, "generate").exit()).isZero();
    assertThat(repo.resolve("infra/stacks/team/old/terragrunt.hcl")).exists();
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Run r = Run.in(repo, "generate", "--prune");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(repo.resolve("infra/stacks/team")).doesNotExist();
    assertThat(repo.resolve("infra/stacks/web/terragrunt.hcl")).exists();
  }

  // F4: reads never leave the repository

  @Test
  void aCatalogFileLinkedOutsideIsRefusedAndNotRead() throws Exception {
    Path repo = repo();
    Path secret = outside().resolve("secret.hcl");
    Files.writeString(secret, "stack \"leak\" {\n  tier = \"apps\"\n}\n");
    Files.createDirectories(repo.resolve("stackgen.d"));
    Files.createSymbolicLink(repo.resolve("stackgen.d/x.hcl"), secret);
    for (String command : List.of("generate", "check", "graph")) {
      oneError(Run.in(repo, command), "stackgen.d/x.hcl", "outside the repository");
    }
    assertThat(repo.resolve("stacks/leak")).doesNotExist();
  }

  @Test
  void aDropInFolderLinkedOutsideIsRefused() throws Exception {
    Path repo = repo();
    Path dir = Files.createDirectories(outside().resolve("d"));
    Files.writeString(dir.resolve("x.hcl"), "stack \"leak\" {\n  tier = \"apps\"\n}\n");
    Files.createSymbolicLink(repo.resolve("stackgen.d"), dir);
    oneError(Run.in(repo, "generate"), "stackgen.d", "outside the repository");
    assertThat(repo.resolve("stacks/leak")).doesNotExist();
  }

  @Test
  void aDropInLinkedInsideTheRepositoryIsRead() throws Exception {
    Path repo = repo();
    Files.createDirectories(repo.resolve("catalogs"));
    Files.writeString(repo.resolve("catalogs/more.hcl"), "stack \"api\" {\n  tier = \"apps\"\n}\n");
    Files.createDirectories(repo.resolve("stackgen.d"));
    Files.createSymbolicLink(repo.resolve("stackgen.d/more.hcl"), Path.of("../catalogs/more.hcl"));
    Run r = Run.in(repo, "generate");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(repo.resolve("stacks/api/terragrunt.hcl")).exists();
  }

  @Test
  void aTemplatesFolderLinkedOutsideIsRefusedAndItsTemplatesNeverRendered() throws Exception {
    Path repo = repo();
    Files.writeString(repo.resolve("stackgen.hcl"), "stackgen {\n  templates = \"tpl\"\n}\n\n" + CATALOG);
    Path dir = Files.createDirectories(outside().resolve("tpl"));
    Files.writeString(dir.resolve("stack-terragrunt.hcl.ftl"), "LEAKED\n");
    Files.createSymbolicLink(repo.resolve("tpl"), dir);
    oneError(Run.in(repo, "generate"), "templates folder", "outside the repository");
    assertThat(repo.resolve("stacks")).doesNotExist();

    Files.delete(repo.resolve("tpl"));
    Files.createDirectories(repo.resolve("tpl"));
    Files.createSymbolicLink(repo.resolve("tpl/stack-terragrunt.hcl.ftl"), dir.resolve("stack-terragrunt.hcl.ftl"));
    oneError(Run.in(repo, "generate"), "tpl/stack-terragrunt.hcl.ftl", "outside the templates folder");
    assertThat(repo.resolve("stacks")).doesNotExist();
  }

  @Test
  void importNeverReadsThroughALinkedStackFolder() throws Exception {
    Path repo = repo();
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Files.delete(repo.resolve("stackgen.hcl"));
    Path evil = Files.createDirectories(outside().resolve("evil"));
    Files.writeString(evil.resolve("terragrunt.hcl"), Files.readString(repo.resolve("stacks/web/terragrunt.hcl"))
        .replace("web", "SECRET-FROM-OUTSIDE"));
    Files.createSymbolicLink(repo.resolve("stacks/evil"), evil);
    Run r = Run.in(repo, "import");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).doesNotContain("SECRET").doesNotContain("evil");
    assertThat(r.out()).contains("stacks/evil: a symbolic link to " + evil);
  }

  @Test
  void checkStagedNeverReadsThroughALinkedStacksFolder() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed: skipping");
    Path repo = repo();
    Path outside = outside();
    // the outside folder holds exactly what generate would write there
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve("stackgen.hcl"), CATALOG);
    assertThat(Run.in(other, "generate").exit()).isZero();
    Files.move(other.resolve("stacks"), outside.resolve("stacks"));
    Files.createSymbolicLink(repo.resolve("stacks"), outside.resolve("stacks"));
    git(repo, "init", "-q").ok();
    git(repo, "add", "stackgen.hcl").ok();
    for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--staged"})) {
      Run r = Run.in(repo, args);
      oneError(r, "stacks", "outside the repository");
      assertThat(r.out()).doesNotContain("not staged");
    }
  }

  // F5: FIFOs and devices: refused without opening them, nothing blocks

  @Test
  void aFifoInTheDropInFolderIsOneErrorAndNothingBlocks() throws Exception {
    Path repo = repo();
    Files.createDirectories(repo.resolve("stackgen.d"));
    mkfifo(repo.resolve("stackgen.d/x.hcl"));
    for (String command : List.of("generate", "check", "graph")) {
      oneError(Run.in(repo, command), "stackgen.d/x.hcl: not a regular file");
    }
  }

  @Test
  void aFifoWhereAGeneratedFileGoesIsOneErrorAndNothingBlocks() throws Exception {
    Path repo = repo();
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Files.delete(repo.resolve("stacks/web/terragrunt.hcl"));
    mkfifo(repo.resolve("stacks/web/terragrunt.hcl"));
    for (String command : List.of("generate", "check")) {
      oneError(Run.in(repo, command), "stacks/web/terragrunt.hcl: not a regular file");
    }
    Tools.require(Tools.onPath("git"), "git not installed: skipping the check --staged part");
    git(repo, "init", "-q").ok();
    git(repo, "add", "stackgen.hcl", "terragrunt.hcl", "stacks/base").ok();
    Run staged = Run.in(repo, "check", "--staged");
    assertThat(staged.exit()).as(staged.toString()).isEqualTo(1);
    assertThat(staged.out()).contains("stacks/web/terragrunt.hcl");
  }

  @Test
  void aLinkToADeviceIsNeverReadOrWritten() throws Exception {
    Path repo = repo();
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Files.delete(repo.resolve("stacks/web/terragrunt.hcl"));
    Files.createSymbolicLink(repo.resolve("stacks/web/terragrunt.hcl"), Path.of("/dev/null"));
    for (String command : List.of("generate", "check")) {
      oneError(Run.in(repo, command), "stacks/web/terragrunt.hcl", "symbolic link");
    }
    Files.createDirectories(repo.resolve("stackgen.d"));
    Files.createSymbolicLink(repo.resolve("stackgen.d/null.hcl"), Path.of("/dev/null"));
    oneError(Run.in(repo, "check"), "stackgen.d/null.hcl", "outside the repository");
  }

  // F9: submodules and other repositories' working trees

  @Test
  void pruneAndCheckStopAtASubmodule() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed: skipping");
    Path repo = repo();
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Path sub = Files.createDirectories(repo.resolve("stacks/vendor"));
    git(sub, "init", "-q").ok();
    Path theirs = Files.createDirectories(sub.resolve("old")).resolve("terragrunt.hcl");
    // a file that looks like stackgen's (header and all) but belongs to the other repository
    Files.writeString(theirs, Files.readString(repo.resolve("stacks/web/terragrunt.hcl")));
    git(sub, "add", "-A").ok();
    git(sub, "commit", "-q", "-m", "theirs").ok();

    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
    Run prune = Run.in(repo, "generate", "--prune");
    assertThat(prune.exit()).as(prune.toString()).isZero();
    assertThat(theirs).exists();

    git(repo, "init", "-q").ok();
    git(repo, "add", "-A").ok(); // stacks/vendor goes in as a gitlink (mode 160000)
    git(repo, "commit", "-q", "-m", "x").ok();
    Run staged = Run.in(repo, "check", "--staged");
    assertThat(staged.exit()).as(staged.toString()).isZero();

    // a stack inside the submodule: refused by check, check --staged and generate alike
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG + "\nstack \"vendor/x\" {\n  tier = \"apps\"\n}\n");
    for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--staged"},
        new String[] {"generate"})) {
      oneError(Run.in(repo, args), "stacks/vendor/x/terragrunt.hcl: inside another git repository");
    }
    assertThat(sub.resolve("x")).doesNotExist();
  }

  // issue 21: symlinks are data

  /** A repository where stacks/pp/terragrunt.hcl is a link to the root file, committed. */
  private Path linkedStackRepo() throws Exception {
    Path repo = repo();
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Files.createDirectories(repo.resolve("stacks/pp"));
    Files.createSymbolicLink(repo.resolve("stacks/pp/terragrunt.hcl"), Path.of("../../terragrunt.hcl"));
    Files.writeString(repo.resolve("stacks/pp/notes.md"), "kept\n");
    Files.createSymbolicLink(repo.resolve("stacks/web/common.tf"), Path.of("../../common.tf"));
    Files.writeString(repo.resolve("common.tf"), "# shared\n");
    return repo;
  }

  @Test
  void importLeavesALinkedStackFileAloneAndEverythingAgreesAfterwards() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed: skipping");
    Path repo = linkedStackRepo();
    Files.delete(repo.resolve("stackgen.hcl"));
    git(repo, "init", "-q").ok();
    git(repo, "add", "-A").ok();
    git(repo, "commit", "-q", "-m", "x").ok();

    Run imp = Run.in(repo, "import", "--verbose");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("stacks/pp/terragrunt.hcl: a symbolic link to ../../terragrunt.hcl")
        .contains("stacks/web/common.tf: a symbolic link to ../../common.tf");
    String catalog = Files.readString(repo.resolve("stackgen.hcl"));
    assertThat(catalog).doesNotContain("\"pp\"").contains("stack \"web\"");

    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(Files.isSymbolicLink(repo.resolve("stacks/pp/terragrunt.hcl"))).isTrue();
    assertThat(Files.isSymbolicLink(repo.resolve("stacks/web/common.tf"))).isTrue();
    git(repo, "add", "-A").ok();
    for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--staged"},
        new String[] {"generate", "--prune"})) {
      Run r = Run.in(repo, args);
      assertThat(r.exit()).as(String.join(" ", args) + "\n" + r).isZero();
    }
    git(repo, "commit", "-q", "-m", "catalog").ok();
    Run changed = Run.in(repo, "changed", "--since", "HEAD");
    assertThat(changed.exit()).as(changed.toString()).isZero();
    assertThat(Files.isSymbolicLink(repo.resolve("stacks/pp/terragrunt.hcl"))).isTrue();
    assertThat(Files.readSymbolicLink(repo.resolve("stacks/pp/terragrunt.hcl"))).isEqualTo(Path.of(
        "../../terragrunt.hcl"));
  }

  @Test
  void aLinkWhereTheCatalogOwnsAFileIsTheSameErrorForCheckCheckStagedAndGenerate() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed: skipping");
    Path repo = linkedStackRepo();
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG + "\nstack \"pp\" {\n  tier = \"apps\"\n}\n");
    git(repo, "init", "-q").ok();
    git(repo, "add", "-A").ok();
    List<String> errors = new java.util.ArrayList<>();
    for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--staged"},
        new String[] {"generate"})) {
      Run r = Run.in(repo, args);
      oneError(r, "a symbolic link is where stackgen writes the file stacks/pp/terragrunt.hcl (it points to"
          + " ../../terragrunt.hcl)");
      errors.add(r.err().substring(r.err().indexOf(": ") + 2));
    }
    assertThat(errors).as("the same words").containsOnly(errors.get(0));
    assertThat(Files.isSymbolicLink(repo.resolve("stacks/pp/terragrunt.hcl"))).isTrue();
  }

  // The suite in one table: each hostile layout, every command; one error line, exit 2, nothing
  // outside touched (a sentinel folder compared entry by entry) and nothing inside written.

  /** Builds a hostile layout in {@code repo}; {@code sentinel} is the outside folder it aims at. */
  interface Layout {
    void build(Path repo, Path sentinel) throws Exception;
  }

  private static final String TPL = "stackgen {\n  templates = \"tpl\"\n}\n\n";

  private static Layout template(String text) {
    return (repo, sentinel) -> {
      Files.writeString(repo.resolve("stackgen.hcl"), TPL + CATALOG);
      Files.createDirectories(repo.resolve("tpl"));
      Files.writeString(repo.resolve("tpl/stack-terragrunt.hcl.ftl"), text.replace("SENTINEL", sentinel.toString()));
    };
  }

  private static Layout catalogWith(String head, String tail) {
    return (repo, sentinel) -> Files.writeString(repo.resolve("stackgen.hcl"), head + CATALOG + tail);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> layouts() {
    Layout generated = (repo, sentinel) -> {
      Path other = Files.createTempDirectory("stackgen-hostile");
      try {
        Files.writeString(other.resolve("stackgen.hcl"), CATALOG);
        assertThat(Run.in(other, "generate").exit()).isZero();
        Files.createDirectories(repo.resolve("stacks/web"));
        Files.move(other.resolve("stacks/base"), repo.resolve("stacks/base"));
        Files.move(other.resolve("terragrunt.hcl"), repo.resolve("terragrunt.hcl"));
      } finally {
        try (Stream<Path> s = Files.walk(other)) {
          for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    };
    return Stream.of(
        args("drop-in linked to an outside file", "stackgen.d/x.hcl: is a symbolic link leading outside",
            (repo, s) -> Files.createSymbolicLink(Files.createDirectories(repo.resolve("stackgen.d")).resolve("x.hcl"),
                s.resolve("secret.hcl"))),
        args("drop-in linked to /dev/zero", "stackgen.d/zero.hcl: is a symbolic link leading outside",
            (repo, s) -> Files.createSymbolicLink(Files.createDirectories(repo.resolve("stackgen.d")).resolve(
                "zero.hcl"), Path.of("/dev/zero"))),
        args("drop-in FIFO", "stackgen.d/x.hcl: not a regular file",
            (repo, s) -> mkfifo(Files.createDirectories(repo.resolve("stackgen.d")).resolve("x.hcl"))),
        args("stackgen.d linked outside", "stackgen.d", (repo, s) -> Files.createSymbolicLink(repo.resolve(
            "stackgen.d"),
            s)),
        args("templates folder linked outside", "templates folder", (repo, s) -> {
          Files.writeString(repo.resolve("stackgen.hcl"), TPL + CATALOG);
          Files.createSymbolicLink(repo.resolve("tpl"), s.resolve("tpl"));
        }),
        args("template file linked outside", "tpl/stack-terragrunt.hcl.ftl", (repo, s) -> {
          Files.writeString(repo.resolve("stackgen.hcl"), TPL + CATALOG);
          Files.createDirectories(repo.resolve("tpl"));
          Files.createSymbolicLink(repo.resolve("tpl/stack-terragrunt.hcl.ftl"), s.resolve(
              "tpl/stack-terragrunt.hcl.ftl"));
        }),
        args("stacks linked outside", "stacks", (repo, s) -> Files.createSymbolicLink(repo.resolve("stacks"), s)),
        args("generated file is a FIFO", "stacks/web/terragrunt.hcl: not a regular file", (repo, s) -> {
          generated.build(repo, s);
          mkfifo(repo.resolve("stacks/web/terragrunt.hcl"));
        }),
        args("generated file linked outside", "stacks/web/terragrunt.hcl", (repo, s) -> {
          generated.build(repo, s);
          Files.createSymbolicLink(repo.resolve("stacks/web/terragrunt.hcl"), s.resolve("secret.hcl"));
        }),
        args("template runs Execute", "stack-terragrunt.hcl.ftl:2:",
            template(
                "# a\n[#assign ex = \"freemarker.template.utility.Execute\"?new()][=ex(\"touch SENTINEL/PWNED\")]\n")),
        args("template builds ObjectConstructor", "stack-terragrunt.hcl.ftl:2:",
            template("# a\n[#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()]"
                + "[=oc(\"java.io.FileOutputStream\", \"SENTINEL/PWNED\")]\n")),
        args("template uses ?api", "stack-terragrunt.hcl.ftl:2:", template("# a\n[=file.items?api.getClass()]\n")),
        args("template interprets a string", "stack-terragrunt.hcl.ftl:2:", template(
            "# a\n[#assign t = r'[#list 1..999999999 as x][/#list]'?interpret][@t/]\n")),
        args("template recursion", "stack-terragrunt.hcl.ftl:3:3: recursion too deep", template(
            "# a\n[#macro down n]\n  [@down n + 1/]\n[/#macro]\n[@down 0/]\n")),
        args("template huge output", "stack-terragrunt.hcl.ftl:3:1: the template writes more than 4 MiB", template(
            "# a\n[#list 1..2000000000 as i]\n[=\"x\"?left_pad(1000, \"y\")]\n[/#list]\n")),
        args("huge leading_blank_lines", "stackgen.hcl:2:", catalogWith(
            "stackgen {\n  leading_blank_lines = { \"stacks/web/terragrunt.hcl\" = 2000000000 }\n}\n", "")),
        args("root_file is the catalog", "stackgen.hcl:2:15: the catalog would generate stackgen.hcl", catalogWith(
            "stackgen {\n  root_file = \"stackgen.hcl\"\n}\n", "")),
        args("a stack named stackgen.d", "a catalog drop-in", catalogWith("stackgen {\n  stacks_dir = \".\"\n}\n",
            "\nstack \"stackgen.d\" {\n  tier = \"apps\"\n}\n")),
        args("a stack under .git", "inside .git", (repo, s) -> {
          Files.createDirectories(repo.resolve(".git"));
          Files.writeString(repo.resolve("stackgen.hcl"), "stackgen {\n  stacks_dir = \".git\"\n}\n" + CATALOG);
        }));
  }

  private static org.junit.jupiter.params.provider.Arguments args(String name, String error, Layout layout) {
    return org.junit.jupiter.params.provider.Arguments.of(name, error, layout);
  }

  /** Every entry below {@code dir} (links not followed): type, size, time, and the bytes of each file. */
  private static java.util.SortedMap<String, String> snapshot(Path dir) throws IOException {
    java.util.SortedMap<String, String> all = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String what = a.isSymbolicLink() ? "link " + Files.readSymbolicLink(p)
            : a.isDirectory() ? "dir"
            : a.isRegularFile() ? "file " + a.size() + " " + a.lastModifiedTime() + " "
                + java.util.HexFormat.of().formatHex(Sha256.of(Files.readAllBytes(p))) : "other";
        all.put(dir.relativize(p).toString(), what);
      }
    }
    return all;
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("layouts")
  void aHostileLayoutIsOneErrorForEveryCommandAndTouchesNothing(String name, String error, Layout layout)
      throws Exception {
    Path repo = repo();
    Path sentinel = Files.createDirectories(tmp.resolve("sentinel"));
    Files.writeString(sentinel.resolve("secret.hcl"), "# SENTINEL-SECRET\nstack \"leak\" {\n  tier = \"apps\"\n}\n");
    Files.createDirectories(sentinel.resolve("team/old"));
    Files.createDirectories(sentinel.resolve("tpl"));
    Files.writeString(sentinel.resolve("tpl/stack-terragrunt.hcl.ftl"), "# SENTINEL-SECRET\n");
    Files.createDirectories(sentinel.resolve("web"));
    Files.writeString(sentinel.resolve("web/terragrunt.hcl"), "# SENTINEL-SECRET\n");
    layout.build(repo, sentinel);
    var outsideBefore = snapshot(sentinel);
    var insideBefore = snapshot(repo);
    for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--diff"}, new String[] {"generate"},
        new String[] {"generate", "--prune", "--adopt"}, new String[] {"graph"})) {
      if (args[0].equals("graph") && !name.startsWith("drop-in") && !name.contains("catalog")) {
        continue; // graph reads the catalog only
      }
      Run r = Run.in(repo, args);
      String shown = String.join(" ", args) + " on " + name + ":\n" + r;
      assertThat(r.exit()).as(shown).isEqualTo(2);
      assertThat(r.err().strip()).as(shown).doesNotContain("\n").contains(error);
      assertThat(r.out() + r.err()).as(shown).doesNotContain("SENTINEL-SECRET");
      assertThat(snapshot(sentinel)).as("outside the repository after " + shown).isEqualTo(outsideBefore);
      assertThat(snapshot(repo)).as("inside the repository after " + shown).isEqualTo(insideBefore);
    }
  }

  @SuppressWarnings("unused")
  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }
  }
}
