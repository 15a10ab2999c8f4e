package dev.stackgen.hcl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Lossless tokenizer for HCL native syntax following hclsyntax's scanner (scan_tokens.rl). */
public final class HclLexer {
  private enum Mode {
    MAIN,
    STRING,
    HEREDOC
  }

  private static final class Heredoc {
    final String marker;
    boolean startOfLine = true;

    Heredoc(String marker) {
      this.marker = marker;
    }
  }

  private final String src;
  /** {@link #src}'s chars: indexing an array is much cheaper than {@code charAt} before the JIT has run. */
  private final char[] cs;
  private final int len;
  private Token[] tokens = new Token[256];
  private int count;
  private final Deque<Mode> modes = new ArrayDeque<>();
  private final Deque<Integer> retBraces = new ArrayDeque<>();
  private final Deque<Heredoc> heredocs = new ArrayDeque<>();
  private int braces;
  private int pos;
  private int line = 1;
  private int column = 1;
  private int beforeStart;
  private int tokLine;
  private int tokColumn;

  private HclLexer(String src) {
    this.src = src;
    this.cs = src.toCharArray();
    this.len = cs.length;
  }

  /**
   * Tokenizes {@code source} and fails on anything the official scanner marks invalid: bad
   * characters, invalid UTF-8 (unpaired surrogates), unterminated comments, strings and heredocs.
   */
  public static List<Token> lex(String source, String fileName) throws HclSyntaxException {
    List<Token> toks = scan(source);
    validate(toks, fileName);
    return toks;
  }

  /**
   * Tokenizes {@code source} without ever failing, exactly like hclsyntax.LexConfig which ignores
   * its diagnostics; invalid input yields INVALID/BAD_UTF8 tokens. The last token is always EOF.
   */
  public static List<Token> scan(String source) {
    HclLexer lexer = new HclLexer(source);
    lexer.run();
    return TokenList.wrap(java.util.Arrays.copyOf(lexer.tokens, lexer.count));
  }

  private static void validate(List<Token> toks, String fileName) throws HclSyntaxException {
    Deque<Token> open = new ArrayDeque<>();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      switch (t.type()) {
        case INVALID:
          throw error(fileName, t, invalidMessage(t.text()));
        case BAD_UTF8:
          throw error(fileName, t, "invalid UTF-8 encoding");
        case BITWISE_AND:
        case BITWISE_OR:
        case BITWISE_NOT:
        case BITWISE_XOR:
          throw error(fileName, t, "unsupported operator \"" + t.text() + "\"");
        case SEMICOLON:
          throw error(
              fileName,
              t,
              "invalid character \";\": use newlines to separate arguments and blocks");
        case APOSTROPHE:
          throw error(
              fileName, t, "invalid character \"'\": use double quotes (\") to enclose strings");
        case BACKTICK:
          throw error(fileName, t, "invalid character \"`\"");
        case QUOTED_NEWLINE:
          throw error(fileName, open.isEmpty() ? t : open.peek(), "unterminated quoted string");
        case SLASH:
          if (i + 1 < toks.size()
              && toks.get(i + 1).type() == TokenType.STAR
              && toks.get(i + 1).textStart == toks.get(i + 1).beforeStart) {
            throw error(fileName, t, "unterminated /* comment");
          }
          break;
        case OQUOTE:
        case OHEREDOC:
          open.push(t);
          break;
        case CQUOTE:
        case CHEREDOC:
          if (!open.isEmpty()) {
            open.pop();
          }
          break;
        case EOF:
          if (!open.isEmpty()) {
            Token o = open.peek();
            throw error(
                fileName,
                o,
                o.type() == TokenType.OQUOTE ? "unterminated quoted string" : "unterminated heredoc");
          }
          break;
        default:
          break;
      }
    }
  }

  private static String invalidMessage(String text) {
    int cp = text.codePointAt(0);
    if (cp == '\\') {
      return "invalid escape: backslash at end of line";
    }
    if (HclEscaper.isInvisible(cp) || (cp >= 0xd800 && cp <= 0xdfff)) {
      return String.format("invalid character U+%04X", cp);
    }
    return "invalid character \"" + text + "\"";
  }

  static HclSyntaxException error(String fileName, Token t, String reason) {
    return new HclSyntaxException(fileName, t.line(), t.column(), reason);
  }

  private void run() {
    if (src.startsWith("\uFEFF")) {
      pos = 1;
    }
    modes.push(Mode.MAIN);
    while (pos < len) {
      switch (modes.peek()) {
        case MAIN:
          scanMain();
          break;
        case STRING:
          scanString();
          break;
        default:
          scanHeredoc();
          break;
      }
    }
    markStart();
    emit(TokenType.EOF, pos);
  }

  private char at(int i) {
    return i < len ? cs[i] : '\0';
  }

  private boolean startsWith(String s) {
    return src.startsWith(s, pos);
  }

  /** Records the current position as start of the next token (whitespace before it is kept). */
  private void markStart() {
    tokLine = line;
    tokColumn = column;
  }

  private void emit(TokenType type, int end) {
    if (count == tokens.length) {
      tokens = java.util.Arrays.copyOf(tokens, count * 2);
    }
    tokens[count++] = new Token(type, src, beforeStart, pos, end, tokLine, tokColumn);
    advance(end - pos);
    beforeStart = pos;
  }

  private void advance(int n) {
    int end = pos + n;
    while (pos < end) {
      char c = cs[pos];
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c) || pos == 0 || !Character.isHighSurrogate(cs[pos - 1])) {
        column++;
      }
      pos++;
    }
  }

  private void scanMain() {
    char c = cs[pos];
    if (c == ' ' || c == '\t') {
      int end = pos;
      while (end < len && (cs[end] == ' ' || cs[end] == '\t')) {
        end++;
      }
      advance(end - pos);
      return;
    }
    markStart();
    if (c >= '0' && c <= '9') {
      emit(TokenType.NUMBER_LIT, numberEnd());
      return;
    }
    int cp = Character.codePointAt(cs, pos);
    if (cp == '_' || isIdStart(cp)) {
      emit(TokenType.IDENT, identEnd(pos));
      return;
    }
    switch (c) {
      case '#':
        emit(TokenType.COMMENT, lineCommentEnd(pos + 1));
        return;
      case '/':
        if (at(pos + 1) == '/') {
          emit(TokenType.COMMENT, lineCommentEnd(pos + 2));
          return;
        }
        if (at(pos + 1) == '*') {
          int close = src.indexOf("*/", pos + 2);
          if (close >= 0) {
            emit(TokenType.COMMENT, close + 2);
            return;
          }
        }
        emit(TokenType.SLASH, pos + 1);
        return;
      case '\n':
        emit(TokenType.NEWLINE, pos + 1);
        return;
      case '\r':
        if (at(pos + 1) == '\n') {
          emit(TokenType.NEWLINE, pos + 2);
        } else {
          emit(TokenType.INVALID, pos + 1);
        }
        return;
      case '=':
        if (at(pos + 1) == '=') {
          emit(TokenType.EQUAL_OP, pos + 2);
        } else if (at(pos + 1) == '>') {
          emit(TokenType.FAT_ARROW, pos + 2);
        } else {
          emit(TokenType.EQUAL, pos + 1);
        }
        return;
      case '!':
        emitOneOrTwo('=', TokenType.NOT_EQUAL, TokenType.BANG);
        return;
      case '>':
        emitOneOrTwo('=', TokenType.GREATER_THAN_EQ, TokenType.GREATER_THAN);
        return;
      case '<':
        if (at(pos + 1) == '<') {
          int heredocEnd = heredocIntroEnd();
          if (heredocEnd > 0) {
            beginHeredoc(heredocEnd);
            return;
          }
        }
        emitOneOrTwo('=', TokenType.LESS_THAN_EQ, TokenType.LESS_THAN);
        return;
      case '&':
        emitOneOrTwo('&', TokenType.AND, TokenType.BITWISE_AND);
        return;
      case '|':
        emitOneOrTwo('|', TokenType.OR, TokenType.BITWISE_OR);
        return;
      case ':':
        emitOneOrTwo(':', TokenType.DOUBLE_COLON, TokenType.COLON);
        return;
      case '.':
        if (startsWith("...")) {
          emit(TokenType.ELLIPSIS, pos + 3);
        } else {
          emit(TokenType.DOT, pos + 1);
        }
        return;
      case '~':
        if (at(pos + 1) == '}') {
          closeTemplateSeq(pos + 2, true);
        } else {
          emit(TokenType.BITWISE_NOT, pos + 1);
        }
        return;
      case '{':
        emit(TokenType.OBRACE, pos + 1);
        braces++;
        return;
      case '}':
        closeTemplateSeq(pos + 1, false);
        return;
      case '"':
        emit(TokenType.OQUOTE, pos + 1);
        modes.push(Mode.STRING);
        return;
      default:
        break;
    }
    TokenType self = selfToken(c);
    if (self != null) {
      emit(self, pos + 1);
    } else {
      emitInvalidCodePoint();
    }
  }

  private void emitInvalidCodePoint() {
    char c = cs[pos];
    if (Character.isHighSurrogate(c) && Character.isLowSurrogate(at(pos + 1))) {
      emit(TokenType.INVALID, pos + 2);
    } else if (Character.isSurrogate(c)) {
      emit(TokenType.BAD_UTF8, pos + 1);
    } else {
      emit(TokenType.INVALID, pos + 1);
    }
  }

  private void emitOneOrTwo(char second, TokenType two, TokenType one) {
    if (at(pos + 1) == second) {
      emit(two, pos + 2);
    } else {
      emit(one, pos + 1);
    }
  }

  private static TokenType selfToken(char c) {
    switch (c) {
      case '[':
        return TokenType.OBRACK;
      case ']':
        return TokenType.CBRACK;
      case '(':
        return TokenType.OPAREN;
      case ')':
        return TokenType.CPAREN;
      case ',':
        return TokenType.COMMA;
      case '*':
        return TokenType.STAR;
      case '%':
        return TokenType.PERCENT;
      case '+':
        return TokenType.PLUS;
      case '-':
        return TokenType.MINUS;
      case '?':
        return TokenType.QUESTION;
      case '^':
        return TokenType.BITWISE_XOR;
      case ';':
        return TokenType.SEMICOLON;
      case '`':
        return TokenType.BACKTICK;
      case '\'':
        return TokenType.APOSTROPHE;
      default:
        return null;
    }
  }

  private void closeTemplateSeq(int end, boolean tilde) {
    if (!retBraces.isEmpty() && retBraces.peek() == braces) {
      emit(TokenType.TEMPLATE_SEQ_END, end);
      braces--;
      retBraces.pop();
      modes.pop();
    } else {
      emit(tilde ? TokenType.TEMPLATE_SEQ_END : TokenType.CBRACE, end);
      braces--;
    }
  }

  private int numberEnd() {
    int i = pos + 1;
    int good = i;
    while (i < len) {
      char c = cs[i];
      if (c >= '0' && c <= '9') {
        i++;
        good = i;
      } else if (c == '.') {
        i++;
      } else if (c == 'e' || c == 'E') {
        int j = i + 1;
        if (at(j) == '+' || at(j) == '-') {
          j++;
        }
        if (at(j) >= '0' && at(j) <= '9') {
          i = j + 1;
          good = i;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return good;
  }

  private int identEnd(int start) {
    int i = start + Character.charCount(Character.codePointAt(cs, start));
    while (i < len) {
      int cp = Character.codePointAt(cs, i);
      if (cp == '-' || isIdContinue(cp)) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  static boolean isIdStart(int cp) {
    return IdentChars.isStart(cp);
  }

  static boolean isIdContinue(int cp) {
    return IdentChars.isContinue(cp);
  }

  private int lineCommentEnd(int from) {
    int nl = src.indexOf('\n', from);
    return nl < 0 ? len : nl + 1;
  }

  /** End of a complete heredoc introducer {@code <<-?Ident\r?\n} at pos, or -1. */
  private int heredocIntroEnd() {
    int i = pos + 2;
    if (at(i) == '-') {
      i++;
    }
    if (i >= len) {
      return -1;
    }
    int cp = Character.codePointAt(cs, i);
    if (!(cp == '_' || isIdStart(cp))) {
      return -1;
    }
    i = identEnd(i);
    if (at(i) == '\r') {
      i++;
    }
    return at(i) == '\n' ? i + 1 : -1;
  }

  private void beginHeredoc(int end) {
    String intro = src.substring(pos, end);
    String marker = intro.substring(intro.charAt(2) == '-' ? 3 : 2).strip();
    emit(TokenType.OHEREDOC, end);
    heredocs.push(new Heredoc(marker));
    modes.push(Mode.HEREDOC);
  }

  private boolean beginTemplateSeq() {
    boolean interp = startsWith("${");
    if (!interp && !startsWith("%{")) {
      return false;
    }
    markStart();
    int end = pos + 2;
    if (at(end) == '~') {
      end++;
    }
    emit(interp ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, end);
    braces++;
    retBraces.push(braces);
    if (!heredocs.isEmpty()) {
      heredocs.peek().startOfLine = false;
    }
    modes.push(Mode.MAIN);
    return true;
  }

  /** Length of an escaped template introducer ($${ or %%{, optionally with ~) at i, or 0. */
  private int escapedIntroLength(int i) {
    char c = cs[i];
    if ((c == '$' || c == '%') && at(i + 1) == c && at(i + 2) == '{') {
      return at(i + 3) == '~' ? 4 : 3;
    }
    return 0;
  }

  private void scanString() {
    if (beginTemplateSeq()) {
      return;
    }
    markStart();
    char c = cs[pos];
    if (c == '"') {
      emit(TokenType.CQUOTE, pos + 1);
      modes.pop();
      return;
    }
    if (c == '\r' || c == '\n') {
      int end = pos;
      while (end < len && (cs[end] == '\r' || cs[end] == '\n')) {
        end++;
      }
      emit(TokenType.QUOTED_NEWLINE, end);
      return;
    }
    if (c == '\\' && (pos + 1 >= len || at(pos + 1) == '\n' || at(pos + 1) == '\r')) {
      emit(TokenType.INVALID, pos + 1);
      return;
    }
    if (Character.isSurrogate(c) && !isPairAt(pos)) {
      emit(TokenType.BAD_UTF8, pos + 1);
      return;
    }
    int i = pos;
    while (i < len) {
      char d = cs[i];
      if (d == '"' || d == '\r' || d == '\n') {
        break;
      }
      if (d == '$' || d == '%') {
        int esc = escapedIntroLength(i);
        if (esc > 0) {
          i += esc;
          continue;
        }
        if (at(i + 1) == '{') {
          break;
        }
        i++;
        continue;
      }
      if (d == '\\') {
        char e = at(i + 1);
        if (i + 1 >= len || e == '\n' || e == '\r') {
          break;
        }
        i += isPairAt(i + 1) ? 3 : 2;
        continue;
      }
      if (Character.isSurrogate(d)) {
        if (!isPairAt(i)) {
          break;
        }
        i += 2;
        continue;
      }
      i++;
    }
    emit(TokenType.QUOTED_LIT, i);
  }

  private boolean isPairAt(int i) {
    return Character.isHighSurrogate(at(i)) && Character.isLowSurrogate(at(i + 1));
  }

  private void scanHeredoc() {
    if (beginTemplateSeq()) {
      return;
    }
    markStart();
    Heredoc doc = heredocs.peek();
    char c = cs[pos];
    if (c == '\r' && at(pos + 1) != '\n') {
      // The official scanner has no rule for a lone CR in a heredoc and gives up on the rest.
      emit(TokenType.INVALID, len);
      return;
    }
    if (Character.isSurrogate(c) && !isPairAt(pos)) {
      emit(TokenType.BAD_UTF8, pos + 1);
      return;
    }
    int i = pos;
    int eol = -1;
    while (i < len) {
      char d = cs[i];
      if (d == '\n') {
        eol = i + 1;
        break;
      }
      if (d == '\r') {
        if (at(i + 1) == '\n') {
          eol = i + 2;
        }
        break;
      }
      if (d == '$' || d == '%') {
        int esc = escapedIntroLength(i);
        if (esc > 0) {
          i += esc;
          continue;
        }
        if (at(i + 1) == '{') {
          break;
        }
      }
      if (Character.isSurrogate(d)) {
        if (!isPairAt(i)) {
          break;
        }
        i++;
      }
      i++;
    }
    if (eol < 0) {
      doc.startOfLine = false;
      emit(TokenType.STRING_LIT, i);
      return;
    }
    if (doc.startOfLine && goTrimSpace(src.substring(pos, i)).equals(doc.marker)) {
      emit(TokenType.CHEREDOC, i);
      markStart();
      emit(TokenType.NEWLINE, eol);
      heredocs.pop();
      modes.pop();
      return;
    }
    doc.startOfLine = true;
    emit(TokenType.STRING_LIT, eol);
  }

  /** Trims whitespace the way Go's bytes.TrimSpace does (Unicode White_Space). */
  static String goTrimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isGoSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static boolean isGoSpace(char c) {
    return Character.isWhitespace(c) || c == 0x85 || c == 0xA0 || c == 0x2007 || c == 0x202F;
  }
}
