package dev.stackgen.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prints a drift check: text lines with a summary and hint, unified diffs, or versioned JSON. */
public final class DriftReport {
  /** Version of the JSON document; bumped only on incompatible changes. */
  public static final int JSON_VERSION = 1;

  private final List<FileReport> reports;

  public DriftReport(List<FileReport> reports) {
    this.reports = List.copyOf(reports);
  }

  public boolean hasDrift() {
    return reports.stream().anyMatch(FileReport::isDrift);
  }

  public Map<FileStatus, Integer> counts() {
    Map<FileStatus, Integer> counts = new EnumMap<>(FileStatus.class);
    for (FileStatus s : FileStatus.values()) {
      counts.put(s, 0);
    }
    for (FileReport r : reports) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    return counts;
  }

  /** One line per problem, then a summary line and, on drift, what to run. */
  public String text(boolean withDiff) {
    StringBuilder b = new StringBuilder();
    for (FileReport r : reports) {
      if (!r.isDrift()) {
        continue;
      }
      b.append(String.format("%-13s %s%n", r.status().label(), r.path()).replace("\r", ""));
      if (withDiff) {
        b.append(diff(r));
      }
    }
    Map<FileStatus, Integer> counts = counts();
    int owned = reports.size() - counts.get(FileStatus.ORPHANED);
    if (!hasDrift()) {
      b.append("check: ").append(owned).append(" files up to date\n");
      return b.toString();
    }
    StringBuilder parts = new StringBuilder();
    for (FileStatus s : FileStatus.values()) {
      if (s != FileStatus.CLEAN && counts.get(s) > 0) {
        parts.append(parts.length() == 0 ? "" : ", ").append(counts.get(s)).append(' ').append(s.label());
      }
    }
    long drift = reports.stream().filter(FileReport::isDrift).count();
    b.append("check: ").append(drift).append(" of ").append(owned).append(" files out of date (")
        .append(parts).append(")\n");
    b.append(hint(counts)).append('\n');
    return b.toString();
  }

  private static String hint(Map<FileStatus, Integer> counts) {
    if (counts.get(FileStatus.HAND_WRITTEN) > 0) {
      return "run: stackgen generate --adopt   (takes over the hand-written files listed above)";
    }
    if (counts.get(FileStatus.ORPHANED) > 0) {
      return "run: stackgen generate --prune";
    }
    return "run: stackgen generate";
  }

  /** A unified diff from the file on disk ({@code a/}) to what the catalog produces ({@code b/}). */
  public static String diff(FileReport r) {
    if (r.status() == FileStatus.LINE_ENDINGS) {
      return "  (same content with CRLF line endings; check core.autocrlf or .gitattributes)\n";
    }
    List<String> before = r.actual() == null ? List.of() : r.actual().lines().toList();
    List<String> after = r.expected() == null ? List.of() : r.expected().lines().toList();
    Patch<String> patch = DiffUtils.diff(before, after);
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(
        r.actual() == null ? "/dev/null" : "a/" + r.path(),
        r.expected() == null ? "/dev/null" : "b/" + r.path(),
        before, patch, 3);
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      b.append(line.startsWith("@@") ? emptyRangesAsGit(line) : line).append('\n');
    }
    return b.toString();
  }

  /** diff-utils writes an empty range as {@code -1,0}; git and GNU diff write {@code -0,0}. */
  private static String emptyRangesAsGit(String hunkHeader) {
    return hunkHeader.replace(" -1,0 ", " -0,0 ").replace(" +1,0 ", " +0,0 ");
  }

  /** The JSON document of {@code check --format json} (schema in the README). */
  public String json() {
    Map<FileStatus, Integer> counts = counts();
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"version\": ").append(JSON_VERSION).append(",\n");
    b.append("  \"clean\": ").append(!hasDrift()).append(",\n");
    b.append("  \"summary\": {");
    b.append("\"files\": ").append(reports.size());
    for (FileStatus s : FileStatus.values()) {
      b.append(", ").append(Json.string(s.label())).append(": ").append(counts.get(s));
    }
    b.append("},\n  \"files\": [");
    for (int i = 0; i < reports.size(); i++) {
      FileReport r = reports.get(i);
      b.append(i == 0 ? "\n" : ",\n");
      b.append("    {\"path\": ").append(Json.string(r.path()))
          .append(", \"stack\": ").append(Json.string(r.stack()))
          .append(", \"status\": ").append(Json.string(r.status().label())).append('}');
    }
    b.append(reports.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return b.toString();
  }
}
