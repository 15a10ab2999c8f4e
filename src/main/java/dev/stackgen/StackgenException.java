package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.SourceRef;
import java.util.Optional;

/**
 * Input stackgen cannot work with: a wrong catalog, a syntax error, a template that fails. The message
 * is one line, {@code file:line:col: what is wrong} where there is a position, which {@link #position()}
 * also gives.
 */
public class StackgenException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Optional<SourceRef> position;

  /** An error with its message, position (if known) and cause (may be null). */
  public StackgenException(String message, Optional<SourceRef> position, Throwable cause) {
    super(message, cause);
    this.position = position;
  }

  static StackgenException of(CatalogException e) {
    return new StackgenException(e.getMessage(), Optional.of(e.source()), e);
  }

  static StackgenException of(HclSyntaxException e) {
    return new StackgenException(e.getMessage(),
        Optional.of(new SourceRef(e.fileName(), e.line(), e.column())), e);
  }

  /** Where in which file the problem is, when it has a position. */
  public Optional<SourceRef> position() {
    return position;
  }
}
