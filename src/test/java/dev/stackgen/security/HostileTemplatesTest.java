package dev.stackgen.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Repository templates are code that {@code check} runs in hooks and CI: they reach the view records
 * and nothing else of Java. Each hostile template is an error at its line, exit 2, nothing written.
 */
class HostileTemplatesTest {
  private static final String CATALOG = """
      stackgen {
        templates = "tpl"
      }

      root {
        tiers = { core = "0-core" }
      }

      stack "app" {
        tier = "core"
      }
      """;

  private static Path repo(Path dir, String template) throws Exception {
    Files.writeString(dir.resolve("stackgen.hcl"), CATALOG);
    Files.createDirectories(dir.resolve("tpl"));
    Files.writeString(dir.resolve("tpl/stack-terragrunt.hcl.ftl"), template);
    return dir;
  }

  private static void assertRefused(Path repo, Run run, String position, String reason) throws Exception {
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).contains(position).contains(reason);
    assertThat(repo.resolve("stacks")).doesNotExist();
    assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[#assign ex = \"freemarker.template.utility.Execute\"?new()][=ex(\"touch PWNED\")]",
      "[#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()][=oc(\"java.io.File\", \"PWNED\")]",
      "[#assign ex = '\"freemarker.template.utility.Execute\"?new()'?eval][=ex(\"touch PWNED\")]",
      "[#assign t = r'[#assign ex = \"freemarker.template.utility.Execute\"?new()][=ex(\"touch PWNED\")]'?interpret][@t/]",
  })
  void classInstantiationIsRefusedForCheckAndGenerate(String line, @TempDir Path dir) throws Exception {
    Path repo = repo(dir, "# hostile\n" + line + "\n");
    for (String command : new String[] {"check", "generate"}) {
      Run run = Run.in(repo, command);
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).contains("stack-terragrunt.hcl.ftl:").containsIgnoringCase("instantiat");
      assertThat(repo.resolve("PWNED")).doesNotExist();
      assertThat(Path.of("PWNED")).doesNotExist();
      assertThat(repo.resolve("stacks")).doesNotExist();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[=file.getClass().getName()]",
      "[=file.stack.getClass().getProtectionDomain()]",
      "[=file.items?api.getClass()]",
      "[=file.settings.stackDir(\"x\")]",
      "[=file.hashCode()]",
  })
  void nothingButTheViewsFieldsIsReachable(String expression, @TempDir Path dir) throws Exception {
    Path repo = repo(dir, "# line one\n# line two\n" + expression + "\n");
    Run run = Run.in(repo, "generate");
    assertRefused(repo, run, "stack-terragrunt.hcl.ftl:3:", "");
  }

  @Test
  void aRecursiveMacroFailsAtItsCallInsteadOfOverflowing(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "# top\n[#macro down n]\n  [@down n + 1/]\n[/#macro]\n[@down 0/]\n");
    Run run = Run.in(repo, "generate");
    assertRefused(repo, run, "stack-terragrunt.hcl.ftl:3:3: recursion too deep", "calls itself");
  }

  @Test
  void aRecursiveFunctionFailsAtItsCall(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "[#function f n]\n[#return f(n + 1)]\n[/#function]\n[=f(0)]\n");
    Run run = Run.in(repo, "check");
    assertRefused(repo, run, "stack-terragrunt.hcl.ftl:2:10: recursion too deep", "calls itself");
  }

  @Test
  void aTemplateThatIncludesItselfFails(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "# x\n[#include \"stack-terragrunt.hcl.ftl\"]\n");
    Run run = Run.in(repo, "generate");
    assertRefused(repo, run, "stack-terragrunt.hcl.ftl", "recursion too deep");
  }

  @Test
  void hugeOutputStopsAtTheWritingLine(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "# a\n[#list 1..2000000000 as i]\n[=\"x\"?left_pad(1000, \"y\")]\n[/#list]\n");
    Run run = Run.in(repo, "generate");
    assertRefused(repo, run, "stack-terragrunt.hcl.ftl:3:1: the template writes more than 4 MiB", "");
  }

  @Test
  void includesCannotLeaveTheTemplatesFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "TOP SECRET\n");
    for (String include : new String[] {"../secret.txt", "/../secret.txt", "../../secret.txt"}) {
      Path repo = repo(dir, "# a\n[#include \"" + include + "\"]\n");
      Run run = Run.in(repo, "generate");
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.out() + run.err()).doesNotContain("TOP SECRET");
      assertThat(repo.resolve("stacks")).doesNotExist();
    }
    Path repo = repo(dir, "# a\n[#import \"../secret.txt\" as s]\n");
    Run run = Run.in(repo, "check");
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.out() + run.err()).doesNotContain("TOP SECRET");
  }

  @Test
  void theBundledTemplatesStillRenderEveryFieldTheyUse(@TempDir Path dir) throws Exception {
    // A sandboxed override that reads documented fields and derived values keeps working.
    Path repo = repo(dir, "# [=file.name] [=file.stack.tier] [=file.settings.stacksDir] [=file.items?size]\n");
    Run run = Run.in(repo, "generate");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/app/terragrunt.hcl"))).isEqualTo("# app core stacks 0\n");
    try (Stream<Path> s = Files.list(repo)) {
      assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("PWNED");
    }
  }
}
