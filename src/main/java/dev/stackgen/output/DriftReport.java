package dev.stackgen.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.stackgen.hcl.Redaction;
import dev.stackgen.render.Explainer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prints a drift check: text lines with a summary and hint, unified diffs, or versioned JSON. */
public final class DriftReport {
  /** Version of the JSON document; bumped only on incompatible changes. */
  public static final int JSON_VERSION = 1;

  private final List<FileReport> reports;
  private final Advice advice;

  /**
   * How to word the fix: the command that runs stackgen here ({@code stackgen}, or the launcher's
   * path with {@code -C DIR} when it is not on PATH, as inside a pre-commit hook) and, for
   * {@code check --staged}, the repository's folder relative to the top of the git working tree
   * (null when the working tree was checked).
   */
  public record Advice(String stackgen, String directoryOption, String gitPrefix) {
    /** {@code stackgen} on PATH, current folder, working tree checked. */
    public static final Advice DEFAULT = new Advice("stackgen", "", null);

    /** The same advice for {@code check --staged} of a repository at {@code gitPrefix} in its git tree. */
    public Advice staged(String gitPrefix) {
      return new Advice(stackgen, directoryOption, gitPrefix);
    }
  }

  public DriftReport(List<FileReport> reports) {
    this(reports, Advice.DEFAULT);
  }

  public DriftReport(List<FileReport> reports, Advice advice) {
    this(reports, advice, Map.of());
  }

  private final Map<String, Explainer.Explanation> origins;

  private DriftReport(List<FileReport> reports, Advice advice, Map<String, Explainer.Explanation> origins) {
    this.reports = List.copyOf(reports);
    this.advice = advice;
    this.origins = Map.copyOf(origins);
  }

  /**
   * This report naming, for each stale file, the catalog line that makes its first differing line
   * (where a hand edit belongs: {@code generate} overwrites the file). {@code origins}: the owned files
   * explained ({@link Explainer}), by path.
   */
  public DriftReport withOrigins(Map<String, Explainer.Explanation> origins) {
    return new DriftReport(reports, advice, origins);
  }

  /** True when a stale file is in the report (the only status {@link #withOrigins} explains). */
  public boolean hasStale() {
    for (FileReport r : reports) {
      if (r.status() == FileStatus.STALE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The 1-based line of {@code expected} where {@code actual} first differs (its last line + 1 past its
   * end, clamped to its last line), or 0 when they are equal line by line.
   */
  public static int firstDifference(String expected, String actual) {
    List<String> want = expected.lines().toList();
    List<String> have = actual.lines().toList();
    int n = Math.min(want.size(), have.size());
    for (int i = 0; i < n; i++) {
      if (!want.get(i).equals(have.get(i))) {
        return i + 1;
      }
    }
    return want.size() == have.size() ? 0 : Math.max(1, Math.min(n + 1, want.size()));
  }

  /** For a stale file: its first differing line and the catalog line that makes it; else null. */
  public String editHint(FileReport r) {
    if (r.status() != FileStatus.STALE || r.expected() == null || r.actual() == null) {
      return null;
    }
    Explainer.Explanation e = origins.get(r.path());
    int line = firstDifference(r.expected(), r.actual().replace("\r\n", "\n"));
    if (e == null || line == 0) {
      return null;
    }
    return e.line(line).map(o -> "line " + line + " differs; it is made by " + o.catalog()
        + (o.template() == null ? "" : " (template " + o.template() + ":" + o.templateLine() + ")")
        + ": edit the catalog there, generate overwrites this file").orElse(null);
  }

  public boolean hasDrift() {
    // a loop, not a stream: this runs on check's cache hit, where each first lambda costs start-up time
    for (FileReport r : reports) {
      if (r.isDrift()) {
        return true;
      }
    }
    return false;
  }

  public Map<FileStatus, Integer> counts() {
    Map<FileStatus, Integer> counts = new EnumMap<>(FileStatus.class);
    for (FileStatus s : FileStatus.values()) {
      counts.put(s, 0);
    }
    for (FileReport r : reports) {
      counts.put(r.status(), counts.get(r.status()) + 1);
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
      String hint = editHint(r);
      if (hint != null) {
        b.append("  ").append(hint).append('\n');
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
    owned -= counts.get(FileStatus.LEFTOVER);
    b.append("check").append(advice.gitPrefix() == null ? "" : " --staged").append(": ").append(drift)
        .append(" of ").append(owned).append(" files out of date (").append(parts).append(")\n");
    for (String fix : fixes()) {
      b.append("run: ").append(fix);
      if (counts.get(FileStatus.HAND_WRITTEN) > 0 && fix.contains(" generate --")) {
        b.append("   (takes over the hand-written files listed above)");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The commands that fix the drift, in order (empty when clean). */
  public List<String> fixes() {
    Map<FileStatus, Integer> counts = counts();
    List<String> fixes = new java.util.ArrayList<>();
    String generate = advice.stackgen() + " generate"
        + (counts.get(FileStatus.ORPHANED) > 0 && advice.gitPrefix() == null ? " --prune" : "")
        + (counts.get(FileStatus.HAND_WRITTEN) > 0 ? " --adopt" : "") + advice.directoryOption();
    boolean regenerate = reports.stream().anyMatch(r -> switch (r.status()) {
      case MISSING, STALE, LINE_ENDINGS, HAND_WRITTEN, LEFTOVER -> true;
      case ORPHANED -> advice.gitPrefix() == null;
      default -> false;
    });
    if (advice.gitPrefix() == null) {
      if (regenerate) {
        fixes.add(generate);
      }
      return fixes;
    }
    List<String> add = paths(FileStatus.MISSING, FileStatus.STALE, FileStatus.LINE_ENDINGS, FileStatus.HAND_WRITTEN,
        FileStatus.UNSTAGED);
    List<String> rm = paths(FileStatus.ORPHANED, FileStatus.LEFTOVER);
    if (regenerate) {
      fixes.add(generate + " && git add -- " + String.join(" ", add));
    } else if (!add.isEmpty()) {
      fixes.add("git add -- " + String.join(" ", add));
    }
    if (!rm.isEmpty()) {
      fixes.add("git rm -q -- " + String.join(" ", rm));
    }
    return fixes;
  }

  /** Paths with one of the statuses, from the top of the git working tree, quoted for a POSIX shell. */
  private List<String> paths(FileStatus... statuses) {
    java.util.Set<FileStatus> wanted = java.util.EnumSet.noneOf(FileStatus.class);
    wanted.addAll(List.of(statuses));
    return reports.stream().filter(r -> wanted.contains(r.status()))
        .map(r -> shellQuote(advice.gitPrefix() + r.path())).toList();
  }

  /** {@code s} as one POSIX shell word: as it is when it holds only safe characters, else single-quoted. */
  public static String shellQuote(String s) {
    return shellSafe(s) ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /**
   * Whether {@code s} is one or more of {@code [A-Za-z0-9_./:@%+=,-]}: a word the shell takes as it is. A
   * loop, not a regular expression: on a cached check this was the process's only one, and compiling it
   * (the first {@code Pattern} of the process) cost ~2 % of its main thread (issue 23).
   */
  static boolean shellSafe(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || SHELL_SAFE_MARKS.indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** What a shell word may hold unquoted besides ASCII letters and digits. */
  private static final String SHELL_SAFE_MARKS = "_./:@%+=,-";

  /** A unified diff from the file on disk ({@code a/}) to what the catalog produces ({@code b/}). */
  public static String diff(FileReport r) {
    if (r.status() == FileStatus.LINE_ENDINGS) {
      return "  (same content with CRLF line endings, which git would commit as they are: no text or eol attribute"
          + " applies and core.autocrlf is false; stackgen generate rewrites it with LF, or set '* text=auto' in"
          + " .gitattributes)\n";
    }
    if (r.status() == FileStatus.LEFTOVER) {
      return "  (a temporary file of an interrupted stackgen generate; the next generate removes it)\n";
    }
    if (r.status() == FileStatus.UNSTAGED) {
      return "  (the working tree holds exactly what the catalog produces; the commit does not: git add it)\n";
    }
    List<String> before = r.actual() == null ? List.of() : Redaction.lines(r.actual().lines().toList());
    List<String> after = r.expected() == null ? List.of() : Redaction.lines(r.expected().lines().toList());
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
    b.append("},\n");
    b.append("  \"fix\": [");
    List<String> fixes = fixes();
    for (int i = 0; i < fixes.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(Json.string(fixes.get(i)));
    }
    b.append("],\n  \"files\": [");
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
