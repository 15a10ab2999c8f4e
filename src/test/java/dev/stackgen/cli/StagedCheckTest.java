package dev.stackgen.cli;

import static dev.stackgen.testing.Tools.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import dev.stackgen.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --staged} checks the git index, i.e. what the commit will contain: untracked and
 * unstaged owned files, index deletions and orphans left in the index fail with the exact git
 * command, and running that command makes the check pass.
 */
class StagedCheckTest {
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
      """;
  static final String WITH_CACHE = CATALOG + """

      # Added later.
      stack "cache" {
        tier = "apps"
      }
      """;

  @TempDir
  Path tmp;
  Path git;
  Path repo;

  @BeforeEach
  void repository() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed (apt-get install -y git): skipping check --staged tests");
    git = Files.createDirectories(tmp.resolve("work"));
    repo = git;
    git(git, "init", "-q").ok();
  }

  private void commitAll() {
    git(git, "add", "-A").ok();
    git(git, "commit", "-q", "-m", "x").ok();
  }

  private Run staged() {
    return Run.in(repo, "check", "--staged");
  }

  /** Runs the git commands of the advice lines ("run: git ...") in the top of the git tree. */
  private void runGitAdvice(String out) {
    for (String line : out.lines().toList()) {
      if (line.startsWith("run: git ")) {
        Tools.run(git, Tools.hermeticEnv(tmp.resolve("home")), List.of("sh", "-c", line.substring(5))).ok();
      }
    }
  }

  @Test
  void aCleanIndexPasses() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    assertThat(Run.in(repo, "generate").exit()).isZero();
    commitAll();
    Run r = staged();
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("check: 3 files up to date\n");
  }

  @Test
  void anUntrackedGeneratedFileFailsWithTheGitAddToRun() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Run.in(repo, "generate");
    commitAll();
    Files.writeString(repo.resolve("stackgen.hcl"), WITH_CACHE);
    assertThat(Run.in(repo, "generate").exit()).isZero();
    git(git, "add", "stackgen.hcl").ok();
    assertThat(Run.in(repo, "check").exit()).as("the working tree is right").isZero();
    Run r = staged();
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("""
        unstaged      stacks/cache/terragrunt.hcl
        check --staged: 1 of 4 files out of date (1 unstaged)
        run: git add -- stacks/cache/terragrunt.hcl
        """);
    runGitAdvice(r.out());
    assertThat(staged().exit()).isZero();
  }

  @Test
  void anUnstagedEditToAGeneratedFileIsCheckedAsStaged() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Run.in(repo, "generate");
    commitAll();
    Path web = repo.resolve("stacks/web/terragrunt.hcl");
    String good = Files.readString(web);
    Files.writeString(web, good.replace("../db", "../dbx"));
    git(git, "add", "-A").ok();
    Files.writeString(web, good);
    Run r = staged();
    assertThat(r.exit()).as("the commit would hold the edit, whatever the working tree says").isEqualTo(1);
    assertThat(r.out()).contains("unstaged      stacks/web/terragrunt.hcl\n",
        "run: git add -- stacks/web/terragrunt.hcl\n");
    // and the reverse: a correct index with a bad working tree passes (the commit is right)
    git(git, "add", "-A").ok();
    Files.writeString(web, good.replace("../db", "../dbx"));
    assertThat(staged().exit()).isZero();
    Run diff = Run.in(repo, "check", "--staged", "--diff");
    assertThat(diff.exit()).isZero();
  }

  @Test
  void aStaleStagedFileShowsTheIndexDiffAndNeedsGenerate() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Run.in(repo, "generate");
    commitAll();
    Path web = repo.resolve("stacks/web/terragrunt.hcl");
    Files.writeString(web, Files.readString(web).replace("../db", "../dbx"));
    git(git, "add", "-A").ok();
    Run r = Run.in(repo, "check", "--staged", "--diff");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("stale         stacks/web/terragrunt.hcl\n--- a/stacks/web/terragrunt.hcl\n",
        "-  config_path  = \"../dbx\"\n+  config_path  = \"../db\"\n",
        "run: stackgen generate -C " + repo + " && git add -- stacks/web/terragrunt.hcl\n");
  }

  @Test
  void aDeletionOnlyCommitOfAnOwnedFileIsMissing() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Run.in(repo, "generate");
    commitAll();
    git(git, "rm", "-q", "stacks/web/terragrunt.hcl").ok();
    Run r = staged();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("missing       stacks/web/terragrunt.hcl\n")
        .endsWith("run: stackgen generate -C " + repo + " && git add -- stacks/web/terragrunt.hcl\n");
    // deleted in the working tree only: the commit still holds it, so the commit is right
    git(git, "reset", "-q", "--hard").ok();
    Files.delete(repo.resolve("stacks/web/terragrunt.hcl"));
    assertThat(staged().exit()).isZero();
  }

  @Test
  void anOrphanLeftInTheIndexFailsWithTheGitRmToRun() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), WITH_CACHE);
    Run.in(repo, "generate");
    commitAll();
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    assertThat(Run.in(repo, "generate", "--prune").exit()).isZero();
    git(git, "add", "stackgen.hcl", "terragrunt.hcl").ok();
    Run r = staged();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("""
        orphaned      stacks/cache/terragrunt.hcl
        check --staged: 1 of 3 files out of date (1 orphaned)
        run: git rm -q -- stacks/cache/terragrunt.hcl
        """);
    runGitAdvice(r.out());
    assertThat(staged().exit()).isZero();
  }

  @Test
  void aCatalogInASubFolderGetsPathsFromTheTopOfTheGitTree() throws Exception {
    repo = Files.createDirectories(git.resolve("infra dir"));
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Files.writeString(git.resolve("README"), "top\n");
    Run.in(repo, "generate");
    git(git, "add", "README", "infra dir/stackgen.hcl").ok();
    Run r = staged();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).endsWith("run: git add -- 'infra dir/terragrunt.hcl' 'infra dir/stacks/db/terragrunt.hcl'"
        + " 'infra dir/stacks/web/terragrunt.hcl'\n");
    runGitAdvice(r.out());
    assertThat(staged().exit()).isZero();
    Run json = Run.in(repo, "check", "--staged", "--format", "json");
    assertThat(json.out()).contains("\"clean\": true", "\"fix\": []");
  }

  @Test
  void outsideGitStagedIsAnError() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(plain.resolve("stackgen.hcl"), CATALOG);
    Run r = Run.in(plain, "check", "--staged");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("check --staged: not inside a git working tree: " + plain);
  }
}
