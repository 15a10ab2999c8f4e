package dev.stackgen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CaseCountTest {
  @Test
  void tooFewCasesFailWithWhatWasLookedFor() {
    assertThatThrownBy(() -> CaseCount.atLeast(3, "fixtures in x/", List.of("a", "b")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("fixtures in x/: found 2 cases, expected at least 3 (an emptied or mis-pathed folder?)");
    assertThatThrownBy(() -> CaseCount.atLeast(1, "none", Stream.empty())).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> CaseCount.exactly(2, "seeds", Stream.of(1, 2, 3)))
        .hasMessage("seeds: found 3 cases, expected 2");
  }

  @Test
  void enoughCasesPassThroughInOrder() {
    assertThat(CaseCount.atLeast(2, "x", List.of("b", "a", "c"))).containsExactly("b", "a", "c");
    assertThat(CaseCount.exactly(2, "x", Stream.of(2, 1))).containsExactly(2, 1);
  }
}
