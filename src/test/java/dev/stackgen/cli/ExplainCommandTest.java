package dev.stackgen.cli;

import static dev.stackgen.testing.Tools.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import dev.stackgen.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stackgen explain} names the catalog line behind a generated line, and {@code check} (also
 * {@code --staged}, the hook) names it for the first line a hand edit changed.
 */
class ExplainCommandTest {
  static final Path HOMELAB = Path.of("stacks-fixtures/homelab");
  static final Pattern MADE_BY = Pattern.compile("line (\\d+) differs; it is made by stackgen\\.hcl:(\\d+)");

  @TempDir
  Path tmp;

  @Test
  void explainsOneLineWithTheWholeRepoRelativePathAndTheRealFileLine() throws Exception {
    String file = "stacks/mailserver/modules/mailserver/variables.tf";
    List<String> lines = Files.readAllLines(HOMELAB.resolve(file));
    int at = lines.indexOf("postscreen_cache_map =") + 1;
    Run r = Run.in(HOMELAB, "explain", file + ":" + at);
    assertThat(r.exit()).as(r.toString()).isZero();
    Matcher m = Pattern.compile("^" + Pattern.quote(file + ":" + at) + ": stackgen\\.hcl:(\\d+) \\(template "
        + "postfix-variables\\.tf\\.ftl:\\d+\\)\tpostscreen_cache_map =\n$").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    List<String> catalog = Files.readAllLines(HOMELAB.resolve("stackgen.hcl"));
    assertThat(catalog.get(Integer.parseInt(m.group(1)) - 1)).contains("postscreen_cache_map = \"\"");
  }

  @Test
  void explainsAWholeFileAsJson() {
    Run r = Run.in(HOMELAB, "explain", "stacks/ntfy/main.tf", "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("{\n  \"path\": \"stacks/ntfy/main.tf\",\n  \"lines\": [\n    {\"line\": 1, ");
    assertThat(r.out()).contains("\"catalog\": {\"file\": \"stackgen.hcl\", \"line\": ");
  }

  @Test
  void aFileStackgenDoesNotGenerateIsAnErrorWithADidYouMean() {
    Run r = Run.in(HOMELAB, "explain", "stacks/ntfy/main.ft");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(
        "stacks/ntfy/main.ft is not a file stackgen generates; did you mean stacks/ntfy/main.tf?");
    Run past = Run.in(HOMELAB, "explain", "stacks/ntfy/main.tf:9999");
    assertThat(past.exit()).isEqualTo(2);
    assertThat(past.err()).contains("lines, not 9999");
  }

  @Test
  void aHandEditAfterImportIsRefusedByTheHookWithTheCatalogLineToEdit() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed (apt-get install -y git): skipping the hook test");
    Path repo = Fixtures.copyTree(Path.of("stacks-fixtures/handwritten-repo"), tmp.resolve("repo"));
    git(repo, "init", "-q").ok();
    Run imported = Run.in(repo, "import");
    assertThat(imported.exit()).as(imported.toString()).isZero();
    assertThat(Run.in(repo, "generate").exit()).isZero();
    git(repo, "add", "-A").ok();
    git(repo, "commit", "-q", "-m", "adopt stackgen").ok();
    assertThat(Run.in(repo, "check", "--staged").exit()).isZero();

    Path vault = repo.resolve("stacks/vault/terragrunt.hcl");
    String before = Files.readString(vault);
    Files.writeString(vault, before.replace("ci_roles = [\"ci\", \"renovate\"]",
        "ci_roles = [\"ci\", \"renovate\", \"x\"]"));
    git(repo, "add", "-A").ok();
    Run hook = Run.in(repo, "check", "--staged");
    assertThat(hook.exit()).as(hook.toString()).isEqualTo(1);
    Matcher m = MADE_BY.matcher(hook.out());
    assertThat(m.find()).as(hook.out()).isTrue();
    int fileLine = Integer.parseInt(m.group(1));
    assertThat(before.lines().toList().get(fileLine - 1)).contains("ci_roles = [\"ci\", \"renovate\"]");
    List<String> catalog = Files.readAllLines(repo.resolve("stackgen.hcl"));
    assertThat(catalog.get(Integer.parseInt(m.group(2)) - 1)).contains("ci_roles = [\"ci\", \"renovate\"]");
    assertThat(hook.out()).contains("edit the catalog there, generate overwrites this file");

    // The same line from check on the working tree.
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains(m.group());
  }

  @Test
  void postfixEffectiveOriginsNameTheRealFileLineAndTheCatalogLine() throws Exception {
    Run r = Run.in(HOMELAB, "postfix", "effective", "--stack", "mailserver", "--origins");
    assertThat(r.exit()).as(r.toString()).isZero();
    String file = "stacks/mailserver/modules/mailserver/variables.tf";
    List<String> generated = Files.readAllLines(HOMELAB.resolve(file));
    List<String> catalog = Files.readAllLines(HOMELAB.resolve("stackgen.hcl"));
    Pattern origin = Pattern.compile("^# " + Pattern.quote(file) + ":(\\d+) \\(catalog stackgen\\.hcl:(\\d+)\\)$");
    List<String> out = r.out().lines().toList();
    int checked = 0;
    for (int i = 0; i + 1 < out.size(); i++) {
      Matcher m = origin.matcher(out.get(i));
      if (m.matches()) {
        String name = out.get(i + 1).substring(0, out.get(i + 1).indexOf(" ="));
        assertThat(generated.get(Integer.parseInt(m.group(1)) - 1)).startsWith(name + " =");
        assertThat(catalog.get(Integer.parseInt(m.group(2)) - 1)).contains(name);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(r.out()).doesNotContain("# modules/mailserver/variables.tf:");
  }

  @Test
  void checkStackLooksOnlyAtThoseStacksAndSuggestsAName() throws Exception {
    Path repo = Fixtures.copyTree(HOMELAB, tmp.resolve("homelab"));
    Path vault = repo.resolve("stacks/vault/terragrunt.hcl");
    Files.writeString(vault, Files.readString(vault).replace("\"renovate\"", "\"renovate\", \"x\""));
    Run other = Run.in(repo, "check", "--stack", "ntfy", "--stack", "mailserver");
    assertThat(other.exit()).as(other.toString()).isZero();
    assertThat(other.out()).isEqualTo("check: 4 files up to date\n");
    Run it = Run.in(repo, "check", "--stack", "vault");
    assertThat(it.exit()).isEqualTo(1);
    assertThat(it.out()).startsWith("stale         stacks/vault/terragrunt.hcl\n");
    Run typo = Run.in(repo, "check", "--stack", "valt");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("--stack valt: no such stack in the catalog; did you mean vault?");
  }
}
