package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HclLexerTest {
  private static String types(String src) {
    return HclLexer.scan(src).stream().map(t -> t.type().name()).collect(Collectors.joining(" "));
  }

  private static String print(List<Token> toks) {
    return toks.stream().map(t -> t.before() + t.text()).collect(Collectors.joining());
  }

  @Test
  void concatenationReproducesInput() {
    for (String s : Samples.INPUTS) {
      assertThat(print(HclLexer.scan(s))).as(s).isEqualTo(s);
    }
  }

  @Test
  void lastTokenIsEofWithTrailingWhitespace() {
    List<Token> toks = HclLexer.scan("a = 1\n  \t");
    Token eof = toks.get(toks.size() - 1);
    assertThat(eof.type()).isEqualTo(TokenType.EOF);
    assertThat(eof.before()).isEqualTo("  \t");
    assertThat(eof.line()).isEqualTo(2);
    assertThat(eof.column()).isEqualTo(4);
  }

  @Test
  void attributeTokens() {
    assertThat(types("a = 1\n")).isEqualTo("IDENT EQUAL NUMBER_LIT NEWLINE EOF");
  }

  @Test
  void lineCommentIncludesItsNewline() {
    List<Token> toks = HclLexer.scan("a = 1 # hi\r\nb");
    assertThat(toks.get(3).type()).isEqualTo(TokenType.COMMENT);
    assertThat(toks.get(3).text()).isEqualTo("# hi\r\n");
    assertThat(toks.get(3).endsLine()).isTrue();
    assertThat(toks.get(4).line()).isEqualTo(2);
  }

  @Test
  void blockCommentDoesNotIncludeNewline() {
    assertThat(types("/* a\nb */\n")).isEqualTo("COMMENT NEWLINE EOF");
  }

  @Test
  void quotedStringWithInterpolation() {
    assertThat(types("\"a${b.c}d\""))
        .isEqualTo("OQUOTE QUOTED_LIT TEMPLATE_INTERP IDENT DOT IDENT TEMPLATE_SEQ_END QUOTED_LIT CQUOTE EOF");
  }

  @Test
  void escapedTemplateSequencesAreLiteral() {
    assertThat(types("\"$${a} %%{b} \\\" $x\"")).isEqualTo("OQUOTE QUOTED_LIT CQUOTE EOF");
  }

  @Test
  void heredocTokens() {
    List<Token> toks = HclLexer.scan("a = <<-EOT\n  x ${y}\n  EOT\n");
    assertThat(toks.stream().map(Token::type).toList())
        .containsExactly(
            TokenType.IDENT,
            TokenType.EQUAL,
            TokenType.OHEREDOC,
            TokenType.STRING_LIT,
            TokenType.TEMPLATE_INTERP,
            TokenType.IDENT,
            TokenType.TEMPLATE_SEQ_END,
            TokenType.STRING_LIT,
            TokenType.CHEREDOC,
            TokenType.NEWLINE,
            TokenType.EOF);
    assertThat(toks.get(2).text()).isEqualTo("<<-EOT\n");
    assertThat(toks.get(3).text()).isEqualTo("  x ");
    assertThat(toks.get(7).text()).isEqualTo("\n");
    assertThat(toks.get(8).text()).isEqualTo("  EOT");
  }

  @Test
  void heredocMarkerAfterInterpolationOnSameLineIsNotAMarker() {
    assertThat(types("a = <<EOT\n${x}EOT\nEOT\n"))
        .isEqualTo(
            "IDENT EQUAL OHEREDOC TEMPLATE_INTERP IDENT TEMPLATE_SEQ_END STRING_LIT CHEREDOC NEWLINE EOF");
  }

  @Test
  void heredocWithCrlf() {
    List<Token> toks = HclLexer.scan("a = <<EOT\r\nx\r\nEOT\r\n");
    assertThat(toks.get(3).text()).isEqualTo("x\r\n");
    assertThat(toks.get(4).type()).isEqualTo(TokenType.CHEREDOC);
    assertThat(toks.get(4).text()).isEqualTo("EOT");
    assertThat(toks.get(5).text()).isEqualTo("\r\n");
  }

  @Test
  void heredocIntroducerWithoutNewlineIsLessThans() {
    assertThat(types("<<EOT")).isEqualTo("LESS_THAN LESS_THAN IDENT EOF");
  }

  @Test
  void operators() {
    assertThat(types("== != <= >= && || :: ... => ? : ! . , * / % + - < > = ~ ^ ; & |"))
        .isEqualTo(
            "EQUAL_OP NOT_EQUAL LESS_THAN_EQ GREATER_THAN_EQ AND OR DOUBLE_COLON ELLIPSIS FAT_ARROW"
                + " QUESTION COLON BANG DOT COMMA STAR SLASH PERCENT PLUS MINUS LESS_THAN GREATER_THAN"
                + " EQUAL BITWISE_NOT BITWISE_XOR SEMICOLON BITWISE_AND BITWISE_OR EOF");
  }

  @Test
  void numbers() {
    List<Token> toks = HclLexer.scan("1 1.5 1e5 2E-3 1. 1e");
    assertThat(toks.stream().map(Token::text).toList())
        .containsExactly("1", "1.5", "1e5", "2E-3", "1", ".", "1", "e", "");
  }

  @Test
  void identifiersMayContainDashesAndUnicode() {
    List<Token> toks = HclLexer.scan("foo-bar_1 é日本");
    assertThat(toks.get(0).text()).isEqualTo("foo-bar_1");
    assertThat(toks.get(1).text()).isEqualTo("é日本");
    assertThat(toks.get(1).column()).isEqualTo(11);
  }

  @Test
  void templateClosedWithTilde() {
    assertThat(types("\"%{~ if a ~}x%{ endif ~}\""))
        .isEqualTo(
            "OQUOTE TEMPLATE_CONTROL IDENT IDENT TEMPLATE_SEQ_END QUOTED_LIT TEMPLATE_CONTROL IDENT"
                + " TEMPLATE_SEQ_END CQUOTE EOF");
  }

  @Test
  void nestedBracesInsideInterpolation() {
    assertThat(types("\"${ {a = 1} }\""))
        .isEqualTo(
            "OQUOTE TEMPLATE_INTERP OBRACE IDENT EQUAL NUMBER_LIT CBRACE TEMPLATE_SEQ_END CQUOTE EOF");
  }

  @Test
  void positionsCountCharactersNotBytes() {
    List<Token> toks = HclLexer.scan("a = \"é😀\" b\n\tc");
    Token b = toks.get(5);
    assertThat(b.text()).isEqualTo("b");
    assertThat(b.column()).isEqualTo(10);
    Token c = toks.get(7);
    assertThat(c.line()).isEqualTo(2);
    assertThat(c.column()).isEqualTo(2);
    assertThat(c.before()).isEqualTo("\t");
  }

  @Test
  void bomIsKeptInFirstTokenWhitespace() {
    List<Token> toks = HclLexer.scan("\uFEFFa");
    assertThat(toks.get(0).before()).isEqualTo("\uFEFF");
    assertThat(toks.get(0).spacesBefore()).isEqualTo(3);
    assertThat(toks.get(0).column()).isEqualTo(1);
  }

  @Test
  void lexRejectsBadCharacters() {
    assertThatThrownBy(() -> HclLexer.lex("a = 1\nb = $\n", "f.hcl"))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessage("f.hcl:2:5: invalid character \"$\"");
  }

  @Test
  void lexRejectsUnterminatedBlockComment() {
    assertThatThrownBy(() -> HclLexer.lex("a = 1 /* x", "f.hcl"))
        .hasMessage("f.hcl:1:7: unterminated /* comment");
  }

  @Test
  void lexRejectsUnpairedSurrogate() {
    assertThatThrownBy(() -> HclLexer.lex("a = \"\uD800\"", "f.hcl"))
        .hasMessage("f.hcl:1:6: invalid UTF-8 encoding");
  }

  /** Found by FuzzTest: the heredoc scanner stopped inside a surrogate pair and called it bad UTF-8. */
  @Test
  void astralCharactersInHeredocsAreValid() throws Exception {
    String src = "a = <<EOT\n\ud83d\ude00 x \ud83d\ude00\nEOT\n";
    assertThat(types(src)).isEqualTo("IDENT EQUAL OHEREDOC STRING_LIT CHEREDOC NEWLINE EOF");
    assertThat(HclLexer.lex(src, "f.hcl")).hasSize(7);
  }

  /** Found by FuzzTest: U+2028 and U+0085 in a message broke the one-line error contract. */
  @Test
  void invisibleInvalidCharactersAreNamedByCodePoint() {
    assertThatThrownBy(() -> HclLexer.lex("a = \u2028\n", "f.hcl"))
        .hasMessage("f.hcl:1:5: invalid character U+2028");
    assertThatThrownBy(() -> HclLexer.lex("a = \u0085\n", "f.hcl"))
        .hasMessage("f.hcl:1:5: invalid character U+0085");
  }
}
