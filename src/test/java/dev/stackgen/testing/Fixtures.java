package dev.stackgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's fixtures and copies them into temporary folders for tests that write. */
public final class Fixtures {
  private Fixtures() {}

  public static Path repoRoot() {
    String root = System.getProperty("stackgen.repoRoot");
    return Path.of(root == null ? System.getProperty("user.dir") : root).toAbsolutePath();
  }

  public static Path fixturesDir() {
    return repoRoot().resolve("stacks-fixtures");
  }

  /** Every fixture case: a folder of stacks-fixtures holding a stackgen.hcl. */
  public static List<Path> catalogCases() {
    try (Stream<Path> s = Files.list(fixturesDir())) {
      return s.filter(p -> Files.isRegularFile(p.resolve("stackgen.hcl"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a folder tree (regular files only) to {@code target}. */
  public static Path copyTree(Path source, Path target) {
    try {
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(target.resolve(source.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
          return FileVisitResult.CONTINUE;
        }
      });
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All regular files below {@code dir}, as sorted relative paths with forward slashes. */
  public static List<String> listFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
