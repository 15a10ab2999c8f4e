package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WarningTest {
  @Test
  void printsLikeACompilerWarning() {
    assertThat(new Warning(new SourceRef("stackgen.hcl", 3, 5), "x is unused").toString())
        .isEqualTo("stackgen.hcl:3:5: warning: x is unused");
  }

  @Test
  void messageIsRequired() {
    assertThatThrownBy(() -> new Warning(SourceRef.NONE, " ")).hasMessage("warning message must not be blank");
  }
}
