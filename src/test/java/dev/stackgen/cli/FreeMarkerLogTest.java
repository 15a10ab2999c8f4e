package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.ChildJvm;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FreeMarker's own log goes nowhere in the stackgen process ({@link Main#quietFreeMarker}): a template whose
 * {@code [#attempt]} fails and whose {@code [#recover]} handles it renders without a dated Java stack
 * trace on standard error, unless the JVM is told to log through {@code java.util.logging}.
 */
class FreeMarkerLogTest {
  private static final String CATALOG = """
      root {
        tiers = { app = "app" }
      }

      stack "web" {
        tier = "app"
      }
      """;

  /** {@code generate --templates REPO/tpl} in a child JVM with {@code jvmOptions}: exit code and standard error. */
  private static String[] generate(Path repo, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>(ChildJvm.stackgen("generate", "--templates", repo.resolve("tpl").toString(),
        "-C", repo.toString()));
    command.addAll(1, List.of(jvmOptions));
    File err = File.createTempFile("stackgen-err", ".log");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(err.toPath(), StandardCharsets.UTF_8);
    Files.delete(err.toPath());
    return new String[] {String.valueOf(p.exitValue()), text};
  }

  private static Path repo(Path dir) throws Exception {
    Files.writeString(dir.resolve("stackgen.hcl"), CATALOG);
    Path tpl = Files.createDirectories(dir.resolve("tpl"));
    String stack = Files.readString(Path.of("templates", "stack-terragrunt.hcl.ftl"));
    Files.writeString(tpl.resolve("stack-terragrunt.hcl.ftl"),
        "[#attempt][=no_such_value.field][#recover][/#attempt]" + stack);
    return dir;
  }

  @Test
  void aRecoveredAttemptPrintsNothingOnStandardError(@TempDir Path dir) throws Exception {
    String[] run = generate(repo(dir));
    assertThat(run[0]).as(run[1]).isEqualTo("0");
    assertThat(run[1]).isEmpty();
    assertThat(dir.resolve("stacks/web/terragrunt.hcl")).exists();
  }

  @Test
  void anExplicitLoggerChoiceStillWins(@TempDir Path dir) throws Exception {
    String[] run = generate(repo(dir), "-D" + Main.FREEMARKER_LOGGER + "=JUL");
    assertThat(run[0]).as(run[1]).isEqualTo("0");
    assertThat(run[1]).contains("SEVERE: Error executing FreeMarker template part in the #attempt block")
        .contains("no_such_value");
  }
}
