package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  @TempDir Path repo;

  /**
   * Found by KilledGenerateTest: a run killed after writing a file but before its clean-up pass
   * left a temporary file that no later run removed, because that file was then up to date.
   */
  @Test
  void removesLeftoverTemporaryFilesEvenWhereNothingChanged() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { core = "0-core" }
        }
        stack "web" {
          tier  = "core"
          state = "local"
        }
        """);
    assertThat(Run.of("generate", "-C", repo.toString()).exit()).isZero();
    Path leftover = Files.writeString(repo.resolve("stacks/web/" + AtomicWriter.TEMP_PREFIX + "123.tmp"), "x");
    Path rootLeftover = Files.writeString(repo.resolve(AtomicWriter.TEMP_PREFIX + "456.tmp"), "x");
    Run again = Run.of("generate", "-C", repo.toString());
    assertThat(again.out()).isEqualTo("generate: 0 changed, 2 unchanged\n");
    assertThat(leftover).doesNotExist();
    assertThat(rootLeftover).doesNotExist();
  }

  @Test
  void dryRunAndCheckLeaveLeftoversAlone() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), "root {\n  tiers = { core = \"0-core\" }\n}\n");
    assertThat(Run.of("generate", "-C", repo.toString()).exit()).isZero();
    Path leftover = Files.writeString(repo.resolve(AtomicWriter.TEMP_PREFIX + "1.tmp"), "x");
    assertThat(Run.of("generate", "--dry-run", "-C", repo.toString()).exit()).isZero();
    assertThat(Run.of("check", "-C", repo.toString()).exit()).isZero();
    assertThat(leftover).exists();
  }
}
