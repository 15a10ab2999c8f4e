package dev.stackgen.cli;

import dev.stackgen.RunOptions;
import dev.stackgen.Stackgen;
import dev.stackgen.StackgenException;
import dev.stackgen.output.DriftReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What a command runs with: streams, the repository folder (the nearest folder at or above
 * {@code start} that holds stackgen.hcl, else {@code start}), the folder the command was started in,
 * and the templates.
 */
record Context(PrintStream out, PrintStream err, InputStream in, Path repo, Path start, Path templatesDir) {
  /**
   * The templates folder for a repository: {@code --templates DIR} when given, else the catalog's
   * {@code stackgen { templates = "DIR" }} (relative to the repository, checked by {@link
   * Stackgen#templatesFolder}), else none (null).
   */
  static Path templatesFor(Path repo, String flag) throws IOException, StackgenException {
    return flag != null ? Path.of(flag) : Stackgen.templatesFolder(repo).orElse(null);
  }

  /**
   * The options every command that reads the catalog runs with: the templates resolved for this run, the
   * check cache where the environment says, and catalog warnings to stderr.
   */
  RunOptions.Builder runOptions() {
    return RunOptions.builder().templates(templatesDir).cacheEnvironment(cacheEnvironment()).warnings(new Lines(err));
  }

  /**
   * The repository's catalog through the library, its warnings to stderr, with the catalog's own
   * template overrides (commands that take {@code --templates} pass {@link #templatesDir()} on).
   */
  Stackgen stackgen() throws IOException, StackgenException {
    return Stackgen.open(repo, RunOptions.builder().warnings(new Lines(err)).build());
  }

  /** Warnings as lines on a stream (a class, not {@code err::println}: a cached check links no lambda). */
  private record Lines(PrintStream to) implements java.util.function.Consumer<String> {
    @Override
    public void accept(String line) {
      to.println(line);
    }
  }

  /**
   * Where the check cache lives: {@code STACKGEN_CACHE_DIR} (or the system property
   * {@code stackgen.cacheDir}), else {@code $XDG_CACHE_HOME/stackgen}, else {@code ~/.cache/stackgen};
   * {@code STACKGEN_NO_CACHE} (or {@code -Dstackgen.noCache=true}) turns it off.
   */
  static Map<String, String> cacheEnvironment() {
    Map<String, String> env = new HashMap<>();
    for (String name : RunOptions.CACHE_VARIABLES) {
      String value = System.getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    if (System.getProperty("stackgen.cacheDir") != null) {
      env.put("STACKGEN_CACHE_DIR", System.getProperty("stackgen.cacheDir"));
    }
    if (Boolean.getBoolean("stackgen.noCache")) {
      env.put("STACKGEN_NO_CACHE", "1");
    }
    return env;
  }

  /**
   * How the user runs this stackgen, for advice: the launcher's path when {@code bin/stackgen} passed
   * it ({@code -Dstackgen.launcher}; inside a pre-commit hook stackgen is usually not on PATH), else
   * {@code stackgen}; and {@code -C DIR} when the repository is not the current folder.
   */
  DriftReport.Advice advice() {
    String launcher = System.getProperty("stackgen.launcher");
    String command = launcher == null || launcher.isBlank() ? "stackgen" : DriftReport.shellQuote(launcher);
    Path cwd = Path.of("").toAbsolutePath().normalize();
    String dir = "";
    if (!repo.equals(cwd)) {
      dir = " -C " + DriftReport.shellQuote(repo.startsWith(cwd) ? cwd.relativize(repo).toString() : repo.toString());
    }
    return new DriftReport.Advice(command, dir, null);
  }
}
