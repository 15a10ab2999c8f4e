package dev.stackgen.hcl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the tokens of one attribute value form an expression of HCL native syntax, as
 * hclsyntax's parser reads it: operands, unary and binary operators, conditionals, attribute and
 * index access, splats, function calls, tuples, objects, for-expressions and templates with their
 * {@code %{ if }} / {@code %{ for }} directives balanced. Nothing is built: the tokens stay the
 * expression. The checker keeps its own stack instead of recursing, so values nested 100,000 levels
 * deep are checked without overflowing the Java stack.
 */
final class ExpressionSyntax {
  private static final Set<TokenType> BINARY =
      EnumSet.of(
          TokenType.OR,
          TokenType.AND,
          TokenType.EQUAL_OP,
          TokenType.NOT_EQUAL,
          TokenType.LESS_THAN,
          TokenType.LESS_THAN_EQ,
          TokenType.GREATER_THAN,
          TokenType.GREATER_THAN_EQ,
          TokenType.PLUS,
          TokenType.MINUS,
          TokenType.STAR,
          TokenType.SLASH,
          TokenType.PERCENT);

  private enum Kind {
    TOP,
    PAREN,
    CALL,
    TUPLE,
    INDEX,
    OBJECT_KEY,
    OBJECT_VALUE,
    FOR_COLLECTION,
    FOR_VALUE,
    FOR_KEYED_VALUE,
    FOR_CONDITION,
    TRUE_RESULT,
    FALSE_RESULT,
    TEMPLATE,
    INTERPOLATION,
    IF_DIRECTIVE,
    FOR_DIRECTIVE
  }

  /** One open construct; {@code open} is the token that opened it (for messages). */
  private static final class Frame {
    Kind kind;
    final Token open;
    final boolean newlines;
    final boolean object;
    /** Open {@code %{ if }} / {@code %{ for }} directives of a template, innermost first. */
    Deque<Directive> directives;

    Frame(Kind kind, Token open, boolean newlines, boolean object) {
      this.kind = kind;
      this.open = open;
      this.newlines = newlines;
      this.object = object;
    }
  }

  private static final class Directive {
    final String keyword;
    final Token at;
    boolean inElse;

    Directive(String keyword, Token at) {
      this.keyword = keyword;
      this.at = at;
    }
  }

  private final List<Token> toks;
  private final Token after;
  private final String fileName;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int i;
  private Token last;

  private ExpressionSyntax(List<Token> toks, Token after, String fileName) {
    this.toks = toks;
    this.after = after;
    this.fileName = fileName;
  }

  /**
   * Checks {@code toks}, the value of one attribute, whose brackets are known to balance; {@code
   * after} is the token that ends the value (for messages about a missing end).
   */
  static void check(List<Token> toks, Token after, String fileName) throws HclSyntaxException {
    if (!simple(toks, fileName)) {
      new ExpressionSyntax(toks, after, fileName).run();
    }
  }

  /**
   * The values most attributes hold, checked without the machine (issue 23: every attribute of a
   * catalog is checked, and most are one of these): a lone number, a lone identifier ({@code true},
   * a variable) or a quoted string without {@code ${ }} or {@code %{ }} (its escapes checked as the
   * machine checks them). Anything else, or nothing: false, and the machine decides.
   */
  private static boolean simple(List<Token> toks, String fileName) throws HclSyntaxException {
    int n = toks.size();
    if (n == 1) {
      TokenType t = toks.get(0).type();
      return t == TokenType.NUMBER_LIT || t == TokenType.IDENT;
    }
    if (n < 2 || n > 3 || toks.get(0).type() != TokenType.OQUOTE || toks.get(n - 1).type() != TokenType.CQUOTE) {
      return false;
    }
    if (n == 3) {
      Token lit = toks.get(1);
      if (lit.type() != TokenType.QUOTED_LIT) {
        return false;
      }
      Expressions.decodeQuotedLit(lit, fileName, new StringBuilder());
    }
    return true;
  }

  // ---- token access, skipping comments and (where they do not count) newlines

  private boolean newlines() {
    return frames.peek().newlines;
  }

  /** Index of the next significant token, or {@code toks.size()} at the end. */
  private int next(boolean newlines) {
    int j = i;
    while (j < toks.size()) {
      Token t = toks.get(j);
      if (t.type() == TokenType.COMMENT) {
        if (newlines && t.text().endsWith("\n")) {
          return j;
        }
      } else if (t.type() != TokenType.NEWLINE || newlines) {
        return j;
      }
      j++;
    }
    return j;
  }

  private TokenType type(int j, boolean newlines) {
    if (j >= toks.size()) {
      return TokenType.EOF;
    }
    Token t = toks.get(j);
    return t.type() == TokenType.COMMENT && newlines ? TokenType.NEWLINE : t.type();
  }

  private TokenType peekType() {
    boolean nl = newlines();
    return type(next(nl), nl);
  }

  private Token peek() {
    int j = next(newlines());
    return j < toks.size() ? toks.get(j) : after;
  }

  /** The type of the significant token after the next one, in the current newline mode. */
  private TokenType peekType2() {
    boolean nl = newlines();
    int j = next(nl);
    if (j >= toks.size()) {
      return TokenType.EOF;
    }
    int save = i;
    i = j + 1;
    TokenType t = type(next(nl), nl);
    i = save;
    return t;
  }

  private Token read() {
    int j = next(newlines());
    Token t = j < toks.size() ? toks.get(j) : after;
    i = Math.min(j + 1, toks.size());
    last = t;
    return t;
  }

  private boolean peekKeyword(String word) {
    return peekType() == TokenType.IDENT && peek().text().equals(word);
  }

  /** True if the next token, newlines ignored, is the identifier {@code for}. */
  private boolean forFollows() {
    int j = next(false);
    return j < toks.size()
        && toks.get(j).type() == TokenType.IDENT
        && toks.get(j).text().equals("for");
  }

  private HclSyntaxException error(Token t, String reason) {
    return new HclSyntaxException(fileName, t.line(), t.column(), reason);
  }

  private HclSyntaxException expected(String what) {
    Token t = peek();
    return error(t, "expected " + what + ", found " + found(t));
  }

  private String found(Token t) {
    if (t.type() == TokenType.COMMENT && t.text().endsWith("\n") && newlines()) {
      return "newline";
    }
    return HclParser.describe(t);
  }

  private static String quote(Token t) {
    return "\"" + t.text().strip() + "\"";
  }

  // ---- the machine

  private void run() throws HclSyntaxException {
    frames.push(new Frame(Kind.TOP, null, true, false));
    boolean expectOperand = true;
    while (true) {
      if (frames.peek().kind == Kind.TEMPLATE) {
        if (template()) {
          expectOperand = false;
          continue;
        }
        expectOperand = true;
        continue;
      }
      if (expectOperand) {
        expectOperand = operand();
        continue;
      }
      int step = traversal();
      if (step != NONE) {
        expectOperand = step == INDEX_OPENED;
        continue;
      }
      TokenType t = peekType();
      if (BINARY.contains(t)) {
        read();
        expectOperand = true;
        continue;
      }
      if (t == TokenType.QUESTION) {
        read();
        frames.push(new Frame(Kind.TRUE_RESULT, last, newlines(), false));
        expectOperand = true;
        continue;
      }
      // the expression ends here: continue the construct that holds it
      Boolean more = close();
      if (more == null) {
        return;
      }
      expectOperand = more;
    }
  }

  /**
   * Reads the start of an operand. Returns true if an expression is expected next (a construct
   * was opened, or a unary operator read), false when a whole operand was read.
   */
  private boolean operand() throws HclSyntaxException {
    TokenType ty = peekType();
    switch (ty) {
      case MINUS:
      case BANG:
        read();
        return true;
      case NUMBER_LIT:
        read();
        return false;
      case IDENT: {
        TokenType second = peekType2();
        Token name = read();
        if (second == TokenType.OPAREN || second == TokenType.DOUBLE_COLON) {
          return call(name);
        }
        return false;
      }
      case OPAREN:
        frames.push(new Frame(Kind.PAREN, read(), false, false));
        return true;
      case OBRACK: {
        Token open = read();
        if (forFollows()) {
          frames.push(new Frame(Kind.FOR_COLLECTION, open, false, false));
          forIntro(open);
          return true;
        }
        frames.push(new Frame(Kind.TUPLE, open, false, false));
        if (peekType() == TokenType.CBRACK) {
          read();
          frames.pop();
          return false;
        }
        return true;
      }
      case OBRACE: {
        Token open = read();
        if (forFollows()) {
          frames.push(new Frame(Kind.FOR_COLLECTION, open, false, true));
          forIntro(open);
          return true;
        }
        frames.push(new Frame(Kind.OBJECT_KEY, open, true, true));
        return !objectItemStart();
      }
      case OQUOTE:
      case OHEREDOC: {
        Frame f = new Frame(Kind.TEMPLATE, read(), newlines(), false);
        f.directives = new ArrayDeque<>();
        frames.push(f);
        return false;
      }
      default:
        if (last != null && i > 0) {
          throw expected("an expression after " + quote(last));
        }
        throw expected("an expression");
    }
  }

  /** After a function name: {@code ::name} steps, then {@code (}. */
  private boolean call(Token name) throws HclSyntaxException {
    while (peekType() == TokenType.DOUBLE_COLON) {
      read();
      if (peekType() != TokenType.IDENT) {
        throw expected("a function name after \"::\"");
      }
      read();
    }
    if (peekType() != TokenType.OPAREN) {
      throw expected("\"(\" to call function \"" + name.text() + "\"");
    }
    frames.push(new Frame(Kind.CALL, read(), false, false));
    if (peekType() == TokenType.CPAREN) {
      read();
      frames.pop();
      return false;
    }
    return true;
  }

  /** {@code for k, v in}: the names of a for-expression, up to its collection. */
  private void forIntro(Token open) throws HclSyntaxException {
    read();
    if (peekType() != TokenType.IDENT) {
      throw expected("a variable name after \"for\"");
    }
    read();
    if (peekType() == TokenType.COMMA) {
      read();
      if (peekType() != TokenType.IDENT) {
        throw expected("a value variable name after \",\" in \"for\"");
      }
      read();
    }
    if (!peekKeyword("in")) {
      throw expected("\"in\" after the variable names of \"for\"");
    }
    read();
  }

  /**
   * Inside an object, at the start of an item: skips newlines, closes the object at {@code }}.
   * Returns true if the object was closed (an operand is complete).
   */
  private boolean objectItemStart() {
    while (peekType() == TokenType.NEWLINE) {
      read();
    }
    if (peekType() == TokenType.CBRACE) {
      read();
      frames.pop();
      return true;
    }
    return false;
  }

  private static final int NONE = 0;
  private static final int STEPPED = 1;
  private static final int INDEX_OPENED = 2;

  /**
   * Attribute access, index, splat: {@link #NONE} if the next token is none of them, {@link
   * #INDEX_OPENED} when an index {@code [} was opened and its key must be read next.
   */
  private int traversal() throws HclSyntaxException {
    TokenType ty = peekType();
    if (ty == TokenType.DOT) {
      read();
      TokenType step = peekType();
      if (step == TokenType.IDENT) {
        read();
      } else if (step == TokenType.NUMBER_LIT) {
        legacyIndex(read());
      } else if (step == TokenType.STAR) {
        read();
        while (peekType() == TokenType.DOT) {
          read();
          TokenType s = peekType();
          if (s == TokenType.NUMBER_LIT) {
            legacyIndex(read());
          } else if (s == TokenType.IDENT) {
            read();
          } else if (s == TokenType.STAR) {
            throw error(peek(), "a splat (*) cannot be used inside another attribute-only splat (.*)");
          } else {
            throw expected("an attribute name after \".\"");
          }
        }
      } else {
        throw expected("an attribute name after \".\"");
      }
      return STEPPED;
    }
    if (ty == TokenType.OBRACK) {
      Token open = read();
      if (peekType() == TokenType.STAR) {
        read();
        if (peekType() != TokenType.CBRACK) {
          throw expected("\"]\" right after \"[*\"");
        }
        read();
        return STEPPED;
      }
      frames.push(new Frame(Kind.INDEX, open, false, false));
      return INDEX_OPENED;
    }
    return NONE;
  }

  private void legacyIndex(Token num) throws HclSyntaxException {
    int dot = num.text().indexOf('.');
    if (dot >= 0) {
      throw error(
          num,
          "chained legacy index \"."
              + num.text()
              + "\": write ["
              + num.text().substring(0, dot)
              + "]["
              + num.text().substring(dot + 1)
              + "] instead");
    }
  }

  /**
   * The expression at the top of the stack is complete: continues its construct. Returns whether
   * an operand is expected next, or null when the whole value is done.
   */
  private Boolean close() throws HclSyntaxException {
    while (true) {
      Frame f = frames.peek();
      switch (f.kind) {
        case TOP:
          if (peekType() != TokenType.EOF) {
            throw expected("a newline after the value");
          }
          return null;
        case FALSE_RESULT:
          frames.pop();
          continue;
        case TRUE_RESULT:
          if (peekType() != TokenType.COLON) {
            throw expected("\":\" and the false result of the conditional \"?\" at "
                + f.open.line() + ":" + f.open.column());
          }
          read();
          f.kind = Kind.FALSE_RESULT;
          return true;
        case PAREN:
          if (peekType() != TokenType.CPAREN) {
            throw expected("\")\" to close \"(\" at " + f.open.line() + ":" + f.open.column());
          }
          read();
          frames.pop();
          return false;
        case INDEX:
          if (peekType() != TokenType.CBRACK) {
            throw expected("\"]\" to close the index \"[\" at " + f.open.line() + ":" + f.open.column());
          }
          read();
          frames.pop();
          return false;
        case CALL: {
          TokenType t = peekType();
          if (t == TokenType.CPAREN) {
            read();
            frames.pop();
            return false;
          }
          if (t == TokenType.ELLIPSIS) {
            read();
            if (peekType() != TokenType.CPAREN) {
              throw expected("\")\" right after \"...\"");
            }
            read();
            frames.pop();
            return false;
          }
          if (t != TokenType.COMMA) {
            throw expected("\",\" or \")\" after a function argument");
          }
          read();
          if (peekType() == TokenType.CPAREN) {
            read();
            frames.pop();
            return false;
          }
          return true;
        }
        case TUPLE: {
          TokenType t = peekType();
          if (t == TokenType.CBRACK) {
            read();
            frames.pop();
            return false;
          }
          if (t != TokenType.COMMA) {
            throw expected("\",\" or \"]\" after a tuple element");
          }
          read();
          if (peekType() == TokenType.CBRACK) {
            read();
            frames.pop();
            return false;
          }
          return true;
        }
        case OBJECT_KEY: {
          TokenType t = peekType();
          if (t != TokenType.EQUAL && t != TokenType.COLON) {
            throw expected("\"=\" after the key");
          }
          read();
          f.kind = Kind.OBJECT_VALUE;
          return true;
        }
        case OBJECT_VALUE: {
          TokenType t = peekType();
          if (t == TokenType.CBRACE) {
            read();
            frames.pop();
            return false;
          }
          if (t != TokenType.COMMA && t != TokenType.NEWLINE) {
            throw expected("a newline or \",\" before the next key");
          }
          read();
          f.kind = Kind.OBJECT_KEY;
          return !objectItemStart();
        }
        case FOR_COLLECTION:
          if (peekType() != TokenType.COLON) {
            throw expected("\":\" after the collection of \"for\"");
          }
          read();
          f.kind = Kind.FOR_VALUE;
          return true;
        case FOR_VALUE:
        case FOR_KEYED_VALUE: {
          if (f.kind == Kind.FOR_VALUE && peekType() == TokenType.FAT_ARROW) {
            if (!f.object) {
              throw error(peek(), "\"=>\" is only valid in a for-expression that builds an object");
            }
            read();
            f.kind = Kind.FOR_KEYED_VALUE;
            return true;
          }
          if (f.object && f.kind == Kind.FOR_VALUE) {
            throw expected("\"=>\": a for-expression that builds an object needs key => value");
          }
          if (peekType() == TokenType.ELLIPSIS) {
            if (!f.object) {
              throw error(peek(), "\"...\" is only valid in a for-expression that builds an object");
            }
            read();
          }
          if (peekKeyword("if")) {
            read();
            f.kind = Kind.FOR_CONDITION;
            return true;
          }
          return closeFor(f);
        }
        case FOR_CONDITION:
          return closeFor(f);
        case INTERPOLATION:
          if (peekType() != TokenType.TEMPLATE_SEQ_END) {
            throw expected("\"}\" to end the interpolation \"${\" at "
                + f.open.line() + ":" + f.open.column());
          }
          read();
          frames.pop();
          return false;
        case IF_DIRECTIVE:
          if (peekType() != TokenType.TEMPLATE_SEQ_END) {
            throw expected("\"}\" to end the \"%{ if\" directive");
          }
          read();
          frames.pop();
          return false;
        case FOR_DIRECTIVE:
          if (peekType() != TokenType.TEMPLATE_SEQ_END) {
            throw expected("\"}\" to end the \"%{ for\" directive");
          }
          read();
          frames.pop();
          return false;
        default:
          throw new IllegalStateException("unexpected " + f.kind);
      }
    }
  }

  private boolean closeFor(Frame f) throws HclSyntaxException {
    TokenType closer = f.object ? TokenType.CBRACE : TokenType.CBRACK;
    if (peekType() != closer) {
      throw expected("\"" + (f.object ? "}" : "]") + "\" to end the for-expression at "
          + f.open.line() + ":" + f.open.column());
    }
    read();
    frames.pop();
    return false;
  }

  /**
   * Reads the literal parts and sequences of the template on top of the stack. Returns true when
   * the template was closed (an operand is complete), false when a sequence's expression must be
   * read next.
   */
  private boolean template() throws HclSyntaxException {
    Frame f = frames.peek();
    while (true) {
      Token t = read();
      switch (t.type()) {
        case QUOTED_LIT:
          Expressions.decodeQuotedLit(t, fileName, new StringBuilder());
          continue;
        case STRING_LIT:
          continue;
        case CQUOTE:
        case CHEREDOC:
          if (!f.directives.isEmpty()) {
            Directive d = f.directives.peek();
            throw error(
                t,
                "the %{ "
                    + d.keyword
                    + " } at "
                    + d.at.line()
                    + ":"
                    + d.at.column()
                    + " has no %{ end"
                    + d.keyword
                    + " }");
          }
          frames.pop();
          return true;
        case TEMPLATE_INTERP:
          frames.push(new Frame(Kind.INTERPOLATION, t, false, false));
          return false;
        case TEMPLATE_CONTROL:
          if (directive(f, t)) {
            continue;
          }
          return false;
        default:
          throw error(t, "unexpected " + HclParser.describe(t) + " in a string template");
      }
    }
  }

  /**
   * A {@code %{ ... }} directive. Returns true when it was read whole, false when its expression
   * must be read next (an if condition or a for collection).
   */
  private boolean directive(Frame template, Token open) throws HclSyntaxException {
    frames.push(new Frame(Kind.IF_DIRECTIVE, open, false, false));
    if (peekType() != TokenType.IDENT) {
      throw expected("if, for, else, endif or endfor after \"%{\"");
    }
    Token kw = read();
    switch (kw.text()) {
      case "if":
        template.directives.push(new Directive("if", open));
        return false;
      case "for":
        frames.peek().kind = Kind.FOR_DIRECTIVE;
        if (peekType() != TokenType.IDENT) {
          throw expected("a variable name after \"%{ for\"");
        }
        read();
        if (peekType() == TokenType.COMMA) {
          read();
          if (peekType() != TokenType.IDENT) {
            throw expected("a value variable name after \",\" in \"%{ for\"");
          }
          read();
        }
        if (!peekKeyword("in")) {
          throw expected("\"in\" after the variable names of \"%{ for\"");
        }
        read();
        template.directives.push(new Directive("for", open));
        return false;
      case "else": {
        Directive d = template.directives.peek();
        if (d == null || !d.keyword.equals("if") || d.inElse) {
          throw error(open, "unexpected %{ else }: " + unbalanced(d));
        }
        d.inElse = true;
        break;
      }
      case "endif":
      case "endfor": {
        Directive d = template.directives.peek();
        if (d == null || !kw.text().equals("end" + d.keyword)) {
          throw error(open, "unexpected %{ " + kw.text() + " }: " + unbalanced(d));
        }
        template.directives.pop();
        break;
      }
      default:
        throw error(
            kw,
            "unknown template directive \""
                + kw.text()
                + "\": expected if, for, else, endif or endfor");
    }
    if (peekType() != TokenType.TEMPLATE_SEQ_END) {
      throw expected("\"}\" after \"%{ " + kw.text() + "\"");
    }
    read();
    frames.pop();
    return true;
  }

  private static String unbalanced(Directive open) {
    if (open == null) {
      return "no %{ if } or %{ for } is open";
    }
    return "the %{ "
        + open.keyword
        + " } at "
        + open.at.line()
        + ":"
        + open.at.column()
        + (open.inElse && open.keyword.equals("if") ? " already has an %{ else }" : "")
        + " needs %{ end"
        + open.keyword
        + " } first";
  }
}
