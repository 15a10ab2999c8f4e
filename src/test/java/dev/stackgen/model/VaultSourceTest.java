package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VaultSourceTest {
  @Test
  void ofQuotesMountAndName() {
    VaultSource v = VaultSource.of("secrets", "secret", "shared/openai");
    assertThat(v.mount()).isEqualTo(Attr.of("mount", new Expr("\"secret\"")));
    assertThat(v.path()).isEqualTo(Attr.of("name", new Expr("\"shared/openai\"")));
    assertThat(v.extra()).isEmpty();
  }

  @Test
  void attributesMustHaveTheirNames() {
    assertThatThrownBy(() -> new VaultSource("s", Attr.of("name", Expr.string("x")), Attr.of("name",
        Expr.string("x")), List.of(), Trivia.NONE, "", SourceRef.NONE))
        .hasMessage("vault source mount attribute must be named mount, not name");
    assertThatThrownBy(() -> new VaultSource("s", Attr.of("mount", Expr.string("x")), Attr.of("path",
        Expr.string("x")), List.of(), Trivia.NONE, "", SourceRef.NONE))
        .hasMessage("vault source path attribute must be named name, not path");
    assertThatThrownBy(() -> new VaultSource("s", Attr.of("mount", Expr.string("x")), Attr.of("name",
        Expr.string("x")), List.of(Attr.of("mount", Expr.string("y"))), Trivia.NONE, "", SourceRef.NONE))
        .hasMessage("vault source s: mount given twice");
    assertThatThrownBy(() -> VaultSource.of("a b", "secret", "x"))
        .hasMessage("vault source label is not an HCL identifier: a b");
  }
}
