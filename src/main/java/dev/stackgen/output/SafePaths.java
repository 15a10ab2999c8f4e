package dev.stackgen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

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
      validate(relative);
      Path target = root.resolve(relative).normalize();
      if (!target.startsWith(root)) {
        throw new UnsafePathException(relative, "leads outside the repository");
      }
      Path parent = target.getParent();
      Path rel = root.relativize(target);
      int n = rel.getNameCount();
      boolean parentChecked = parent != null && checkedDirs.contains(parent);
      Path p = parentChecked ? parent : root;
      for (int i = parentChecked ? n - 1 : 0; i < n; i++) {
        p = p.resolve(rel.getName(i));
        if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
          throw new UnsafePathException(relative, "passes through symbolic link " + root.relativize(p)
              + " which leads outside the repository");
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          return target;
        }
      }
      checkedDirs.add(parent);
      return target;
    }
  }

  // compiled once, not by String.matches/split for every file of every run
  private static final java.util.regex.Pattern DRIVE = java.util.regex.Pattern.compile("^[A-Za-z]:.*");
  private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("[/\\\\]");

  private static void validate(String relative) throws UnsafePathException {
    if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\")
        || DRIVE.matcher(relative).matches()) {
      throw new UnsafePathException(relative, "must be a relative path inside the repository");
    }
    for (String segment : SEPARATOR.split(relative)) {
      if (segment.equals("..")) {
        throw new UnsafePathException(relative, "must not contain '..'");
      }
    }
  }

  /** A path from the catalog that would lead outside the repository. */
  public static final class UnsafePathException extends IOException {
    public UnsafePathException(String path, String reason) {
      super("unsafe path \"" + path + "\": " + reason);
    }
  }
}
