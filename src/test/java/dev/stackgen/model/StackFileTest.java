package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackFileTest {
  @Test
  void anItemIsVerbatimOrAnOverlay() {
    Verbatim v = new Verbatim("variable \"x\" {}", new Trivia(List.of("# x")), SourceRef.NONE);
    PostfixOverlay o = new PostfixOverlay("postfix_cf", "v.tf", "dms-15", List.of(), new Trivia(List.of("", "# o")),
        SourceRef.NONE, 4);
    assertThat(new StackFile.Item(v, null).leading().lines()).containsExactly("# x");
    assertThat(new StackFile.Item(null, o).leading().lines()).containsExactly("", "# o");
    assertThatThrownBy(() -> new StackFile.Item(v, o)).hasMessage("a file item is either verbatim or an overlay");
    assertThatThrownBy(() -> new StackFile.Item(null, null)).hasMessage("a file item is either verbatim or an overlay");
  }

  @Test
  void itemsAreCopied() {
    var items = new java.util.ArrayList<StackFile.Item>(List.of(new StackFile.Item(Verbatim.of("a = 1"), null)));
    StackFile f = new StackFile("v.tf", items, Trivia.NONE, SourceRef.NONE);
    items.clear();
    assertThat(f.items()).hasSize(1);
  }

  @Test
  void overlayIndentMustNotBeNegative() {
    assertThatThrownBy(() -> new PostfixOverlay("p", "v.tf", "dms-15", List.of(), Trivia.NONE, SourceRef.NONE, -1))
        .hasMessage("heredoc_indent must not be negative");
  }
}
