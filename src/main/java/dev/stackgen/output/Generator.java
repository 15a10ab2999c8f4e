package dev.stackgen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a drift report to the working tree: writes what is missing or stale (atomically, and
 * only those), refuses hand-written files unless adopting, removes orphans only when pruning.
 * Every refusal happens before the first write; all contents are written (and synced) before the
 * first file is replaced. Temporary files a killed run left next to any owned file are removed, even
 * where nothing changed this time.
 */
public final class Generator {
  private Generator() {}

  /** What {@code generate} should do beyond writing stale and missing files. */
  public record Options(boolean prune, boolean adopt, boolean dryRun) {}

  /** One change made (or, in a dry run, that would be made). */
  public record Change(String path, String verb) {}

  /** Hand-written files stand where stackgen would write. */
  public static final class HandWrittenException extends IOException {
    public HandWrittenException(List<String> paths) {
      super("refusing to overwrite hand-written file" + (paths.size() == 1 ? " " : "s ")
          + String.join(", ", paths) + " (no \"Code generated\" header); use --adopt to take "
          + (paths.size() == 1 ? "it" : "them") + " over");
    }
  }

  /** As {@link #apply(Path, List, Options, String)} with the default stacks directory. */
  public static List<Change> apply(Path repo, List<FileReport> reports, Options options) throws IOException {
    return apply(repo, reports, options, "stacks");
  }

  /**
   * Writes, adopts and (with {@code prune}) removes; a folder below {@code stacksDir} left empty by
   * removing orphans is removed too, so a deleted stack leaves no empty folder behind.
   */
  public static List<Change> apply(Path repo, List<FileReport> reports, Options options, String stacksDir)
      throws IOException {
    List<String> handWritten = reports.stream()
        .filter(r -> r.status() == FileStatus.HAND_WRITTEN)
        .map(FileReport::path)
        .toList();
    if (!handWritten.isEmpty() && !options.adopt()) {
      throw new HandWrittenException(handWritten);
    }
    List<Change> changes = new ArrayList<>();
    Set<Path> touchedDirs = new LinkedHashSet<>();
    Set<Path> prunedDirs = new LinkedHashSet<>();
    List<Map.Entry<Path, String>> writes = new ArrayList<>();
    List<Path> removals = new ArrayList<>();
    SafePaths.Resolver paths = new SafePaths.Resolver(repo);
    for (FileReport r : reports) {
      String verb = switch (r.status()) {
        case CLEAN -> null;
        case MISSING -> "created";
        case STALE, LINE_ENDINGS -> "updated";
        case HAND_WRITTEN -> "adopted";
        case ORPHANED -> options.prune() ? "removed" : null;
      };
      if (verb == null) {
        continue;
      }
      changes.add(new Change(r.path(), verb));
      if (options.dryRun()) {
        continue;
      }
      Path target = paths.resolve(r.path());
      touchedDirs.add(target.getParent());
      if (r.status() == FileStatus.ORPHANED) {
        removals.add(target);
      } else {
        writes.add(Map.entry(target, r.expected()));
      }
    }
    AtomicWriter.writeAll(writes);
    for (Path target : removals) {
      Files.deleteIfExists(target);
      prunedDirs.add(target.getParent());
    }
    if (!options.dryRun()) {
      for (FileReport r : reports) {
        touchedDirs.add(paths.resolve(r.path()).getParent());
      }
      for (Path dir : touchedDirs) {
        AtomicWriter.removeLeftovers(dir);
      }
    }
    Path stop = paths.resolve(stacksDir).normalize();
    for (Path dir : prunedDirs) {
      removeEmptyUpTo(dir, stop);
    }
    return changes;
  }

  private static void removeEmptyUpTo(Path dir, Path stop) throws IOException {
    for (Path d = dir; d != null && d.startsWith(stop) && !d.equals(stop); d = d.getParent()) {
      try (var entries = Files.newDirectoryStream(d)) {
        if (entries.iterator().hasNext()) {
          return;
        }
      } catch (java.nio.file.NoSuchFileException e) {
        continue;
      }
      Files.delete(d);
    }
  }
}
