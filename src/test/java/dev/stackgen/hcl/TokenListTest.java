package dev.stackgen.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lexer's tokens hold offsets into the source and nodes hold views of one token array (issue 23):
 * both must answer exactly what the eager record and copied lists answered.
 */
class TokenListTest {
  private static List<String> inputs() {
    List<String> all = new ArrayList<>(Samples.INPUTS);
    HclInputGenerator gen = new HclInputGenerator(23L, Samples.INPUTS);
    for (int n = 0; n < 300; n++) {
      all.add(gen.next());
    }
    return all;
  }

  /** A token made eagerly from its strings, as the record was. */
  private static Token eager(Token t) {
    return new Token(t.type(), t.text(), t.line(), t.column(), t.offset(), t.before());
  }

  @Test
  void lazyTokensEqualEagerOnesAndRebuildTheSource() {
    for (String src : inputs()) {
      List<Token> lazy = HclLexer.scan(src);
      StringBuilder rebuilt = new StringBuilder();
      List<Token> eager = new ArrayList<>();
      for (Token t : lazy) {
        Token e = eager(t);
        assertEquals(e, t, src);
        assertEquals(e.hashCode(), t.hashCode(), src);
        assertEquals(e.toString(), t.toString(), src);
        assertEquals(e.end(), t.end(), src);
        assertEquals(e.length(), t.text().length(), src);
        assertEquals(e.spacesBefore(), t.spacesBefore(), src);
        assertEquals(e.endsLine(), t.endsLine(), src);
        assertEquals(t.text().isBlank(), t.isBlank(), src);
        assertEquals(t.offset() + t.text().length(), t.end(), src);
        assertEquals(src.substring(t.offset(), t.end()), t.text(), src);
        rebuilt.append(t.before()).append(t.text());
        eager.add(e);
      }
      assertEquals(src, rebuilt.toString());
      assertEquals(src, Tokens.print(lazy));
      assertEquals(src, Tokens.print(eager), "eager tokens print the same, one by one");
      assertEquals(Tokens.text(eager), Tokens.text(lazy), src);
    }
  }

  @Test
  void spacesBeforeCountsUtf8Bytes() {
    Token t = HclLexer.scan("\uFEFFa = 1").get(0);
    assertEquals("\uFEFF", t.before());
    assertEquals(3, t.spacesBefore());
    assertEquals(2, HclLexer.scan("a  = 1").get(1).spacesBefore());
  }

  @Test
  void viewsAnswerLikeCopiedSubLists() {
    Random rnd = new Random(23);
    for (String src : inputs()) {
      List<Token> all = HclLexer.scan(src);
      List<Token> copy = new ArrayList<>(all);
      for (int n = 0; n < 20; n++) {
        int from = rnd.nextInt(all.size() + 1);
        int to = from + rnd.nextInt(all.size() - from + 1);
        List<Token> view = all.subList(from, to);
        List<Token> expected = copy.subList(from, to);
        assertEquals(expected, view);
        assertEquals(expected.hashCode(), view.hashCode());
        assertEquals(expected.size(), view.size());
        assertEquals(printEach(expected), Tokens.print(view), src);
        if (!view.isEmpty()) {
          assertEquals(textEach(expected), Tokens.text(view), src);
          int a = rnd.nextInt(view.size() + 1);
          int b = a + rnd.nextInt(view.size() - a + 1);
          assertEquals(expected.subList(a, b), view.subList(a, b), "a view of a view");
          assertEquals(printEach(expected.subList(a, b)), Tokens.print(view.subList(a, b)));
        }
        assertSame(view, TokenList.of(view), "a view is kept, not copied");
      }
    }
  }

  @Test
  void nonContiguousTokensPrintOneByOne() {
    List<Token> all = HclLexer.scan("a = 1 # c\nb = 2\n");
    List<Token> picked = TokenList.of(List.of(all.get(0), all.get(2), all.get(4)));
    assertEquals("a 1b", Tokens.print(picked));
    assertEquals("a 1b", Tokens.text(picked));
    assertEquals(List.of(all.get(0), all.get(2), all.get(4)), picked);
  }

  @Test
  void viewsAreUnmodifiableAndChecked() {
    List<Token> all = HclLexer.scan("a = 1\n");
    assertThrows(UnsupportedOperationException.class, () -> all.add(all.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> all.set(0, all.get(1)));
    assertThrows(UnsupportedOperationException.class, () -> all.subList(0, 2).remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> all.subList(1, 3).get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> all.subList(1, 3).get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> all.subList(2, 1));
    List<Token> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> TokenList.of(withNull));
  }

  @Test
  void nodesHoldViewsOfTheFilesTokens() throws HclSyntaxException {
    HclFile file = HclParser.parse("b \"x\" {\n  # c\n  a = 1 # t\n}\n", "f.hcl");
    Block b = (Block) file.body().nodes().get(0);
    Attribute a = (Attribute) b.body().nodes().get(1);
    assertSame(TokenList.class, b.tokens().getClass());
    assertSame(TokenList.class, a.tokens().getClass());
    assertSame(TokenList.class, a.expression().tokens().getClass());
    assertEquals("  a = 1 # t\n", a.print());
    assertEquals("# t", a.trailingComment().orElseThrow().text());
    assertEquals("# c", ((Comment) b.body().nodes().get(0)).text());
  }

  @Test
  void nfcSkipsOnlyTextThatIsAlreadyNfc() {
    StringBuilder below = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      below.append(c);
    }
    String all = below.toString();
    assertEquals(Normalizer.normalize(all, Normalizer.Form.NFC), Expressions.nfc(all));
    Random rnd = new Random(23);
    String marks = "\u0300\u0301\u0308\u0327\u0340\u0344\u1100\u1161\u11a8\u212b\u2126";
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = rnd.nextInt(6); k > 0; k--) {
        sb.append(rnd.nextBoolean() ? (char) rnd.nextInt(0x300) : marks.charAt(rnd.nextInt(marks.length())));
      }
      String s = sb.toString();
      assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), Expressions.nfc(s), s);
    }
    assertEquals("\u00e9", Expressions.nfc("e\u0301"));
  }

  private static String printEach(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      sb.append(t.before()).append(t.text());
    }
    return sb.toString();
  }

  private static String textEach(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        sb.append(tokens.get(i).before());
      }
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }
}
