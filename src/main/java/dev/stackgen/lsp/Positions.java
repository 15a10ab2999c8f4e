package dev.stackgen.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions (0-based line, UTF-16 code units, as LSP counts by default) to and from string offsets,
 * and catalog positions (1-based line, column in characters) to LSP ranges.
 */
final class Positions {
  private Positions() {}

  static int lineStart(String text, int line) {
    int offset = 0;
    for (int l = 0; l < line; l++) {
      int nl = text.indexOf('\n', offset);
      if (nl < 0) {
        return text.length();
      }
      offset = nl + 1;
    }
    return offset;
  }

  static int lineEnd(String text, int start) {
    int nl = text.indexOf('\n', start);
    int end = nl < 0 ? text.length() : nl;
    return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /** The offset of an LSP position, clamped to its line. */
  static int offset(String text, Position p) {
    int start = lineStart(text, p.getLine());
    return Math.min(start + p.getCharacter(), lineEnd(text, start));
  }

  static Position position(String text, int offset) {
    int line = 0;
    int start = 0;
    int limit = Math.min(offset, text.length());
    for (int k = text.indexOf('\n'); k >= 0 && k < limit; k = text.indexOf('\n', k + 1)) {
      line++;
      start = k + 1;
    }
    return new Position(line, limit - start);
  }

  static Range range(String text, int start, int end) {
    return new Range(position(text, start), position(text, end));
  }

  /** The offset of a catalog position (1-based line; column counted in code points). */
  static int offset(String text, int line, int column) {
    int start = lineStart(text, line - 1);
    int end = lineEnd(text, start);
    int offset = start;
    for (int c = 1; c < column && offset < end; c++) {
      offset += Character.charCount(text.codePointAt(offset));
    }
    return offset;
  }

  private static final java.util.regex.Pattern BLOCK_LABELS =
      java.util.regex.Pattern.compile("((?:[ \\t]+\"(?:[^\"\\\\\\n]|\\\\.)*\")+)[ \\t]*\\{");

  /**
   * The range a problem at a catalog position covers: the quoted string or the name starting there (a block's
   * type with its labels), the line's text for a whole-line problem, else one character.
   */
  static Range problemRange(String text, int line, int column, boolean wholeLine) {
    int start = offset(text, line, column);
    int lineStart = lineStart(text, line - 1);
    int lineEnd = lineEnd(text, lineStart);
    if (wholeLine) {
      int s = lineStart;
      while (s < lineEnd && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      return range(text, s, Math.max(s, lineEnd));
    }
    int end = start;
    if (start < lineEnd && text.charAt(start) == '"') {
      end = start + 1;
      while (end < lineEnd && text.charAt(end) != '"') {
        end += text.charAt(end) == '\\' ? 2 : 1;
      }
      end = Math.min(lineEnd, end + 1);
    } else {
      while (end < lineEnd && (Syntax.isWord(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
    }
    // a problem at a block (a duplicate stack, two files on one path): the type and its labels
    java.util.regex.Matcher labels = BLOCK_LABELS.matcher(text).region(end, lineEnd);
    if (end > start && labels.lookingAt()) {
      end = labels.end(1);
    }
    if (end == start && start < lineEnd) {
      end = start + 1;
    }
    return range(text, start, end);
  }
}
