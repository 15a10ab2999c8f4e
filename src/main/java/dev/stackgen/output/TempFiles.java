package dev.stackgen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The temporary files this process has created and not yet renamed or removed. A shutdown hook
 * (SIGINT, SIGTERM, normal exit) removes them; a file being created while the hook starts is
 * either seen by it or not created at all. Only SIGKILL can leave one behind: the next
 * {@code generate} removes it and {@code check} reports it as {@code leftover}.
 */
final class TempFiles {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile boolean closing;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "stackgen-temp-cleanup"));
  }

  private TempFiles() {}

  /** Creates something at {@code path} (a temporary file) so that the shutdown hook sees it. */
  interface Creation<T> {
    T create() throws IOException;
  }

  /** A fresh temporary-file name ({@code .stackgen-tmp-<random>.tmp}). */
  static String newName() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return AtomicWriter.TEMP_PREFIX + HexFormat.of().formatHex(b) + ".tmp";
  }

  /** Runs {@code creation} for {@code path}, registered first; refused once shutdown has begun. */
  static <T> T creating(Path path, Creation<T> creation) throws IOException {
    LOCK.readLock().lock();
    try {
      if (closing) {
        throw new IOException("stackgen is being stopped; nothing more is written");
      }
      LIVE.add(path);
      return creation.create();
    } finally {
      LOCK.readLock().unlock();
    }
  }

  /** Creates a new temporary file in {@code dir} by path (for writes outside a repository). */
  static Path create(Path dir) throws IOException {
    for (int attempt = 0;; attempt++) {
      Path p = dir.resolve(newName());
      try {
        return creating(p, () -> Files.createFile(p));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        LIVE.remove(p);
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /** The file was renamed over its target or removed. */
  static void forget(Path path) {
    LIVE.remove(path);
  }

  /** How many temporary files are open now (for tests). */
  static int live() {
    return LIVE.size();
  }

  private static void removeAll() {
    LOCK.writeLock().lock();
    try {
      closing = true;
      for (Path p : LIVE) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // nothing more can be done while the process ends; check reports it as leftover
        }
      }
    } finally {
      LOCK.writeLock().unlock();
    }
  }
}
