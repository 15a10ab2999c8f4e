package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The files of the repository being imported, as repo-relative paths with {@code /}; each read once. */
final class RepoFiles {
  private final Path repo;
  private final Map<String, String> texts = new HashMap<>();

  RepoFiles(Path repo) {
    this.repo = repo;
  }

  Path repo() {
    return repo;
  }

  /** A regular file, reached without passing through a symbolic link (import reads links as links). */
  boolean isFile(String path) {
    try {
      return link(path) == null && Files.isRegularFile(repo.resolve(path), LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The first symbolic link on the way to {@code path} (itself included), as a repo path, or null.
   * git stores a link as a link with a target, so import never reads through one.
   */
  String link(String path) throws IOException {
    Path p = repo;
    String shown = "";
    for (String segment : path.split("/")) {
      p = p.resolve(segment);
      shown = shown.isEmpty() ? segment : shown + "/" + segment;
      if (Files.isSymbolicLink(p)) {
        return shown;
      }
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
    }
    return null;
  }

  /** The text a link stores: its target. */
  String linkTarget(String path) throws IOException {
    return Files.readSymbolicLink(repo.resolve(path)).toString().replace('\\', '/');
  }

  /** The file decoded as UTF-8 (an error naming it when it is not, or when it is reached through a link), read once. */
  String read(String path) throws IOException, CatalogException {
    String text = texts.get(path);
    if (text == null) {
      String link = link(path);
      if (link != null) {
        throw new CatalogException(new dev.stackgen.model.SourceRef(path, 1, 1), (link.equals(path) ? ""
            : "passes through ")
            + "a symbolic link (" + link + " -> " + linkTarget(link)
            + "); import reads links as links, not their targets");
      }
      Path p = repo.resolve(path);
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new dev.stackgen.catalog.InsideRepo.NotRegularFileException(path);
      }
      text = CatalogReader.decode(path, dev.stackgen.catalog.InsideRepo.readRegular(p));
      texts.put(path, text);
    }
    return text;
  }

  /** True when the folder {@code dir} holds {@code .git}: a submodule or another repository's working tree. */
  static boolean otherRepository(Path dir) {
    return Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
  }

  /** Symbolic links under a folder (files and folders; not entered), as sorted repo paths. */
  List<String> linksUnder(Path dir) throws IOException {
    List<String> links = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return links;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String n = d.getFileName().toString();
        return !d.equals(dir) && (n.startsWith(".") || otherRepository(d))
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
          links.add(repo.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    links.sort(null);
    return links;
  }

  /** The file's text, or null when it is not UTF-8. */
  String readOrNull(String path) throws IOException {
    try {
      return read(path);
    } catch (CatalogException e) {
      return null;
    }
  }

  /** Regular files under a folder (no hidden folders, no .terragrunt-cache), as sorted repo paths. */
  List<String> filesUnder(Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String n = d.getFileName().toString();
        return !d.equals(dir) && (n.startsWith(".") || n.equals(".terragrunt-cache") || otherRepository(d))
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          files.add(repo.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }
}
