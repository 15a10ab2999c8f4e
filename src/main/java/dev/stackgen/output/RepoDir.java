package dev.stackgen.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An open folder inside a repository, reached from the repository's real path one name at a time
 * without following links ({@link SecureDirectoryStream}: {@code openat} with {@code O_NOFOLLOW},
 * files created, renamed and removed relative to the open folder). A folder swapped for a link while
 * stackgen runs cannot be opened this way, and a folder that was moved is recognised by its file key,
 * so nothing is written outside the repository. Where the platform has no secure directory streams,
 * the folder's real path is re-checked right before each operation.
 */
final class RepoDir implements Closeable {
  /** The identity of a folder (device and inode where the platform has them). */
  record Key(Object fileKey) {}

  /** One file to replace or remove: its real folder, its name and how to show it. */
  record Target(Path folder, String name, String relative, Set<PosixFilePermission> permissions) {}

  private final Path folder;
  private final SecureDirectoryStream<Path> sds;
  private final Key key;

  private RepoDir(Path folder, SecureDirectoryStream<Path> sds, Key key) {
    this.folder = folder;
    this.sds = sds;
    this.key = key;
  }

  Path folder() {
    return folder;
  }

  Key key() {
    return key;
  }

  /** Opens {@code folder} (a real path inside {@code root}) from {@code root}, following no link. */
  static RepoDir open(Path root, Path folder, String shown) throws IOException {
    DirectoryStream<Path> ds = Files.newDirectoryStream(root);
    if (!(ds instanceof SecureDirectoryStream<Path> first)) {
      ds.close();
      Path real = folder.toRealPath();
      if (!real.equals(folder)) {
        throw moved(shown, root);
      }
      BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return new RepoDir(folder, null, new Key(a.fileKey() == null ? a.creationTime() : a.fileKey()));
    }
    SecureDirectoryStream<Path> current = first;
    try {
      for (Path segment : root.relativize(folder)) {
        if (segment.toString().isEmpty()) {
          continue;
        }
        SecureDirectoryStream<Path> next;
        try {
          next = current.newDirectoryStream(segment, LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
          throw moved(shown, root);
        }
        current.close();
        current = next;
      }
      BasicFileAttributes a = current.getFileAttributeView(BasicFileAttributeView.class).readAttributes();
      RepoDir d = new RepoDir(folder, current, new Key(a.fileKey()));
      current = null;
      return d;
    } finally {
      if (current != null) {
        current.close();
      }
    }
  }

  private static IOException moved(String shown, Path root) {
    return new IOException((shown.isEmpty() ? "the repository folder" : shown)
        + " was moved or replaced (e.g. by a symbolic link) while stackgen ran; refusing to write through it");
  }

  /** The entry {@code name} of this folder, links not followed, or null when there is none. */
  BasicFileAttributes lstat(String name) throws IOException {
    try {
      if (sds != null) {
        return sds.getFileAttributeView(Path.of(name), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .readAttributes();
      }
      return Files.readAttributes(checked().resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Writes {@code bytes} to a new temporary file in this folder; returns its absolute path. */
  Path writeTemp(byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
    for (int attempt = 0;; attempt++) {
      String name = TempFiles.newName();
      Path path = folder.resolve(name);
      try {
        TempFiles.creating(path, () -> {
          try (SeekableByteChannel ch = sds != null
              ? sds.newByteChannel(Path.of(name), Set.<java.nio.file.OpenOption>of(StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS))
              : Files.newByteChannel(checked().resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
              ch.write(buf);
            }
          }
          return null;
        });
      } catch (java.nio.file.FileAlreadyExistsException e) {
        TempFiles.forget(path);
        if (attempt > 10) {
          throw e;
        }
        continue;
      }
      if (permissions != null) {
        if (sds != null) {
          sds.getFileAttributeView(Path.of(name), PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
              .setPermissions(permissions);
        } else {
          Files.setPosixFilePermissions(path, permissions);
        }
      }
      return path;
    }
  }

  /** Renames {@code from} over {@code to}, both in this folder. */
  void rename(String from, String to) throws IOException {
    if (sds != null) {
      sds.move(Path.of(from), sds, Path.of(to));
      return;
    }
    Path dir = checked();
    Files.move(dir.resolve(from), dir.resolve(to), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes {@code name} from this folder; false when it was not there. */
  boolean delete(String name) throws IOException {
    try {
      if (sds != null) {
        sds.deleteFile(Path.of(name));
      } else {
        Files.delete(checked().resolve(name));
      }
      return true;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** The names in this folder that match {@code filter}. */
  List<String> list(java.util.function.Predicate<String> filter) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> ds = sds != null ? sds.newDirectoryStream(Path.of("."), LinkOption.NOFOLLOW_LINKS)
        : Files.newDirectoryStream(checked())) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (filter.test(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private Path checked() throws IOException {
    if (!folder.toRealPath().equals(folder)) {
      throw new IOException(folder + " was moved or replaced while stackgen ran; refusing to write through it");
    }
    return folder;
  }

  @Override
  public void close() throws IOException {
    if (sds != null) {
      sds.close();
    }
  }

  /** "what failed" for a message: the exception's text without Java's class names. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
  }

  /** The folders and targets of one multi-file write below one repository. */
  static final class Tree {
    private final Path given;
    private final Path root;

    Tree(Path root) throws IOException {
      this.given = root.toAbsolutePath().normalize();
      this.root = root.toRealPath();
    }

    Path root() {
      return root;
    }

    private String shown(Path absolute) {
      Path rel = absolute.startsWith(given) ? given.relativize(absolute)
          : absolute.startsWith(root) ? root.relativize(absolute) : absolute;
      return rel.toString().replace('\\', '/');
    }

    /**
     * Checks one target before anything is written: its folder is made to exist inside the
     * repository (created where missing, recorded in {@code created}) and opened once to remember
     * its identity; the target is not a folder or a link, and its folder is writable.
     */
    Target target(Path target, Map<Path, Key> folders, List<Path> created, boolean write) throws IOException {
      Path abs = target.toAbsolutePath().normalize();
      String shown = shown(abs);
      Path folder = ensureFolder(abs.getParent(), shown, created);
      String name = abs.getFileName().toString();
      Key key = folders.get(folder);
      if (key == null) {
        try (RepoDir d = open(root, folder, shown(folder))) {
          key = d.key();
          checkEntry(d, name, shown, write);
        }
        folders.put(folder, key);
      } else {
        try (RepoDir d = open(root, folder, shown(folder))) {
          checkEntry(d, name, shown, write);
        }
      }
      if (write && !Files.isWritable(folder)) {
        throw new java.nio.file.AccessDeniedException(shown, null,
            "cannot replace it: its folder " + (folder.equals(root) ? "(the repository)" : shown(folder))
                + " is not writable");
      }
      return new Target(folder, name, shown, write ? AtomicWriter.permissionsFor(folder.resolve(name)) : null);
    }

    private void checkEntry(RepoDir d, String name, String shown, boolean write) throws IOException {
      BasicFileAttributes a = d.lstat(name);
      if (a == null || a.isRegularFile()) {
        return;
      }
      Path p = d.folder().resolve(name);
      if (a.isDirectory()) {
        throw new IOException("a folder is where stackgen " + (write ? "writes" : "removes") + " the file " + shown
            + ": " + shown + "/ holds " + contents(p) + "; move it away");
      }
      if (a.isSymbolicLink()) {
        if (write) {
          throw DriftChecker.linkInTheWay(shown, Files.readSymbolicLink(p).toString());
        }
        throw new IOException("a symbolic link is where stackgen removes the file "
            + shown + " (it points to " + Files.readSymbolicLink(p) + "); stackgen removes only regular files");
      }
      throw new dev.stackgen.catalog.InsideRepo.NotRegularFileException(shown);
    }

    /** The real folder for {@code dir}, created where missing; refuses files and links out of the repository. */
    private Path ensureFolder(Path dir, String shownTarget, List<Path> created) throws IOException {
      Path rel;
      if (dir.startsWith(given)) {
        rel = given.relativize(dir);
      } else if (dir.startsWith(root)) {
        rel = root.relativize(dir);
      } else {
        throw new SafePaths.UnsafePathException(dir.toString(), "leads outside the repository");
      }
      Path cur = root;
      Path lexical = given;
      for (Path segment : rel) {
        if (segment.toString().isEmpty()) {
          continue;
        }
        Path next = cur.resolve(segment);
        lexical = lexical.resolve(segment);
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          a = null;
        }
        if (a == null) {
          if (!cur.toRealPath().equals(cur)) {
            throw moved(shown(cur), root);
          }
          Files.createDirectory(next);
          created.add(next);
          cur = next;
        } else if (a.isSymbolicLink()) {
          Path real = next.toRealPath();
          if (!real.startsWith(root)) {
            throw new SafePaths.UnsafePathException(shownTarget, "passes through symbolic link " + shown(lexical)
                + " which leads outside the repository");
          }
          if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw fileInTheWay(shown(lexical), real, shownTarget);
          }
          cur = real;
        } else if (a.isDirectory()) {
          cur = next;
        } else {
          throw fileInTheWay(shown(lexical), next, shownTarget);
        }
      }
      return cur;
    }

    private static IOException fileInTheWay(String shown, Path p, String shownTarget) throws IOException {
      return new IOException("a file is where stackgen needs the folder " + shown + " (for " + shownTarget + "): "
          + shown + " is a " + (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
              ? "regular file of " + Files.size(p) + " bytes" : "special file")
          + "; move it away");
    }

    private static String contents(Path dir) {
      List<String> names = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) {
          names.add(p.getFileName().toString());
        }
      } catch (IOException e) {
        return "entries that cannot be listed";
      }
      if (names.isEmpty()) {
        return "nothing (an empty folder)";
      }
      Collections.sort(names);
      String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
      return names.size() + (names.size() == 1 ? " entry (" : " entries (") + shown
          + (names.size() > 3 ? ", ...)" : ")");
    }

    /** Writes the temporary file for {@code t} through its re-opened folder. */
    Path writeTemp(Target t, byte[] bytes, Map<Path, Key> folders) throws IOException {
      try (RepoDir d = open(root, t.folder(), shown(t.folder()))) {
        verify(d, folders);
        return d.writeTemp(bytes, t.permissions());
      }
    }

    /** The open folder of {@code t}: {@code open} when it is that folder, else a fresh one, re-verified. */
    RepoDir reopen(RepoDir open, Target t, Map<Path, Key> folders) throws IOException {
      if (open != null && open.folder().equals(t.folder())) {
        return open;
      }
      if (open != null) {
        open.close();
      }
      RepoDir d = open(root, t.folder(), shown(t.folder()));
      try {
        verify(d, folders);
      } catch (IOException e) {
        d.close();
        throw e;
      }
      return d;
    }

    private void verify(RepoDir d, Map<Path, Key> folders) throws IOException {
      Key expected = folders.get(d.folder());
      if (expected != null && !expected.equals(d.key())) {
        throw moved(shown(d.folder()), root);
      }
    }

    /**
     * Removes the folder {@code relative} (repository-relative) when empty, then each folder above it
     * that is left empty, up to and not including {@code stop} (the stacks folder; {@code "."}: the
     * repository). Each folder is reached from the repository one name at a time without following
     * links and removed relative to its open parent ({@code unlinkat}), so a folder swapped for a link
     * meanwhile is never entered or removed: nothing outside the repository is touched. A folder that
     * holds {@code .git} is never removed. Without secure directory streams empty folders stay.
     */
    void removeEmptyFolders(String relative, String stop) throws IOException {
      // links inside the repository (a stacks folder kept elsewhere in it) resolved once, up front;
      // the walk below follows none, so a link put there afterwards stops it
      dev.stackgen.catalog.InsideRepo inside = new dev.stackgen.catalog.InsideRepo(root);
      Path folder = inside.folder(relative);
      Path stopFolder = stop.equals(".") ? root : inside.folder(stop);
      if (folder == null || stopFolder == null || !folder.startsWith(stopFolder) || folder.equals(stopFolder)) {
        return;
      }
      List<String> names = new ArrayList<>();
      for (Path segment : root.relativize(folder)) {
        names.add(segment.toString());
      }
      int keep = root.relativize(stopFolder).toString().isEmpty() ? 0 : root.relativize(stopFolder).getNameCount();
      DirectoryStream<Path> ds = Files.newDirectoryStream(root);
      if (!(ds instanceof SecureDirectoryStream<Path> first)) {
        ds.close();
        return;
      }
      List<SecureDirectoryStream<Path>> open = new ArrayList<>();
      open.add(first);
      try {
        for (String name : names) {
          try {
            open.add(open.get(open.size() - 1).newDirectoryStream(Path.of(name), LinkOption.NOFOLLOW_LINKS));
          } catch (NoSuchFileException e) {
            break; // already gone: remove what is left above it
          } catch (FileSystemException e) {
            throw moved(relative, root);
          }
        }
        for (int k = open.size() - 1; k > keep; k--) {
          SecureDirectoryStream<Path> dir = open.get(k);
          try (DirectoryStream<Path> entries = dir.newDirectoryStream(Path.of("."), LinkOption.NOFOLLOW_LINKS)) {
            if (entries.iterator().hasNext()) {
              return;
            }
          }
          try {
            open.get(k - 1).deleteDirectory(Path.of(names.get(k - 1)));
          } catch (java.nio.file.DirectoryNotEmptyException e) {
            return; // someone wrote there meanwhile
          } catch (NoSuchFileException e) {
            // gone meanwhile
          } catch (FileSystemException e) {
            return; // no longer a folder (a link put there): not ours to remove
          }
        }
      } finally {
        for (SecureDirectoryStream<Path> s : open) {
          s.close();
        }
      }
    }

    /** Removes the folders a failed write created (deepest first, only while empty). */
    void removeCreated(List<Path> created) {
      for (int i = created.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(created.get(i));
        } catch (IOException e) {
          // not empty (someone else wrote there) or gone: leave it
        }
      }
    }
  }

  static Set<PosixFilePermission> defaultPermissions() {
    return PosixFilePermissions.fromString("rw-r--r--");
  }
}
