package dev.stackgen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes files so that a reader (or a crash) sees either the old or the new content of each: the
 * bytes go to a temporary file in the target's folder, are forced to disk, and the temporary file
 * is renamed over the target. {@link #writeAll} does this for many files at once, inside one
 * repository, checking every target before the first rename and re-verifying every folder (through
 * a handle that follows no link, see {@link RepoDir}) right before its rename.
 */
public final class AtomicWriter {
  /** Temporary files start with this prefix, so a later run can remove leftovers of a killed one. */
  public static final String TEMP_PREFIX = ".stackgen-tmp-";

  private AtomicWriter() {}

  /** Some files were replaced before a failure: exactly those, in order, then what failed. */
  public static final class PartialWriteException extends IOException {
    private final List<String> replaced;

    public PartialWriteException(List<String> replaced, String failure) {
      super(failure + " after " + replaced.size() + " file" + (replaced.size() == 1 ? " was" : "s were")
          + " already replaced (" + String.join(", ", replaced) + "); the others are unchanged");
      this.replaced = List.copyOf(replaced);
    }

    /** Repository-relative paths replaced (or removed) before the failure. */
    public List<String> replaced() {
      return replaced;
    }
  }

  /**
   * Writes one file of the repository at {@code root} ({@code fmt}, {@code new}, {@code import --out}):
   * a symbolic link whose real target is a regular file inside the repository is written as that
   * target (the target replaced atomically, keeping its mode; the link stays); a link leading
   * outside the repository, a dangling link, or a FIFO, device or socket is refused.
   */
  public static void write(Path root, Path target, String content) throws IOException {
    write(writable(root, target), content);
  }

  /** Where {@link #write(Path, Path, String)} writes {@code target}: itself, or the target of its link. */
  public static Path writable(Path root, Path target) throws IOException {
    Path real = root.toRealPath();
    Path abs = target.toAbsolutePath().normalize();
    String shown = abs.startsWith(root.toAbsolutePath().normalize())
        ? root.toAbsolutePath().normalize().relativize(abs).toString() : abs.toString();
    java.nio.file.attribute.BasicFileAttributes a;
    try {
      a = Files.readAttributes(abs, java.nio.file.attribute.BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return abs;
    }
    if (a.isSymbolicLink()) {
      Path to = Files.readSymbolicLink(abs);
      Path resolved;
      try {
        resolved = abs.toRealPath();
      } catch (IOException e) {
        throw new IOException(shown + ": a symbolic link to " + to + ", which does not exist; refusing to write"
            + " through it");
      }
      if (!resolved.startsWith(real)) {
        throw new SafePaths.UnsafePathException(shown, "is a symbolic link leading outside the repository (to "
            + to + "); refusing to write through it");
      }
      if (!Files.isRegularFile(resolved, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new dev.stackgen.catalog.InsideRepo.NotRegularFileException(shown);
      }
      return resolved;
    }
    if (!a.isRegularFile() && !a.isDirectory()) {
      throw new dev.stackgen.catalog.InsideRepo.NotRegularFileException(shown);
    }
    return abs;
  }

  /**
   * Writes one file (outside any repository check: the check cache). A symbolic link at
   * {@code target} is written as the file it points to, which keeps its mode; the link stays.
   */
  public static void write(Path target, String content) throws IOException {
    if (Files.isSymbolicLink(target)) {
      target = target.toRealPath();
    }
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = TempFiles.create(dir);
    try {
      keepPermissions(target, temp);
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      TempFiles.forget(temp);
    }
  }

  /**
   * Writes many files under {@code root}, each replaced atomically, in four steps: (1) every
   * target's folder is opened from {@code root} without following links (missing folders are
   * created) and every target is checked: not a folder, not a link, its folder writable; (2) every
   * content goes to a temporary file next to its target; (3) one file-system sync (per-file fsync
   * where {@code sync -f} is unavailable); (4) each folder is opened again, refused if it is no
   * longer the folder checked in (1), and the temporary file renamed over the target inside it.
   * A failure in (1)–(3) leaves every target untouched (folders this call created are removed
   * again); a failure in (4) throws {@link PartialWriteException} naming exactly the files replaced.
   * Temporary files are removed on any failure, and on SIGINT/SIGTERM by a shutdown hook.
   */
  public static void writeAll(Path root, List<Map.Entry<Path, String>> files) throws IOException {
    writeAll(root, files, List.of());
  }

  /**
   * {@link #writeAll(Path, List)}, then removes {@code removals} (checked in step 1 like targets:
   * each must be a regular file or absent); a removal that fails counts like a failed rename.
   */
  public static void writeAll(Path root, List<Map.Entry<Path, String>> files, List<Path> removals)
      throws IOException {
    if (files.isEmpty() && removals.isEmpty()) {
      return;
    }
    RepoDir.Tree tree = new RepoDir.Tree(root);
    List<Path> created = new ArrayList<>();
    // (1) folders and targets, before anything is written
    Map<Path, RepoDir.Key> folders = new LinkedHashMap<>();
    List<RepoDir.Target> targets = new ArrayList<>();
    List<RepoDir.Target> removed = new ArrayList<>();
    try {
      for (Map.Entry<Path, String> f : files) {
        targets.add(tree.target(f.getKey(), folders, created, true));
      }
      for (Path p : removals) {
        removed.add(tree.target(p, folders, created, false));
      }
    } catch (IOException | RuntimeException e) {
      tree.removeCreated(created);
      throw e;
    }
    // (2) temporary files, (3) one sync
    List<Path> temps = new ArrayList<>(Collections.nCopies(files.size(), (Path) null));
    boolean renaming = false;
    List<String> replaced = new ArrayList<>();
    try {
      IntStream indices = IntStream.range(0, files.size());
      (files.size() >= PARALLEL_FROM ? indices.parallel() : indices).forEach(i -> {
        try {
          temps.set(i, tree.writeTemp(targets.get(i), files.get(i).getValue().getBytes(StandardCharsets.UTF_8),
              folders));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      if (!temps.isEmpty() && !syncFileSystem(tree.root())) {
        for (Path temp : temps) {
          try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.READ)) {
            ch.force(true);
          }
        }
      }
      // (4) renames, each folder re-verified right before
      renaming = true;
      Runnable hook = beforeRenames;
      if (hook != null) {
        hook.run();
      }
      RepoDir open = null;
      try {
        for (int i = 0; i < targets.size(); i++) {
          RepoDir.Target t = targets.get(i);
          open = tree.reopen(open, t, folders);
          open.rename(temps.get(i).getFileName().toString(), t.name());
          TempFiles.forget(temps.get(i));
          temps.set(i, null);
          replaced.add(t.relative());
        }
        for (RepoDir.Target t : removed) {
          open = tree.reopen(open, t, folders);
          if (open.delete(t.name())) {
            replaced.add(t.relative());
          }
        }
      } finally {
        if (open != null) {
          open.close();
        }
      }
      if (!syncFileSystem(tree.root())) {
        for (Path dir : folders.keySet()) {
          try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
          } catch (IOException e) {
            // Some platforms cannot open or force a directory; the renames are then as durable as the OS makes them.
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      if (!renaming || replaced.isEmpty()) {
        deleteTemps(temps);
        tree.removeCreated(created);
        throw cause;
      }
      throw new PartialWriteException(replaced, RepoDir.describe(cause));
    } finally {
      deleteTemps(temps);
    }
  }

  private static void deleteTemps(List<Path> temps) {
    for (int i = 0; i < temps.size(); i++) {
      Path temp = temps.get(i);
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a leftover: the next generate removes it, check reports it
        }
        TempFiles.forget(temp);
        temps.set(i, null);
      }
    }
  }

  /** Tests only: runs after every temporary file is written and synced, before the first rename. */
  static volatile Runnable beforeRenames;

  /** Below this many files, temporary files are written by one thread. */
  static final int PARALLEL_FROM = 64;

  /** {@code sync -f PATH}: flushes the whole file system holding PATH in one call (Linux coreutils). */
  static boolean syncFileSystem(Path onFileSystem) {
    return QuietProcess.succeeds(List.of("sync", "-f", onFileSystem.toString()));
  }

  /** The permissions a temporary file should get: the target's, or rw-r--r-- for a new file. */
  static Set<PosixFilePermission> permissionsFor(Path target) throws IOException {
    try {
      return Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          ? Files.getPosixFilePermissions(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          : PosixFilePermissions.fromString("rw-r--r--");
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** A rewritten file keeps its permissions (a new one gets the usual rw-r--r--). */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    Set<PosixFilePermission> perms = permissionsFor(target);
    if (perms != null) {
      Files.setPosixFilePermissions(temp, perms);
    }
  }

  /** Removes temporary files a killed run left in {@code dir} (not recursive). */
  public static int removeLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    int removed = 0;
    try (var entries = Files.newDirectoryStream(dir, TEMP_PREFIX + "*.tmp")) {
      for (Path p : entries) {
        Files.deleteIfExists(p);
        removed++;
      }
    }
    return removed;
  }

  /** True for the name of a temporary file stackgen writes ({@code .stackgen-tmp-*.tmp}). */
  public static boolean isTempName(String name) {
    return name.startsWith(TEMP_PREFIX) && name.endsWith(".tmp");
  }
}
