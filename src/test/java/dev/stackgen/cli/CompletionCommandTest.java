package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stackgen completion}: the bash script, sourced in a real bash, completes commands, options and
 * option values from the command table; the zsh and fish scripts pass their shells' syntax check, and
 * fish's own completer answers from it. {@code --help} of every command shows examples.
 */
class CompletionCommandTest {
  private static String run(Path dir, List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static boolean has(String shell) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, shell))) {
        return true;
      }
    }
    return false;
  }

  private static Path script(Path dir, String shell) throws Exception {
    Run r = Run.of("completion", shell);
    assertThat(r.exit()).as(r.toString()).isZero();
    Path file = dir.resolve("stackgen." + shell);
    Files.writeString(file, r.out());
    return file;
  }

  /** What {@code _stackgen} offers for the words (the last one being completed), one per line, sorted. */
  private static String bashComplete(Path dir, Path script, String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append("'");
    }
    String program = "source '" + script + "'\n"
        + "COMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
        + "_stackgen\nprintf '%s\\n' \"${COMPREPLY[@]}\" | sort\n";
    return run(dir, List.of("bash", "-c", program));
  }

  @Test
  void bashCompletesCommandsOptionsAndValues(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(has("bash"), "bash not installed");
    Path script = script(dir, "bash");
    assertThat(bashComplete(dir, script, "stackgen", "")).isEqualTo(String.join("\n",
        "--help", "--version", "changed", "check", "completion", "explain", "fmt", "generate", "graph", "import",
        "lsp", "migrate", "new", "postfix", ""));
    assertThat(bashComplete(dir, script, "stackgen", "g")).isEqualTo("generate\ngraph\n");
    assertThat(bashComplete(dir, script, "stackgen", "check", "--")).contains("--diff\n", "--format\n",
        "--templates\n", "--directory\n", "--help\n").doesNotContain("--prune");
    assertThat(bashComplete(dir, script, "stackgen", "check", "--format", "")).isEqualTo("json\ntext\n");
    assertThat(bashComplete(dir, script, "stackgen", "graph", "--format", "m")).isEqualTo("mermaid\n");
    assertThat(bashComplete(dir, script, "stackgen", "postfix", "")).isEqualTo("effective\nlint\n");
    assertThat(bashComplete(dir, script, "stackgen", "completion", "")).isEqualTo("bash\nfish\nzsh\n");
    assertThat(bashComplete(dir, script, "stackgen", "migrate", "")).isEqualTo("root-hcl\n");
    assertThat(bashComplete(dir, script, "stackgen", "new", "x", "--kind", "")).isEqualTo("app\nmodule\n");
    Files.createDirectories(dir.resolve("infra-repo"));
    Files.writeString(dir.resolve("infra-file"), "");
    assertThat(bashComplete(dir, script, "stackgen", "generate", "-C", "infra")).isEqualTo("infra-repo\n");
    assertThat(bashComplete(dir, script, "stackgen", "-C", "infra")).isEqualTo("infra-repo\n");
    assertThat(bashComplete(dir, script, "stackgen", "-C", "infra-repo", "ch")).isEqualTo("changed\ncheck\n");
    assertThat(bashComplete(dir, script, "stackgen", "fmt", "infra")).isEqualTo("infra-file\ninfra-repo\n");
  }

  /**
   * A stand-in {@code stackgen} on PATH for the shells: answers {@code __complete} as the real one does for
   * a catalog with stacks alpha and beta and tiers core and edge (gamma for the catalog {@code -C elsewhere}
   * names), and fails on anything else. The real {@code __complete} is tested in-process below.
   */
  private static Path fakeStackgen(Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path fake = bin.resolve("stackgen");
    Files.writeString(fake, "#!/bin/sh\ncase \"$*\" in\n"
        + "  '__complete stacks') printf 'alpha\\nbeta\\n' ;;\n"
        + "  '-C elsewhere __complete stacks') printf 'gamma\\n' ;;\n"
        + "  '__complete tiers') printf 'core\\nedge\\n' ;;\n"
        + "  *) echo \"unexpected: $*\" >&2; exit 2 ;;\nesac\n");
    fake.toFile().setExecutable(true);
    return bin;
  }

  private static String runWithPath(Path dir, Path bin, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static String bashCompleteWithPath(Path dir, Path bin, Path script, String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append("'");
    }
    String program = "source '" + script + "'\n"
        + "COMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1) + "\n"
        + "_stackgen\nprintf '%s\\n' \"${COMPREPLY[@]}\" | sort\n";
    return runWithPath(dir, bin, List.of("bash", "-c", program));
  }

  @Test
  void bashCompletesStackAndTierNamesFromTheCatalog(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(has("bash"), "bash not installed");
    Path script = script(dir, "bash");
    Path bin = fakeStackgen(dir);
    for (String command : List.of("check", "generate", "graph", "postfix")) {
      assertThat(bashCompleteWithPath(dir, bin, script, "stackgen", command, "--stack", ""))
          .as(command).isEqualTo("alpha\nbeta\n");
    }
    assertThat(bashCompleteWithPath(dir, bin, script, "stackgen", "check", "--stack", "b")).isEqualTo("beta\n");
    assertThat(bashCompleteWithPath(dir, bin, script, "stackgen", "-C", "elsewhere", "graph", "--stack", ""))
        .isEqualTo("gamma\n");
    assertThat(bashCompleteWithPath(dir, bin, script, "stackgen", "new", "x", "--tier", "")).isEqualTo("core\nedge\n");
    assertThat(bashCompleteWithPath(dir, bin, script, "stackgen", "new", "x", "--depends-on", "alpha,b"))
        .isEqualTo("alpha,beta\n");
  }

  @Test
  void zshAndFishCompleteStackNamesFromTheCatalog(@TempDir Path dir) throws Exception {
    Path bin = fakeStackgen(dir);
    if (has("zsh")) {
      Path script = script(dir, "zsh");
      // compadd stubbed to print what it is given: the names _stackgen_names offers
      String out = runWithPath(dir, bin, List.of("zsh", "-fc", "autoload -U compinit && compinit -u -D && source '"
          + script + "' && compadd() { print -l -- ${(P)${@[-1]}} }"
          + " && words=(check --stack '') && _stackgen_prog=stackgen && _stackgen_names stacks"));
      assertThat(out).isEqualTo("alpha\nbeta\n");
      assertThat(Files.readString(script)).contains("'--stack[").contains(":_stackgen_names stacks'");
    } else {
      System.out.println("zsh not installed (apt-get install zsh): skipping the zsh stack-name check");
    }
    if (has("fish")) {
      Path script = script(dir, "fish");
      String out = runWithPath(dir, bin, List.of("fish", "-N", "-c",
          "source '" + script + "'; complete -C 'stackgen check --stack '"));
      assertThat(out.lines().map(l -> l.split("\t")[0]).sorted().toList()).containsExactly("alpha", "beta");
      String tiers = runWithPath(dir, bin, List.of("fish", "-N", "-c",
          "source '" + script + "'; complete -C 'stackgen new x --tier '"));
      assertThat(tiers.lines().map(l -> l.split("\t")[0]).sorted().toList()).containsExactly("core", "edge");
    } else {
      System.out.println("fish not installed (apt-get install fish): skipping the fish stack-name check");
    }
  }

  /** The hidden command the scripts call: the catalog's names, one per line; nothing at all on any error. */
  @Test
  void hiddenCompleteCommandPrintsTheCatalogsNamesAndNothingOnError(@TempDir Path dir) throws Exception {
    Path repo = dev.stackgen.testing.Fixtures.copyTree(dev.stackgen.testing.Fixtures.fixturesDir().resolve("minimal"),
        dir.resolve("repo"));
    dev.stackgen.model.Catalog catalog = dev.stackgen.catalog.CatalogReader.read(repo);
    Run stacks = Run.in(repo, "__complete", "stacks");
    assertThat(stacks.exit()).isZero();
    assertThat(stacks.out()).isEqualTo(String.join("", catalog.stacks().stream().map(s -> s.name() + "\n").toList()))
        .isNotEmpty();
    Run tiers = Run.in(repo, "__complete", "tiers");
    assertThat(tiers.out()).isEqualTo(String.join("", catalog.root().tiers().stream().map(t -> t.name() + "\n")
        .toList()))
        .isNotEmpty();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(repo.resolve("stackgen.hcl"), "stack \"broken\" {\n");
    for (Path where : List.of(empty, repo)) {
      Run r = Run.in(where, "__complete", "stacks");
      assertThat(r.exit()).isZero();
      assertThat(r.out() + r.err()).as(where.toString()).isEmpty();
    }
    assertThat(Run.of("--help").out()).doesNotContain("__complete");
    assertThat(Run.of("completion", "bash").out()).doesNotContain("__complete stacks|");
  }

  @Test
  void everyCommandAndEveryOptionIsInEveryScript() throws Exception {
    for (String shell : CompletionCommand.SHELLS) {
      String text = Run.of("completion", shell).out();
      for (Command c : Main.commands().values()) {
        assertThat(text).as("%s completion names %s", shell, c.name()).contains(c.name());
        for (var o : Main.withCommonOptions(c.options()).getOptions()) {
          assertThat(text).as("%s completion of %s has --%s", shell, c.name(), o.getLongOpt())
              .contains(shell.equals("fish") ? "-l " + o.getLongOpt() : "--" + o.getLongOpt());
        }
      }
    }
    Run bad = Run.of("completion", "tcsh");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("expected one of bash, zsh, fish");
  }

  @Test
  void zshScriptIsValidAndLoads(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(has("zsh"), "zsh not installed (apt-get install zsh): skipping the zsh syntax check");
    Path script = script(dir, "zsh");
    run(dir, List.of("zsh", "-n", script.toString()));
    String out = run(dir, List.of("zsh", "-fc",
        "autoload -U compinit && compinit -u -D && source '" + script + "' && print -r -- ${_comps[stackgen]}"));
    assertThat(out.strip()).isEqualTo("_stackgen");
  }

  @Test
  void fishCompletesFromTheScript(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(has("fish"), "fish not installed (apt-get install fish): skipping the fish check");
    Path script = script(dir, "fish");
    run(dir, List.of("fish", "-n", script.toString()));
    String commands = run(dir, List.of("fish", "-N", "-c", "source '" + script + "'; complete -C 'stackgen gen'"));
    assertThat(commands).startsWith("generate\t");
    String values = run(dir, List.of("fish", "-N", "-c", "source '" + script
        + "'; complete -C 'stackgen check --format '"));
    assertThat(values.lines().map(l -> l.split("\t")[0]).sorted().toList()).containsExactly("json", "text");
  }

  @Test
  void helpOfEveryCommandEndsWithExamplesOfThatCommand() {
    for (Command c : Main.commands().values()) {
      Run help = Run.of(c.name(), "--help");
      assertThat(help.exit()).isZero();
      String examples = help.out().substring(help.out().indexOf("examples:\n"));
      assertThat(HelpExamples.of(c.name())).as("examples of %s", c.name()).isNotEmpty();
      for (String e : HelpExamples.of(c.name())) {
        assertThat(e).as("an example of %s runs it", c.name()).contains("stackgen " + c.name());
        assertThat(examples).contains("  " + e + "\n");
      }
    }
  }

  @Test
  void versionNamesTheCommit() {
    Run v = Run.of("--version");
    assertThat(v.exit()).isZero();
    assertThat(v.out()).matches("stackgen \\S+ \\(commit ([0-9a-f]{12}(-dirty)?|unknown)\\)\n");
  }
}
