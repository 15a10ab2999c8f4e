package dev.stackgen.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that a reader (or a crash) sees either the old or the new content: the bytes go
 * to a temporary file in the same directory, are forced to disk, and the file is renamed over the
 * target.
 */
public final class AtomicWriter {
  /** Temporary files start with this prefix, so a later run can remove leftovers of a killed one. */
  public static final String TEMP_PREFIX = ".stackgen-tmp-";

  private AtomicWriter() {}

  public static void write(Path target, String content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
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
    }
  }

  /**
   * Writes many files, each replaced atomically: every content goes to a temporary file next to its
   * target first; the contents are made durable with one file-system sync (per-file fsync where
   * {@code sync -f} is unavailable) before the first rename, and the renames with another sync. A
   * failure before the renames leaves every target untouched.
   */
  public static void writeAll(List<Map.Entry<Path, String>> files) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    List<Path> temps = new ArrayList<>(Collections.nCopies(files.size(), (Path) null));
    try {
      IntStream indices = IntStream.range(0, files.size());
      (files.size() >= PARALLEL_FROM ? indices.parallel() : indices).forEach(i -> {
        try {
          Path target = files.get(i).getKey();
          Path dir = target.toAbsolutePath().getParent();
          Files.createDirectories(dir);
          Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
          temps.set(i, temp);
          Files.write(temp, files.get(i).getValue().getBytes(StandardCharsets.UTF_8));
          keepPermissions(target, temp);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      Path anyFile = temps.get(0);
      if (!syncFileSystem(anyFile)) {
        for (Path temp : temps) {
          try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
          }
        }
      }
      Set<Path> dirs = new LinkedHashSet<>();
      for (int i = 0; i < files.size(); i++) {
        Path target = files.get(i).getKey();
        try {
          Files.move(temps.get(i), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temps.get(i), target, StandardCopyOption.REPLACE_EXISTING);
        }
        temps.set(i, null);
        dirs.add(target.toAbsolutePath().getParent());
      }
      if (!syncFileSystem(files.get(0).getKey())) {
        for (Path dir : dirs) {
          try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
          } catch (IOException e) {
            // Some platforms cannot open or force a directory; the renames are then as durable as the OS makes them.
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      for (Path temp : temps) {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }

  /** Below this many files, temporary files are written by one thread. */
  static final int PARALLEL_FROM = 64;

  /** {@code sync -f PATH}: flushes the whole file system holding PATH in one call (Linux coreutils). */
  static boolean syncFileSystem(Path onFileSystem) {
    try {
      Process p = new ProcessBuilder("sync", "-f", onFileSystem.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A rewritten file keeps its permissions (a new one gets the usual rw-r--r--). */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the file keeps the default permissions
    }
  }

  /** Removes temporary files a killed run left in {@code dir} (not recursive). */
  public static int removeLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
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
}
