package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void labelsAreLowerCase() {
    assertThat(Severity.ERROR.label()).isEqualTo("error");
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThat(Severity.INFO.label()).isEqualTo("info");
  }
}
