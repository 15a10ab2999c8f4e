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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

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
