package dev.stackgen.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * An exclusive lock per repository, so two {@code generate} runs never write the same tree at
 * once. The lock file lives in the temp directory (keyed by the repository's real path), never in
 * the user's tree.
 */
public final class RepoLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RepoLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits up to {@code wait} for the lock; fails with a clear message when another run holds it. */
  public static RepoLock acquire(Path repo, Duration wait) throws IOException {
    Path file = lockFile(repo);
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock l;
        try {
          l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null;
        }
        if (l != null) {
          return new RepoLock(ch, l);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("another stackgen run holds the lock for " + repo
              + " (" + file + "); try again when it has finished");
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ch.close();
      throw new IOException("interrupted while waiting for the repository lock", e);
    } catch (IOException e) {
      ch.close();
      throw e;
    }
  }

  static Path lockFile(Path repo) throws IOException {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(repo.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
      String name = "stackgen-" + HexFormat.of().formatHex(hash, 0, 8) + ".lock";
      return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))).resolve(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
