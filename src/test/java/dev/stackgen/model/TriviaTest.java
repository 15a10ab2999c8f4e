package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriviaTest {
  @Test
  void blankLinesBeforeTheFirstComment() {
    Trivia t = new Trivia(List.of("", "", "# a", "", "# b"));
    assertThat(t.leadingBlankLines()).isEqualTo(2);
    assertThat(t.fromFirstComment()).containsExactly("# a", "", "# b");
  }

  @Test
  void commentFromJavaText() {
    assertThat(Trivia.comment("one\n\ntwo").lines()).containsExactly("# one", "#", "# two");
  }

  @Test
  void linesCannotHoldNewlines() {
    assertThatThrownBy(() -> new Trivia(List.of("# a\n# b")))
        .hasMessage("trivia line contains a newline: # a\n# b");
  }
}
