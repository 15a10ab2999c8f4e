package dev.stackgen.render;

import dev.stackgen.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Invisible origin markers, used only when a file is rendered to be explained: each line-bearing
 * string of a view, and each text line of a template, is prefixed with a marker naming where it comes
 * from (a catalog line, or a template line). The markers are stripped before formatting and put back
 * on the same lines afterwards, so the marked rendering is the normal one plus markers.
 */
final class LineMarks {
  static final char OPEN = '\uE000';
  static final char CLOSE = '\uE001';
  private static final char SEP = '\u001F';

  /** What a marker says. */
  enum Kind {
    /** The line is this catalog line's text (re-indented, re-aligned). */
    LITERAL,
    /** The line is made from this catalog line (its meaning, not its text). */
    DERIVED,
    /** Made from the first catalog line at or after {@code line} holding {@code key}. */
    SEARCH,
    /**
     * A comment expected at {@code line} (holding {@code key}); else the nearest line above it, then
     * below it, that holds the key (a comment the reader moved onto another item).
     */
    COMMENT,
    /** Written by this template line. */
    TEMPLATE
  }

  /** One marker: kind, the file (catalog file or template name), the line, a search key. */
  record Mark(Kind kind, String file, int line, String key) {}

  /** One line without its markers, and the markers it carried in order. */
  record Line(String text, List<Mark> marks) {}

  private LineMarks() {}

  static String catalog(SourceRef at, int offset, boolean literal) {
    if (at == null || at.line() <= 0) {
      return "";
    }
    return OPEN + (literal ? "L" : "D") + at.file() + SEP + (at.line() + offset) + CLOSE;
  }

  static String search(SourceRef from, String key) {
    if (from == null || from.line() <= 0) {
      return "";
    }
    return OPEN + "S" + from.file() + SEP + from.line() + SEP + key + CLOSE;
  }

  static String comment(SourceRef at, int offset, String key) {
    if (at == null || at.line() <= 0) {
      return "";
    }
    return OPEN + "C" + at.file() + SEP + (at.line() + offset) + SEP + key + CLOSE;
  }

  static String template(String name, int line) {
    return OPEN + "T" + name + SEP + line + CLOSE;
  }

  /** {@code marker} before every line of {@code text}. */
  static String each(String text, String marker) {
    if (marker.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder(marker);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c);
      if (c == '\n' && i + 1 < text.length()) {
        b.append(marker);
      }
    }
    return b.toString();
  }

  /** Line {@code i} of {@code text} marked as catalog line {@code at + i} (literal) or {@code at} (derived). */
  static String lines(String text, SourceRef at, boolean literal) {
    if (at == null || at.line() <= 0) {
      return text;
    }
    if (!literal) {
      return each(text, catalog(at, 0, false));
    }
    StringBuilder b = new StringBuilder(catalog(at, 0, true));
    int line = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c);
      if (c == '\n' && i + 1 < text.length()) {
        b.append(catalog(at, ++line, true));
      }
    }
    return b.toString();
  }

  /**
   * A template's text with each text line prefixed by its template marker; lines holding only a
   * directive ({@code [#...]}, {@code [/#...]}, {@code [@...]}) are left alone, so FreeMarker still
   * strips them.
   */
  static String markTemplate(String name, String text) {
    StringBuilder b = new StringBuilder(text.length() * 2);
    int line = 1;
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      String raw = text.substring(start, end);
      String t = raw.strip();
      boolean directive = (t.startsWith("[#") || t.startsWith("[/#") || t.startsWith("[@")) && t.endsWith("]");
      if (!directive) {
        b.append(template(name, line));
      }
      b.append(raw);
      start = end;
      line++;
    }
    return b.toString();
  }

  /** The line without markers, and its markers. */
  static Line parse(String line) {
    if (line.indexOf(OPEN) < 0) {
      return new Line(line, List.of());
    }
    StringBuilder text = new StringBuilder(line.length());
    List<Mark> marks = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      int close = c == OPEN ? line.indexOf(CLOSE, i) : -1;
      if (close < 0) {
        text.append(c);
        i++;
        continue;
      }
      String body = line.substring(i + 1, close);
      String[] parts = body.substring(1).split(String.valueOf(SEP), -1);
      Kind kind = switch (body.charAt(0)) {
        case 'L' -> Kind.LITERAL;
        case 'D' -> Kind.DERIVED;
        case 'S' -> Kind.SEARCH;
        case 'C' -> Kind.COMMENT;
        default -> Kind.TEMPLATE;
      };
      marks.add(new Mark(kind, parts[0], Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : null));
      i = close + 1;
    }
    return new Line(text.toString(), List.copyOf(marks));
  }

  /** {@code text} without markers. */
  static String strip(String text) {
    if (text.indexOf(OPEN) < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == OPEN ? text.indexOf(CLOSE, i) : -1;
      if (close < 0) {
        b.append(c);
        i++;
      } else {
        i = close + 1;
      }
    }
    return b.toString();
  }

  /** The markers of {@code line}, as one string (to put back on the formatted line). */
  static String marksOf(String line) {
    if (line.indexOf(OPEN) < 0) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    while ((i = line.indexOf(OPEN, i)) >= 0) {
      int close = line.indexOf(CLOSE, i);
      if (close < 0) {
        break;
      }
      b.append(line, i, close + 1);
      i = close + 1;
    }
    return b.toString();
  }
}
