package dev.stackgen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/java-api.md's first java block is a complete class {@code Example}: compiled against the
 * library's classes and its runtime dependencies only (no commons-cli, which library users do not get)
 * and run in its own JVM.
 */
class JavaApiDocTest {
  /** The first {@code ```java} block of docs/java-api.md. */
  static String example() throws Exception {
    String doc = Files.readString(Fixtures.repoRoot().resolve("docs/java-api.md"));
    int start = doc.indexOf("```java\n");
    assertThat(start).as("docs/java-api.md has a java block").isPositive();
    start += "```java\n".length();
    return doc.substring(start, doc.indexOf("```", start));
  }

  /** target/classes and the library's own runtime dependencies (what a Maven user gets). */
  static List<String> libraryClasspath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> out = new ArrayList<>();
    for (String entry : cp.split(File.pathSeparator)) {
      String name = entry.replace('\\', '/');
      if (name.endsWith("target/classes") || name.endsWith("target/classes/") || name.contains("/freemarker-")
          || name.contains("/java-diff-utils-")) {
        out.add(entry);
      }
    }
    return out;
  }

  @Test
  void theExampleCompilesAgainstTheLibraryAloneAndRuns(@TempDir Path dir) throws Exception {
    String source = example();
    assertThat(source).contains("public class Example").contains("import dev.stackgen.Stackgen;");
    Files.writeString(dir.resolve("Example.java"), source);
    List<String> classpath = libraryClasspath();
    assertThat(classpath).as("classpath %s", classpath).hasSize(3);
    assertThat(String.join(":", classpath)).doesNotContain("commons-cli");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
    int compiled = javac.run(null, diagnostics, diagnostics, "-d", dir.toString(), "-cp",
        String.join(File.pathSeparator, classpath), "-Xlint:all", "-Werror", dir.resolve("Example.java").toString());
    assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    List<String> command = new ArrayList<>(Arrays.asList(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        dir + File.pathSeparator + String.join(File.pathSeparator, classpath), "Example"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("renders stacks/mailserver/variables.tf\n")
        .contains("clean before generate: false, 4 files to write\n")
        .contains("created stacks/mailserver/terragrunt.hcl\n")
        .contains("clean after generate: true\n")
        .contains("mailserver files checked: 2\n")
        .contains("waves: [[platform], [mailserver]]\n")
        .contains("effective postscreen_cache_map: postscreen_cache_map =\n")
        .contains("dependency \"state-db\" {\n  config_path  = \"../state-db\"\n")
        .contains("missing stacks/wiki/terragrunt.hcl\n")
        .contains("orphaned stacks/platform/terragrunt.hcl\n")
        .contains("import: [mailserver, platform], 4/4 files identical\n")
        .contains("new: created stacks/webmail/terragrunt.hcl\n");
  }
}
