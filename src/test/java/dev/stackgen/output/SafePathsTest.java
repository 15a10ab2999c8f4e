package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.fuzz.FuzzTarget;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing in a catalog or the tree can make stackgen read or write outside the repository. */
@org.junit.jupiter.api.Tag("hostile")
class SafePathsTest {
  private static final String ROOT = "root {\n  tiers = { core = \"0-core\" }\n}\n";
  private static final String WEB = "stack \"web\" {\n  tier  = \"core\"\n  state = \"local\"\n}\n";

  @TempDir
  Path tmp;
  Path repo;
  Path outside;

  @BeforeEach
  void dirs() throws Exception {
    repo = Files.createDirectories(tmp.resolve("repo"));
    outside = Files.createDirectories(tmp.resolve("outside"));
  }

  private Run run(String... args) {
    return Run.in(repo, args);
  }

  private void assertRefused(Run run, String fragment) {
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).hasLineCount(1).contains(fragment);
    assertThat(Fixtures.listFiles(outside)).isEmpty();
  }

  private void assertRefusedAtPosition(String catalog, String fragment) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), catalog);
    for (String command : new String[] {"check", "generate"}) {
      Run r = run(command);
      assertRefused(r, fragment);
      FuzzTarget.requireErrorLine(r.err().strip());
    }
    assertThat(Fixtures.listFiles(repo)).containsExactly("stackgen.hcl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside/x", "..", ".", "/tmp/x", "a/../../x", "a//b", "a\\\\b", "C:x", ".hidden", "-web",
      "a b"})
  void stackNamesMustBeSafePaths(String name) throws Exception {
    // (a name may be a path of safe segments since units can nest: "prod/us-east-1/mysql")
    assertRefusedAtPosition(ROOT + "stack \"" + name + "\" {\n  tier = \"core\"\n}\n", "is not a safe path");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside", "..", "/etc", "a/../../outside"})
  void dependencyNamesMustBeStackNames(String name) throws Exception {
    assertRefusedAtPosition(ROOT + WEB.replace("}\n", "  dependency \"" + name + "\" {}\n}\n"),
        "does not name a stack");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside", "/tmp", "a/../../outside", "..", "./..", "a//b", ""})
  void stacksDirMustStayInside(String dir) throws Exception {
    assertRefusedAtPosition("stackgen {\n  stacks_dir = \"" + dir + "\"\n}\n" + ROOT + WEB, "stacks_dir must be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../outside/x.tf", "/etc/x.tf", "a/../../../x.tf", "..", "x.sh", "a//b.tf"})
  void postfixOverlayFileMustStayInTheStackFolder(String file) throws Exception {
    assertRefusedAtPosition(ROOT + WEB.replace("}\n", "  postfix_overlay \"postfix_cf\" {\n    file = \"" + file
        + "\"\n    relayhost = \"[mx]:587\"\n  }\n}\n"), "file must be a relative path to a .tf file");
  }

  @Test
  void postfixOverlayThroughASymlinkedFolderLeadingOutsideIsRefused() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + WEB.replace("}\n",
        "  postfix_overlay \"postfix_cf\" {\n    file = \"modules/mail/variables.tf\"\n"
            + "    relayhost = \"[mx]:587\"\n  }\n}\n"));
    Files.createDirectories(repo.resolve("stacks/web"));
    Files.createSymbolicLink(repo.resolve("stacks/web/modules"), outside);
    assertRefused(run("generate"), "symbolic link stacks/web/modules which leads outside the repository");
    assertRefused(run("check"), "symbolic link stacks/web/modules which leads outside the repository");
  }

  @Test
  void symlinkedStacksDirLeadingOutsideIsRefused() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + WEB);
    Files.createSymbolicLink(repo.resolve("stacks"), outside);
    assertRefused(run("generate"), "symbolic link stacks which leads outside the repository");
    assertRefused(run("check"), "symbolic link stacks which leads outside the repository");
  }

  @Test
  void symlinkedStackDirLeadingOutsideIsRefused() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + WEB);
    Files.createDirectories(repo.resolve("stacks"));
    Files.createSymbolicLink(repo.resolve("stacks/web"), outside);
    assertRefused(run("generate"), "symbolic link stacks/web which leads outside the repository");
  }

  @Test
  void symlinkedFileLeadingOutsideIsNeitherReadNorReplaced() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + WEB);
    Files.createDirectories(repo.resolve("stacks/web"));
    Path secret = Files.writeString(outside.resolve("secret"), "keep\n");
    Files.createSymbolicLink(repo.resolve("stacks/web/terragrunt.hcl"), secret);
    Run r = run("generate", "--adopt");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("leads outside the repository");
    assertThat(Files.readString(secret)).isEqualTo("keep\n");
  }

  @Test
  void orphanWalkDoesNotFollowSymlinksOutside() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + WEB);
    assertThat(run("generate").exit()).isZero();
    Path foreign = Files.createDirectories(outside.resolve("old"));
    Files.writeString(foreign.resolve("terragrunt.hcl"),
        "# Code generated by stackgen from stackgen.hcl. DO NOT EDIT.\n");
    Files.createSymbolicLink(repo.resolve("stacks/old"), foreign);
    Run r = run("generate", "--prune");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("removed");
    assertThat(foreign.resolve("terragrunt.hcl")).exists();
  }

  @Test
  void repositoryGivenThroughASymlinkWorks() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + WEB);
    Path link = Files.createSymbolicLink(tmp.resolve("link"), repo);
    Run gen = Run.of("generate", "-C", link.toString());
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(repo.resolve("stacks/web/terragrunt.hcl")).exists();
    assertThat(Run.of("check", "-C", link.toString()).exit()).isZero();
  }

  @Test
  void resolveRefusesUnsafeRelativePaths() throws Exception {
    for (String bad : new String[] {"", "/etc/passwd", "\\\\x", "C:x", "../x", "a/../../x", "a\\\\..\\\\..\\\\x"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafePaths.resolve(repo, bad))
          .as(bad).isInstanceOf(SafePaths.UnsafePathException.class);
    }
    assertThat(SafePaths.resolve(repo, "stacks/a/terragrunt.hcl"))
        .isEqualTo(repo.toRealPath().resolve("stacks/a/terragrunt.hcl"));
  }

  // SafePaths.Resolver (one real-path lookup per run)

  @Test
  void aLinkOutsideIsRefusedEvenAfterItsFolderWasCheckedOnce() throws Exception {
    Files.createDirectories(repo.resolve("stacks/a"));
    Files.writeString(repo.resolve("stacks/a/ok.hcl"), "x");
    SafePaths.Resolver r = new SafePaths.Resolver(repo);
    assertThat(r.resolve("stacks/a/ok.hcl")).isEqualTo(repo.toRealPath().resolve("stacks/a/ok.hcl"));
    Files.createSymbolicLink(repo.resolve("stacks/a/evil.hcl"), outside.resolve("x.hcl"));
    Files.writeString(outside.resolve("x.hcl"), "y");
    assertThatThrownBy(() -> r.resolve("stacks/a/evil.hcl"))
        .hasMessage("unsafe path \"stacks/a/evil.hcl\": passes through symbolic link stacks/a/evil.hcl"
            + " which leads outside the repository");
    Files.createSymbolicLink(repo.resolve("stacks/b"), outside);
    assertThatThrownBy(() -> r.resolve("stacks/b/terragrunt.hcl"))
        .hasMessageContaining("passes through symbolic link stacks/b");
  }

  @Test
  void eachNewFolderBelowACheckedOneIsCheckedAndTheFileItselfReadEveryTime() throws Exception {
    Files.createDirectories(repo.resolve("stacks/a/sub"));
    Files.writeString(repo.resolve("stacks/a/sub/x.tf"), "x");
    SafePaths.Resolver r = new SafePaths.Resolver(repo);
    assertThat(r.resolved("stacks/a/sub/x.tf").attributes().isRegularFile()).isTrue();
    // stacks and stacks/a are checked now; a link one level below them is still seen
    Files.createSymbolicLink(repo.resolve("stacks/a/evil"), outside);
    assertThatThrownBy(() -> r.resolve("stacks/a/evil/x.tf"))
        .hasMessageContaining("passes through symbolic link stacks/a/evil");
    Files.createDirectories(repo.resolve("stacks/c/deep"));
    Files.writeString(repo.resolve("stacks/c/deep/y.tf"), "y");
    assertThat(r.resolved("stacks/c/deep/y.tf").attributes().size()).isEqualTo(1);
    assertThat(r.resolved("stacks/c/deep/none.tf").attributes()).isNull();
  }

  @Test
  void relativeRulesAreCheckedBeforeTheFileSystem() {
    assertThatThrownBy(() -> SafePaths.resolve(repo, "/etc/passwd")).hasMessageContaining("must be a relative path");
    assertThatThrownBy(() -> SafePaths.resolve(repo, "stacks/../../x")).hasMessageContaining("must not contain '..'");
    assertThatThrownBy(() -> SafePaths.resolve(repo, "")).hasMessageContaining("must be a relative path");
  }

  @Test
  void aMissingPathResolvesInsideTheRepository() throws Exception {
    assertThat(SafePaths.resolve(repo, "stacks/new/terragrunt.hcl"))
        .isEqualTo(repo.toRealPath().resolve("stacks/new/terragrunt.hcl"));
  }
}
