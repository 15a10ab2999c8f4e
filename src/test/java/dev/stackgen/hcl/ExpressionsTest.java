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
        Arguments.of("\"a${b}\"",
            "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found \"a${b}\""),
        Arguments.of("\"%{if a}b%{endif}\"",
            "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found \"%{if a}b%{endif}\""),
        Arguments.of("var.x", "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found var.x"),
        Arguments.of("<<EOT\n${a}\nEOT",
            "f.hcl:1:5: expected a literal string without ${ } or %{ } sequences, found <<EOT..."),
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
    // the parser rejects a bad escape itself, as the official parser does
    assertThatThrownBy(() -> expr("\"ab\\x\"")).hasMessage("f.hcl:1:8: invalid escape sequence \"\\x\"");
    assertThatThrownBy(() -> expr("\"\\u12\""))
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
        expr(
            "merge(var.x, local.y[0].z, data.vault_kv_secret_v2.secrets.data, \"${module.m.out} var.no\", upper(x), each.value, x)");
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

  @Test
  void decodeLiteral() throws HclSyntaxException {
    Object v =
        Expressions.decodeLiteral(
            expr("{\n  a = \"x\" # c\n  \"b-c\" = [1, -2.5, true, null,]\n  d: { e = <<EOT\nhi\nEOT\n  }\n}"));
    java.util.Map<String, Object> expected = new java.util.LinkedHashMap<>();
    expected.put("a", "x");
    expected.put("b-c", java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5"), true, null));
    expected.put("d", java.util.Map.of("e", "hi\n"));
    assertThat(v).isEqualTo(expected);
    assertThat(new java.util.ArrayList<Object>(((java.util.Map<?, ?>) v).keySet())).containsExactly("a", "b-c", "d");
    assertThat(Expressions.decodeLiteral(expr("[]"))).isEqualTo(java.util.List.of());
    assertThat(Expressions.decodeLiteral(expr("{}"))).isEqualTo(java.util.Map.of());
  }

  static Stream<Arguments> badLiterals() {
    return Stream.of(
        Arguments.of("[1, var.x]",
            "f.hcl:1:9: expected a literal value, found \"var\" (references are not allowed here)"),
        Arguments.of("{ a = 1, a = 2 }", "f.hcl:1:14: duplicate object key \"a\""),
        Arguments.of("[\"a${b}\"]", "f.hcl:1:8: expected a literal string without ${ } or %{ } sequences"),
        Arguments.of("1 + 2", "f.hcl:1:7: unexpected \"+\" after the value"),
        Arguments.of("- x", "f.hcl:1:7: expected a number after \"-\", found \"x\""),
        Arguments.of("f(1)", "f.hcl:1:5: expected a literal value, found \"f\" (references are not allowed here)"));
  }

  @Test
  void malformedValuesAreSyntaxErrorsOfTheParser() {
    assertThatThrownBy(() -> expr("[1 2]"))
        .hasMessage("f.hcl:1:8: expected \",\" or \"]\" after a tuple element, found number 2");
    assertThatThrownBy(() -> expr("{ a 1 }"))
        .hasMessage("f.hcl:1:9: expected \"=\" after the key, found number 1");
  }

  @ParameterizedTest
  @MethodSource("badLiterals")
  void decodeLiteralRejectsNonLiterals(String src, String message) throws HclSyntaxException {
    Expression e = expr(src);
    assertThatThrownBy(() -> Expressions.decodeLiteral(e)).hasMessage(message);
  }

  @Test
  void deepLiteralNestingIsASyntaxError() throws HclSyntaxException {
    Expression e = expr("[".repeat(50_000) + "]".repeat(50_000));
    assertThatThrownBy(() -> Expressions.decodeLiteral(e))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessage("f.hcl:1:261: values are nested more than 256 levels deep");
  }

  @Test
  void decodeStringList() throws HclSyntaxException {
    assertThat(Expressions.decodeStringList(expr("[\n  \"a\", # c\n  \"b\\n\",\n]"))).containsExactly("a", "b\n");
    assertThat(Expressions.decodeStringList(expr("[]"))).isEmpty();
    assertThatThrownBy(() -> Expressions.decodeStringList(expr("[\"a\", 1]")))
        .hasMessage("f.hcl:1:11: expected a string in the list, found \"1\"");
    assertThatThrownBy(() -> Expressions.decodeStringList(expr("\"a\"")))
        .hasMessage("f.hcl:1:5: expected a list of strings, found quoted string");
  }
}
