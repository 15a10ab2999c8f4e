package dev.stackgen;

import java.util.List;

/**
 * What {@link Stackgen#format} did with each file, in the order it went through them (the files of a folder
 * sorted): the canonical HCL formatter ({@code stackgen fmt}), byte-identical to {@code terraform fmt}.
 *
 * @param files one entry per file (and one for standard input, named {@code -})
 */
public record Formatted(List<File> files) {
  public Formatted {
    files = List.copyOf(files);
  }

  /** What happened to one file. */
  public enum Outcome {
    /** Already canonical. */
    UNCHANGED,
    /** Not canonical; rewritten in place (standard input: the canonical text is {@link File#formatted()}). */
    REFORMATTED,
    /** Not canonical; left as it is (a check). */
    UNFORMATTED,
    /** Not read, not parsed or not written: {@link File#error()} says why. */
    FAILED
  }

  /**
   * One file.
   *
   * @param name the file as given or found ({@code dir/sub/x.tf}; {@code -} for standard input)
   * @param outcome what happened
   * @param formatted the canonical text (empty when it failed before formatting)
   * @param diff the unified diff ({@code a/}, {@code b/} paths, 3 lines of context) when one was asked for and
   *     the file is not canonical, else empty
   * @param error the one line saying what failed ({@code file:line:col: what is wrong} for a syntax error)
   */
  public record File(String name, Outcome outcome, String formatted, String diff, String error) {}

  /** True when some file is not canonical and was left as it is. */
  public boolean unformatted() {
    return files.stream().anyMatch(f -> f.outcome() == Outcome.UNFORMATTED);
  }

  /** True when some file failed. */
  public boolean failed() {
    return files.stream().anyMatch(f -> f.outcome() == Outcome.FAILED);
  }
}
