package dev.stackgen.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lossless parser of HCL native syntax into bodies of attributes, blocks, comments and blank lines. */
public final class HclParser {
  static final int MAX_DEPTH = 256;

  private final String fileName;
  private final List<Token> toks;
  private int i;
  private int depth;

  private static final Set<TokenType> DANGLING =
      EnumSet.of(
          TokenType.PLUS,
          TokenType.MINUS,
          TokenType.STAR,
          TokenType.SLASH,
          TokenType.PERCENT,
          TokenType.AND,
          TokenType.OR,
          TokenType.BANG,
          TokenType.EQUAL_OP,
          TokenType.NOT_EQUAL,
          TokenType.LESS_THAN,
          TokenType.LESS_THAN_EQ,
          TokenType.GREATER_THAN,
          TokenType.GREATER_THAN_EQ,
          TokenType.QUESTION,
          TokenType.COLON,
          TokenType.DOT,
          TokenType.COMMA,
          TokenType.EQUAL,
          TokenType.FAT_ARROW,
          TokenType.DOUBLE_COLON);

  private static final Set<TokenType> VALUE_END =
      EnumSet.of(
          TokenType.IDENT,
          TokenType.NUMBER_LIT,
          TokenType.CQUOTE,
          TokenType.CHEREDOC,
          TokenType.CPAREN,
          TokenType.CBRACK,
          TokenType.CBRACE);

  private static final Set<TokenType> VALUE_START =
      EnumSet.of(
          TokenType.IDENT,
          TokenType.NUMBER_LIT,
          TokenType.OQUOTE,
          TokenType.OHEREDOC,
          TokenType.OBRACE);

  private HclParser(String fileName, List<Token> toks) {
    this.fileName = fileName;
    this.toks = toks;
  }

  /** Parses {@code source}; the result prints back to {@code source} exactly. */
  public static HclFile parse(String source, String fileName) throws HclSyntaxException {
    try {
      List<Token> toks = HclLexer.lex(source, fileName);
      HclParser p = new HclParser(fileName, toks);
      List<Node> nodes = p.parseBody(null);
      return new HclFile(fileName, source, new Body(nodes), p.peek());
    } catch (HclSyntaxException e) {
      throw Redaction.redact(source, e); // an error in a sensitive default must not quote it
    }
  }

  private Token peek() {
    return toks.get(i);
  }

  private Token peek(int ahead) {
    return toks.get(Math.min(i + ahead, toks.size() - 1));
  }

  private HclSyntaxException error(Token t, String reason) {
    return HclLexer.error(fileName, t, reason);
  }

  static String describe(Token t) {
    switch (t.type()) {
      case NEWLINE:
        return "newline";
      case EOF:
        return "end of file";
      case COMMENT:
        return "comment";
      case OQUOTE:
        return "quoted string";
      case OHEREDOC:
        return "heredoc";
      case NUMBER_LIT:
        return "number " + t.text();
      case IDENT:
        return "\"" + t.text() + "\"";
      default:
        return "\"" + t.text() + "\"";
    }
  }

  /** Parses items until the closing brace of {@code open} (left unconsumed) or, if null, EOF. */
  private List<Node> parseBody(Token open) throws HclSyntaxException {
    List<Node> nodes = new ArrayList<>();
    Map<String, Attribute> seen = new HashMap<>();
    while (true) {
      Token t = peek();
      switch (t.type()) {
        case EOF:
          if (open != null) {
            throw error(open, "unclosed \"{\": missing \"}\" before end of file");
          }
          return nodes;
        case CBRACE:
          if (open != null) {
            return nodes;
          }
          throw error(t, "unexpected \"}\"");
        case NEWLINE:
          i++;
          nodes.add(new BlankLine(toks.subList(i - 1, i)));
          break;
        case COMMENT:
          nodes.add(new Comment(lineComments()));
          break;
        case IDENT:
          Node item = parseItem();
          if (item instanceof Attribute a) {
            Attribute previous = seen.putIfAbsent(a.name(), a);
            if (previous != null) {
              throw error(
                  t,
                  "attribute \""
                      + a.name()
                      + "\" was already set at "
                      + previous.line()
                      + ":"
                      + previous.column());
            }
          }
          nodes.add(item);
          break;
        default:
          throw error(t, "expected an attribute or block definition, found " + describe(t));
      }
    }
  }

  /** Consumes comment tokens up to and including the end of the line. */
  private List<Token> lineComments() {
    int start = i;
    while (peek().type() == TokenType.COMMENT) {
      Token c = peek();
      i++;
      if (c.endsLine()) {
        return toks.subList(start, i);
      }
    }
    if (peek().type() == TokenType.NEWLINE) {
      i++;
    }
    return toks.subList(start, i);
  }

  /** True if the comment run at the current position extends to the end of the line. */
  private boolean commentsEndLine(boolean allowCloseBrace) {
    int j = i;
    while (toks.get(j).type() == TokenType.COMMENT) {
      if (toks.get(j).endsLine()) {
        return true;
      }
      j++;
    }
    TokenType next = toks.get(j).type();
    return next == TokenType.NEWLINE
        || next == TokenType.EOF
        || (allowCloseBrace && next == TokenType.CBRACE);
  }

  private Node parseItem() throws HclSyntaxException {
    Token name = peek();
    Token next = peek(1);
    switch (next.type()) {
      case EQUAL:
        return parseAttribute(false);
      case OQUOTE:
      case IDENT:
      case OBRACE:
        return parseBlock();
      default:
        throw error(
            next,
            "expected \"=\" or a block after \""
                + name.text()
                + "\", found "
                + describe(next));
    }
  }

  private Attribute parseAttribute(boolean inOneLineBlock) throws HclSyntaxException {
    int start = i;
    Token name = peek();
    i += 2;
    int exprStart = i;
    Deque<Token> open = new ArrayDeque<>();
    Token prev = null;
    while (true) {
      Token t = peek();
      if (open.isEmpty()) {
        TokenType ty = t.type();
        boolean end =
            ty == TokenType.NEWLINE
                || ty == TokenType.EOF
                || (inOneLineBlock && ty == TokenType.CBRACE)
                || (ty == TokenType.COMMENT && commentsEndLine(inOneLineBlock));
        if (end) {
          break;
        }
      }
      if (t.type() == TokenType.EOF) {
        throw unclosed(open.peek());
      }
      if (open.isEmpty()
          && prev != null
          && VALUE_END.contains(prev.type())
          && VALUE_START.contains(t.type())) {
        throw error(
            t,
            "expected a newline after the value of \""
                + name.text()
                + "\", found "
                + describe(t));
      }
      if (open.isEmpty() && (t.type() == TokenType.EQUAL || t.type() == TokenType.FAT_ARROW)) {
        throw error(
            t, "unexpected \"" + t.text() + "\": an attribute's value must end with a newline");
      }
      if (open.isEmpty() && t.type() != TokenType.COMMENT) {
        prev = t;
      }
      track(open, t);
      i++;
    }
    if (i == exprStart) {
      throw error(peek(), "expected an expression after \"=\", found " + describe(peek()));
    }
    Token lastOfExpr = toks.get(i - 1);
    boolean splat =
        lastOfExpr.type() == TokenType.STAR && toks.get(i - 2).type() == TokenType.DOT;
    if (DANGLING.contains(lastOfExpr.type()) && !splat) {
      throw error(
          peek(),
          "expected an expression after \"" + lastOfExpr.text() + "\", found " + describe(peek()));
    }
    ExpressionSyntax.check(toks.subList(exprStart, i), peek(), fileName);
    Expression expr = new Expression(toks.subList(exprStart, i), fileName);
    Optional<Comment> trailing = Optional.empty();
    if (peek().type() == TokenType.COMMENT) {
      List<Token> c = lineComments();
      trailing = Optional.of(new Comment(commentsOnly(c)));
    } else if (peek().type() == TokenType.NEWLINE) {
      i++;
    }
    return new Attribute(name.text(), expr, trailing, toks.subList(start, i));
  }

  private static List<Token> commentsOnly(List<Token> c) {
    int n = c.size();
    while (n > 0 && c.get(n - 1).type() != TokenType.COMMENT) {
      n--;
    }
    for (int k = 0; k < n; k++) {
      if (c.get(k).type() != TokenType.COMMENT) {
        List<Token> out = new ArrayList<>(n);
        for (Token t : c) {
          if (t.type() == TokenType.COMMENT) {
            out.add(t);
          }
        }
        return out;
      }
    }
    return c.subList(0, n);
  }

  private HclSyntaxException unclosed(Token opener) {
    switch (opener.type()) {
      case OQUOTE:
        return error(opener, "unterminated quoted string");
      case OHEREDOC:
        return error(opener, "unterminated heredoc");
      case TEMPLATE_INTERP:
      case TEMPLATE_CONTROL:
        return error(opener, "unclosed \"" + opener.text() + "\": missing \"}\"");
      default:
        return error(
            opener, "unclosed \"" + opener.text() + "\": missing \"" + closerOf(opener) + "\"");
    }
  }

  private static String closerOf(Token opener) {
    switch (opener.type()) {
      case OBRACE:
      case TEMPLATE_INTERP:
      case TEMPLATE_CONTROL:
        return "}";
      case OBRACK:
        return "]";
      case OPAREN:
        return ")";
      case OQUOTE:
        return "\"";
      default:
        return "end of heredoc";
    }
  }

  private static boolean closes(Token opener, TokenType closer) {
    switch (opener.type()) {
      case OBRACE:
        return closer == TokenType.CBRACE;
      case OBRACK:
        return closer == TokenType.CBRACK;
      case OPAREN:
        return closer == TokenType.CPAREN;
      case TEMPLATE_INTERP:
      case TEMPLATE_CONTROL:
        return closer == TokenType.TEMPLATE_SEQ_END;
      case OQUOTE:
        return closer == TokenType.CQUOTE;
      case OHEREDOC:
        return closer == TokenType.CHEREDOC;
      default:
        return false;
    }
  }

  private void track(Deque<Token> open, Token t) throws HclSyntaxException {
    switch (t.type()) {
      case OBRACE:
      case OBRACK:
      case OPAREN:
      case TEMPLATE_INTERP:
      case TEMPLATE_CONTROL:
      case OQUOTE:
      case OHEREDOC:
        open.push(t);
        return;
      case CBRACE:
      case CBRACK:
      case CPAREN:
      case TEMPLATE_SEQ_END:
      case CQUOTE:
      case CHEREDOC:
        if (open.isEmpty()) {
          throw error(t, "unexpected \"" + t.text().strip() + "\"");
        }
        if (!closes(open.peek(), t.type())) {
          throw error(
              t,
              "unexpected \""
                  + t.text().strip()
                  + "\": expected \""
                  + closerOf(open.peek())
                  + "\" to close \""
                  + open.peek().text().strip()
                  + "\" at "
                  + open.peek().line()
                  + ":"
                  + open.peek().column());
        }
        open.pop();
        return;
      default:
        return;
    }
  }

  private Block parseBlock() throws HclSyntaxException {
    int start = i;
    Token type = peek();
    i++;
    List<Label> labels = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.type() == TokenType.IDENT) {
        labels.add(new Label(t.text(), false, toks.subList(i, i + 1)));
        i++;
      } else if (t.type() == TokenType.OQUOTE) {
        labels.add(parseQuotedLabel());
      } else {
        break;
      }
    }
    Token brace = peek();
    if (brace.type() != TokenType.OBRACE) {
      throw error(
          brace,
          "expected \"{\" to open block \"" + type.text() + "\", found " + describe(brace));
    }
    i++;
    Optional<Comment> openComment = Optional.empty();
    Body body;
    boolean oneLine;
    Token after = peek();
    if (after.type() == TokenType.CBRACE) {
      oneLine = true;
      body = new Body(List.of());
    } else if (after.type() == TokenType.NEWLINE
        || (after.type() == TokenType.COMMENT && commentsEndLine(false))) {
      oneLine = false;
      if (after.type() == TokenType.NEWLINE) {
        i++;
      } else {
        openComment = Optional.of(new Comment(commentsOnly(lineComments())));
      }
      if (++depth > MAX_DEPTH) {
        throw error(brace, "blocks are nested more than " + MAX_DEPTH + " levels deep");
      }
      body = new Body(parseBody(brace));
      depth--;
    } else if (after.type() == TokenType.IDENT && peek(1).type() == TokenType.EQUAL) {
      oneLine = true;
      Attribute attr = parseAttribute(true);
      Token last = attr.tokens().get(attr.tokens().size() - 1);
      if (peek().type() != TokenType.CBRACE || last.endsLine()) {
        throw error(
            last,
            "a single-line block must end with \"}\" right after its attribute");
      }
      body = new Body(List.of(attr));
    } else {
      throw error(
          after,
          "expected a newline or a single attribute after \"{\" of block \""
              + type.text()
              + "\", found "
              + describe(after));
    }
    i++;
    Optional<Comment> trailing = Optional.empty();
    Token end = peek();
    if (end.type() == TokenType.COMMENT && commentsEndLine(false)) {
      trailing = Optional.of(new Comment(commentsOnly(lineComments())));
    } else if (end.type() == TokenType.NEWLINE) {
      i++;
    } else if (end.type() != TokenType.EOF) {
      throw error(
          end, "expected a newline after the \"}\" of block \"" + type.text() + "\", found " + describe(end));
    }
    return new Block(
        type.text(), labels, body, oneLine, openComment, trailing, toks.subList(start, i));
  }

  private Label parseQuotedLabel() throws HclSyntaxException {
    int start = i;
    i++;
    while (peek().type() == TokenType.QUOTED_LIT) {
      i++;
    }
    Token end = peek();
    if (end.type() != TokenType.CQUOTE) {
      if (end.type() == TokenType.TEMPLATE_INTERP || end.type() == TokenType.TEMPLATE_CONTROL) {
        throw error(end, "template sequences are not allowed in block labels");
      }
      throw error(toks.get(start), "unterminated quoted string");
    }
    i++;
    List<Token> span = toks.subList(start, i);
    String value = Expressions.decodeQuoted(span, fileName);
    return new Label(value, true, span);
  }
}
