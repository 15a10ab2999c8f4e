package dev.stackgen.model;

import java.util.Objects;

/** Something in a catalog that is allowed but probably a mistake; reported, never fatal. */
public record Warning(SourceRef source, String message) {
  public Warning {
    Objects.requireNonNull(source, "source");
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("warning message must not be blank");
    }
  }

  /** {@code file:line:col: warning: message}. */
  @Override
  public String toString() {
    return source + ": warning: " + message;
  }
}
