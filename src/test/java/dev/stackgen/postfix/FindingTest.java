package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void formatsWithAndWithoutLine() {
    assertThat(new Finding(Severity.ERROR, "a.cf", 3, "line-syntax", "bad").format())
        .isEqualTo("a.cf:3: error: [line-syntax] bad");
    assertThat(new Finding(Severity.INFO, "a.cf", 0, "x", "whole file").format())
        .isEqualTo("a.cf: info: [x] whole file");
  }

  @Test
  void relocatesIntoAnEnclosingFile() {
    assertThat(new Finding(Severity.ERROR, "o.cf", 2, "r", "m").relocate("variables.tf", 10))
        .isEqualTo(new Finding(Severity.ERROR, "variables.tf", 12, "r", "m"));
    assertThat(new Finding(Severity.ERROR, "o.cf", 0, "r", "m").relocate("variables.tf", 10).line()).isZero();
  }

  @Test
  void ordersByFileLineRuleMessage() {
    Finding a = new Finding(Severity.INFO, "a", 2, "b", "m");
    Finding b = new Finding(Severity.ERROR, "a", 10, "a", "m");
    Finding c = new Finding(Severity.ERROR, "a", 2, "a", "m");
    Finding d = new Finding(Severity.ERROR, "b", 1, "a", "m");
    List<Finding> list = new ArrayList<>(List.of(d, b, a, c));
    list.sort(Finding.ORDER);
    assertThat(list).containsExactly(c, a, b, d);
  }

  @Test
  void rejectsMultiLineMessagesAndNegativeLines() {
    assertThatThrownBy(() -> new Finding(Severity.ERROR, "f", 1, "r", "a\nb"))
        .hasMessage("message must be one line: a\nb");
    assertThatThrownBy(() -> new Finding(Severity.ERROR, "f", -1, "r", "m")).hasMessage("line must be >= 0: -1");
  }
}
