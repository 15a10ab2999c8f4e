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
    return p == null ? null : readRegular(p);
  }

  /** Reads a file known to be regular, not following a link put there meanwhile. */
  public static byte[] readRegular(Path p) throws IOException {
    try (SeekableByteChannel ch = Files.newByteChannel(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE - 16) {
        throw new IOException(p + ": too large");
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) size);
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(Math.max(size, 1), 1 << 16));
      while (ch.read(buf) > 0 || buf.position() > 0) {
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
