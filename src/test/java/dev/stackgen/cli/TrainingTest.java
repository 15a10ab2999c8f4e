package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingTest {
  @Test
  void everyTrainingStepEndsAsExpected() throws Exception {
    assertThat(Training.train()).isZero();
  }
}
