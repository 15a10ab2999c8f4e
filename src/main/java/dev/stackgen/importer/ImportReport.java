package dev.stackgen.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report {@code stackgen import} prints: what it took over, the header it chose and how a hand edit
 * is caught, the files only formatted by the first generate, and the files left alone grouped by
 * reason with counts (every file with its reason when verbose). Deterministic.
 */
public final class ImportReport {
  /** Files a group names without {@code --verbose}. */
  static final int EXAMPLES = 3;

  private ImportReport() {}

  /** The report of an import of {@code stacksDir} (the lines before {@code wrote <catalog>}). */
  public static String text(CatalogImporter.Result r, String stacksDir, boolean layout, boolean verbose) {
    StringBuilder b = new StringBuilder();
    b.append("stacks imported: ").append(r.stacks().size()).append('\n');
    long stackFiles = r.takenOver().stream().filter(f -> f.endsWith("/terragrunt.hcl")).count();
    if (layout) {
      b.append(LayoutImporter.summary(r)).append('\n');
    } else {
      boolean root = r.takenOver().contains("terragrunt.hcl");
      b.append("files taken over: ").append(r.takenOver().size()).append(" (root ")
          .append(root ? "terragrunt.hcl" : "hand-kept, not owned").append(", ").append(stackFiles)
          .append(' ').append(stacksDir).append("/*/terragrunt.hcl, ").append(r.wrappers().size()).append(" main.tf, ")
          .append(r.takenOver().size() - (root ? 1 : 0) - stackFiles - r.wrappers().size()).append(" overlay files)\n");
    }
    b.append("main.tf module wrappers taken over: ").append(r.wrappers().size()).append('\n');
    b.append("postfix overlays: ").append(r.overlays().size()).append('\n');
    for (String o : r.overlays()) {
      b.append("  ").append(o).append('\n');
    }
    if (!r.verbatimMainCf().isEmpty()) {
      b.append("main.cf heredocs kept verbatim (not the overlay): ").append(r.verbatimMainCf().size()).append('\n');
      for (String v : r.verbatimMainCf()) {
        int at = v.indexOf(": ");
        b.append("  ").append(located(v.substring(0, at), v.substring(at + 2))).append('\n');
      }
    }
    if (!r.guessedTiers().isEmpty()) {
      b.append("tiers guessed (no local.tiers.<key> in the stack's files; review them in the catalog): ")
          .append(r.guessedTiers().size()).append(" stacks\n");
      b.append("  ").append(String.join(", ", r.guessedTiers())).append('\n');
    }
    r.notes().forEach(n -> b.append(n).append('\n'));
    b.append("header: ").append(r.headerNote()).append('\n');
    if (!r.headerNote().endsWith("header = true")) {
      b.append("  a hand edit to a taken-over file is still caught: check and the pre-commit hook report it stale"
          + " with the catalog line to edit; to mark the files as generated, set header = true and run"
          + " generate --adopt\n");
    }
    b.append("reproduced in canonical form (were not canonical): ").append(r.nonCanonical().size()).append('\n');
    if (!r.nonCanonical().isEmpty()) {
      b.append("  the first generate only formats these (terraform fmt's layout); it changes no other file\n");
    }
    for (String f : r.nonCanonical()) {
      b.append("  ").append(f).append('\n');
    }
    b.append("left alone: ").append(r.leftAlone().size());
    if (!r.leftAlone().isEmpty()) {
      b.append(" (stackgen never writes them), by reason").append(verbose ? "" : "; --verbose lists every file");
    }
    b.append('\n');
    for (Map.Entry<String, List<String>> group : groups(r.leftAlone()).entrySet()) {
      List<String> files = group.getValue();
      b.append("  ").append(group.getKey()).append(": ").append(files.size());
      if (verbose) {
        b.append('\n');
        for (String f : files) {
          b.append("    ").append(located(f, r.leftAlone().get(f))).append('\n');
        }
      } else if (files.size() == 1) {
        b.append(" (").append(located(files.get(0), r.leftAlone().get(files.get(0)))).append(")\n");
      } else {
        b.append(" (").append(String.join(", ", files.subList(0, Math.min(EXAMPLES, files.size()))))
            .append(files.size() > EXAMPLES ? ", ...)" : ")").append('\n');
      }
    }
    for (String f : r.differing()) {
      b.append("differs after regeneration: ").append(f).append('\n');
    }
    return b.toString();
  }

  /** The files left alone by reason kind, the largest group first (then by kind), files sorted. */
  static Map<String, List<String>> groups(Map<String, String> leftAlone) {
    Map<String, List<String>> byKind = new TreeMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(leftAlone).entrySet()) {
      byKind.computeIfAbsent(kind(e.getValue()), k -> new ArrayList<>()).add(e.getKey());
    }
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    byKind.entrySet().stream()
        .sorted((x, y) -> x.getValue().size() != y.getValue().size()
            ? Integer.compare(y.getValue().size(), x.getValue().size()) : x.getKey().compareTo(y.getKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  private static final Pattern LINE_PREFIX = Pattern.compile("line \\d+: ");
  private static final Pattern CUT = Pattern.compile(": |\\s\\(|\"|\\s+at line|,\\s");

  /**
   * What kind of reason this is, without what names one file: {@code app code: resource "a" "b" at line 3}
   * is {@code app code}, {@code folder name "_x" is not a stack name (...)} is {@code folder name is not a
   * stack name}.
   */
  static String kind(String reason) {
    String r = reason;
    Matcher line = LINE_PREFIX.matcher(r);
    if (line.lookingAt()) {
      r = r.substring(line.end());
    }
    if (r.startsWith("folder name ")) {
      return "folder name is not a stack name";
    }
    if (r.startsWith("module wrapper, but")) {
      return "module wrapper the catalog cannot reproduce";
    }
    if (r.startsWith("a symbolic link")) {
      return "a symbolic link";
    }
    if (r.startsWith("folder \"") && r.contains("is not a unit path")) {
      return "folder is not a unit path";
    }
    if (r.startsWith("main.cf line")) {
      return "Postfix overlay a postfix_overlay cannot hold";
    }
    Matcher cut = CUT.matcher(r);
    String kind = cut.find() && cut.start() > 0 ? r.substring(0, cut.start()) : r;
    return kind.replaceAll("\\d+", "N").strip();
  }

  /** {@code file:N: what} for a reason that starts with {@code line N: }, else {@code file: reason}. */
  static String located(String file, String reason) {
    Matcher m = LOCATED.matcher(reason);
    return m.matches() ? file + ":" + m.group(1) + ": " + m.group(2) : file + ": " + reason;
  }

  private static final Pattern LOCATED = Pattern.compile("line (\\d+): (.*)", Pattern.DOTALL);
}
