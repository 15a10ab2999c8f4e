package dev.stackgen.postfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A main.cf read with Postfix's own rules (readllines + split_nameval): blank lines and lines whose first
 * non-whitespace character is {@code #} are skipped anywhere, a line starting with whitespace continues
 * the logical line before it (the newline is deleted, the whitespace kept), and each logical line is
 * {@code name = value} with the value trimmed.
 *
 * @param file file name used in findings
 * @param physicalLines number of physical lines in the text
 * @param lines the logical lines, in file order
 */
public record MainCf(String file, int physicalLines, List<LogicalLine> lines) {

  public MainCf {
    Objects.requireNonNull(file, "file");
    lines = List.copyOf(lines);
  }

  /** One physical line of text (without its line terminator) and its 1-based number. */
  public record Physical(int line, String text) {
    public Physical {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A logical line: its first physical line and the continuation lines joined to it.
   *
   * @param parts the physical lines (comment and blank lines in between are not part of it)
   */
  public record LogicalLine(List<Physical> parts) {
    public LogicalLine {
      parts = List.copyOf(parts);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("a logical line needs at least one physical line");
      }
    }

    /** 1-based number of the first physical line (the one Postfix reports). */
    public int line() {
      return parts.get(0).line();
    }

    /** 1-based number of the last physical line. */
    public int lastLine() {
      return parts.get(parts.size() - 1).line();
    }

    /** The joined text, as Postfix sees it (newlines deleted). */
    public String text() {
      StringBuilder sb = new StringBuilder();
      parts.forEach(p -> sb.append(p.text()));
      return sb.toString();
    }

    /** True when the logical line itself starts with whitespace (only possible for the first one). */
    public boolean startsWithWhitespace() {
      return isSpace(text().charAt(0));
    }

    /** The definition, or empty when the line is malformed or starts with whitespace. */
    public Optional<Definition> definition() {
      return parse() instanceof Definition d && !startsWithWhitespace() ? Optional.of(d) : Optional.empty();
    }

    /** The syntax error, if {@code split_nameval} would reject this line. */
    public Optional<Malformed> malformed() {
      return parse() instanceof Malformed m && !startsWithWhitespace() ? Optional.of(m) : Optional.empty();
    }

    private Object parse() {
      String s = text();
      int n = s.length();
      int np = 0;
      while (np < n && isSpace(s.charAt(np))) {
        np++;
      }
      if (np == n || s.charAt(np) == '=') {
        return new Malformed(line(), s, "missing attribute name");
      }
      int ep = np;
      while (ep < n && !isSpace(s.charAt(ep)) && s.charAt(ep) != '=') {
        ep++;
      }
      int cp = ep;
      while (cp < n && isSpace(s.charAt(cp))) {
        cp++;
      }
      if (cp == n || s.charAt(cp) != '=') {
        return new Malformed(line(), s, "missing '=' after attribute name");
      }
      return new Definition(s.substring(np, ep), trim(s.substring(cp + 1)), line(), lastLine());
    }
  }

  /**
   * A {@code name = value} logical line.
   *
   * @param name parameter name
   * @param value value with leading and trailing whitespace removed (may be empty)
   * @param line first physical line
   * @param lastLine last physical line
   */
  public record Definition(String name, String value, int line, int lastLine) {
    public Definition {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A logical line Postfix rejects; postconf exits with {@code fatal: FILE, line N: message: "text"}.
   *
   * @param line first physical line
   * @param text the joined logical line
   * @param message Postfix's wording
   */
  public record Malformed(int line, String text, String message) {
    public Malformed {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Reads {@code text} (any line terminator {@code \n}; a {@code \r} before it counts as whitespace). */
  public static MainCf parse(String file, String text) {
    Objects.requireNonNull(text, "text");
    List<LogicalLine> result = new ArrayList<>();
    List<Physical> current = new ArrayList<>();
    String[] physical = text.split("\n", -1);
    int count = text.isEmpty() ? 0 : (text.endsWith("\n") ? physical.length - 1 : physical.length);
    for (int i = 0; i < count; i++) {
      String line = physical[i];
      int first = 0;
      while (first < line.length() && isSpace(line.charAt(first))) {
        first++;
      }
      if (first == line.length() || line.charAt(first) == '#') {
        continue;
      }
      if (first == 0 && !current.isEmpty()) {
        result.add(new LogicalLine(current));
        current = new ArrayList<>();
      }
      current.add(new Physical(i + 1, line));
    }
    if (!current.isEmpty()) {
      result.add(new LogicalLine(current));
    }
    return new MainCf(file, count, result);
  }

  /** The well-formed definitions in file order (duplicates included). */
  public List<Definition> definitions() {
    List<Definition> out = new ArrayList<>();
    lines.forEach(l -> l.definition().ifPresent(out::add));
    return List.copyOf(out);
  }

  /** The malformed logical lines in file order. */
  public List<Malformed> malformed() {
    List<Malformed> out = new ArrayList<>();
    lines.forEach(l -> l.malformed().ifPresent(out::add));
    return List.copyOf(out);
  }

  /**
   * The parameter names a value refers to, in order, as Postfix's macro scanner finds them:
   * {@code $name}, {@code ${name}}, {@code $(name)}, {@code ${name?text}}, {@code ${name:text}} (names in
   * the text are found too) and relational {@code ${{...} op {...} ? ... }}; {@code $$} is a literal dollar.
   */
  public static List<String> references(String value) {
    List<String> out = new ArrayList<>();
    scan(value, out);
    return List.copyOf(out);
  }

  private static void scan(String s, List<String> out) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (s.charAt(i) != '$' || i + 1 >= n) {
        i++;
        continue;
      }
      char c = s.charAt(i + 1);
      if (c == '$') {
        i += 2;
      } else if (c == '{' || c == '(') {
        int end = bracketEnd(s, i + 1);
        int j = end < 0 ? n : end;
        String inner = s.substring(i + 2, end < 0 ? n : end - 1);
        int k = 0;
        while (k < inner.length() && isNameChar(inner.charAt(k))) {
          k++;
        }
        if (k > 0) {
          out.add(inner.substring(0, k));
        }
        scan(inner.substring(k), out);
        i = j;
      } else if (isNameChar(c)) {
        int j = i + 1;
        while (j < n && isNameChar(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i + 1, j));
        i = j;
      } else {
        i++;
      }
    }
  }

  /**
   * The index just past the bracket closing the one at {@code open} ({@code {} or {@code (}, nested ones
   * counted), or -1 when the value ends first.
   */
  private static int bracketEnd(String s, int open) {
    char c = s.charAt(open);
    char close = c == '{' ? '}' : ')';
    int depth = 1;
    int j = open + 1;
    while (j < s.length() && depth > 0) {
      char d = s.charAt(j);
      if (d == c) {
        depth++;
      } else if (d == close) {
        depth--;
      }
      j++;
    }
    return depth == 0 ? j : -1;
  }

  /**
   * The error Postfix's macro parser reports for a value, if any: {@code empty macro name} ({@code $} not
   * followed by a name, {@code ${}}), {@code truncated macro reference} (no closing bracket) or
   * {@code attribute name syntax error} ({@code ${name!x}}). {@code $$} is a literal dollar.
   */
  public static Optional<String> macroError(String value) {
    int n = value.length();
    int i = 0;
    while (i < n) {
      if (value.charAt(i) != '$') {
        i++;
        continue;
      }
      if (i + 1 >= n) {
        return Optional.of("empty macro name");
      }
      char c = value.charAt(i + 1);
      if (c == '$') {
        i += 2;
      } else if (c == '{' || c == '(') {
        int j = bracketEnd(value, i + 1);
        if (j < 0) {
          return Optional.of("truncated macro reference");
        }
        String inner = value.substring(i + 2, j - 1);
        if (!inner.startsWith("{")) {
          int k = 0;
          while (k < inner.length() && isNameChar(inner.charAt(k))) {
            k++;
          }
          if (k == 0) {
            return Optional.of("empty macro name");
          }
          if (k < inner.length() && inner.charAt(k) != '?' && inner.charAt(k) != ':') {
            return Optional.of("attribute name syntax error");
          }
          Optional<String> nested = macroError(inner.substring(k));
          if (nested.isPresent()) {
            return nested;
          }
        }
        i = j;
      } else if (isNameChar(c)) {
        i += 2;
      } else {
        return Optional.of("empty macro name");
      }
    }
    return Optional.empty();
  }

  static boolean isNameChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
  }

  static String trim(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }
}
