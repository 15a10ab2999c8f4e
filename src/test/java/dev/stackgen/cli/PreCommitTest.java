package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Tools;
import dev.stackgen.testing.Tools.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped hook ({@code .pre-commit-hooks.yaml}) under the real {@code pre-commit}, configured as
 * docs/pre-commit.md says (a local clone of stackgen as {@code repo:}, pinned {@code rev:}): the
 * hook repository is a git repository holding this checkout's {@code .pre-commit-hooks.yaml} and a
 * {@code bin/stackgen} that runs the classes under test. Hermetic: its own HOME and PRE_COMMIT_HOME,
 * no network. A clean commit passes; stale, missing, untracked and deletion-only commits are refused.
 */
@Tag("slow")
class PreCommitTest {
  @TempDir
  Path tmp;
  Map<String, String> env;
  Path infra;

  private Proc in(Path dir, String... command) {
    return Tools.run(dir, env, List.of(command));
  }

  private Proc commit(String message) {
    return in(infra, "git", "commit", "-q", "-m", message);
  }

  private void reset() {
    in(infra, "git", "reset", "-q", "--hard").ok();
    in(infra, "git", "clean", "-q", "-fd").ok();
  }

  @Test
  void theHookRefusesEveryCommitWhoseGeneratedFilesAreWrong() throws Exception {
    Tools.require(Tools.onPath("pre-commit") && Tools.onPath("git"),
        "pre-commit or git not installed (apt-get install -y pre-commit git): skipping the real pre-commit test");
    env = Tools.hermeticEnv(Files.createDirectories(tmp.resolve("home")));
    env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
    env.put("PRE_COMMIT_COLOR", "never");

    // The hook repository: the shipped hook definition, and a launcher that runs the build under test.
    Path hooks = Files.createDirectories(tmp.resolve("stackgen"));
    Files.copy(Fixtures.repoRoot().resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
    Path launcher = Files.createDirectories(hooks.resolve("bin")).resolve("stackgen");
    // like bin/stackgen, it passes its own path for the advice it prints
    Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -Dstackgen.launcher=\"$0\" -Dstackgen.cacheDir='" + tmp.resolve("cache") + "' -cp '" + System.getProperty(
            "java.class.path")
        + "' dev.stackgen.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    in(hooks, "git", "init", "-q").ok();
    in(hooks, "git", "add", "-A").ok();
    in(hooks, "git", "commit", "-q", "-m", "hooks").ok();
    String rev = in(hooks, "git", "rev-parse", "HEAD").ok().out().strip();

    // The infra repository, configured as docs/pre-commit.md shows.
    infra = Files.createDirectories(tmp.resolve("infra"));
    Files.writeString(infra.resolve("stackgen.hcl"), StagedCheckTest.CATALOG);
    Files.writeString(infra.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hooks + "\n    rev: " + rev
        + "\n    hooks:\n      - id: stackgen-check\n");
    in(infra, "git", "init", "-q").ok();
    in(infra, "pre-commit", "install").ok();
    in(hooks.resolve("bin"), "./stackgen", "generate", "-C", infra.toString()).ok();
    in(infra, "git", "add", "-A").ok();
    Proc clean = commit("generated files as the catalog says");
    assertThat(clean.exit()).as(clean.out()).isZero();
    assertThat(clean.out()).contains("stackgen check --staged").contains("Passed");

    List<String> refused = new ArrayList<>();
    // stale: a generated file edited and staged
    Path web = infra.resolve("stacks/web/terragrunt.hcl");
    Files.writeString(web, Files.readString(web).replace("../db", "../dbx"));
    in(infra, "git", "add", "-A").ok();
    Proc stale = commit("stale");
    assertThat(stale.exit()).as(stale.out()).isNotZero();
    assertThat(stale.out()).contains("Failed", "stale         stacks/web/terragrunt.hcl");
    // The advice names the hook's own launcher (pre-commit's clone; stackgen is not on PATH) and works as printed.
    String advice = stale.out().lines().filter(l -> l.startsWith("run: ")).findFirst().orElseThrow().substring(5);
    assertThat(advice).matches(java.util.regex.Pattern.quote(tmp.resolve("pre-commit-home").toString())
        + "/repo[^/ ]+/bin/stackgen generate && git add -- stacks/web/terragrunt.hcl");
    in(infra, "sh", "-c", advice).ok();
    Proc afterAdvice = in(infra, "git", "commit", "-q", "--allow-empty", "-m", "fixed as advised (back to HEAD)");
    assertThat(afterAdvice.exit()).as(afterAdvice.out()).isZero();
    refused.add("stale");

    // missing: a stack added to the catalog, never generated
    Files.writeString(infra.resolve("stackgen.hcl"), StagedCheckTest.WITH_CACHE);
    in(infra, "git", "add", "stackgen.hcl").ok();
    refused.add(expectRefused("missing", "missing       stacks/cache/terragrunt.hcl"));

    // untracked: generated but not added; the printed git add fixes it
    in(hooks.resolve("bin"), "./stackgen", "generate", "-C", infra.toString()).ok();
    Proc untracked = commit("untracked");
    assertThat(untracked.exit()).as(untracked.out()).isNotZero();
    assertThat(untracked.out()).contains("unstaged      stacks/cache/terragrunt.hcl",
        "run: git add -- stacks/cache/terragrunt.hcl");
    refused.add("untracked");
    in(infra, "git", "add", "--", "stacks/cache/terragrunt.hcl").ok();
    Proc fixed = commit("new stack, generated and added");
    assertThat(fixed.exit()).as(fixed.out()).isZero();

    // deletion only: no file name to match, the hook must still run
    in(infra, "git", "rm", "-q", "stacks/web/terragrunt.hcl").ok();
    refused.add(expectRefused("deletion-only", "missing       stacks/web/terragrunt.hcl"));
    reset();

    // orphan: a stack removed from the catalog, its generated file still committed
    Files.writeString(infra.resolve("stackgen.hcl"), StagedCheckTest.CATALOG);
    in(infra, "git", "add", "stackgen.hcl").ok();
    refused.add(expectRefused("orphaned", "orphaned      stacks/cache/terragrunt.hcl",
        "run: git rm -q -- stacks/cache/terragrunt.hcl"));
    in(infra, "git", "rm", "-q", "--", "stacks/cache/terragrunt.hcl").ok();
    Proc pruned = commit("stack removed");
    assertThat(pruned.exit()).as(pruned.out()).isZero();
    assertThat(in(infra, "git", "status", "--porcelain").ok().out()).isEmpty();
    System.out.println("PreCommitTest: refused " + refused);
  }

  private String expectRefused(String what, String... lines) {
    Proc p = commit(what);
    assertThat(p.exit()).as(what + " commit must be refused:\n" + p.out()).isNotZero();
    assertThat(p.out()).as(what).contains("stackgen check --staged").contains("Failed").contains(lines);
    return what;
  }
}
