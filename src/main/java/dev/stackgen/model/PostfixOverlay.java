package dev.stackgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A docker-mailserver Postfix {@code main.cf} overlay, rendered as the heredoc default of
 * {@code variable "<variable>"} in {@code <stacks_dir>/<stack>/<file>}. Entries keep catalog order,
 * comments and blank lines; each entry may carry its own spelling (the exact line a hand-kept file
 * has), and {@link Layout} carries the variable block and heredoc as written.
 */
public record PostfixOverlay(
    String variable,
    String file,
    String profile,
    List<Entry> entries,
    Trivia leading,
    SourceRef source,
    Layout layout,
    DmsSetup dms) {
  /**
   * The lint profiles stackgen ships (the one list: the catalog schema's allowed values, the
   * {@code postfix} package's {@code Profile.KNOWN}, the CLI's and the language server's).
   */
  public static final List<String> PROFILES = List.of("dms-15");

  /** The lint profile used when the catalog names none. */
  public static final String DEFAULT_PROFILE = PROFILES.get(0);

  /** An overlay rendered as {@code type = string} and a {@code <<EOT} heredoc at the start of its lines. */
  public PostfixOverlay(
      String variable, String file, String profile, List<Entry> entries, Trivia leading, SourceRef source) {
    this(variable, file, profile, entries, leading, source, Layout.DEFAULT, DmsSetup.NONE);
  }

  /**
   * With {@code heredocIndent} above 0 the heredoc is {@code <<-EOT} with its lines indented by that
   * many spaces (and the closing marker by two).
   */
  public PostfixOverlay(String variable, String file, String profile, List<Entry> entries, Trivia leading,
      SourceRef source, int heredocIndent) {
    this(variable, file, profile, entries, leading, source, Layout.DEFAULT.withHeredoc(heredocIndent != 0
        ? new Heredoc(true, "EOT", heredocIndent, 2) : Heredoc.PLAIN), DmsSetup.NONE);
  }

  public PostfixOverlay {
    Names.requireIdentifier(variable, "variable name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(profile, "profile");
    entries = List.copyOf(entries);
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(dms, "dms");
  }

  /** Spaces before each non-blank heredoc line (0 for {@code <<EOT}). */
  public int heredocIndent() {
    return layout.heredoc().indent();
  }

  /** What kind of main.cf line group an entry is. */
  public enum Kind {
    /** {@code name = value}, possibly with continuation lines. */
    PARAMETER,
    /** A line whose first non-blank character is {@code #}. */
    COMMENT,
    /** An empty or whitespace-only line. */
    BLANK,
    /** A line starting with whitespace that Postfix joins to the parameter before it. */
    CONTINUATION
  }

  /**
   * One line group of the overlay: a parameter ({@code name} and {@code value}, the value possibly
   * multi-line), a comment line ({@code comment} starting with {@code #}), a blank line or a
   * continuation line. {@code spelling}, when set, is the exact text Postfix reads for it (one physical
   * line, as a hand-kept file has it: {@code smtpd_use_tls=yes}, trailing blanks, tabs); without it the
   * entry renders canonically ({@code name = value}).
   */
  public record Entry(String name, String value, String comment, SourceRef source, String spelling) {
    public Entry {
      if (spelling != null) {
        String[] parsed = classify(spelling);
        if (!Objects.equals(parsed[0], name) || !Objects.equals(parsed[1], value)
            || !Objects.equals(parsed[2], comment)) {
          throw new IllegalArgumentException("the spelling \"" + spelling + "\" does not say what the entry says");
        }
      }
    }

    public Entry(String name, String value, String comment, SourceRef source) {
      this(name, value, comment, source, null);
    }

    public static Entry parameter(String name, String value, SourceRef source) {
      return new Entry(Objects.requireNonNull(name), Objects.requireNonNull(value), null, source, null);
    }

    public static Entry comment(String text, SourceRef source) {
      return new Entry(null, null, Objects.requireNonNull(text), source, null);
    }

    public static Entry blank(SourceRef source) {
      return new Entry(null, null, null, source, null);
    }

    /**
     * One physical main.cf line exactly as written, classified as Postfix reads it: blank, comment
     * ({@code #} after optional whitespace), continuation (starts with whitespace) or a definition split
     * like Postfix's {@code split_nameval} (name up to whitespace or {@code =}, value trimmed).
     *
     * @throws IllegalArgumentException when the line is a definition Postfix rejects (no name, no
     *     {@code =}) or holds a line break
     */
    public static Entry line(String text, SourceRef source) {
      String[] parsed = classify(text);
      return new Entry(parsed[0], parsed[1], parsed[2], source, text);
    }

    /** {name, value, comment} of one physical line; all null for blank and continuation lines. */
    private static String[] classify(String text) {
      Objects.requireNonNull(text, "text");
      if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a main.cf line holds no line break");
      }
      int n = text.length();
      int first = 0;
      while (first < n && isSpace(text.charAt(first))) {
        first++;
      }
      if (first == n || first > 0 && text.charAt(first) != '#') {
        return new String[3];
      }
      if (text.charAt(first) == '#') {
        return new String[] {null, null, text};
      }
      int end = 0;
      while (end < n && !isSpace(text.charAt(end)) && text.charAt(end) != '=') {
        end++;
      }
      int eq = end;
      while (eq < n && isSpace(text.charAt(eq))) {
        eq++;
      }
      if (end == 0) {
        throw new IllegalArgumentException("missing attribute name");
      }
      if (eq == n || text.charAt(eq) != '=') {
        throw new IllegalArgumentException("missing '=' after attribute name");
      }
      return new String[] {text.substring(0, end), strip(text.substring(eq + 1)), null};
    }

    /** Whether {@code other} is the same main.cf line group (wherever each was read from). */
    public boolean sameLine(Entry other) {
      return Objects.equals(name, other.name) && Objects.equals(value, other.value) && Objects.equals(comment,
          other.comment) && Objects.equals(spelling, other.spelling);
    }

    /** This entry with {@code spelling} (which must say the same thing). */
    public Entry withSpelling(String spelling) {
      return new Entry(name, value, comment, source, spelling);
    }

    public Kind kind() {
      if (name != null) {
        return Kind.PARAMETER;
      }
      if (comment != null) {
        return Kind.COMMENT;
      }
      return spelling == null || spelling.isBlank() ? Kind.BLANK : Kind.CONTINUATION;
    }

    /** The lines this entry renders as (without line breaks). */
    public List<String> lines() {
      if (spelling != null) {
        return List.of(spelling);
      }
      if (comment != null) {
        return List.of(comment);
      }
      if (name == null) {
        return List.of("");
      }
      List<String> out = new ArrayList<>();
      List<String> parts = value.lines().toList();
      String head = parts.isEmpty() ? "" : parts.get(0).strip();
      out.add(name + (head.isEmpty() ? " =" : " = " + head));
      for (int i = 1; i < parts.size(); i++) {
        String part = parts.get(i);
        if (!part.isBlank()) {
          out.add(Character.isWhitespace(part.charAt(0)) ? part : "    " + part);
        }
      }
      return out;
    }
  }

  /**
   * How the heredoc is written: {@code <<} or {@code <<-} ({@code flush}), the preferred delimiter
   * (another is chosen when a line of the overlay equals it), spaces before each non-blank line and
   * before the closing delimiter.
   */
  public record Heredoc(boolean flush, String delimiter, int indent, int closeIndent) {
    /** {@code <<EOT}, lines and the closing {@code EOT} at the start of the line. */
    public static final Heredoc PLAIN = new Heredoc(false, "EOT", 0, 0);

    public Heredoc {
      Names.requireIdentifier(delimiter, "heredoc delimiter");
      if (indent < 0) {
        throw new IllegalArgumentException("heredoc_indent must not be negative");
      }
      if (closeIndent < 0) {
        throw new IllegalArgumentException("heredoc_close_indent must not be negative");
      }
      if (indent > 0 && !flush) {
        throw new IllegalArgumentException("only a <<- heredoc can indent its lines");
      }
    }

    /** The opening marker, {@code <<EOT} or {@code <<-EOT}. */
    public String opening() {
      return (flush ? "<<-" : "<<") + delimiter;
    }
  }

  /**
   * The variable block around the heredoc: the body text before and after {@code default = <<EOT ...}
   * (verbatim HCL, e.g. {@code type = string}, {@code description = "..."}, {@code sensitive = true},
   * validation blocks, comments and blank lines), and the comments after the opening and closing brace.
   * The body texts stand as in a variable block at depth 0 (its body at depth 1, two spaces, as in the
   * rendered {@code .tf} file), wherever the catalog holds the block: a block read from a catalog equals the
   * same block read from a repository file.
   */
  public record VariableLayout(String before, String after, String openComment, String trailingComment) {
    /** {@code type = string} before the default, nothing after. */
    public static final VariableLayout TYPE_STRING = new VariableLayout("type = string\n", "", "", "");

    public VariableLayout {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(openComment, "openComment");
      Objects.requireNonNull(trailingComment, "trailingComment");
    }
  }

  /** The variable block and heredoc as written. */
  public record Layout(VariableLayout variable, Heredoc heredoc) {
    /** {@code type = string} and {@code <<EOT}: what an overlay written in the catalog gets. */
    public static final Layout DEFAULT = new Layout(VariableLayout.TYPE_STRING, Heredoc.PLAIN);

    public Layout {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(heredoc, "heredoc");
    }

    public Layout withHeredoc(Heredoc h) {
      return new Layout(variable, h);
    }

    public Layout withVariable(VariableLayout v) {
      return new Layout(v, heredoc);
    }
  }

  /** The overlay as Postfix reads it, with the catalog position of each line. */
  public record Text(String text, List<SourceRef> lineSources) {
    public Text {
      lineSources = List.copyOf(lineSources);
    }

    /** The catalog position of 1-based overlay line {@code line}. */
    public SourceRef sourceOf(int line) {
      return line >= 1 && line <= lineSources.size() ? lineSources.get(line - 1) : SourceRef.NONE;
    }
  }

  /**
   * The main.cf text: each entry's own spelling where it has one; otherwise {@code name = value} (or
   * {@code name =} when empty), continuation lines of a multi-line value indented by four spaces,
   * comment lines as {@code #} lines, blank lines kept.
   */
  public Text text() {
    StringBuilder b = new StringBuilder();
    List<SourceRef> sources = new ArrayList<>();
    for (Entry e : entries) {
      for (String line : e.lines()) {
        b.append(line).append('\n');
        sources.add(e.source());
      }
    }
    return new Text(b.toString(), sources);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
  }

  private static String strip(String s) {
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
