package dev.stackgen.catalog;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds repository files for reading without leaving the repository: every name on the way is
 * looked at with {@code lstat}; a symbolic link is followed only when its real target is inside the
 * repository, and what is read must be a regular file (a FIFO, device or socket is refused before
 * it is opened, so nothing blocks). Thread-safe; folders on the way are resolved once.
 */
public final class InsideRepo {
  private final Path root;
  private final Map<String, Path> folders = new ConcurrentHashMap<>();

  public InsideRepo(Path repo) throws IOException {
    this.root = repo.toRealPath();
  }

  /** The repository's real path. */
  public Path root() {
    return root;
  }

  /** A path that is not a regular file where stackgen needs one (FIFO, device, socket, folder). */
  public static final class NotRegularFileException extends IOException {
    public NotRegularFileException(String path) {
      super(path + ": not a regular file");
    }
  }

  /** A symbolic link on the way leads outside the repository. */
  public static final class OutsideException extends IOException {
    public OutsideException(String path, String link, Path target) {
      super(path + ": " + (link.equals(path) ? "is" : "passes through " + link + ",")
          + " a symbolic link leading outside the repository (to " + target + "); stackgen does not follow it");
    }
  }

  /**
   * One entry: {@code path} is its real folder plus its name (the name itself not followed), and
   * {@code attributes} its {@code lstat} (null when there is no such entry).
   */
  public record Entry(Path path, BasicFileAttributes attributes) {
    public boolean exists() {
      return attributes != null;
    }

    public boolean isLink() {
      return attributes != null && attributes.isSymbolicLink();
    }

    public boolean isRegularFile() {
      return attributes != null && attributes.isRegularFile();
    }

    /** True for a FIFO, device or socket. */
    public boolean isSpecial() {
      return attributes != null && attributes.isOther();
    }
  }

  /**
   * The entry {@code relative} (with {@code /}): folders on the way followed while inside the
   * repository, the last name not followed. Null attributes when a folder on the way is missing.
   */
  public Entry entry(String relative) throws IOException {
    int slash = relative.lastIndexOf('/');
    String name = relative.substring(slash + 1);
    Path folder = slash < 0 ? root : folder(relative.substring(0, slash), relative);
    if (folder == null) {
      return new Entry(root.resolve(relative), null);
    }
    Path p = folder.resolve(name);
    return new Entry(p, lstat(p));
  }

  /**
   * The real path of the folder {@code relative}, links followed only inside the repository (one
   * leading outside is an error); null when it (or a folder on the way) does not exist.
   */
  public Path folder(String relative) throws IOException {
    return folder(relative, relative);
  }

  private Path folder(String relative, String shown) throws IOException {
    Path known = folders.get(relative);
    if (known != null) {
      return known;
    }
    int slash = relative.lastIndexOf('/');
    Path parent = slash < 0 ? root : folder(relative.substring(0, slash), shown);
    if (parent == null) {
      return null;
    }
    Path p = parent.resolve(relative.substring(slash + 1));
    BasicFileAttributes a = lstat(p);
    if (a == null) {
      return null;
    }
    if (a.isSymbolicLink()) {
      p = inside(p, shown, relative);
      if (p == null || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
    } else if (!a.isDirectory()) {
      return null;
    }
    folders.put(relative, p);
    return p;
  }

  /** The real target of the link {@code p}, refused when outside; null when it leads nowhere. */
  private Path inside(Path p, String shown, String link) throws IOException {
    Path real;
    try {
      real = p.toRealPath();
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return null; // a loop of links: leads nowhere
    }
    if (!real.startsWith(root)) {
      throw new OutsideException(shown, link, Files.readSymbolicLink(p));
    }
    return real;
  }

  /**
   * The real path of the regular file {@code relative}, following a link only inside the
   * repository; null when there is none. Anything else there is an error naming the path.
   */
  public Path regularFile(String relative) throws IOException {
    Entry e = entry(relative);
    if (!e.exists()) {
      return null;
    }
    Path p = e.path();
    BasicFileAttributes a = e.attributes();
    if (a.isSymbolicLink()) {
      p = inside(p, relative, relative);
      if (p == null) {
        return null;
      }
      a = lstat(p);
      if (a == null) {
        return null;
      }
    }
    if (!a.isRegularFile()) {
      throw new NotRegularFileException(relative);
    }
    return p;
  }

  /** The bytes of the regular file {@code relative} ({@link #regularFile}), or null when there is none. */
  public byte[] read(String relative) throws IOException {
    Path p = regularFile(relative);
    return p == null ? null : readFile(p, relative, NO_LIMIT);
  }

  private static final long NO_LIMIT = Integer.MAX_VALUE - 16;

  /** A file or folder on the way was swapped (for a link, or moved) between its check and its read. */
  public static final class ReplacedException extends IOException {
    public ReplacedException(String path) {
      super(path + ": replaced (e.g. by a symbolic link) while stackgen read it; stackgen does not follow it");
    }
  }

  /**
   * The bytes of {@code real} (a real path inside the repository that {@link #regularFile} or
   * {@link #entry} found), read without the window between that check and the read: each folder is
   * opened from the repository one name at a time without following links ({@code openat} with
   * {@code O_NOFOLLOW}), the file is opened the same way, and it must still be a regular file. A
   * folder or file swapped for a link meanwhile is a {@link ReplacedException}, a FIFO or device put
   * there a {@link NotRegularFileException} (never waited on: an open still waiting is released); nothing
   * outside the repository is read. More than {@code limit} bytes reads {@code limit + 1} and stops.
   */
  public byte[] readFile(Path real, String shown, long limit) throws IOException {
    if (!real.startsWith(root) || real.equals(root)) {
      throw new ReplacedException(shown);
    }
    java.nio.file.DirectoryStream<Path> first = Files.newDirectoryStream(root);
    if (!(first instanceof java.nio.file.SecureDirectoryStream<Path> dir)) {
      first.close();
      // no openat on this platform: the folder's real path re-checked right before the open
      Path folder = real.getParent();
      if (!folder.toRealPath().equals(folder)) {
        throw new ReplacedException(shown);
      }
      return readRegular(real, shown, limit);
    }
    try {
      Path rel = root.relativize(real);
      for (int i = 0; i < rel.getNameCount() - 1; i++) {
        java.nio.file.SecureDirectoryStream<Path> next;
        try {
          next = dir.newDirectoryStream(rel.getName(i), LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          throw new NoSuchFileException(shown);
        } catch (java.nio.file.FileSystemException e) {
          throw new ReplacedException(shown); // a link (ELOOP) or a file (ENOTDIR) where the folder was
        }
        dir.close();
        dir = next;
      }
      java.nio.file.SecureDirectoryStream<Path> in = dir;
      Path name = rel.getFileName();
      BasicFileAttributes a;
      try {
        a = in.getFileAttributeView(name, java.nio.file.attribute.BasicFileAttributeView.class,
            LinkOption.NOFOLLOW_LINKS).readAttributes();
      } catch (NoSuchFileException e) {
        throw new NoSuchFileException(shown);
      }
      if (a.isSymbolicLink()) {
        throw new ReplacedException(shown);
      }
      if (!a.isRegularFile()) {
        throw new NotRegularFileException(shown);
      }
      return readAll(openWatched(shown, new InFolder(in, name)), shown, limit);
    } finally {
      dir.close();
    }
  }

  /** {@link #readFile(Path, String, long)} without a size limit. */
  public byte[] readFile(Path real, String shown) throws IOException {
    return readFile(real, shown, NO_LIMIT);
  }

  /** Reads a file known to be regular, not following a link put there meanwhile, nor waiting on a FIFO. */
  public static byte[] readRegular(Path p) throws IOException {
    return readRegular(p, p.toString(), NO_LIMIT);
  }

  /** {@link #readRegular(Path)}, at most {@code limit + 1} bytes. */
  public static byte[] readRegular(Path p, long limit) throws IOException {
    return readRegular(p, p.toString(), limit);
  }

  /**
   * The bytes of {@code p}, a link at its end followed (a catalog file may be one), at most {@code
   * limit + 1}: for hashing only, never shown; a FIFO or device is refused without waiting on it.
   */
  public static byte[] readForHash(Path p, long limit) throws IOException {
    return readAll(openWatched(p.toString(), new AtPath(p, false)), p.toString(), limit);
  }

  private static byte[] readRegular(Path p, String shown, long limit) throws IOException {
    return readAll(openWatched(shown, new AtPath(p, true)), shown, limit);
  }

  /** Opens a channel, for reading ({@code false}) or also for writing ({@code true}). */
  private interface Opener {
    SeekableByteChannel open(boolean write) throws IOException;
  }

  // The openers are named classes, not lambdas: a cached check runs no lambda at all (linking the first
  // one runs the JDK's method-handle set-up in the interpreter; docs/speed.md).

  /** Opens {@code p} ({@code noFollow}: a link at its end is refused). */
  private record AtPath(Path p, boolean noFollow) implements Opener {
    @Override
    public SeekableByteChannel open(boolean write) throws IOException {
      if (noFollow) {
        return write ? Files.newByteChannel(p, StandardOpenOption.READ, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)
            : Files.newByteChannel(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
      }
      return write ? Files.newByteChannel(p, StandardOpenOption.READ, StandardOpenOption.WRITE)
          : Files.newByteChannel(p, StandardOpenOption.READ);
    }
  }

  /** Opens {@code name} in the folder {@code in} was opened on, a link at its end refused. */
  private record InFolder(java.nio.file.SecureDirectoryStream<Path> in, Path name) implements Opener {
    @Override
    public SeekableByteChannel open(boolean write) throws IOException {
      return in.newByteChannel(name, write ? java.util.Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS) : java.util.Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }
  }

  /** After this long an open still waiting is taken for a FIFO swapped in after its check. */
  static final long OPEN_WAIT_MILLIS = 100;

  /** An open in progress: the watchdog releases it once it has waited {@link #OPEN_WAIT_MILLIS}. */
  private static final class Pending {
    final Opener opener;
    long due = System.nanoTime() + OPEN_WAIT_MILLIS * 1_000_000L;

    Pending(Opener opener) {
      this.opener = opener;
    }
  }

  /** Opens in progress; registering is a set insert, not a scheduled task (no wake-up per open). */
  private static final java.util.Set<Pending> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * The watchdog thread, started with the first open: while opens are in progress it looks at them every
   * 25 ms; with none it is parked, and the next open wakes it (about once per 25 ms in a busy run, not per
   * open).
   */
  private static final class Watchdog implements Runnable {
    static final Thread THREAD = start();

    private static Thread start() {
      Thread t = new Thread(new Watchdog(), "stackgen-open-watchdog");
      t.setDaemon(true);
      t.start();
      return t;
    }

    /** The watchdog is parked until an open comes (nothing to watch: no wake-ups in a long-lived server). */
    static volatile boolean idle;

    @Override
    public void run() {
      while (true) {
        if (PENDING.isEmpty()) {
          idle = true;
          if (PENDING.isEmpty()) { // an open added after this check sees idle and unparks
            java.util.concurrent.locks.LockSupport.park(this);
          }
          idle = false;
          continue;
        }
        try {
          Thread.sleep(OPEN_WAIT_MILLIS / 4);
        } catch (InterruptedException e) {
          return;
        }
        long now = System.nanoTime();
        for (Pending p : PENDING) {
          if (now - p.due >= 0) {
            p.due = now + OPEN_WAIT_MILLIS * 1_000_000L;
            try (SeekableByteChannel unused = p.opener.open(true)) {
              // opened and closed: the waiting reader has met a writer, and sees the end of the FIFO
            } catch (IOException | RuntimeException e) {
              // not there, not writable, or the folder closed meanwhile: try again or not at all
            }
          }
        }
      }
    }
  }

  /**
   * Opens for reading on this thread. Opening a FIFO for reading waits for a writer, and a regular
   * file checked a moment ago may have been swapped for one: an open still waiting after {@link
   * #OPEN_WAIT_MILLIS} is released by a watchdog that opens the same entry for reading and writing
   * (which never waits on Linux) and closes it again, and tries again every {@link #OPEN_WAIT_MILLIS}
   * while it waits. A FIFO or device, opened this way or not, is recognised by its channel not being
   * seekable and refused before a byte of it is used. (A FIFO the user may not write to cannot be
   * released; see docs/security.md.) Each open only registers itself in a set the one watchdog thread
   * polls: scheduling a task per open woke that thread for every file read, about half of what reading a
   * generated file for the compare cost.
   */
  private static SeekableByteChannel openWatched(String shown, Opener opener) throws IOException {
    if (Watchdog.THREAD == null) {
      throw new IllegalStateException("no open watchdog");
    }
    Pending pending = new Pending(opener);
    PENDING.add(pending);
    if (Watchdog.idle) {
      java.util.concurrent.locks.LockSupport.unpark(Watchdog.THREAD);
    }
    SeekableByteChannel ch;
    try {
      ch = opener.open(false);
    } catch (IOException e) {
      if (e instanceof NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
        throw e;
      }
      // O_NOFOLLOW met a link (ELOOP); the JDK says so in a FileSystemException's reason or, with
      // "(NOFOLLOW_LINKS specified)", in a plain IOException without the path
      String why = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
      if (why != null && why.contains("symbolic link")) {
        throw new ReplacedException(shown);
      }
      throw e;
    } finally {
      PENDING.remove(pending);
    }
    try {
      ch.position(); // lseek: a FIFO, socket or tty says ESPIPE
    } catch (IOException e) {
      ch.close();
      throw new NotRegularFileException(shown);
    }
    return ch;
  }

  /** All of {@code ch} (closed after), at most {@code limit + 1} bytes. */
  private static byte[] readAll(SeekableByteChannel ch, String shown, long limit) throws IOException {
    try (ch) {
      long size = ch.size();
      if (size > NO_LIMIT && limit >= NO_LIMIT) {
        throw new IOException(shown + ": too large");
      }
      int cap = (int) Math.min(Math.min(size, limit + 1), NO_LIMIT);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(cap);
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(Math.max(cap, 1), 1 << 16));
      while (out.size() <= limit) {
        buf.limit((int) Math.min(buf.capacity(), limit + 1 - out.size()));
        int n = ch.read(buf);
        if (n < 0 || (n == 0 && buf.position() == 0)) {
          break;
        }
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
      return out.toByteArray();
    }
  }

  private static BasicFileAttributes lstat(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (java.nio.file.FileSystemException e) {
      if (e.getReason() != null && e.getReason().contains("Not a directory")) {
        return null;
      }
      throw e;
    }
  }

  /** True when {@code relative} (a folder below the repository) holds {@code .git}: another repository's tree. */
  public boolean isOtherRepository(String relativeFolder) throws IOException {
    Boolean known = repositories.get(relativeFolder);
    if (known == null) {
      Path f = folder(relativeFolder, relativeFolder);
      known = f != null && lstat(f.resolve(".git")) != null;
      repositories.put(relativeFolder, known);
    }
    return known;
  }

  private final Map<String, Boolean> repositories = new ConcurrentHashMap<>();

  /**
   * The first folder of {@code relative}'s folders (below the repository, not the repository itself)
   * that holds {@code .git} (a submodule or another repository's working tree), or null.
   */
  public String otherRepositoryAbove(String relative) throws IOException {
    int from = 0;
    while (true) {
      int slash = relative.indexOf('/', from);
      if (slash < 0) {
        return null;
      }
      String folder = relative.substring(0, slash);
      if (isOtherRepository(folder)) {
        return folder;
      }
      from = slash + 1;
    }
  }
}
