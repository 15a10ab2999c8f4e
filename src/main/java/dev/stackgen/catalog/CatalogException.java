package dev.stackgen.catalog;

import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.SourceRef;

/** A catalog is wrong at a position; the message is {@code file:line:col: what is wrong}. */
public final class CatalogException extends Exception {
  private final SourceRef source;
  private final String reason;

  /** A problem with no position in any file (e.g. there is no catalog at all): the message is the reason. */
  public static CatalogException withoutPosition(String reason) {
    return new CatalogException(reason);
  }

  private CatalogException(String reason) {
    super(HclEscaper.oneLine(reason));
    this.source = SourceRef.NONE;
    this.reason = reason;
  }

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
