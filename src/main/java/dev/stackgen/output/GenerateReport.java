package dev.stackgen.output;

import dev.stackgen.hcl.HclFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines {@code generate} prints for its changes: one per file, saying when a hand edit is replaced or
 * when only terraform fmt's layout changes (the first generate after an import), and with {@code --diff}
 * the unified diff of each change in the form {@code check --diff} prints (sensitive values redacted).
 */
public final class GenerateReport {
  private GenerateReport() {}

  /** Said of an updated file whose content on disk, formatted, is what generate writes. */
  public static final String FORMATTING_ONLY = " (canonical formatting only)";
  /** Said of an updated file that differs from what the last generate wrote. */
  public static final String HAND_EDITS_REPLACED = " (hand edits replaced)";

  /**
   * The lines for the changes, in order: {@code [would be ]<verb> <path>[ note]}, each followed by its diff
   * when {@code withDiff}.
   */
  public static String text(List<Generator.Change> changes, List<FileReport> reports, Set<String> handEdited,
      boolean dryRun, boolean withDiff) {
    Map<String, FileReport> byPath = new java.util.HashMap<>();
    for (FileReport r : reports) {
      byPath.put(r.path(), r);
    }
    StringBuilder b = new StringBuilder();
    for (Generator.Change c : changes) {
      FileReport r = byPath.get(c.path());
      b.append(dryRun ? "would be " : "").append(c.verb()).append(' ').append(c.path());
      if (c.verb().equals("updated") && r != null) {
        b.append(handEdited.contains(c.path()) ? HAND_EDITS_REPLACED : onlyFormatting(r) ? FORMATTING_ONLY : "");
      }
      b.append('\n');
      if (withDiff && r != null && !c.verb().equals(Generator.LEFTOVER_REMOVED)) {
        b.append(DriftReport.diff(r));
      }
    }
    return b.toString();
  }

  /** A stale file whose content, in canonical form, is exactly what generate writes. */
  public static boolean onlyFormatting(FileReport r) {
    if (r.status() != FileStatus.STALE || r.actual() == null || r.expected() == null
        || !(r.path().endsWith(".hcl") || r.path().endsWith(".tf"))) {
      return false;
    }
    try {
      return HclFormatter.format(r.actual(), r.path()).equals(r.expected());
    } catch (RuntimeException e) {
      return false;
    }
  }
}
