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
@org.junit.jupiter.api.Tag("hostile")
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

  /**
   * Templates built at run time ({@code ?interpret}, {@code ?eval}) would escape the time limit's
   * checks, so each is refused where it is written, before anything runs: class instantiation, an
   * endless list, endless recursion, huge output, and {@code ?interpret} smuggled through {@code ?eval}.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "[#assign ex = '\"freemarker.template.utility.Execute\"?new()'?eval][=ex(\"touch PWNED\")]",
      "[#assign t = r'[#assign ex = \"freemarker.template.utility.Execute\"?new()][=ex(\"touch PWNED\")]'?interpret][@t/]",
      "[#assign t = r'[#list 1..999999999 as x][#list 1..999999999 as y][/#list][/#list]'?interpret][@t/]",
      "[#assign t = r'[#macro m][@m/][/#macro][@m/]'?interpret][@t/]",
      "[#assign t = r'[#list 1..2000000000 as i]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx[/#list]'?interpret][@t/]",
      "[#assign t = r'[#list 1..999999999 as x][#list 1..999999999 as y][/#list][/#list]' ? interpret][@t/]",
      "[#assign s = \"x?inter\" + \"pret\"][#assign t = ('\"[#list 1..999999999 as x][/#list]\"' + s)?eval][@t/]",
  })
  void templatesBuiltAtRunTimeAreRefusedWhereTheyAreWritten(String line, @TempDir Path dir) throws Exception {
    Path repo = repo(dir, "# hostile\n" + line + "\n");
    for (String command : new String[] {"check", "generate"}) {
      long start = System.nanoTime();
      Run run = Run.in(repo, command);
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err().strip()).as(run.toString()).doesNotContain("\n")
          .containsPattern("stack-terragrunt.hcl.ftl:2:[0-9]+: \\?(interpret|eval) is not allowed");
      assertThat(System.nanoTime() - start).as("refused before running").isLessThan(5_000_000_000L);
      assertThat(repo.resolve("PWNED")).doesNotExist();
      assertThat(Path.of("PWNED")).doesNotExist();
      assertThat(repo.resolve("stacks")).doesNotExist();
      assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
    }
  }

  @Test
  void anIncludedTemplateBuildingOneAtRunTimeIsRefusedAtItsOwnLine(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "# a\n[#include \"parts/loop.inc\"]\n");
    Files.createDirectories(repo.resolve("tpl/parts"));
    Files.writeString(repo.resolve("tpl/parts/loop.inc"),
        "# one\n# two\n[#assign t = r'[#list 1..999999999 as x][/#list]'?interpret][@t/]\n");
    Run run = Run.in(repo, "check");
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).contains("parts/loop.inc:3:").contains("?interpret is not allowed");
    assertThat(repo.resolve("stacks")).doesNotExist();
    // ?eval_json (data, not a template) stays allowed
    Files.writeString(repo.resolve("tpl/parts/loop.inc"), "# [='{\"a\": 1}'?eval_json.a]\n");
    Run ok = Run.in(repo, "generate");
    assertThat(ok.exit()).as(ok.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/app/terragrunt.hcl"))).isEqualTo("# a\n# 1\n");
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
