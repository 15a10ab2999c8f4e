package dev.stackgen.model;

/** A position in a catalog file (1-based line and column), used for error messages. */
public record SourceRef(String file, int line, int column) {
  /** A position for model objects built in Java rather than read from a file. */
  public static final SourceRef NONE = new SourceRef("<api>", 0, 0);

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
