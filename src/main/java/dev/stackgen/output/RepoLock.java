package dev.stackgen.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HexFormat;

/**
 * An exclusive lock per repository, so two {@code generate} runs never write the same tree at
 * once. The lock file lives in the git folder of the repository ({@code .git/stackgen-<key>.lock},
 * for a worktree its own git folder) or, outside git, in the user's cache folder
 * ({@code ~/.cache/stackgen/locks}); never in the working tree, never in a shared temp folder. It is
 * opened without following links, and removed when the lock is released (also on SIGINT/SIGTERM).
 * Because a file can be removed while another process waits on it, a process that got the lock
 * checks that the name still leads to the file it locked (its own descriptor, {@code /proc/self/fd},
 * against the name, without opening the file again: closing any descriptor of a locked file would
 * release the lock); where {@code /proc/self/fd} does not exist the lock file is kept, not removed.
 * The holder writes its process id into the file for the message a waiting run prints.
 */
public final class RepoLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Object key;
  private final Thread hook;

  private RepoLock(Path file, FileChannel channel, FileLock lock, Object key) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.key = key;
    this.hook = new Thread(this::removeFile, "stackgen-lock-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Waits up to {@code wait} for the lock; fails with a clear message when another run holds it. */
  public static RepoLock acquire(Path repo, Duration wait) throws IOException {
    Path file = lockFile(repo);
    // The pid is for the message a waiting run prints; the number after it only tells two holders' files
    // apart and is never compared, so it need not be a SecureRandom one: setting up the security
    // providers for it was ~10 % of the main thread of a generate with nothing to do (issue 23).
    byte[] token = (ProcessHandle.current().pid() + " "
        + HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      if (HELD.contains(file)) {
        // Held by this JVM: opening (and closing) another channel on the file would release that lock.
        if (System.nanoTime() > deadline) {
          throw new IOException("another stackgen run holds the lock for " + repo + " (this process, " + file
              + "); try again when it has finished");
        }
        sleep();
        continue;
      }
      FileChannel ch;
      try {
        ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        if (Files.isSymbolicLink(file)) {
          throw new IOException("the lock file " + file
              + " is a symbolic link; stackgen does not follow it (remove it)");
        }
        throw e;
      }
      FileLock l = null;
      try {
        try {
          l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null;
        }
        if (l != null) {
          Object own = ownKey(file);
          Object named = keyByName(file);
          if (own == NO_PROC || own != null && own.equals(named)) {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(token), 0);
            RepoLock held = new RepoLock(file, ch, l, own == NO_PROC ? null : own);
            HELD.add(file);
            l = null;
            ch = null;
            return held;
          }
          continue; // the file was removed by the previous holder while we waited: take the new one
        }
        if (System.nanoTime() > deadline) {
          String holder = new String(readByName(file), StandardCharsets.UTF_8).strip();
          String pid = holder.contains(" ") ? "pid " + holder.substring(0, holder.indexOf(' ')) + ", " : "";
          throw new IOException("another stackgen run holds the lock for " + repo
              + " (" + pid + file + "); try again when it has finished");
        }
      } finally {
        if (l != null) {
          l.release();
        }
        if (ch != null) {
          ch.close();
        }
      }
      sleep();
    }
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the repository lock", e);
    }
  }

  /** Lock files held by this JVM. */
  private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Marks a platform without {@code /proc/self/fd}: the lock file is then never removed. */
  private static final Object NO_PROC = new Object();

  /**
   * The file key of the file this process has open under {@code file}'s name, read through
   * {@code /proc/self/fd} (a stat of the descriptor, no new open); {@link #NO_PROC} where there is
   * no such folder; null when no descriptor names the file (it was removed meanwhile).
   */
  private static Object ownKey(Path file) {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return NO_PROC;
    }
    String name = file.toAbsolutePath().toString();
    try (var entries = Files.newDirectoryStream(fds)) {
      for (Path fd : entries) {
        try {
          if (Files.readSymbolicLink(fd).toString().equals(name)) {
            return Files.readAttributes(fd, BasicFileAttributes.class).fileKey();
          }
        } catch (IOException e) {
          // a descriptor closed meanwhile (e.g. the directory stream's own)
        }
      }
    } catch (IOException e) {
      return NO_PROC;
    }
    return null;
  }

  private static Object keyByName(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] readByName(Path file) throws IOException {
    try (var in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer b = ByteBuffer.allocate(128);
      while (b.hasRemaining() && in.read(b) > 0) {
        // read up to 128 bytes: a token is shorter
      }
      return java.util.Arrays.copyOf(b.array(), b.position());
    } catch (NoSuchFileException e) {
      return new byte[0];
    } catch (FileSystemException e) {
      return new byte[0];
    }
  }

  /** The lock file of {@code repo}: in its git folder, else in the user's cache folder. */
  static Path lockFile(Path repo) throws IOException {
    Path real = repo.toRealPath();
    String name = "stackgen-" + HexFormat.of().formatHex(sha256(real.toString()), 0, 8) + ".lock";
    Path gitDir = gitDir(real);
    if (gitDir != null && Files.isDirectory(gitDir) && Files.isWritable(gitDir)) {
      return gitDir.resolve(name);
    }
    Path dir = Path.of(System.getProperty("user.home"), ".cache", "stackgen", "locks");
    return Files.createDirectories(dir).resolve(name);
  }

  /** The git folder of the working tree holding {@code dir}: {@code .git}, or where a {@code .git} file points. */
  static Path gitDir(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      Path dotGit = d.resolve(".git");
      if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
        return dotGit;
      }
      if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
        try {
          String line = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
          if (line.startsWith("gitdir:")) {
            return d.resolve(line.substring(7).strip()).normalize();
          }
        } catch (IOException e) {
          return null;
        }
        return null;
      }
    }
    return null;
  }

  /** SHA-256 of {@code s} as UTF-8; {@link Sha256}, not {@code MessageDigest}, for the same reason as the token. */
  private static byte[] sha256(String s) {
    return Sha256.of(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the lock file is (for messages and tests). */
  public Path file() {
    return file;
  }

  /** Removes the lock file while the lock is still held, if its name still leads to the locked file. */
  private void removeFile() {
    try {
      if (key != null && key.equals(keyByName(file))) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // the lock is released with the process anyway; a file left behind is reused by the next run
    }
  }

  @Override
  public void close() throws IOException {
    try {
      removeFile();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs anyway
      }
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
        HELD.remove(file);
      }
    }
  }
}
