package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Settings;
import dev.stackgen.model.StackConfig;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a repository {@link LayoutImporter} reads: whether its layout needs that importer, its
 * regular files and links (caches and generated stacks skipped), and which file is its root.
 */
final class LayoutFiles {
  private LayoutFiles() {}

  private static final Set<String> SKIPPED_DIRS = Set.of(".terragrunt-cache", ".terragrunt-stack", "node_modules",
      CatalogReader.DROP_IN_DIR);

  /**
   * True when the repository is of a layout only this importer reads: a {@code root.hcl} (or, without a
   * root {@code terragrunt.hcl}, another top-level {@code .hcl} file), a {@code terragrunt.stack.hcl}, or
   * a unit deeper than {@code <stacks_dir>/<name>/terragrunt.hcl}.
   */
  public static boolean applies(Path repo, String stacksDir) throws IOException {
    if (Files.isRegularFile(repo.resolve(Settings.ROOT_HCL))) {
      return true;
    }
    if (!Files.isRegularFile(repo.resolve(Settings.LEGACY_ROOT_FILE))) {
      // another root file name (e.g. find_in_parent_folders("main.hcl")): only this importer reads it
      try (var top = Files.list(repo)) {
        if (top.anyMatch(p -> Files.isRegularFile(p) && Settings.isRootFileName(p.getFileName().toString())
            && !p.getFileName().toString().equals(CatalogReader.MAIN_FILE))) {
          return true;
        }
      }
    }
    for (String f : files(repo)) {
      if (f.endsWith("/" + StackConfig.FILE) || f.equals(StackConfig.FILE)) {
        return true;
      }
      if (f.endsWith("/terragrunt.hcl") && !(f.startsWith(stacksDir + "/") && f.split("/").length == stacksDir.split(
          "/").length + 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The root file: the top-level {@code .hcl} file the units name most in {@code find_in_parent_folders("...")}
   * ({@code find_in_parent_folders()} names {@code terragrunt.hcl}), else {@code root.hcl}, else a root
   * {@code terragrunt.hcl}, else null.
   */
  static String rootFileOf(Path repo, List<String> all) throws IOException {
    Map<String, Integer> named = new TreeMap<>();
    dev.stackgen.catalog.InsideRepo inside = new dev.stackgen.catalog.InsideRepo(repo);
    for (String f : all) {
      if (!f.endsWith(".hcl") || f.equals(CatalogReader.MAIN_FILE)) {
        continue;
      }
      String text;
      try {
        // through InsideRepo: no link leading outside followed, no FIFO opened (the listing was earlier)
        byte[] bytes = inside.read(f);
        if (bytes == null) {
          continue;
        }
        text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (IOException | RuntimeException e) {
        continue; // not UTF-8: reported as left alone by the caller
      }
      Matcher m = PARENT_FILE.matcher(text);
      while (m.find()) {
        named.merge(m.group(1) == null ? Settings.LEGACY_ROOT_FILE : m.group(1), 1, Integer::sum);
      }
    }
    String best = null;
    for (var e : named.entrySet()) {
      if (Settings.isRootFileName(e.getKey()) && all.contains(e.getKey())
          && (best == null || e.getValue() > named.get(best))) {
        best = e.getKey();
      }
    }
    if (best != null) {
      return best;
    }
    for (String f : List.of(Settings.ROOT_HCL, Settings.LEGACY_ROOT_FILE)) {
      if (all.contains(f)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The root file name for a repository with no root file at its top: the name the units find most with
   * {@code find_in_parent_folders("...")} (e.g. {@code root.hcl} in {@code live/prod/} and
   * {@code live/stage/}), else {@code root.hcl}.
   */
  static String rootNameOf(Path repo, List<String> all) {
    Map<String, Integer> named = new TreeMap<>();
    for (String f : all) {
      if (!f.endsWith(".hcl") || f.equals(CatalogReader.MAIN_FILE)) {
        continue;
      }
      try {
        Matcher m = PARENT_FILE.matcher(Files.readString(repo.resolve(f)));
        while (m.find()) {
          named.merge(m.group(1) == null ? Settings.LEGACY_ROOT_FILE : m.group(1), 1, Integer::sum);
        }
      } catch (IOException | RuntimeException e) {
        // not UTF-8: left alone by the caller
      }
    }
    String best = Settings.ROOT_HCL;
    int most = 0;
    for (var e : named.entrySet()) {
      if (Settings.isRootFileName(e.getKey()) && e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static final Pattern PARENT_FILE =
      Pattern.compile("find_in_parent_folders\\(\\s*(?:\"([A-Za-z0-9_][A-Za-z0-9._-]*\\.hcl)\"\\s*)?\\)");

  /** Regular files of the repository as sorted paths; dot folders, caches and generated stacks skipped. */
  static List<String> files(Path repo) throws IOException {
    return files(repo, null);
  }

  /**
   * {@link #files(Path)}; each symbolic link met on the way (to a file or a folder, never followed) is added
   * to {@code links} when it is not null.
   */
  static List<String> files(Path repo, List<String> links) throws IOException {
    List<String> found = new ArrayList<>();
    Files.walkFileTree(repo, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String n = d.getFileName() == null ? "" : d.getFileName().toString();
        return !d.equals(repo) && (n.startsWith(".") || SKIPPED_DIRS.contains(n))
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
          found.add(repo.relativize(file).toString().replace('\\', '/'));
        } else if (attrs.isSymbolicLink() && links != null && !file.getFileName().toString().startsWith(".")) {
          links.add(repo.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }
}
