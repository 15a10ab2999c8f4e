package dev.stackgen.output;

/** The state of one owned path compared with what the catalog produces. */
public enum FileStatus {
  /** Exactly what the catalog produces. */
  CLEAN("clean"),
  /** Owned, but its content differs from what the catalog produces. */
  STALE("stale"),
  /** Produced by the catalog but absent. */
  MISSING("missing"),
  /** Has the header, but the catalog no longer produces it (a stack was removed or renamed). */
  ORPHANED("orphaned"),
  /** Exists without the header where stackgen would write: never overwritten without --adopt. */
  HAND_WRITTEN("hand-written"),
  /** Same content but CRLF line endings (a checkout with autocrlf). */
  LINE_ENDINGS("line-endings");

  private final String label;

  FileStatus(String label) {
    this.label = label;
  }

  /** The word used in text and JSON output. */
  public String label() {
    return label;
  }
}
