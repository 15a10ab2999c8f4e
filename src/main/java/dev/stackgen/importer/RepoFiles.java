package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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

  boolean isFile(String path) {
    return Files.isRegularFile(repo.resolve(path));
  }

  /** The file decoded as UTF-8 (an error naming it when it is not), read once. */
  String read(String path) throws IOException, CatalogException {
    String text = texts.get(path);
    if (text == null) {
      text = CatalogReader.decode(path, Files.readAllBytes(repo.resolve(path)));
      texts.put(path, text);
    }
    return text;
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
        return !d.equals(dir) && (n.startsWith(".") || n.equals(".terragrunt-cache"))
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
