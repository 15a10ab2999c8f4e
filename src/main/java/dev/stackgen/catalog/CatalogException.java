package dev.stackgen.catalog;

import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.SourceRef;

/** A catalog is wrong at a position; the message is {@code file:line:col: what is wrong}. */
public final class CatalogException extends Exception {
  private final SourceRef source;
  private final String reason;

  public CatalogException(SourceRef source, String reason) {
    super(HclEscaper.oneLine(source + ": " + reason));
    this.source = source;
    this.reason = reason;
  }

  public SourceRef source() {
    return source;
  }

  public String reason() {
    return reason;
  }
}
