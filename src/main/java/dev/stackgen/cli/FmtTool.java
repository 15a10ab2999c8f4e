package dev.stackgen.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSource;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.output.AtomicWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The logic of {@code stackgen fmt [--check] [--diff] FILE...}: formats HCL files in place (or
 * stdin to stdout for {@code -}), lists changed or unformatted files, optionally prints unified
 * diffs, and returns 0 (ok), 1 (unformatted files with --check) or 2 (errors).
 */
public final class FmtTool {
  /** Exit code when every file was already formatted or was rewritten. */
  public static final int OK = 0;

  /** Exit code with --check when at least one file is not in canonical format. */
  public static final int UNFORMATTED = 1;

  /** Exit code when a file could not be read, parsed or written. */
  public static final int ERROR = 2;

  static final String STDIN_NAME = "<stdin>";
  private static final List<String> EXTENSIONS = List.of(".hcl", ".tf", ".tfvars");
  /** Folders a recursive run never enters: tool caches and git's own, as terraform fmt leaves them. */
  static final Set<String> SKIPPED_DIRS = Set.of(".terraform", ".terragrunt-cache", ".git");

  private FmtTool() {}

  /**
   * Formats {@code files}. A directory is searched recursively for {@code .hcl}, {@code .tf} and
   * {@code .tfvars} files. Without {@code check} changed files are rewritten atomically and listed
   * on {@code out}; with {@code check} nothing is written and unformatted files are listed. With
   * {@code diff} a unified diff ({@code a/}, {@code b/} paths) is printed for each changed file.
   * {@code -} reads {@code in} and writes the formatted text to {@code out} (or only the diff with
   * {@code diff}, or nothing with {@code check}). Errors go to {@code err} as {@code
   * file:line:col: message} and processing continues with the next file.
   */
  public static int run(
      List<String> files,
      boolean check,
      boolean diff,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    return run(files, null, check, diff, in, out, err);
  }

  /**
   * As {@link #run(List, boolean, boolean, InputStream, PrintStream, PrintStream)}, with relative
   * paths resolved against {@code base} (null: the current directory); no files means {@code base}
   * itself, recursively, as {@code terraform fmt} does.
   */
  public static int run(
      List<String> files,
      Path base,
      boolean check,
      boolean diff,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    return run(files, base, null, check, diff, in, out, err);
  }

  /**
   * As {@link #run(List, Path, boolean, boolean, InputStream, PrintStream, PrintStream)}; a file that
   * is a symbolic link is formatted as the file it points to (the link stays) when that is inside
   * {@code repo} (null: {@code base}, else the current folder), and refused when it leads outside.
   */
  public static int run(
      List<String> files,
      Path base,
      Path repo,
      boolean check,
      boolean diff,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    Path boundary = repo != null ? repo : base != null ? base : Path.of("");
    if (files.isEmpty()) {
      files = List.of(".");
    }
    int status = OK;
    for (String arg : files) {
      int result;
      if (arg.equals("-")) {
        result = formatStdin(check, diff, in, out, err);
      } else {
        result = formatPath(base == null ? Path.of(arg) : base.resolve(arg), arg, boundary, check, diff, out, err);
      }
      status = Math.max(status, result);
    }
    return status;
  }

  private static int formatPath(
      Path path, String display, Path boundary, boolean check, boolean diff, PrintStream out, PrintStream err) {
    if (Files.isDirectory(path)) {
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(path, new java.nio.file.SimpleFileVisitor<Path>() {
          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
              java.nio.file.attribute.BasicFileAttributes attrs) {
            return !dir.equals(path) && SKIPPED_DIRS.contains(dir.getFileName().toString())
                ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && hasHclExtension(file)) {
              found.add(file);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        err.println(display + ": cannot read directory: " + describe(e));
        return ERROR;
      }
      found.sort(null);
      int status = OK;
      for (Path p : found) {
        String rel = path.relativize(p).toString();
        String shown = display.equals(".") ? rel : display.endsWith("/") ? display + rel : display + "/" + rel;
        status = Math.max(status, formatFile(p, shown, boundary, check, diff, out, err));
      }
      return status;
    }
    return formatFile(path, display, boundary, check, diff, out, err);
  }

  private static boolean hasHclExtension(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static int formatFile(
      Path path, String display, Path boundary, boolean check, boolean diff, PrintStream out, PrintStream err) {
    byte[] data;
    try {
      // checked without opening: a link is followed only inside the repository, a FIFO never opened
      path = AtomicWriter.writable(boundary, path);
      if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(display);
      }
      data = dev.stackgen.catalog.InsideRepo.readRegular(path);
    } catch (NoSuchFileException e) {
      err.println(display + ": no such file");
      return ERROR;
    } catch (dev.stackgen.catalog.InsideRepo.NotRegularFileException e) {
      err.println(display + ": not a regular file");
      return ERROR;
    } catch (dev.stackgen.output.SafePaths.UnsafePathException e) {
      err.println(display + ": a symbolic link leading outside the repository; refusing to write through it ("
          + describe(e) + ")");
      return ERROR;
    } catch (IOException e) {
      err.println(display + ": cannot read: " + describe(e));
      return ERROR;
    }
    String source;
    String formatted;
    try {
      source = HclSource.decode(data, display);
      HclParser.parse(source, display);
      formatted = HclFormatter.format(source, display);
    } catch (HclSyntaxException e) {
      err.println(e.getMessage());
      return ERROR;
    }
    if (formatted.equals(source)) {
      return OK;
    }
    if (diff) {
      printDiff(display, source, formatted, out);
    }
    if (check) {
      out.println(display);
      return UNFORMATTED;
    }
    try {
      AtomicWriter.write(path, formatted);
    } catch (IOException e) {
      err.println(display + ": cannot write: " + describe(e));
      return ERROR;
    }
    out.println(display);
    return OK;
  }

  private static int formatStdin(
      boolean check, boolean diff, InputStream in, PrintStream out, PrintStream err) {
    String source;
    String formatted;
    try {
      source = HclSource.decode(in.readAllBytes(), STDIN_NAME);
      HclParser.parse(source, STDIN_NAME);
      formatted = HclFormatter.format(source, STDIN_NAME);
    } catch (IOException e) {
      err.println(STDIN_NAME + ": cannot read: " + describe(e));
      return ERROR;
    } catch (HclSyntaxException e) {
      err.println(e.getMessage());
      return ERROR;
    }
    boolean changed = !formatted.equals(source);
    if (diff && changed) {
      printDiff("-", source, formatted, out);
    }
    if (check) {
      if (changed) {
        out.println("-");
        return UNFORMATTED;
      }
      return OK;
    }
    if (!diff) {
      byte[] bytes = formatted.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      out.flush();
    }
    return OK;
  }

  /** Unified diff with {@code a/} and {@code b/} prefixes and 3 lines of context. */
  static String unifiedDiff(String name, String before, String after) {
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

  private static void printDiff(String name, String before, String after, PrintStream out) {
    byte[] bytes = unifiedDiff(name, before, after).getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
    out.flush();
  }

  private static List<String> lines(String s) {
    List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Replaces {@code path} by writing a temporary file beside it and renaming it over the target. */
  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
