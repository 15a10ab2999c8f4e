package dev.stackgen.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes literal-only expressions: strings, numbers, bools, null, tuples and objects. */
final class LiteralDecoder {
  private final List<Token> toks;
  private final String fileName;
  private int i;
  private int depth;

  private LiteralDecoder(List<Token> toks, String fileName) {
    this.toks = toks;
    this.fileName = fileName;
  }

  static Object decode(Expression expr) throws HclSyntaxException {
    LiteralDecoder d = new LiteralDecoder(expr.tokens(), expr.fileName());
    d.skipTrivia();
    Object value = d.value();
    d.skipTrivia();
    if (d.i < d.toks.size()) {
      throw d.error(d.toks.get(d.i), "unexpected " + describe(d.toks.get(d.i)) + " after the value");
    }
    return value;
  }

  static List<String> stringList(Expression expr) throws HclSyntaxException {
    LiteralDecoder d = new LiteralDecoder(expr.tokens(), expr.fileName());
    Token open = d.peek();
    if (open.type() != TokenType.OBRACK) {
      throw d.error(open, "expected a list of strings, found " + describe(open));
    }
    d.i++;
    List<String> out = new ArrayList<>();
    d.skipTrivia();
    while (d.peek().type() != TokenType.CBRACK) {
      Token t = d.peek();
      if (t.type() == TokenType.OQUOTE) {
        out.add(d.string(TokenType.QUOTED_LIT, TokenType.CQUOTE));
      } else if (t.type() == TokenType.OHEREDOC) {
        out.add(d.string(TokenType.STRING_LIT, TokenType.CHEREDOC));
      } else {
        throw d.error(t, "expected a string in the list, found " + describe(t));
      }
      d.skipTrivia();
      Token sep = d.peek();
      if (sep.type() == TokenType.COMMA) {
        d.i++;
        d.skipTrivia();
      } else if (sep.type() != TokenType.CBRACK) {
        throw d.error(sep, "expected \",\" or \"]\" in list, found " + describe(sep));
      }
    }
    d.i++;
    d.skipTrivia();
    if (d.i < d.toks.size()) {
      throw d.error(d.toks.get(d.i), "unexpected " + describe(d.toks.get(d.i)) + " after the list");
    }
    return List.copyOf(out);
  }

  private HclSyntaxException error(Token t, String reason) {
    return new HclSyntaxException(fileName, t.line(), t.column(), reason);
  }

  private static String describe(Token t) {
    switch (t.type()) {
      case NEWLINE:
        return "newline";
      case OQUOTE:
        return "quoted string";
      case OHEREDOC:
        return "heredoc";
      default:
        return "\"" + t.text().strip() + "\"";
    }
  }

  private void skipTrivia() {
    while (i < toks.size()
        && (toks.get(i).type() == TokenType.NEWLINE || toks.get(i).type() == TokenType.COMMENT)) {
      i++;
    }
  }

  private Token peek() throws HclSyntaxException {
    if (i >= toks.size()) {
      Token last = toks.get(toks.size() - 1);
      throw error(last, "unexpected end of expression");
    }
    return toks.get(i);
  }

  private Object value() throws HclSyntaxException {
    Token t = peek();
    switch (t.type()) {
      case OQUOTE:
        return string(TokenType.QUOTED_LIT, TokenType.CQUOTE);
      case OHEREDOC:
        return string(TokenType.STRING_LIT, TokenType.CHEREDOC);
      case NUMBER_LIT:
        i++;
        return number(t.text(), t);
      case MINUS:
        i++;
        Token n = peek();
        if (n.type() != TokenType.NUMBER_LIT) {
          throw error(n, "expected a number after \"-\", found " + describe(n));
        }
        i++;
        return number("-" + n.text(), t);
      case IDENT:
        i++;
        switch (t.text()) {
          case "true":
            return Boolean.TRUE;
          case "false":
            return Boolean.FALSE;
          case "null":
            return null;
          default:
            throw error(
                t, "expected a literal value, found \"" + t.text() + "\" (references are not allowed here)");
        }
      case OBRACK:
      case OBRACE:
        if (++depth > HclParser.MAX_DEPTH) {
          throw error(t, "values are nested more than " + HclParser.MAX_DEPTH + " levels deep");
        }
        Object nested = t.type() == TokenType.OBRACK ? tuple() : object();
        depth--;
        return nested;
      default:
        throw error(t, "expected a literal value, found " + describe(t));
    }
  }

  private Object number(String text, Token at) throws HclSyntaxException {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error(at, "invalid number " + text);
    }
  }

  private String string(TokenType lit, TokenType close) throws HclSyntaxException {
    int start = i;
    i++;
    while (peek().type() == lit) {
      i++;
    }
    Token end = peek();
    if (end.type() != close) {
      throw error(end, "expected a literal string without ${ } or %{ } sequences");
    }
    i++;
    List<Token> span = toks.subList(start, i);
    return close == TokenType.CQUOTE
        ? Expressions.decodeQuoted(span, fileName)
        : Expressions.decodeHeredoc(span);
  }

  private List<Object> tuple() throws HclSyntaxException {
    i++;
    List<Object> out = new ArrayList<>();
    skipTrivia();
    while (peek().type() != TokenType.CBRACK) {
      out.add(value());
      skipTrivia();
      Token sep = peek();
      if (sep.type() == TokenType.COMMA) {
        i++;
        skipTrivia();
      } else if (sep.type() != TokenType.CBRACK) {
        throw error(sep, "expected \",\" or \"]\" in list, found " + describe(sep));
      }
    }
    i++;
    return Collections.unmodifiableList(out);
  }

  private Map<String, Object> object() throws HclSyntaxException {
    i++;
    Map<String, Object> out = new LinkedHashMap<>();
    skipTrivia();
    while (peek().type() != TokenType.CBRACE) {
      Token keyTok = peek();
      String key;
      if (keyTok.type() == TokenType.IDENT) {
        key = keyTok.text();
        i++;
      } else if (keyTok.type() == TokenType.OQUOTE) {
        key = string(TokenType.QUOTED_LIT, TokenType.CQUOTE);
      } else {
        throw error(keyTok, "expected an object key, found " + describe(keyTok));
      }
      Token eq = peek();
      if (eq.type() != TokenType.EQUAL && eq.type() != TokenType.COLON) {
        throw error(eq, "expected \"=\" after object key \"" + key + "\", found " + describe(eq));
      }
      i++;
      skipTrivia();
      Object v = value();
      if (out.containsKey(key)) {
        throw error(keyTok, "duplicate object key \"" + key + "\"");
      }
      out.put(key, v);
      Token sep = peek();
      if (sep.type() == TokenType.COMMA) {
        i++;
      } else if (sep.type() != TokenType.NEWLINE
          && sep.type() != TokenType.COMMENT
          && sep.type() != TokenType.CBRACE) {
        throw error(sep, "expected \",\", a newline or \"}\" in object, found " + describe(sep));
      }
      skipTrivia();
    }
    i++;
    return Collections.unmodifiableMap(out);
  }
}
