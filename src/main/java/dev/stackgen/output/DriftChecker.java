package dev.stackgen.output;

import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares what the catalog produces with the working tree, without writing anything: each owned
 * path is clean, stale, missing, hand-written or differs only in line endings; files under the
 * stacks directory that carry the header but are no longer produced are orphaned.
 */
public final class DriftChecker {
  private static final byte[] HEADER = Renderer.HEADER.getBytes(StandardCharsets.UTF_8);

  private DriftChecker() {}

  /**
   * Reports, in plan order then orphans by path. With {@code headerOwnership} false (catalog says
   * {@code header = false}) every planned path counts as owned and orphans cannot be recognised.
   */
  public static List<FileReport> check(Path repo, List<GeneratedFile> plan, String stacksDir,
      boolean headerOwnership) throws IOException {
    SafePaths.Resolver paths = new SafePaths.Resolver(repo);
    Set<String> planned = new HashSet<>();
    for (GeneratedFile f : plan) {
      planned.add(f.path());
    }
    List<FileReport> reports;
    try {
      var files = plan.size() >= PARALLEL_FROM ? plan.parallelStream() : plan.stream();
      reports = new ArrayList<>(files.map(f -> {
        try {
          return compare(paths, f, headerOwnership);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (headerOwnership) {
      for (String orphan : orphans(repo, stacksDir, planned)) {
        String rest = stacksDir.equals(".") ? orphan : orphan.substring(stacksDir.length() + 1);
        String stack = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : null;
        reports.add(new FileReport(orphan, stack, FileStatus.ORPHANED, null,
            Files.readString(repo.resolve(orphan))));
      }
    }
    return reports;
  }

  /** Plans with at least this many files are compared on all processors. */
  static final int PARALLEL_FROM = 200;

  private static FileReport compare(SafePaths.Resolver paths, GeneratedFile f, boolean headerOwnership)
      throws IOException {
    Path p = paths.resolve(f.path());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      return new FileReport(f.path(), f.stack(), FileStatus.MISSING, f.content(), null);
    } catch (IOException e) {
      if (!Files.isRegularFile(p)) {
        return new FileReport(f.path(), f.stack(), FileStatus.MISSING, f.content(), null);
      }
      throw e;
    }
    String actual = new String(bytes, StandardCharsets.UTF_8);
    FileStatus status;
    if (actual.equals(f.content())) {
      status = FileStatus.CLEAN;
    } else if (headerOwnership && !startsWithHeader(bytes)) {
      status = FileStatus.HAND_WRITTEN;
    } else if (actual.indexOf('\r') >= 0 && actual.replace("\r\n", "\n").equals(f.content())) {
      status = FileStatus.LINE_ENDINGS;
    } else {
      status = FileStatus.STALE;
    }
    return new FileReport(f.path(), f.stack(), status, f.content(), actual);
  }

  /** True when the bytes start with the header line (LF or CRLF after it). */
  public static boolean startsWithHeader(byte[] bytes) {
    if (bytes.length < HEADER.length) {
      return false;
    }
    for (int i = 0; i < HEADER.length; i++) {
      if (bytes[i] != HEADER[i]) {
        return false;
      }
    }
    return bytes.length == HEADER.length || bytes[HEADER.length] == '\n' || bytes[HEADER.length] == '\r';
  }

  /** Files under the stacks folder that carry the header but are not in {@code planned}, sorted. */
  static List<String> orphans(Path repo, String stacksDir, Set<String> planned) throws IOException {
    Path dir = repo.resolve(stacksDir);
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String name = d.getFileName().toString();
        return !d.equals(dir) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(AtomicWriter.TEMP_PREFIX)) {
          String rel = repo.relativize(file).toString().replace('\\', '/');
          if (!planned.contains(rel) && hasHeader(file)) {
            found.add(rel);
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private static boolean hasHeader(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return startsWithHeader(in.readNBytes(HEADER.length + 1));
    }
  }
}
