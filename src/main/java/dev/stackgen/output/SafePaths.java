package dev.stackgen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Resolves repository-relative paths so that nothing can lead outside the repository. */
public final class SafePaths {
  private SafePaths() {}

  /**
   * The absolute path of {@code relative} inside {@code repo}; refuses absolute paths, {@code ..}
   * segments, and existing symbolic links on the way that point outside the repository.
   */
  public static Path resolve(Path repo, String relative) throws IOException {
    return new Resolver(repo).resolve(relative);
  }

  /**
   * {@link SafePaths#resolve} for many paths of one repository: the repository's real path is
   * looked up once, and each folder on the way is checked for links once. Thread-safe.
   */
  public static final class Resolver {
    private final Path root;
    private final java.util.Set<Path> checkedDirs = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Resolver(Path repo) throws IOException {
      this.root = repo.toRealPath();
    }

    public Path resolve(String relative) throws IOException {
      return resolved(relative).path();
    }

    /**
     * {@link #resolve}, with the attributes of the file itself (links not followed) read by the same
     * {@code lstat} that checks it for a link; null when it does not exist (or cannot be read). The
     * check cache's hit path needs those attributes for every owned file: one system call, not three.
     */
    public Resolved resolved(String relative) throws IOException {
      validate(relative);
      Path target = root.resolve(relative).normalize();
      if (!target.startsWith(root)) {
        throw new UnsafePathException(relative, "leads outside the repository");
      }
      Path parent = target.getParent();
      Path rel = root.relativize(target);
      int n = rel.getNameCount();
      // Start below the deepest folder on the way already checked: stacks/a/x.tf after stacks/b/y.tf
      // checks stacks/a and the file, not stacks again (every folder is checked once per run).
      int from = 0;
      Path p = root;
      Path d = parent;
      for (int k = n - 1; k > 0 && d != null; k--) {
        if (checkedDirs.contains(d)) {
          from = k;
          p = d;
          break;
        }
        d = d.getParent();
      }
      BasicFileAttributes last = null;
      for (int i = from; i < n; i++) {
        if (i > from) {
          checkedDirs.add(p); // a folder on the way, checked in the step before
        }
        p = p.resolve(rel.getName(i));
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          return new Resolved(target, null); // not there (or not readable): nothing on the way to check
        }
        if (a.isSymbolicLink() && !p.toRealPath().startsWith(root)) {
          throw new UnsafePathException(relative, "passes through symbolic link " + root.relativize(p)
              + " which leads outside the repository");
        }
        last = a;
      }
      checkedDirs.add(parent);
      return new Resolved(target, last);
    }
  }

  /** A resolved path and its own attributes (null: it does not exist). */
  public record Resolved(Path path, BasicFileAttributes attributes) {}

  private static void validate(String relative) throws UnsafePathException {
    int length = relative.length();
    if (length == 0 || relative.charAt(0) == '/' || relative.charAt(0) == '\\'
        || (length >= 2 && relative.charAt(1) == ':' && isAsciiLetter(relative.charAt(0)))) {
      throw new UnsafePathException(relative, "must be a relative path inside the repository");
    }
    // segments between / or \ (a loop: this runs for every owned file of every run)
    int start = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || relative.charAt(i) == '/' || relative.charAt(i) == '\\') {
        if (i - start == 2 && relative.charAt(start) == '.' && relative.charAt(start + 1) == '.') {
          throw new UnsafePathException(relative, "must not contain '..'");
        }
        start = i + 1;
      }
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** A path from the catalog that would lead outside the repository. */
  public static final class UnsafePathException extends IOException {
    public UnsafePathException(String path, String reason) {
      super("unsafe path \"" + path + "\": " + reason);
    }
  }
}
