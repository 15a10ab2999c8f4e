package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Tools;
import dev.stackgen.testing.Tools.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/stackgen in a copy of the checkout, with stand-ins for java and mvn on a PATH the test controls:
 * its own failures (no java, Java older than 17, no Maven, a failed build) exit 2 with one line
 * (never 1, the drift code), and it finds its checkout when called through symbolic links on PATH.
 */
class LauncherTest {
  @TempDir
  Path tmp;
  Path checkout;
  Path tools;

  @BeforeEach
  void fakeCheckout() throws Exception {
    Tools.require(Tools.onPath("bash"), "bash not installed: skipping launcher tests");
    checkout = Files.createDirectories(tmp.resolve("stackgen"));
    Path launcher = Files.createDirectories(checkout.resolve("bin")).resolve("stackgen");
    Files.copy(Fixtures.repoRoot().resolve("bin/stackgen"), launcher);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(checkout.resolve("src/main"));
    Files.createDirectories(checkout.resolve("templates"));
    tools = Files.createDirectories(tmp.resolve("tools"));
    // the few programs the launcher runs besides java and mvn
    for (String tool : List.of("bash", "dirname", "basename", "readlink", "find", "stat", "sed", "head", "mkdir",
        "rm", "mv", "cat", "sh")) {
      for (String dir : List.of("/usr/bin", "/bin")) {
        if (Files.isExecutable(Path.of(dir, tool)) && !Files.exists(tools.resolve(tool))) {
          Files.createSymbolicLink(tools.resolve(tool), Path.of(dir, tool));
        }
      }
    }
  }

  private void script(Path dir, String name, String body) throws Exception {
    Path p = Files.createDirectories(dir).resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private void fakeJava(String version) throws Exception {
    script(tools, "java", "case \"$1\" in -version) echo 'openjdk version \"" + version
        + "\" 2023-10-17' >&2; exit 0;; esac\n"
        + "echo \"java $*\"\n");
  }

  private void builtJar() throws Exception {
    Path jar = Files.createDirectories(checkout.resolve("target")).resolve("stackgen.jar");
    Files.writeString(jar, "jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
  }

  private Proc run(Path launcher, String... args) {
    Map<String, String> env = Map.of("PATH", tools.toString(), "HOME", tmp.toString(), "STACKGEN_NO_CDS", "1");
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return Tools.run(tmp, env, command);
  }

  private Path launcher() {
    return checkout.resolve("bin/stackgen");
  }

  @Test
  void noJavaIsExit2WithOneLine() {
    Proc p = run(launcher(), "check");
    assertThat(p.exit()).isEqualTo(2);
    assertThat(p.out()).isEqualTo("stackgen: java not found on PATH (stackgen needs Java 17 or newer)\n");
  }

  @Test
  void anOldJavaIsExit2WithOneLine() throws Exception {
    fakeJava("11.0.21");
    builtJar();
    Proc p = run(launcher(), "check");
    assertThat(p.exit()).isEqualTo(2);
    assertThat(p.out()).isEqualTo("stackgen: " + tools.resolve("java") + " is openjdk version \"11.0.21\" 2023-10-17;"
        + " stackgen needs Java 17 or newer\n");
  }

  @Test
  void noMavenForTheFirstBuildIsExit2WithOneLine() throws Exception {
    fakeJava("17.0.9");
    Proc p = run(launcher(), "check");
    assertThat(p.exit()).isEqualTo(2);
    assertThat(p.out()).isEqualTo("stackgen: cannot build " + checkout.resolve("target/stackgen.jar")
        + ": mvn (Maven) not found on PATH\n");
  }

  @Test
  void aFailedBuildIsExit2AndKeepsMavensOutput() throws Exception {
    fakeJava("17.0.9");
    script(tools, "mvn",
        "echo '[ERROR] COMPILATION ERROR : Foo.java:[3,1] class, interface, or enum expected'\nexit 1\n");
    Proc p = run(launcher(), "check", "--format", "json");
    assertThat(p.exit()).as("not 1: a CI job must not read a broken set-up as drift").isEqualTo(2);
    Path log = checkout.resolve("target/stackgen-build.log");
    assertThat(p.out().lines().toList()).last()
        .isEqualTo("stackgen: building " + checkout.resolve("target/stackgen.jar") + " failed (Maven output: " + log
            + ")");
    assertThat(Files.readString(log)).contains("COMPILATION ERROR");
  }

  @Test
  void symlinkedOntoPathItFindsItsCheckout() throws Exception {
    fakeJava("17.0.9");
    builtJar();
    // PATH/stackgen -> ../links/sg (relative) -> checkout/bin/stackgen (absolute)
    Path links = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(links.resolve("sg"), launcher());
    Files.createSymbolicLink(tools.resolve("stackgen"), Path.of("../links/sg"));
    Proc p = run(tools.resolve("stackgen"), "check", "-C", "x");
    assertThat(p.exit()).as(p.out()).isZero();
    assertThat(p.out()).contains("-Dstackgen.launcher=stackgen ")
        .contains("-cp " + checkout.toRealPath().resolve("target/stackgen.jar") + " dev.stackgen.cli.Main check -C x");
    // called by its path, not as the stackgen on PATH: the advice names that path
    Proc direct = run(links.resolve("sg"), "--version");
    assertThat(direct.out()).contains("-Dstackgen.launcher=" + links.resolve("sg") + " ");
  }

  /** A Maven stand-in that records that it ran and writes a new jar. */
  private void fakeMaven() throws Exception {
    script(tools, "mvn", "echo built >> \"" + tmp.resolve("mvn-ran")
        + "\"\nmkdir -p target && echo jar > target/stackgen.jar\n");
  }

  private boolean mavenRan() {
    return Files.exists(tmp.resolve("mvn-ran"));
  }

  @Test
  void anEditedSourceFileRebuildsTheJarAndAnUnchangedCheckoutDoesNot() throws Exception {
    fakeJava("17.0.9");
    fakeMaven();
    builtJar();
    Path source = Files.createDirectories(checkout.resolve("src/main/java/dev/x")).resolve("A.java");
    Files.writeString(source, "class A {}\n");
    Path template = checkout.resolve("templates/a.ftl");
    Files.writeString(template, "x\n");
    // both older than the jar (builtJar dates it a minute ahead)
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis()));
    Files.setLastModifiedTime(source.getParent(), FileTime.fromMillis(System.currentTimeMillis()));
    Files.setLastModifiedTime(template, FileTime.fromMillis(System.currentTimeMillis()));
    Proc clean = run(launcher(), "check");
    assertThat(clean.exit()).as(clean.out()).isZero();
    assertThat(mavenRan()).as("nothing changed: no build").isFalse();

    // an edit of an existing file deep in src/main changes no folder's time, only the file's
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    Proc edited = run(launcher(), "check");
    assertThat(edited.exit()).as(edited.out()).isZero();
    assertThat(edited.out()).contains("stackgen: building " + checkout.toRealPath().resolve("target/stackgen.jar"));
    assertThat(mavenRan()).isTrue();
  }

  @Test
  void anEditedTemplateOrPomRebuildsTheJar() throws Exception {
    fakeJava("17.0.9");
    fakeMaven();
    for (Path changed : List.of(checkout.resolve("templates/.hidden.ftl"), checkout.resolve("pom.xml"))) {
      builtJar();
      Files.deleteIfExists(tmp.resolve("mvn-ran"));
      Files.writeString(changed, "x\n");
      Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
      Proc p = run(launcher(), "--version");
      assertThat(p.exit()).as(p.out()).isZero();
      assertThat(mavenRan()).as(changed.toString()).isTrue();
      Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis()));
    }
  }

  @Test
  void withoutSourcesTheJarIsUsedAsItIs() throws Exception {
    fakeJava("17.0.9");
    fakeMaven();
    builtJar();
    Files.delete(checkout.resolve("src/main"));
    Files.setLastModifiedTime(checkout.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    Proc p = run(launcher(), "--version");
    assertThat(p.exit()).as(p.out()).isZero();
    assertThat(mavenRan()).as("no src/main: nothing to build from").isFalse();
  }

  @Test
  void calledByARelativePathItRunsInTheCallersFolder() throws Exception {
    script(tools, "java", "case \"$1\" in -version) echo 'openjdk version \"17.0.9\"' >&2; exit 0;; esac\n"
        + "echo \"cwd=$(pwd) $*\"\n");
    builtJar();
    Path work = Files.createDirectories(tmp.resolve("work"));
    Map<String, String> env = Map.of("PATH", tools.toString(), "HOME", tmp.toString(), "STACKGEN_NO_CDS", "1",
        "PWD", work.toString());
    Proc p = Tools.run(work, env, List.of("../stackgen/./bin/stackgen", "check"));
    assertThat(p.exit()).as(p.out()).isZero();
    assertThat(p.out()).startsWith("cwd=" + work.toRealPath() + " ")
        .contains("-Dstackgen.launcher=" + work.toRealPath().getParent().resolve("stackgen/bin/stackgen") + " ")
        .contains("-cp " + checkout.toRealPath().resolve("target/stackgen.jar") + " dev.stackgen.cli.Main check");
  }
}
