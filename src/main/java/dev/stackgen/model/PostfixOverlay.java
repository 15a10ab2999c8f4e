package dev.stackgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A docker-mailserver Postfix {@code main.cf} overlay, rendered as the heredoc default of
 * {@code variable "<variable>"} in {@code <stacks_dir>/<stack>/<file>}. Entries keep catalog order,
 * comments and blank lines. With {@code heredocIndent} above 0 the heredoc is {@code <<-EOT} with
 * its lines indented by that many spaces (and the closing marker by two).
 */
public record PostfixOverlay(
    String variable,
    String file,
    String profile,
    List<Entry> entries,
    Trivia leading,
    SourceRef source,
    int heredocIndent,
    DmsSetup dms) {
  /** The lint profile used when the catalog names none. */
  public static final String DEFAULT_PROFILE = "dms-15";

  /** An overlay rendered as a {@code <<EOT} heredoc at the start of its lines. */
  public PostfixOverlay(
      String variable, String file, String profile, List<Entry> entries, Trivia leading, SourceRef source) {
    this(variable, file, profile, entries, leading, source, 0);
  }

  /** An overlay without a docker-mailserver environment or master.cf changes ({@link DmsSetup#NONE}). */
  public PostfixOverlay(
      String variable, String file, String profile, List<Entry> entries, Trivia leading, SourceRef source,
      int heredocIndent) {
    this(variable, file, profile, entries, leading, source, heredocIndent, DmsSetup.NONE);
  }

  public PostfixOverlay {
    Names.requireIdentifier(variable, "variable name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(profile, "profile");
    entries = List.copyOf(entries);
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(dms, "dms");
    if (heredocIndent < 0) {
      throw new IllegalArgumentException("heredoc_indent must not be negative");
    }
  }

  /**
   * One line group of the overlay: a parameter ({@code name} and {@code value}, the value possibly
   * multi-line), a comment line ({@code comment} starting with {@code #}), or a blank line (all null).
   */
  public record Entry(String name, String value, String comment, SourceRef source) {
    public static Entry parameter(String name, String value, SourceRef source) {
      return new Entry(Objects.requireNonNull(name), Objects.requireNonNull(value), null, source);
    }

    public static Entry comment(String text, SourceRef source) {
      return new Entry(null, null, Objects.requireNonNull(text), source);
    }

    public static Entry blank(SourceRef source) {
      return new Entry(null, null, null, source);
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
   * The main.cf text: {@code name = value} (or {@code name =} when empty), continuation lines of a
   * multi-line value indented by four spaces, comment lines as {@code #} lines, blank lines kept.
   */
  public Text text() {
    StringBuilder b = new StringBuilder();
    List<SourceRef> sources = new ArrayList<>();
    for (Entry e : entries) {
      if (e.name() != null) {
        List<String> parts = e.value().lines().toList();
        String first = parts.isEmpty() ? "" : parts.get(0).strip();
        b.append(e.name()).append(first.isEmpty() ? " =" : " = " + first).append('\n');
        sources.add(e.source());
        for (int i = 1; i < parts.size(); i++) {
          String part = parts.get(i);
          if (part.isBlank()) {
            continue;
          }
          b.append(Character.isWhitespace(part.charAt(0)) ? part : "    " + part).append('\n');
          sources.add(e.source());
        }
      } else if (e.comment() != null) {
        b.append(e.comment()).append('\n');
        sources.add(e.source());
      } else {
        b.append('\n');
        sources.add(e.source());
      }
    }
    return new Text(b.toString(), sources);
  }
}
