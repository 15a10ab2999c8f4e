package dev.stackgen.output;

import java.util.Objects;

/**
 * One path's status with what the catalog produces ({@code expected}, null for orphans) and what is
 * on disk ({@code actual}, null when missing).
 */
public record FileReport(String path, String stack, FileStatus status, String expected, String actual) {
  public FileReport {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
  }

  public boolean isDrift() {
    return status != FileStatus.CLEAN;
  }
}
