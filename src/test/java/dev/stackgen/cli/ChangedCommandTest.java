package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackgen.testing.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedCommandTest {
  static final String CATALOG = """
      root {
        tiers = { core = "0-core", apps = "4-aux" }
      }

      stack "db" {
        tier  = "core"
        state = "local"
      }

      stack "web" {
        tier = "apps"
        dependency "db" {}
      }

      stack "api" {
        tier = "apps"
        inputs = {
          replicas = 2
        }
      }
      """;

  @TempDir
  Path git;
  Path repo;

  static boolean hasGit() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @BeforeEach
  void repository() throws Exception {
    assumeTrue(hasGit(), "git is not installed");
    repo = git;
    git("init", "-q", "-b", "main");
    write("stackgen.hcl", CATALOG);
    commit("first");
  }

  private void write(String path, String text) throws IOException {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", git.toString(), "-c", "user.name=t",
        "-c", "user.email=t@example.net", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + out).isZero();
  }

  private void commit(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "-m", message);
  }

  private Run changed(String... args) {
    List<String> all = new ArrayList<>(List.of("changed"));
    all.addAll(List.of(args));
    all.addAll(List.of("-C", repo.toString()));
    return Run.of(all.toArray(String[]::new));
  }

  @Test
  void nothingChangedPrintsNothing() {
    Run r = changed("--since", "HEAD");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void changedAddedAndRemovedStacksSorted() throws Exception {
    write("stackgen.hcl", CATALOG.replace("replicas = 2", "replicas = 3")
        .replace("""
            stack "web" {
              tier = "apps"
              dependency "db" {}
            }
            """, "") + """

            stack "cache" {
              tier = "apps"
            }
            """);
    Run r = changed("--since", "HEAD");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("api\ncache\nweb\n");
    assertThat(r.err()).isEmpty();
    commit("second");
    assertThat(changed("--since", "HEAD~1").out()).isEqualTo("api\ncache\nweb\n");
    assertThat(changed("--since", "HEAD").out()).isEmpty();
  }

  @Test
  void aCommentTravelsIntoTheFileSoItCountsAndACatalogOnlyCommentDoesNot() throws Exception {
    write("stackgen.hcl", CATALOG.replace("  dependency \"db\" {}", "  # Needs its tables.\n  dependency \"db\" {}")
        + "\n# A catalog-only note.\n");
    assertThat(changed("--since", "HEAD").out()).isEqualTo("web\n");
  }

  @Test
  void rootChangePrintsANoteOrEveryStack() throws Exception {
    write("stackgen.hcl", CATALOG.replace("state = \"local\"", "state = \"pg\""));
    Run r = changed("--since", "HEAD");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("stackgen changed: note: the root terragrunt.hcl differs from HEAD;"
        + " it affects every stack (--all-on-root lists them all)\n");
    assertThat(changed("--since", "HEAD", "--all-on-root").out()).isEqualTo("api\ndb\nweb\n");
  }

  @Test
  void dropInFilesAtTheRevisionAreRead() throws Exception {
    write("stackgen.d/extra.hcl", "stack \"extra\" {\n  tier = \"apps\"\n}\n");
    commit("drop-in");
    assertThat(changed("--since", "HEAD~1").out()).isEqualTo("extra\n");
    assertThat(changed("--since", "HEAD").out()).isEmpty();
    Files.delete(repo.resolve("stackgen.d/extra.hcl"));
    assertThat(changed("--since", "HEAD").out()).isEqualTo("extra\n");
  }

  @Test
  void templatesAtTheRevisionAreUsed() throws Exception {
    write("tpl/stack-terragrunt.hcl.ftl", """
        [#list file.preamble as line]
        [=line]
        [/#list]
        include "root" {
          path = find_in_parent_folders()
        }
        """);
    commit("templates");
    Run same = changed("--since", "HEAD", "--templates", repo.resolve("tpl").toString());
    assertThat(same.out()).as(same.toString()).isEmpty();
    write("tpl/stack-terragrunt.hcl.ftl", Files.readString(repo.resolve("tpl/stack-terragrunt.hcl.ftl"))
        + "prevent_destroy = true\n");
    assertThat(changed("--since", "HEAD", "--templates", repo.resolve("tpl").toString()).out())
        .isEqualTo("api\ndb\nweb\n");
  }

  @Test
  void noCatalogAtTheRevisionMeansEveryStackIsAdded() throws Exception {
    git("rm", "-q", "stackgen.hcl");
    commit("no catalog");
    git("checkout", "-q", "HEAD~1", "--", "stackgen.hcl");
    Run r = changed("--since", "HEAD");
    assertThat(r.out()).isEqualTo("api\ndb\nweb\n");
    assertThat(r.err()).isEqualTo("stackgen changed: note: stackgen.hcl does not exist at HEAD;"
        + " every stack counts as added\n");
  }

  @Test
  void worksFromASubFolderOfTheGitRepository() throws Exception {
    repo = git.resolve("infra");
    write("stackgen.hcl", CATALOG);
    commit("moved into infra/");
    write("stackgen.hcl", CATALOG.replace("replicas = 2", "replicas = 5"));
    assertThat(changed("--since", "HEAD").out()).isEqualTo("api\n");
  }

  @Test
  void errorsAreOneLineWithExitTwo() throws Exception {
    Run unknown = changed("--since", "nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("stackgen changed: unknown revision \"nope\" (not a commit in "
        + repo + ")\n");
    Run missing = changed();
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("stackgen changed: --since REV is required (see stackgen changed --help)\n");
    Run dash = changed("--since=--output=x");
    assertThat(dash.err()).isEqualTo("stackgen changed: invalid revision \"--output=x\"\n");
    write("stackgen.hcl", CATALOG);
    Files.writeString(repo.resolve("stackgen.hcl"), "stack {\n");
    commit("broken");
    write("stackgen.hcl", CATALOG);
    Run broken = changed("--since", "HEAD");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).startsWith("stackgen changed: the catalog at HEAD does not render: stackgen.hcl:");
    assertThat(broken.err().lines().count()).isEqualTo(1);
  }

  @Test
  void notAGitRepository(@TempDir Path plain) throws Exception {
    Files.writeString(plain.resolve("stackgen.hcl"), CATALOG);
    Run r = Run.of("changed", "--since", "HEAD", "-C", plain.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("stackgen changed: not a git repository (or not inside its working tree): "
        + plain + "\n");
  }
}
