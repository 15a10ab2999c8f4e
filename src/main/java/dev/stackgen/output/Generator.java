package dev.stackgen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Applies a drift report to the working tree: writes what is missing or stale (atomically, and
 * only those), refuses hand-written files unless adopting, removes orphans only when pruning.
 * Every refusal happens before the first write; all contents are written (and synced) before the
 * first file is replaced ({@link AtomicWriter#writeAll(Path, List, List)}). Temporary files a killed
 * run left ({@link FileStatus#LEFTOVER}) are removed, even where nothing changed this time.
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
    List<Map.Entry<Path, String>> writes = new ArrayList<>();
    List<Path> removals = new ArrayList<>();
    List<String> pruned = new ArrayList<>();
    SafePaths.Resolver paths = new SafePaths.Resolver(repo);
    for (FileReport r : reports) {
      String verb = switch (r.status()) {
        case CLEAN, UNSTAGED -> null;
        case MISSING -> "created";
        case STALE, LINE_ENDINGS -> "updated";
        case HAND_WRITTEN -> "adopted";
        case ORPHANED -> options.prune() ? "removed" : null;
        case LEFTOVER -> LEFTOVER_REMOVED;
      };
      if (verb == null) {
        continue;
      }
      changes.add(new Change(r.path(), verb));
      if (options.dryRun()) {
        continue;
      }
      Path target = paths.resolve(r.path());
      if (r.status() == FileStatus.ORPHANED) {
        removals.add(target);
        int slash = r.path().lastIndexOf('/');
        if (slash > 0) {
          pruned.add(r.path().substring(0, slash));
        }
      } else if (r.status() == FileStatus.LEFTOVER) {
        removals.add(target);
      } else {
        writes.add(Map.entry(target, r.expected()));
      }
    }
    if (!options.dryRun()) {
      AtomicWriter.writeAll(repo, writes, removals);
      if (!pruned.isEmpty()) {
        Runnable hook = beforeFolderRemoval;
        if (hook != null) {
          hook.run();
        }
        RepoDir.Tree tree = new RepoDir.Tree(repo);
        for (String dir : new LinkedHashSet<>(pruned)) {
          tree.removeEmptyFolders(dir, stacksDir);
        }
      }
    }
    return changes;
  }

  /** Tests only: runs after the orphans are removed, before the folders they leave empty are. */
  static volatile Runnable beforeFolderRemoval;

  /** The verb of a removed temporary file of an interrupted run (not counted as a change). */
  public static final String LEFTOVER_REMOVED = "removed leftover";

}
