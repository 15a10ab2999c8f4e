package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariableTest {
  @Test
  void derivedFormIsOneLineString() {
    Variable v = Variable.string("tls_secret_name");
    assertThat(v.oneLine()).isTrue();
    assertThat(v.type()).contains(new Expr("string"));
    assertThat(v.sensitive()).isFalse();
    assertThat(v.defaultValue()).isEmpty();
    assertThat(v.description()).isEmpty();
  }

  @Test
  void typedAccessorsReadTheAttributes() {
    Variable v = Variable.of("s", List.of(Attr.of("description", Expr.string("d")),
        Attr.of("sensitive", Expr.bool(true)), Attr.of("default", Expr.string(""))));
    assertThat(v.sensitive()).isTrue();
    assertThat(v.description()).contains(Expr.string("d"));
    assertThat(v.defaultValue()).contains(new Expr("\"\""));
    assertThat(v.type()).isEmpty();
  }

  @Test
  void oneLineHoldsAtMostOneAttribute() {
    assertThatThrownBy(() -> new Variable("x", List.of(Attr.of("type", new Expr("string")),
        Attr.of("default", Expr.string(""))), List.of(), true, Trivia.NONE, "", "", Trivia.NONE, SourceRef.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a one-line variable block holds at most one one-line attribute without comments: x");
  }

  @Test
  void attributeTwiceAndBadName() {
    assertThatThrownBy(() -> Variable.of("x", List.of(Attr.of("type", new Expr("string")),
        Attr.of("type", new Expr("number"))))).hasMessage("attribute given twice in variable x: type");
    assertThatThrownBy(() -> Variable.string("1x")).hasMessage("variable name is not an HCL identifier: 1x");
  }
}
