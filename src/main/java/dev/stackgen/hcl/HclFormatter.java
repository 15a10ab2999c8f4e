package dev.stackgen.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Canonical HCL layout, byte-identical to hclwrite.Format: it re-spaces the token stream line by
 * line (indentation, spaces between tokens, aligned {@code =} and trailing comments) and never
 * rejects input.
 */
public final class HclFormatter {
  private HclFormatter() {}

  private static final class Tok {
    final TokenType type;
    final String text;
    int spaces;

    Tok(TokenType type, String text, int spaces) {
      this.type = type;
      this.text = text;
      this.spaces = spaces;
    }
  }

  private static final Tok NIL = new Tok(null, "", 0);

  /**
   * One line of the token array: its lead cell {@code [start, leadEnd)}, then the assignment cell {@code
   * [leadEnd, assignEnd)} when {@link #hasAssign}, and the trailing comment at {@link #comment} (or -1).
   * Ranges over one array, not list views (issue 23: the formatter runs for every rendered file, mostly
   * interpreted, where each view's get and iterator cost several calls).
   */
  private static final class Line {
    final int start;
    int leadEnd;
    int assignEnd = -1;
    int comment = -1;
    /** {@link #columns} of the lead once known (its spaces are final before cells are aligned), else -1. */
    int leadColumns = -1;
    /** {@link #columns} of the lead and the assignment, once the assignments are aligned, else -1. */
    int assignedColumns = -1;

    Line(int start, int leadEnd) {
      this.start = start;
      this.leadEnd = leadEnd;
    }

    boolean hasAssign() {
      return assignEnd >= 0;
    }
  }

  /** Formats {@code source} like hclwrite.Format; {@code fileName} is accepted for symmetry. */
  public static String format(String source, String fileName) {
    return format(source);
  }

  /** Formats {@code source} like hclwrite.Format. */
  public static String format(String source) {
    List<Token> scanned = HclLexer.scan(source);
    int count = scanned.size();
    Tok[] toks = new Tok[count];
    for (int k = 0; k < count; k++) {
      Token t = scanned.get(k);
      toks[k] = new Tok(t.type(), t.text(), t.spacesBefore());
    }
    List<Line> lines = linesForFormat(toks);
    formatIndent(toks, lines);
    formatSpaces(toks, lines);
    formatCells(toks, lines);
    StringBuilder sb = new StringBuilder(source.length() + 64);
    for (Tok t : toks) {
      for (int k = t.spaces; k > 0; k--) {
        sb.append(' ');
      }
      sb.append(t.text);
    }
    if (sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
      // The official tool returns its result through a TextDecoder, which drops a leading BOM.
      sb.deleteCharAt(0);
    }
    return sb.toString();
  }

  /** True when {@code source} is already in canonical layout. */
  public static boolean isCanonical(String source) {
    return format(source).equals(source);
  }

  /** True when {@code source} is already in canonical layout; {@code fileName} as in format. */
  public static boolean isCanonical(String source, String fileName) {
    return isCanonical(source);
  }

  private static boolean isNewline(Tok t) {
    return t.type == TokenType.NEWLINE || (t.type == TokenType.COMMENT && t.text.endsWith("\n"));
  }

  private static List<Line> linesForFormat(Tok[] toks) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < toks.length; i++) {
      Tok t = toks[i];
      if (t.type == TokenType.EOF) {
        lines.add(new Line(start, i));
        start = -1;
        break;
      }
      if (isNewline(t)) {
        lines.add(new Line(start, i + 1));
        start = i + 1;
      }
    }
    if (start >= 0) {
      lines.add(new Line(start, toks.length));
    }
    for (Line line : lines) {
      int s = line.start;
      int e = line.leadEnd;
      if (s == e) {
        continue;
      }
      if (e - s > 1 && toks[e - 1].type == TokenType.COMMENT) {
        line.comment = e - 1;
        e--;
        line.leadEnd = e;
      }
      for (int i = s + 1; i < e; i++) {
        if (toks[i].type == TokenType.EQUAL) {
          int net = 0;
          for (int k = i; k < e; k++) {
            net += toks[k].type.bracketChange();
          }
          if (net == 0) {
            line.leadEnd = i;
            line.assignEnd = e;
          }
          break;
        }
      }
    }
    return lines;
  }

  private static void formatIndent(Tok[] toks, List<Line> lines) {
    int[] indents = new int[16];
    int depth = 0;
    for (Line line : lines) {
      if (line.start == line.leadEnd) {
        continue;
      }
      Tok first = toks[line.start];
      if (first.type == TokenType.NEWLINE) {
        first.spaces = 0;
        continue;
      }
      int net = 0;
      for (int k = line.start; k < line.leadEnd; k++) {
        TokenType type = toks[k].type;
        net += type.bracketChange();
        if (type == TokenType.OHEREDOC) {
          break;
        }
      }
      for (int k = line.leadEnd; k < line.assignEnd; k++) {
        net += toks[k].type.bracketChange();
      }
      if (net > 0) {
        first.spaces = 2 * depth;
        if (depth == indents.length) {
          indents = java.util.Arrays.copyOf(indents, depth * 2);
        }
        indents[depth++] = net;
      } else {
        if (net < 0) {
          int closed = -net;
          while (closed > 0 && depth > 0) {
            int top = indents[depth - 1];
            if (closed > top) {
              closed -= top;
              depth--;
            } else if (closed < top) {
              indents[depth - 1] = top - closed;
              closed = 0;
            } else {
              depth--;
              closed = 0;
            }
          }
        }
        first.spaces = 2 * depth;
      }
    }
  }

  private static void formatSpaces(Tok[] toks, List<Line> lines) {
    for (Line line : lines) {
      spaceCell(toks, line.start, line.leadEnd, false);
      if (line.hasAssign()) {
        spaceCell(toks, line.leadEnd, line.assignEnd, true);
      }
    }
  }

  /** Spaces inside the cell {@code [from, to)}. */
  private static void spaceCell(Tok[] toks, int from, int to, boolean assign) {
    for (int i = from; i < to; i++) {
      Tok t = toks[i];
      if (assign && i == from) {
        t.spaces = 1;
      }
      Tok before = i > from ? toks[i - 1] : NIL;
      Tok after = i < to - 1 ? toks[i + 1] : NIL;
      if (after != NIL) {
        after.spaces = spaceAfter(t, before, after) ? 1 : 0;
      }
    }
  }

  private static void formatCells(Tok[] toks, List<Line> lines) {
    int chainStart = -1;
    int max = 0;
    for (int i = 0; i <= lines.size(); i++) {
      Line line = i < lines.size() ? lines.get(i) : null;
      if (line == null || !line.hasAssign()) {
        if (chainStart != -1) {
          for (int k = chainStart; k < i; k++) {
            Line l = lines.get(k);
            toks[l.leadEnd].spaces = max - leadColumns(toks, l) + 1;
          }
          chainStart = -1;
          max = 0;
        }
      } else {
        if (chainStart == -1) {
          chainStart = i;
        }
        max = Math.max(max, leadColumns(toks, line));
      }
    }
    for (int i = 0; i <= lines.size(); i++) {
      Line line = i < lines.size() ? lines.get(i) : null;
      if (line == null || line.comment < 0) {
        if (chainStart != -1) {
          for (int k = chainStart; k < i; k++) {
            Line l = lines.get(k);
            toks[l.comment].spaces = max - assignedColumns(toks, l) + 1;
          }
          chainStart = -1;
          max = 0;
        }
      } else {
        if (chainStart == -1) {
          chainStart = i;
        }
        max = Math.max(max, assignedColumns(toks, line));
      }
    }
  }

  private static int leadColumns(Tok[] toks, Line line) {
    if (line.leadColumns < 0) {
      line.leadColumns = columns(toks, line.start, line.leadEnd);
    }
    return line.leadColumns;
  }

  /** Only after the assignments are aligned (their first token's spaces set). */
  private static int assignedColumns(Tok[] toks, Line line) {
    if (line.assignedColumns < 0) {
      line.assignedColumns = leadColumns(toks, line) + (line.hasAssign() ? columns(toks, line.leadEnd,
          line.assignEnd) : 0);
    }
    return line.assignedColumns;
  }

  /** Columns of the cell {@code [from, to)}. */
  private static int columns(Tok[] toks, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      Tok t = toks[k];
      n += t.spaces + Graphemes.count(t.text);
    }
    return n;
  }

  /** By ordinal: the types in {@code types} (a table, not a varargs scan: runs for every token). */
  private static boolean[] table(TokenType... types) {
    boolean[] in = new boolean[TokenType.values().length];
    for (TokenType t : types) {
      in[t.ordinal()] = true;
    }
    return in;
  }

  /** No space after these (a string or heredoc opens), nor before {@link #TEXT_CLOSES} (one closes). */
  private static final boolean[] TEXT_OPENS =
      table(TokenType.QUOTED_LIT, TokenType.STRING_LIT, TokenType.OQUOTE, TokenType.OHEREDOC);
  private static final boolean[] TEXT_CLOSES =
      table(TokenType.QUOTED_LIT, TokenType.STRING_LIT, TokenType.CQUOTE, TokenType.CHEREDOC);
  /** After these a minus is a sign, written without a space before its operand. */
  private static final boolean[] SIGN_AFTER = table(
      TokenType.OPAREN,
      TokenType.OBRACE,
      TokenType.OBRACK,
      TokenType.EQUAL,
      TokenType.COLON,
      TokenType.COMMA,
      TokenType.QUESTION,
      TokenType.PLUS,
      TokenType.STAR,
      TokenType.SLASH,
      TokenType.PERCENT,
      TokenType.MINUS,
      TokenType.EQUAL_OP,
      TokenType.NOT_EQUAL,
      TokenType.GREATER_THAN,
      TokenType.GREATER_THAN_EQ,
      TokenType.LESS_THAN,
      TokenType.LESS_THAN_EQ,
      TokenType.AND,
      TokenType.OR,
      TokenType.BANG);

  private static boolean spaceAfter(Tok subject, Tok before, Tok after) {
    TokenType s = subject.type;
    TokenType a = after.type;
    TokenType b = before.type;
    if (a == TokenType.NEWLINE || after == NIL) {
      return false;
    }
    if (s == TokenType.IDENT && a == TokenType.OPAREN) {
      return false;
    }
    if (s == TokenType.DOT || a == TokenType.DOT) {
      return false;
    }
    // provider::ns::f(...), Terraform's provider-defined functions: "::" is one token since hcl v2.20
    // and is written without spaces (hcl v2.19.1 scanned two colons and wrote "provider : : ns : : f",
    // which no parser accepts; stackgen never writes that).
    if (s == TokenType.DOUBLE_COLON || a == TokenType.DOUBLE_COLON) {
      return false;
    }
    if (a == TokenType.COMMA || a == TokenType.ELLIPSIS) {
      return false;
    }
    if (s == TokenType.COMMA) {
      return true;
    }
    if (TEXT_OPENS[s.ordinal()] || TEXT_CLOSES[a.ordinal()]) {
      return false;
    }
    if (s == TokenType.IDENT && subject.text.equals("in") && b == TokenType.IDENT) {
      return true;
    }
    if (a == TokenType.OBRACK
        && (s == TokenType.IDENT || s == TokenType.NUMBER_LIT || s.bracketChange() < 0)) {
      return false;
    }
    if (s == TokenType.BANG) {
      return false;
    }
    if (s == TokenType.MINUS) {
      if (before == NIL) {
        return false;
      }
      return !SIGN_AFTER[b.ordinal()];
    }
    if (s == TokenType.OBRACE || a == TokenType.CBRACE) {
      return !(s == TokenType.OBRACE && a == TokenType.CBRACE);
    }
    if ((s == TokenType.TEMPLATE_INTERP || s == TokenType.TEMPLATE_CONTROL) && a == TokenType.OBRACE) {
      return true;
    }
    if (s == TokenType.CBRACE && a == TokenType.TEMPLATE_SEQ_END) {
      return true;
    }
    if (s == TokenType.TEMPLATE_SEQ_END
        && (a == TokenType.TEMPLATE_INTERP || a == TokenType.TEMPLATE_CONTROL)) {
      return false;
    }
    if (s.bracketChange() > 0) {
      return false;
    }
    if (a.bracketChange() < 0) {
      return false;
    }
    return true;
  }
}
