package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HclEscaperTest {
  static Stream<Arguments> quoted() {
    return Stream.of(
        Arguments.of("", "\"\""),
        Arguments.of("plain", "\"plain\""),
        Arguments.of("a\"b", "\"a\\\"b\""),
        Arguments.of("back\\slash", "\"back\\\\slash\""),
        Arguments.of("l1\nl2\r\tx", "\"l1\\nl2\\r\\tx\""),
        Arguments.of("\u0001\u001f\u007f", "\"\\u0001\\u001f\\u007f\""),
        Arguments.of("${x}", "\"$${x}\""),
        Arguments.of("%{if}", "\"%%{if}\""),
        Arguments.of("$x %y $ % {", "\"$x %y $ % {\""),
        Arguments.of("$${x}", "\"$$${x}\""),
        Arguments.of("héllo ✓ 😀", "\"héllo ✓ 😀\""));
  }

  @ParameterizedTest
  @MethodSource("quoted")
  void quotedTable(String value, String literal) throws HclSyntaxException {
    assertThat(HclEscaper.quoted(value)).isEqualTo(literal);
    assertThat(Expressions.decodeString(ExpressionsTest.expr(literal))).isEqualTo(value);
  }

  @Test
  void quotedRoundTripsRandomStrings() throws HclSyntaxException {
    Random rnd = new Random(7);
    String alphabet = "ab $%{}\"\\\n\r\t\u0000\u0007é✓😀~";
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(12);
      for (int k = 0; k < len; k++) {
        int idx = alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length())));
        sb.appendCodePoint(alphabet.codePointAt(idx));
      }
      String value = sb.toString();
      String literal = HclEscaper.quoted(value);
      assertThat(Expressions.decodeString(ExpressionsTest.expr(literal))).as(literal).isEqualTo(value);
      String attribute = "x = " + literal + "\n";
      assertThat(HclFormatter.isCanonical(attribute)).as(attribute).isTrue();
      if (value.replace("\r\n", "").contains("\r")) {
        assertThatThrownBy(() -> HclEscaper.heredocBody(value))
            .isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      String body = HclEscaper.heredocBody(value);
      String delim = HclEscaper.heredocDelimiter(body, "EOT");
      Expression heredoc = ExpressionsTest.expr("<<" + delim + "\n" + body + delim);
      String expected = value.isEmpty() || value.endsWith("\n") ? value : value + "\n";
      assertThat(Expressions.decodeString(heredoc)).as(body).isEqualTo(expected);
    }
  }

  @Test
  void quotedRejectsUnpairedSurrogates() {
    assertThatThrownBy(() -> HclEscaper.quoted("a\uD800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value contains an unpaired surrogate at index 1");
  }

  static Stream<Arguments> heredocBodies() {
    return Stream.of(
        Arguments.of("", ""),
        Arguments.of("a\n", "a\n"),
        Arguments.of("a", "a\n"),
        Arguments.of("${x} and %{y}\n", "$${x} and %%{y}\n"),
        Arguments.of("\"quotes\" \\n stay\n", "\"quotes\" \\n stay\n"));
  }

  @ParameterizedTest
  @MethodSource("heredocBodies")
  void heredocBodyTable(String value, String body) throws HclSyntaxException {
    assertThat(HclEscaper.heredocBody(value)).isEqualTo(body);
    String delim = HclEscaper.heredocDelimiter(body, "EOT");
    Expression e = ExpressionsTest.expr("<<" + delim + "\n" + body + delim);
    assertThat(Expressions.decodeString(e)).isEqualTo(value.isEmpty() || value.endsWith("\n") ? value : value + "\n");
  }

  static Stream<Arguments> delimiters() {
    return Stream.of(
        Arguments.of("a\n", "EOT", "EOT"),
        Arguments.of("a\n", "POLICY", "POLICY"),
        Arguments.of("POLICY\n", "POLICY", "EOT"),
        Arguments.of("EOT\n", "EOT", "EOF"),
        Arguments.of("  EOT  \nEOF\n", "EOT", "EOT1"),
        Arguments.of("EOT\nEOF\nEOT1\nEOT2\n", "EOT", "EOT3"),
        Arguments.of("xEOT\n", "EOT", "EOT"));
  }

  @ParameterizedTest
  @MethodSource("delimiters")
  void heredocDelimiterTable(String body, String preferred, String expected) {
    assertThat(HclEscaper.heredocDelimiter(body, preferred)).isEqualTo(expected);
  }

  @Test
  void heredocBodyRejectsLoneCarriageReturn() {
    assertThatThrownBy(() -> HclEscaper.heredocBody("a\rb\r\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a heredoc cannot contain a carriage return not followed by a newline (index 1)");
  }

  @Test
  void heredocDelimiterMustBeIdentifier() {
    assertThatThrownBy(() -> HclEscaper.heredocDelimiter("", "1X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc delimiter must be an identifier: 1X");
  }

  @Test
  void printableEscapesLineBreaksControlsAndInvisibleCharacters() {
    assertThat(HclEscaper.printable("plain \"text\" \ud83d\ude00 \u00e9")).isEqualTo(
        "plain \"text\" \ud83d\ude00 \u00e9");
    assertThat(HclEscaper.printable("a\nb\rc\u0000d\u2028e\u0085f\u200bg\ud800"))
        .isEqualTo("a\\u000ab\\u000dc\\u0000d\\u2028e\\u0085f\\u200bg\\ud800");
  }

  /** Found by FuzzTest: an error quoting a 6,000-character name was a 6,000-character line. */
  @Test
  void oneLineCutsHugeWords() {
    String name = "x".repeat(100);
    assertThat(HclEscaper.oneLine("f:1:2: unknown stack \"" + name + "\" here\n"))
        .isEqualTo("f:1:2: unknown stack \"" + "x".repeat(59) + "... here\\u000a");
    assertThat(HclEscaper.oneLine("short words stay")).isEqualTo("short words stay");
  }
}
