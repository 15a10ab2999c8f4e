package dev.stackgen.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog from a pull request is input, not an instruction to use any amount of memory or to write
 * over stackgen's own files: counts are bounded, catalog files have a size limit, and no generated
 * path may be the catalog, a drop-in, .git or the templates folder.
 */
@org.junit.jupiter.api.Tag("hostile")
class HostileCatalogTest {
  private static final String ROOT = """
      root {
        tiers = { core = "0-core" }
      }
      """;

  private static long filesUnder(Path repo) throws Exception {
    try (Stream<Path> s = Files.walk(repo)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  private static void assertRefused(Path repo, Run run, String error) throws Exception {
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).contains(error);
    assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
    assertThat(repo.resolve("stacks")).doesNotExist();
  }

  @Test
  void aHugeLeadingBlankLineCountIsAnErrorAtItsEntry(@TempDir Path repo) throws Exception {
    String catalog = "stackgen {\n  leading_blank_lines = { \"stacks/a/terragrunt.hcl\" = 2000000000 }\n}\n"
        + ROOT + "stack \"a\" {\n  tier = \"core\"\n}\n";
    Files.writeString(repo.resolve("stackgen.hcl"), catalog);
    Run run = Run.in(repo, "generate");
    assertRefused(repo, run, "stackgen.hcl:2:");
    assertThat(run.err()).contains("leading_blank_lines allows at most 1000 blank lines");
    // the largest allowed count still works
    Files.writeString(repo.resolve("stackgen.hcl"), catalog.replace("2000000000", "1000"));
    Run ok = Run.in(repo, "generate");
    assertThat(ok.exit()).as(ok.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/a/terragrunt.hcl"))).startsWith("\n".repeat(1000) + "#");
  }

  @Test
  void anOversizedCatalogFileIsOneClearError(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), ROOT + "stack \"a\" {\n  tier = \"core\"\n}\n");
    Files.createDirectories(repo.resolve("stackgen.d"));
    byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(repo.resolve("stackgen.d/big.hcl"))) {
      for (int i = 0; i < 16 * 1024 + 1; i++) {
        out.write(line);
      }
    }
    for (String command : new String[] {"check", "generate"}) {
      Run run = Run.in(repo, command);
      assertRefused(repo, run, "stackgen.d/big.hcl: the catalog file is larger than 16 MiB");
    }
  }

  @Test
  void rootFileMayNotBeTheCatalog(@TempDir Path repo) throws Exception {
    String catalog = "stackgen {\n  root_file = \"stackgen.hcl\"\n}\n" + ROOT + "stack \"a\" {\n  tier = \"core\"\n}\n";
    Files.writeString(repo.resolve("stackgen.hcl"), catalog);
    Run run = Run.in(repo, "generate", "--adopt");
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("stackgen.hcl:2:15: the catalog would generate stackgen.hcl, which is the catalog"
        + " itself");
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(catalog);
    assertThat(filesUnder(repo)).isEqualTo(1);
  }

  @Test
  void aStackMayNotWriteIntoTheDropInFolderGitOrTheTemplates(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve("stackgen.d"));
    Files.createDirectories(repo.resolve("tpl"));
    String[][] cases = {
        {"stackgen {\n  stacks_dir = \".\"\n}\n", "stackgen.d", "a catalog drop-in"},
        {"stackgen {\n  stacks_dir = \".\"\n  templates = \"tpl\"\n}\n", "tpl", "in the templates folder"},
        {"stackgen {\n  stacks_dir = \".git\"\n}\n", "hooks", "inside .git"},
    };
    for (String[] c : cases) {
      String catalog = c[0] + ROOT + "stack \"" + c[1] + "\" {\n  tier = \"core\"\n}\n";
      Files.writeString(repo.resolve("stackgen.hcl"), catalog);
      int stackLine = (int) catalog.substring(0, catalog.indexOf("stack \"")).lines().count() + 1;
      Run run = Run.in(repo, "generate", "--adopt");
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).contains("stackgen.hcl:" + stackLine + ":1: the catalog would generate")
          .contains(c[2]);
      assertThat(filesUnder(repo)).as(run.toString()).isEqualTo(1);
      // check says the same, with or without a check cache (F8: a cached check said 0)
      for (int i = 0; i < 2; i++) {
        Run check = Run.in(repo, "check");
        assertThat(check.exit()).as(check.toString()).isEqualTo(2);
        assertThat(check.err()).as(check.toString()).contains("stackgen.hcl:" + stackLine + ":1: the catalog would"
            + " generate").contains(c[2]);
      }
    }
  }

  @Test
  void aSharedFileMayNotBeADropIn(@TempDir Path repo) throws Exception {
    String catalog = "stackgen {\n  stacks_dir = \".\"\n}\n" + ROOT + "stack \"a\" {\n  tier = \"core\"\n}\n"
        + "shared \"stackgen.d/evil.hcl\" {\n  locals {\n    x = 1\n  }\n}\n";
    Files.writeString(repo.resolve("stackgen.hcl"), catalog);
    Run run = Run.in(repo, "generate", "--adopt");
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).contains("a catalog drop-in");
    assertThat(repo.resolve("stackgen.d")).doesNotExist();
  }
}
