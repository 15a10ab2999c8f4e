package dev.stackgen.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shared files a unit pulls in: the path of an {@code include} (in the forms Terragrunt users write:
 * {@code "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/x.hcl"}, {@code "${get_repo_root()}/..."},
 * {@code find_in_parent_folders("x.hcl")}, a relative literal) and every
 * {@code find_in_parent_folders("<name>")} in its items (hierarchy files read through
 * {@code read_terragrunt_config}). Paths are resolved as text; anything else is not followed.
 */
final class SharedLookup {
  private static final Pattern FIND = Pattern.compile("find_in_parent_folders\\(\\s*\"([A-Za-z0-9_./-]+)\"\\s*\\)");
  private static final Pattern FROM_ROOT = Pattern.compile(
      "\"\\$\\{(?:dirname\\(find_in_parent_folders\\((?:\\s*\"([A-Za-z0-9_.-]+)\"\\s*)?\\)\\)|get_repo_root\\(\\))\\}"
          + "/([A-Za-z0-9_./-]+)\"");
  private static final Pattern LOOKUP = Pattern.compile("find_in_parent_folders\\(\\s*\"([A-Za-z0-9_./-]+)\"\\s*\\)");
  private static final Pattern RELATIVE = Pattern.compile(
      "\"(?:\\$\\{get_terragrunt_dir\\(\\)\\}/)?([A-Za-z0-9_./-]+)\"");

  private SharedLookup() {}

  /** The shared file (its path below the stacks folder) an include of the unit {@code unit} pulls in, or null. */
  static String include(Catalog catalog, String unit, String pathExpr) {
    String text = pathExpr.strip();
    Matcher m = FROM_ROOT.matcher(text);
    if (m.matches()) {
      String rootName = m.group(1) == null ? Settings.LEGACY_ROOT_FILE : m.group(1);
      if (text.contains("get_repo_root") || rootName.equals(catalog.settings().rootFile())) {
        return known(catalog, belowStacks(catalog.settings(), m.group(2)));
      }
      return null;
    }
    m = LOOKUP.matcher(text);
    if (m.matches()) {
      return lookUp(catalog, unit, m.group(1));
    }
    m = RELATIVE.matcher(text);
    if (m.matches()) {
      return known(catalog, normalize(unit + "/" + m.group(1)));
    }
    return null;
  }

  /** Shared files the unit includes or reads, in the order its items mention them. */
  static List<String> of(Catalog catalog, Stack unit) {
    Set<String> found = new LinkedHashSet<>();
    for (StackItem item : catalog.effectiveItems(unit)) {
      if (item instanceof Include inc) {
        String f = include(catalog, unit.name(), inc.path().text());
        if (f != null) {
          found.add(f);
        }
        continue;
      }
      String text = item instanceof Verbatim v ? v.text() : item instanceof Dependency d ? d.text() : "";
      Matcher m = FIND.matcher(text);
      while (m.find()) {
        if (!m.group(1).equals(catalog.settings().rootFile())) {
          String f = lookUp(catalog, unit.name(), m.group(1));
          if (f != null) {
            found.add(f);
          }
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** {@code find_in_parent_folders(name)} from the unit: the nearest shared file {@code <ancestor>/<name>}. */
  private static String lookUp(Catalog catalog, String unit, String name) {
    String dir = unit;
    while (!dir.isEmpty()) {
      int cut = dir.lastIndexOf('/');
      dir = cut < 0 ? "" : dir.substring(0, cut);
      String candidate = normalize(dir.isEmpty() ? name : dir + "/" + name);
      if (candidate != null && catalog.sharedFile(candidate).isPresent()) {
        return candidate;
      }
    }
    return null;
  }

  private static String belowStacks(Settings settings, String repoRelative) {
    String path = normalize(repoRelative);
    if (path == null || settings.stacksDir().equals(".")) {
      return path;
    }
    String prefix = settings.stacksDir() + "/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : null;
  }

  private static String known(Catalog catalog, String path) {
    return path != null && catalog.sharedFile(path).isPresent() ? path : null;
  }

  /** {@code a/b/../c} → {@code a/c}; null when it climbs above its start or nothing is left. */
  static String normalize(String path) {
    String n = Names.normalizePath(path);
    return n == null || n.isEmpty() ? null : n;
  }
}
