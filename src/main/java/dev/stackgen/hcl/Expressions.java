package dev.stackgen.hcl;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Decoding of literal expressions and extraction of traversals, without evaluation. */
public final class Expressions {
  private Expressions() {}

  /** True if the expression is exactly a quoted string without template sequences. */
  public static boolean isQuotedLiteral(Expression expr) {
    return isQuoted(expr.tokens());
  }

  private static boolean isQuoted(List<Token> toks) {
    int n = toks.size();
    if (n < 2 || toks.get(0).type() != TokenType.OQUOTE || toks.get(n - 1).type() != TokenType.CQUOTE) {
      return false;
    }
    for (int k = 1; k < n - 1; k++) {
      if (toks.get(k).type() != TokenType.QUOTED_LIT) {
        return false;
      }
    }
    return true;
  }

  /** True if the expression is a heredoc without template sequences. */
  public static boolean isHeredocLiteral(Expression expr) {
    List<Token> toks = expr.tokens();
    int n = toks.size();
    if (n < 2
        || toks.get(0).type() != TokenType.OHEREDOC
        || toks.get(n - 1).type() != TokenType.CHEREDOC) {
      return false;
    }
    for (int k = 1; k < n - 1; k++) {
      if (toks.get(k).type() != TokenType.STRING_LIT) {
        return false;
      }
    }
    return true;
  }

  /** True if the expression is a literal string: a quoted string or heredoc without templates. */
  public static boolean isStringLiteral(Expression expr) {
    return isQuotedLiteral(expr) || isHeredocLiteral(expr);
  }

  /**
   * The value of a literal string (quoted or heredoc) with escapes decoded, in Unicode NFC as
   * hclsyntax gives it (even {@code "e\\u0301"} is {@code "\u00e9"}).
   *
   * @throws HclSyntaxException at the expression when it is not a literal string
   */
  public static String decodeString(Expression expr) throws HclSyntaxException {
    if (isQuotedLiteral(expr)) {
      return decodeQuoted(expr.tokens(), expr.fileName());
    }
    if (isHeredocLiteral(expr)) {
      return nfc(decodeHeredoc(expr.tokens()));
    }
    throw at(expr, "expected a literal string without ${ } or %{ } sequences, found " + summary(expr));
  }

  /**
   * The value of {@code true} or {@code false}.
   *
   * @throws HclSyntaxException at the expression for anything else
   */
  public static boolean decodeBool(Expression expr) throws HclSyntaxException {
    List<Token> toks = expr.tokens();
    if (toks.size() == 1 && toks.get(0).type() == TokenType.IDENT) {
      if (toks.get(0).text().equals("true")) {
        return true;
      }
      if (toks.get(0).text().equals("false")) {
        return false;
      }
    }
    throw at(expr, "expected true or false, found " + summary(expr));
  }

  /** True if the expression is {@code true} or {@code false}. */
  public static boolean isBoolLiteral(Expression expr) {
    List<Token> toks = expr.tokens();
    return toks.size() == 1
        && toks.get(0).type() == TokenType.IDENT
        && (toks.get(0).text().equals("true") || toks.get(0).text().equals("false"));
  }

  /** True if the expression is a number, optionally negated. */
  public static boolean isNumberLiteral(Expression expr) {
    return numberText(expr) != null;
  }

  /**
   * The value of a number literal, optionally negated ({@code -1.5e3}).
   *
   * @throws HclSyntaxException at the expression for anything else
   */
  public static BigDecimal decodeNumber(Expression expr) throws HclSyntaxException {
    String text = numberText(expr);
    if (text != null) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw at(expr, "invalid number " + expr.text());
      }
    }
    throw at(expr, "expected a number, found " + summary(expr));
  }

  private static String numberText(Expression expr) {
    List<Token> toks = expr.tokens();
    if (toks.size() == 1 && toks.get(0).type() == TokenType.NUMBER_LIT) {
      return toks.get(0).text();
    }
    if (toks.size() == 2
        && toks.get(0).type() == TokenType.MINUS
        && toks.get(1).type() == TokenType.NUMBER_LIT) {
      return "-" + toks.get(1).text();
    }
    return null;
  }

  /**
   * The value of a literal-only expression: {@code String} (quoted or heredoc), {@code BigDecimal},
   * {@code Boolean}, {@code null} for {@code null}, an unmodifiable {@code List<Object>} for a tuple
   * or an unmodifiable {@code Map<String, Object>} in source order for an object. References,
   * function calls, operators and template sequences are rejected.
   *
   * @throws HclSyntaxException at the first token that is not part of a literal value
   */
  public static Object decodeLiteral(Expression expr) throws HclSyntaxException {
    return LiteralDecoder.decode(expr);
  }

  /**
   * The strings of a tuple of literal strings such as {@code ["a", "b"]}.
   *
   * @throws HclSyntaxException at the first element that is not a literal string
   */
  public static List<String> decodeStringList(Expression expr) throws HclSyntaxException {
    return LiteralDecoder.stringList(expr);
  }

  /**
   * Traversals such as {@code var.x} or {@code data.kind.name}: an identifier followed by one or
   * more {@code .name} steps, not preceded by a dot and not a function call, found outside strings
   * and inside {@code ${ }} sequences.
   */
  public static List<Reference> references(Expression expr) {
    List<Token> toks = expr.tokens();
    List<Reference> out = new ArrayList<>();
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (t.type() != TokenType.IDENT) {
        continue;
      }
      if (k > 0 && toks.get(k - 1).type() == TokenType.DOT) {
        continue;
      }
      StringBuilder path = new StringBuilder(t.text());
      int j = k + 1;
      int steps = 0;
      while (j + 1 < toks.size()
          && toks.get(j).type() == TokenType.DOT
          && toks.get(j + 1).type() == TokenType.IDENT) {
        path.append('.').append(toks.get(j + 1).text());
        j += 2;
        steps++;
      }
      if (steps > 0 && !(j < toks.size() && toks.get(j).type() == TokenType.OPAREN)) {
        out.add(new Reference(path.toString(), t.line(), t.column()));
      }
      k = j - 1;
    }
    return List.copyOf(out);
  }

  private static String summary(Expression expr) {
    String text = expr.text();
    int nl = text.indexOf('\n');
    if (nl >= 0) {
      text = text.substring(0, nl) + "...";
    }
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return text;
  }

  private static HclSyntaxException at(Expression expr, String reason) {
    return new HclSyntaxException(expr.fileName(), expr.line(), expr.column(), reason);
  }

  /** Decodes OQUOTE QUOTED_LIT* CQUOTE. */
  static String decodeQuoted(List<Token> toks, String fileName) throws HclSyntaxException {
    StringBuilder sb = new StringBuilder();
    for (int k = 1; k < toks.size() - 1; k++) {
      decodeQuotedLit(toks.get(k), fileName, sb);
    }
    return nfc(sb);
  }

  /**
   * {@code text} in Unicode NFC. Text whose every char is below U+0300 (the first combining mark) is
   * already NFC and is returned as it is: such chars have canonical combining class 0, no
   * decomposition that NFC keeps and compose with nothing before them (issue 23: the JDK's
   * normalizer costs much more per string, mostly interpreted, on every literal of a catalog).
   */
  static String nfc(CharSequence text) {
    for (int k = 0, n = text.length(); k < n; k++) {
      if (text.charAt(k) >= '\u0300') {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text.toString();
  }

  static void decodeQuotedLit(Token t, String fileName, StringBuilder sb)
      throws HclSyntaxException {
    String s = t.text();
    int n = s.length();
    int k = 0;
    while (k < n) {
      char c = s.charAt(k);
      if (c == '\\') {
        if (k + 1 >= n) {
          throw escapeError(t, fileName, k, "invalid escape sequence \"\\\"");
        }
        char e = s.charAt(k + 1);
        switch (e) {
          case 'n':
            sb.append('\n');
            k += 2;
            break;
          case 'r':
            sb.append('\r');
            k += 2;
            break;
          case 't':
            sb.append('\t');
            k += 2;
            break;
          case '"':
            sb.append('"');
            k += 2;
            break;
          case '\\':
            sb.append('\\');
            k += 2;
            break;
          case 'u':
          case 'U':
            int len = e == 'u' ? 4 : 8;
            if (k + 2 + len > n || !isHex(s.substring(k + 2, k + 2 + len))) {
              throw escapeError(
                  t, fileName, k, "invalid escape sequence: \\" + e + " needs " + len + " hex digits");
            }
            int cp = (int) Long.parseLong(s.substring(k + 2, k + 2 + len), 16);
            if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
              throw escapeError(
                  t, fileName, k, "invalid escape sequence: U+" + Integer.toHexString(cp).toUpperCase()
                      + " is not a valid character");
            }
            sb.appendCodePoint(cp);
            k += 2 + len;
            break;
          default:
            throw escapeError(
                t,
                fileName,
                k,
                "invalid escape sequence \"\\" + new String(Character.toChars(s.codePointAt(k + 1))) + "\"");
        }
      } else if ((c == '$' || c == '%') && k + 2 < n && s.charAt(k + 1) == c && s.charAt(k + 2) == '{') {
        sb.append(c).append('{');
        k += 3;
      } else {
        sb.append(c);
        k++;
      }
    }
  }

  private static boolean isHex(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static HclSyntaxException escapeError(Token t, String fileName, int index, String reason) {
    int col = t.column() + t.text().codePointCount(0, index);
    return new HclSyntaxException(fileName, t.line(), col, reason);
  }

  private static String unescapeTemplate(String s) {
    return s.replace("$${", "${").replace("%%{", "%{");
  }

  /** Decodes OHEREDOC STRING_LIT* CHEREDOC, removing common indentation for {@code <<-}. */
  static String decodeHeredoc(List<Token> toks) {
    boolean flush = toks.get(0).text().startsWith("<<-");
    List<String> lines = new ArrayList<>();
    for (int k = 1; k < toks.size() - 1; k++) {
      lines.add(toks.get(k).text());
    }
    if (flush) {
      int min = Integer.MAX_VALUE;
      for (String l : lines) {
        if (!isBlankLine(l)) {
          min = Math.min(min, leadingSpace(l));
        }
      }
      List<String> trimmed = new ArrayList<>();
      for (String l : lines) {
        trimmed.add(isBlankLine(l) ? l : l.substring(min));
      }
      lines = trimmed;
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(unescapeTemplate(l));
    }
    return sb.toString();
  }

  /** A whitespace-only line ending in a newline: ignored and kept as is by flush heredocs. */
  private static boolean isBlankLine(String l) {
    return l.endsWith("\n") && leadingSpace(l) == l.length();
  }

  private static int leadingSpace(String l) {
    int k = 0;
    while (k < l.length() && HclLexer.isGoSpace(l.charAt(k))) {
      k++;
    }
    return k;
  }
}
