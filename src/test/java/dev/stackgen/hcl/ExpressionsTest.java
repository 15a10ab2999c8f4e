package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionsTest {
  static Expression expr(String src) throws HclSyntaxException {
    return HclParser.parse("x = " + src + "\n", "f.hcl").body().attributes().get(0).expression();
  }

  static Stream<Arguments> strings() {
    return Stream.of(
        Arguments.of("\"plain\"", "plain"),
        Arguments.of("\"\"", ""),
        Arguments.of("\"a\\nb\\tc\\rd\"", "a\nb\tc\rd"),
        Arguments.of("\"q\\\"b\\\\s\"", "q\"b\\s"),
        Arguments.of("\"\\u00e9\\U0001F600\"", "é😀"),
        Arguments.of("\"$${x} %%{y} $x %z $$\"", "${x} %{y} $x %z $$"),
        Arguments.of("\"$$${x}\"", "$${x}"),
        Arguments.of("\"héllo ✓\"", "héllo ✓"),
        Arguments.of("<<EOT\nline1\n  line2\nEOT", "line1\n  line2\n"),
        Arguments.of("<<-EOT\n    a\n      b\n\n    EOT", "a\n  b\n\n"),
        Arguments.of("<<-EOT\n    a\n  \n\t  b\n    EOT", " a\n  \nb\n"),
        Arguments.of("<<EOT\n$${x} \\n\nEOT", "${x} \\n\n"),
        Arguments.of("<<EOT\nEOT", ""));
  }

  @ParameterizedTest
  @MethodSource("strings")
  void decodeString(String src, String value) throws HclSyntaxException {
    Expression e = expr(src);
    assertThat(Expressions.isStringLiteral(e)).isTrue();
    assertThat(Expressions.decodeString(e)).isEqualTo(value);
  }

  static Stream<Arguments> notStrings() {
    return Stream.of(
        Arguments.of("\"a${b}\"", "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found \"a${b}\""),
        Arguments.of("\"%{if a}b%{endif}\"", "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found \"%{if a}b%{endif}\""),
        Arguments.of("var.x", "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found var.x"),
        Arguments.of("<<EOT\n${a}\nEOT", "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found <<EOT..."),
        Arguments.of("\"a\" # c", null));
  }

  @ParameterizedTest
  @MethodSource("notStrings")
  void decodeStringRejectsNonLiterals(String src, String message) throws HclSyntaxException {
    Expression e = expr(src);
    if (message == null) {
      assertThat(Expressions.decodeString(e)).isEqualTo("a");
      return;
    }
    assertThat(Expressions.isStringLiteral(e)).isFalse();
    assertThatThrownBy(() -> Expressions.decodeString(e)).hasMessage(message);
  }

  @Test
  void invalidEscapePointsAtTheBackslash() throws HclSyntaxException {
    Expression e = expr("\"ab\\x\"");
    assertThatThrownBy(() -> Expressions.decodeString(e)).hasMessage("f.hcl:1:8: invalid escape sequence \"\\x\"");
    Expression u = expr("\"\\u12\"");
    assertThatThrownBy(() -> Expressions.decodeString(u))
        .hasMessage("f.hcl:1:6: invalid escape sequence: \\u needs 4 hex digits");
  }

  @Test
  void bools() throws HclSyntaxException {
    assertThat(Expressions.decodeBool(expr("true"))).isTrue();
    assertThat(Expressions.decodeBool(expr("false"))).isFalse();
    assertThat(Expressions.isBoolLiteral(expr("yes"))).isFalse();
    assertThatThrownBy(() -> Expressions.decodeBool(expr("\"true\"")))
        .hasMessage("f.hcl:1:5: expected true or false, found \"true\"");
  }

  @Test
  void numbers() throws HclSyntaxException {
    assertThat(Expressions.decodeNumber(expr("42"))).isEqualByComparingTo(new BigDecimal("42"));
    assertThat(Expressions.decodeNumber(expr("-1.5e3"))).isEqualByComparingTo(new BigDecimal("-1500"));
    assertThat(Expressions.isNumberLiteral(expr("1 + 2"))).isFalse();
    assertThatThrownBy(() -> Expressions.decodeNumber(expr("1 + 2")))
        .hasMessage("f.hcl:1:5: expected a number, found 1 + 2");
  }

  @Test
  void references() throws HclSyntaxException {
    Expression e =
        expr("merge(var.x, local.y[0].z, data.vault_kv_secret_v2.secrets.data, \"${module.m.out} var.no\", foo.bar(), each.value, x)");
    assertThat(Expressions.references(e))
        .extracting(Reference::path)
        .containsExactly(
            "var.x", "local.y", "data.vault_kv_secret_v2.secrets.data", "module.m.out", "each.value");
    Reference first = Expressions.references(e).get(0);
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.column()).isEqualTo(11);
    assertThat(first.root()).isEqualTo("var");
  }

  @Test
  void referencesInsideHeredocInterpolation() throws HclSyntaxException {
    Expression e = expr("<<EOT\nhello ${var.name}\nEOT");
    assertThat(Expressions.references(e)).containsExactly(new Reference("var.name", 2, 9));
  }
}
