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
    String values = run(dir, List.of("fish", "-N", "-c", "source '" + script + "'; complete -C 'stackgen check --format '"));
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
