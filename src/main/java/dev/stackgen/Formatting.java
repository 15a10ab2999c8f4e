package dev.stackgen;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.stackgen.catalog.InsideRepo;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSource;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.output.SafePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The formatter run behind {@link Stackgen#format}: HCL files formatted in place (or standard input),
 * folders searched recursively, each file's outcome recorded; one file's failure does not stop the others.
 */
final class Formatting {
  static final String STDIN_NAME = "<stdin>";
  private static final List<String> EXTENSIONS = List.of(".hcl", ".tf", ".tfvars");
  /** Folders a recursive run never enters: tool caches and git's own, as terraform fmt leaves them. */
  private static final Set<String> SKIPPED_DIRS = Set.of(".terraform", ".terragrunt-cache", ".git");

  private Formatting() {}

  static Formatted run(List<String> files, Path base, Path repo, boolean check, boolean diff, InputStream in) {
    Path boundary = repo != null ? repo : base != null ? base : Path.of("");
    List<Formatted.File> out = new ArrayList<>();
    for (String arg : files.isEmpty() ? List.of(".") : files) {
      if (arg.equals("-")) {
        out.add(stdin(check, diff, in));
      } else {
        path(base == null ? Path.of(arg) : base.resolve(arg), arg, boundary, check, diff, out);
      }
    }
    return new Formatted(out);
  }

  private static void path(Path path, String display, Path boundary, boolean check, boolean diff,
      List<Formatted.File> out) {
    if (!Files.isDirectory(path)) {
      out.add(file(path, display, boundary, check, diff));
      return;
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<Path>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(path) && SKIPPED_DIRS.contains(dir.getFileName().toString())
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && hasHclExtension(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      out.add(failed(display, display + ": cannot read directory: " + describe(e)));
      return;
    }
    found.sort(null);
    for (Path p : found) {
      String rel = path.relativize(p).toString();
      String shown = display.equals(".") ? rel : display.endsWith("/") ? display + rel : display + "/" + rel;
      out.add(file(p, shown, boundary, check, diff));
    }
  }

  private static boolean hasHclExtension(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static Formatted.File failed(String name, String error) {
    return new Formatted.File(name, Formatted.Outcome.FAILED, "", "", error);
  }

  private static Formatted.File file(Path path, String display, Path boundary, boolean check, boolean diff) {
    byte[] data;
    try {
      // checked without opening: a link is followed only inside the repository, a FIFO never opened
      path = AtomicWriter.writable(boundary, path);
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(display);
      }
      data = InsideRepo.readRegular(path);
    } catch (NoSuchFileException e) {
      return failed(display, display + ": no such file");
    } catch (InsideRepo.NotRegularFileException e) {
      return failed(display, display + ": not a regular file");
    } catch (SafePaths.UnsafePathException e) {
      return failed(display, display + ": a symbolic link leading outside the repository; refusing to write"
          + " through it (" + describe(e) + ")");
    } catch (IOException e) {
      return failed(display, display + ": cannot read: " + describe(e));
    }
    String source;
    String formatted;
    try {
      source = HclSource.decode(data, display);
      HclParser.parse(source, display);
      formatted = HclFormatter.format(source, display);
    } catch (HclSyntaxException e) {
      return failed(display, e.getMessage());
    }
    if (formatted.equals(source)) {
      return new Formatted.File(display, Formatted.Outcome.UNCHANGED, formatted, "", "");
    }
    String patch = diff ? unifiedDiff(display, source, formatted) : "";
    if (check) {
      return new Formatted.File(display, Formatted.Outcome.UNFORMATTED, formatted, patch, "");
    }
    try {
      AtomicWriter.write(path, formatted);
    } catch (IOException e) {
      return new Formatted.File(display, Formatted.Outcome.FAILED, formatted, patch,
          display + ": cannot write: " + describe(e));
    }
    return new Formatted.File(display, Formatted.Outcome.REFORMATTED, formatted, patch, "");
  }

  private static Formatted.File stdin(boolean check, boolean diff, InputStream in) {
    String source;
    String formatted;
    try {
      source = HclSource.decode(in.readAllBytes(), STDIN_NAME);
      HclParser.parse(source, STDIN_NAME);
      formatted = HclFormatter.format(source, STDIN_NAME);
    } catch (IOException e) {
      return failed("-", STDIN_NAME + ": cannot read: " + describe(e));
    } catch (HclSyntaxException e) {
      return failed("-", e.getMessage());
    }
    if (formatted.equals(source)) {
      return new Formatted.File("-", Formatted.Outcome.UNCHANGED, formatted, "", "");
    }
    return new Formatted.File("-", check ? Formatted.Outcome.UNFORMATTED : Formatted.Outcome.REFORMATTED, formatted,
        diff ? unifiedDiff("-", source, formatted) : "", "");
  }

  /** Unified diff with {@code a/} and {@code b/} prefixes and 3 lines of context. */
  private static String unifiedDiff(String name, String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a, patch, 3);
    StringBuilder sb = new StringBuilder();
    for (String line : diff) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private static List<String> lines(String s) {
    List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
