package dev.stackgen.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.render.Templates;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that loops (practically) forever without writing stops at the time limit with an error
 * at the template line it was running, instead of hanging check in a hook or CI. The limit is lowered for the test.
 */
@org.junit.jupiter.api.Tag("hostile")
class TemplateTimeLimitTest {
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

  @BeforeEach
  void shortLimit() {
    System.setProperty(Templates.TIME_LIMIT_PROPERTY, "2000");
  }

  @AfterEach
  void defaultLimit() {
    System.clearProperty(Templates.TIME_LIMIT_PROPERTY);
  }

  private static Path repo(Path dir, String name, String template) throws Exception {
    Files.writeString(dir.resolve("stackgen.hcl"), CATALOG);
    Files.createDirectories(dir.resolve("tpl"));
    Files.writeString(dir.resolve("tpl").resolve(name), template);
    return dir;
  }

  @Test
  void anEndlessListStopsWithAnErrorAtTheTemplate(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "stack-terragrunt.hcl.ftl",
        "# a\n[#list 1..999999999 as x]\n[#list 1..999999999 as y][#if x == -1]never[/#if][/#list]\n[/#list]\n");
    {
      Run run = Run.in(repo, "check");
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString())
          .containsPattern("stack-terragrunt.hcl.ftl:[23]:[0-9]+: the template ran longer than 2 s");
    }
    assertThat(repo.resolve("stacks")).doesNotExist();
    assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
  }

  @Test
  void anEndlessLoopInAnIncludedTemplateStopsToo(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "stack-terragrunt.hcl.ftl", "# a\n[#include \"loop.inc\"]\n");
    Files.writeString(repo.resolve("tpl/loop.inc"),
        "[#list 1..999999999 as x][#list 1..999999999 as y][/#list][/#list]\n");
    Run run = Run.in(repo, "generate");
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(repo.resolve("stacks")).doesNotExist();
    assertThat(run.err()).as(run.toString()).containsPattern("loop.inc:1:[0-9]+: the template ran longer than 2 s");
  }

  @Test
  void aTemplateWithinTheLimitRendersAndTheThreadIsNotLeftInterrupted(@TempDir Path dir) throws Exception {
    Path repo = repo(dir, "stack-terragrunt.hcl.ftl", "# a\n[#list 1..1000 as x][/#list]# ok\n");
    Run run = Run.in(repo, "generate");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/app/terragrunt.hcl"))).contains("# ok");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
