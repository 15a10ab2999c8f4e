package dev.stackgen.cli;

import dev.stackgen.Formatted;
import dev.stackgen.Stackgen;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The printing of {@code stackgen fmt [--check] [--diff] FILE...} around {@link Stackgen#format}: the files
 * changed (or, with {@code --check}, not canonical) on stdout, each one's unified diff before it with
 * {@code --diff}, standard input's canonical text for {@code -}, errors on stderr; 0 (ok), 1 (unformatted
 * files with --check) or 2 (errors).
 */
public final class FmtTool {
  /** Exit code when every file was already formatted or was rewritten. */
  public static final int OK = Main.OK;

  /** Exit code with --check when at least one file is not in canonical format. */
  public static final int UNFORMATTED = Main.FINDINGS;

  /** Exit code when a file could not be read, parsed or written. */
  public static final int ERROR = Main.ERROR;

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
  public static int run(List<String> files, boolean check, boolean diff, InputStream in, PrintStream out,
      PrintStream err) {
    return run(files, null, check, diff, in, out, err);
  }

  /**
   * As {@link #run(List, boolean, boolean, InputStream, PrintStream, PrintStream)}, with relative
   * paths resolved against {@code base} (null: the current directory); no files means {@code base}
   * itself, recursively, as {@code terraform fmt} does.
   */
  public static int run(List<String> files, Path base, boolean check, boolean diff, InputStream in, PrintStream out,
      PrintStream err) {
    return run(files, base, null, check, diff, in, out, err);
  }

  /**
   * As {@link #run(List, Path, boolean, boolean, InputStream, PrintStream, PrintStream)}; a file that
   * is a symbolic link is formatted as the file it points to (the link stays) when that is inside
   * {@code repo} (null: {@code base}, else the current folder), and refused when it leads outside.
   */
  public static int run(List<String> files, Path base, Path repo, boolean check, boolean diff, InputStream in,
      PrintStream out, PrintStream err) {
    Formatted formatted = Stackgen.format(files, base, repo, check, diff, in);
    for (Formatted.File f : formatted.files()) {
      write(f.diff(), out);
      if (f.outcome() == Formatted.Outcome.FAILED) {
        err.println(f.error());
      } else if (f.name().equals("-")) {
        if (check && f.outcome() == Formatted.Outcome.UNFORMATTED) {
          out.println("-");
        } else if (!check && !diff) {
          write(f.formatted(), out);
        }
      } else if (f.outcome() != Formatted.Outcome.UNCHANGED) {
        out.println(f.name());
      }
    }
    return formatted.failed() ? ERROR : formatted.unformatted() ? UNFORMATTED : OK;
  }

  /** The bytes of {@code text} as UTF-8, whatever the stream's own encoding. */
  private static void write(String text, PrintStream out) {
    if (!text.isEmpty()) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      out.flush();
    }
  }
}
