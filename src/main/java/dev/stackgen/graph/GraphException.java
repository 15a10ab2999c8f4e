package dev.stackgen.graph;

import java.util.List;

/** Thrown when an operation needs a valid graph; its message is the first error as {@code file:line:col: message}. */
public final class GraphException extends RuntimeException {
  private final transient List<GraphError> errors;

  public GraphException(List<GraphError> errors) {
    super(errors.isEmpty() ? "invalid dependency graph" : errors.get(0).toString());
    this.errors = List.copyOf(errors);
  }

  /** All errors, in catalog position order. */
  public List<GraphError> errors() {
    return errors;
  }
}
