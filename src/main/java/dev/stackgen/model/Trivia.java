package dev.stackgen.model;

import java.util.List;

/**
 * Comment and blank lines that stand above an item in the catalog; each entry is one raw comment
 * line ({@code # x}, {@code // x}, or one line of a block comment) or {@code ""} for a blank line.
 */
public record Trivia(List<String> lines) {
  public static final Trivia NONE = new Trivia(List.of());

  public Trivia {
    lines = List.copyOf(lines);
    for (String line : lines) {
      if (line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("trivia line contains a newline: " + line);
      }
    }
  }

  /** Comment lines only, from text given by a Java caller: each line is prefixed with "# ". */
  public static Trivia comment(String text) {
    return new Trivia(text.lines().map(l -> l.isEmpty() ? "#" : "# " + l).toList());
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Number of blank lines before the first comment line. */
  public int leadingBlankLines() {
    int n = 0;
    while (n < lines.size() && lines.get(n).isEmpty()) {
      n++;
    }
    return n;
  }

  /** The lines from the first comment on (leading blank lines dropped). */
  public List<String> fromFirstComment() {
    return lines.subList(leadingBlankLines(), lines.size());
  }
}
