package dev.stackgen.graph;

import java.util.Objects;

/** A problem in the dependency graph, positioned in the catalog. */
public record GraphError(String file, int line, int column, String message) {
  public GraphError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** The one-line form {@code file:line:col: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
