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

  private static final class Line {
    List<Tok> lead;
    List<Tok> assign;
    List<Tok> comment;
    /** {@link #columns} of {@link #lead} once known (its spaces are final before cells are aligned), else -1. */
    int leadColumns = -1;
    /** {@link #columns} of the lead and the assignment, once the assignments are aligned, else -1. */
    int assignedColumns = -1;

    Line(List<Tok> lead) {
      this.lead = lead;
    }
  }

  /** Formats {@code source} like hclwrite.Format; {@code fileName} is accepted for symmetry. */
  public static String format(String source, String fileName) {
    return format(source);
  }

  /** Formats {@code source} like hclwrite.Format. */
  public static String format(String source) {
    List<Tok> toks = new ArrayList<>();
    for (Token t : HclLexer.scan(source)) {
      toks.add(new Tok(t.type(), t.text(), t.spacesBefore()));
    }
    List<Line> lines = linesForFormat(toks);
    formatIndent(lines);
    formatSpaces(lines);
    formatCells(lines);
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

  private static List<Line> linesForFormat(List<Tok> toks) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.type == TokenType.EOF) {
        lines.add(new Line(toks.subList(start, i)));
        start = -1;
        break;
      }
      if (isNewline(t)) {
        lines.add(new Line(toks.subList(start, i + 1)));
        start = i + 1;
      }
    }
    if (start >= 0) {
      lines.add(new Line(toks.subList(start, toks.size())));
    }
    for (Line line : lines) {
      if (line.lead.isEmpty()) {
        continue;
      }
      int n = line.lead.size();
      if (n > 1 && line.lead.get(n - 1).type == TokenType.COMMENT) {
        line.comment = line.lead.subList(n - 1, n);
        line.lead = line.lead.subList(0, n - 1);
      }
      for (int i = 1; i < line.lead.size(); i++) {
        if (line.lead.get(i).type == TokenType.EQUAL) {
          int net = 0;
          for (Tok t : line.lead.subList(i, line.lead.size())) {
            net += t.type.bracketChange();
          }
          if (net == 0) {
            line.assign = line.lead.subList(i, line.lead.size());
            line.lead = line.lead.subList(0, i);
          }
          break;
        }
      }
    }
    return lines;
  }

  private static void formatIndent(List<Line> lines) {
    List<Integer> indents = new ArrayList<>();
    for (Line line : lines) {
      if (line.lead.isEmpty()) {
        continue;
      }
      Tok first = line.lead.get(0);
      if (first.type == TokenType.NEWLINE) {
        first.spaces = 0;
        continue;
      }
      int net = 0;
      for (Tok t : line.lead) {
        net += t.type.bracketChange();
        if (t.type == TokenType.OHEREDOC) {
          break;
        }
      }
      if (line.assign != null) {
        for (Tok t : line.assign) {
          net += t.type.bracketChange();
        }
      }
      if (net > 0) {
        first.spaces = 2 * indents.size();
        indents.add(net);
      } else {
        if (net < 0) {
          int closed = -net;
          while (closed > 0 && !indents.isEmpty()) {
            int top = indents.get(indents.size() - 1);
            if (closed > top) {
              closed -= top;
              indents.remove(indents.size() - 1);
            } else if (closed < top) {
              indents.set(indents.size() - 1, top - closed);
              closed = 0;
            } else {
              indents.remove(indents.size() - 1);
              closed = 0;
            }
          }
        }
        first.spaces = 2 * indents.size();
      }
    }
  }

  private static void formatSpaces(List<Line> lines) {
    for (Line line : lines) {
      spaceCell(line.lead, false);
      if (line.assign != null) {
        spaceCell(line.assign, true);
      }
    }
  }

  private static void spaceCell(List<Tok> cell, boolean assign) {
    int n = cell.size();
    for (int i = 0; i < n; i++) {
      Tok t = cell.get(i);
      if (assign && i == 0) {
        t.spaces = 1;
      }
      Tok before = i > 0 ? cell.get(i - 1) : NIL;
      Tok after = i < n - 1 ? cell.get(i + 1) : NIL;
      if (after != NIL) {
        after.spaces = spaceAfter(t, before, after) ? 1 : 0;
      }
    }
  }

  private static void formatCells(List<Line> lines) {
    int chainStart = -1;
    int max = 0;
    for (int i = 0; i <= lines.size(); i++) {
      Line line = i < lines.size() ? lines.get(i) : null;
      if (line == null || line.assign == null) {
        if (chainStart != -1) {
          for (Line l : lines.subList(chainStart, i)) {
            l.assign.get(0).spaces = max - leadColumns(l) + 1;
          }
          chainStart = -1;
          max = 0;
        }
      } else {
        if (chainStart == -1) {
          chainStart = i;
        }
        max = Math.max(max, leadColumns(line));
      }
    }
    for (int i = 0; i <= lines.size(); i++) {
      Line line = i < lines.size() ? lines.get(i) : null;
      if (line == null || line.comment == null) {
        if (chainStart != -1) {
          for (Line l : lines.subList(chainStart, i)) {
            l.comment.get(0).spaces = max - assignedColumns(l) + 1;
          }
          chainStart = -1;
          max = 0;
        }
      } else {
        if (chainStart == -1) {
          chainStart = i;
        }
        max = Math.max(max, assignedColumns(line));
      }
    }
  }

  private static int leadColumns(Line line) {
    if (line.leadColumns < 0) {
      line.leadColumns = columns(line.lead);
    }
    return line.leadColumns;
  }

  /** Only after the assignments are aligned (their first token's spaces set). */
  private static int assignedColumns(Line line) {
    if (line.assignedColumns < 0) {
      line.assignedColumns = leadColumns(line) + columns(line.assign);
    }
    return line.assignedColumns;
  }

  private static int columns(List<Tok> cell) {
    if (cell == null) {
      return 0;
    }
    int n = 0;
    for (Tok t : cell) {
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
