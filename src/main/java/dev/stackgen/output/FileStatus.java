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
  /**
   * Same content but other line endings, where git would not normalise them (no {@code text}/{@code eol}
   * attribute, {@code core.autocrlf} false): git would commit them as they are.
   */
  LINE_ENDINGS("line-endings"),
  /** A temporary file a killed {@code generate} left (removed by the next {@code generate}). */
  LEFTOVER("leftover"),
  /**
   * {@code check --staged} only: the working tree holds exactly what the catalog produces, but the
   * commit (the git index) does not: untracked, or changed and not staged ({@code git add} it).
   */
  UNSTAGED("unstaged");

  private final String label;

  FileStatus(String label) {
    this.label = label;
  }

  /** The word used in text and JSON output. */
  public String label() {
    return label;
  }
}
