package dev.stackgen.graph;

import java.util.Objects;

/** A dependency of a stack on {@code target}, positioned at its {@code dependency} block in the catalog. */
public record Edge(String target, String file, int line, int column) {
  public Edge {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(file, "file");
    if (target.isEmpty()) {
      throw new IllegalArgumentException("edge target must not be empty");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "edge position must not be negative: line " + line + ", column " + column);
    }
  }

  /** An edge without a known position (file "", line 0, column 0). */
  public static Edge to(String target) {
    return new Edge(target, "", 0, 0);
  }
}
