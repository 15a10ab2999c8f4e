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
    if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\")
        || relative.matches("^[A-Za-z]:.*")) {
      throw new UnsafePathException(relative, "must be a relative path inside the repository");
    }
    for (String segment : relative.split("[/\\\\]")) {
      if (segment.equals("..")) {
        throw new UnsafePathException(relative, "must not contain '..'");
      }
    }
    Path root = repo.toRealPath();
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw new UnsafePathException(relative, "leads outside the repository");
    }
    Path p = root;
    for (Path segment : root.relativize(target)) {
      p = p.resolve(segment);
      if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
        throw new UnsafePathException(relative, "passes through symbolic link " + root.relativize(p)
            + " which leads outside the repository");
      }
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        break;
      }
    }
    return target;
  }

  /** A path from the catalog that would lead outside the repository. */
  public static final class UnsafePathException extends IOException {
    public UnsafePathException(String path, String reason) {
      super("unsafe path \"" + path + "\": " + reason);
    }
  }
}
