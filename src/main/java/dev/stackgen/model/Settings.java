package dev.stackgen.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code stackgen} block: where stacks live, whether owned files carry the header, the name of
 * the root file ({@code terragrunt.hcl}, or {@code root.hcl} as Terragrunt now recommends), the
 * folder of template overrides ({@code ""}: the bundled templates only), and the owned files that
 * start with blank lines ({@code terraform fmt} keeps them), by repository path, those that end without
 * a final newline ({@code terraform fmt} keeps that too), and the Terragrunt names newer than stackgen's
 * Terragrunt schema that the catalog carries unchecked ({@code allow_terragrunt}: a name or dotted path).
 */
public record Settings(String stacksDir, boolean header, String rootFile, String templates,
    Map<String, Integer> leadingBlankLines, Set<String> noFinalNewline, Set<String> allowTerragrunt) {
  /** Terragrunt's legacy root file name, found by {@code find_in_parent_folders()} without arguments. */
  public static final String LEGACY_ROOT_FILE = "terragrunt.hcl";
  /** The root file name Terragrunt's migration guide recommends. */
  public static final String ROOT_HCL = "root.hcl";
  public static final Settings DEFAULT = new Settings("stacks", true, LEGACY_ROOT_FILE, "");

  public Settings {
    if (stacksDir == null || stacksDir.isBlank()) {
      throw new IllegalArgumentException("stacks_dir must not be empty");
    }
    rootFile = rootFile == null ? LEGACY_ROOT_FILE : rootFile;
    if (!isRootFileName(rootFile)) {
      throw new IllegalArgumentException("root_file must be a file name ending in .hcl (e.g. \"root.hcl\"): "
          + rootFile);
    }
    templates = templates == null ? "" : templates;
    leadingBlankLines = Collections.unmodifiableMap(new TreeMap<>(leadingBlankLines));
    noFinalNewline = Collections.unmodifiableSet(new TreeSet<>(noFinalNewline));
    allowTerragrunt = Collections.unmodifiableSet(new TreeSet<>(allowTerragrunt));
    for (var e : leadingBlankLines.entrySet()) {
      if (e.getValue() < 1) {
        throw new IllegalArgumentException("leading_blank_lines of " + e.getKey() + " must be at least 1, got "
            + e.getValue());
      }
    }
  }

  /** Settings that allow no Terragrunt name beyond the schema. */
  public Settings(String stacksDir, boolean header, String rootFile, String templates,
      Map<String, Integer> leadingBlankLines, Set<String> noFinalNewline) {
    this(stacksDir, header, rootFile, templates, leadingBlankLines, noFinalNewline, Set.of());
  }

  /** Settings whose files all end with a newline. */
  public Settings(String stacksDir, boolean header, String rootFile, String templates,
      Map<String, Integer> leadingBlankLines) {
    this(stacksDir, header, rootFile, templates, leadingBlankLines, Set.of());
  }

  /** Settings whose files start with their first line. */
  public Settings(String stacksDir, boolean header, String rootFile, String templates) {
    this(stacksDir, header, rootFile, templates, Map.of());
  }

  /** Settings without template overrides. */
  public Settings(String stacksDir, boolean header, String rootFile) {
    this(stacksDir, header, rootFile, "");
  }

  /** Settings with the legacy root file name. */
  public Settings(String stacksDir, boolean header) {
    this(stacksDir, header, LEGACY_ROOT_FILE, "");
  }

  /** True for a file name the root file may have: one path segment ending in {@code .hcl}. */
  public static boolean isRootFileName(String name) {
    return name != null && rootFilePattern(name) && !name.equals("terragrunt.stack.hcl")
        && !name.equals("terragrunt.values.hcl");
  }

  /**
   * {@code [A-Za-z0-9_][A-Za-z0-9._-]*\\.hcl} as a loop (every {@code Settings} is checked, and a regex
   * is costly in the cold start of a run; issue 23).
   */
  static boolean rootFilePattern(String name) {
    if (name.length() < 5 || !name.endsWith(".hcl")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
          || (i > 0 && (c == '.' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The same settings with another root file name. */
  public Settings withRootFile(String name) {
    return new Settings(stacksDir, header, name, templates, leadingBlankLines, noFinalNewline, allowTerragrunt);
  }

  /** The same settings with template overrides from {@code templates}, relative to the repository. */
  public Settings withTemplates(String templates) {
    return new Settings(stacksDir, header, rootFile, Objects.requireNonNull(templates, "templates"),
        leadingBlankLines, noFinalNewline, allowTerragrunt);
  }

  /** The same settings with files that start with blank lines: repository path to how many. */
  public Settings withLeadingBlankLines(Map<String, Integer> blankLines) {
    return new Settings(stacksDir, header, rootFile, templates, blankLines, noFinalNewline, allowTerragrunt);
  }

  /** The same settings with owned files that end without a final newline, by repository path. */
  public Settings withNoFinalNewline(Set<String> paths) {
    return new Settings(stacksDir, header, rootFile, templates, leadingBlankLines, paths, allowTerragrunt);
  }

  /** The same settings allowing the Terragrunt names (or dotted paths) {@code names} unchecked. */
  public Settings withAllowTerragrunt(Set<String> names) {
    return new Settings(stacksDir, header, rootFile, templates, leadingBlankLines, noFinalNewline, names);
  }

  /**
   * The expression a unit's {@code include "root"} uses to find the root file: Terragrunt's default
   * {@code find_in_parent_folders()} for {@code terragrunt.hcl}, else the name as its argument.
   */
  public String rootIncludePath() {
    return rootFile.equals(LEGACY_ROOT_FILE)
        ? "find_in_parent_folders()"
        : "find_in_parent_folders(\"" + rootFile + "\")";
  }

  /** The repository-relative folder of a stack (or unit) at {@code path}, with a trailing slash. */
  public String stackDir(String path) {
    return stacksDir.equals(".") ? path + "/" : stacksDir + "/" + path + "/";
  }
}
