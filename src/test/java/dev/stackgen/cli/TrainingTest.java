package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
  @Test
  void everyTrainingStepEndsAsExpected() throws Exception {
    assertThat(Training.train()).isZero();
  }

  @Test
  void theParallelStepChecksACatalogLargeEnoughToRenderAndCompareInParallel(@TempDir Path dir) throws Exception {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
    assertThat(Training.parallel(dir, nowhere)).isZero();
    // 64 stacks (the renderer goes parallel from 32) and the root file: 65 files (the compare from 64)
    try (var files = Files.walk(dir.resolve("stacks"))) {
      assertThat(files.filter(p -> p.endsWith("terragrunt.hcl")).count()).isEqualTo(Training.PARALLEL_STACKS);
    }
    assertThat(dir.resolve("terragrunt.hcl")).exists();
  }
}
