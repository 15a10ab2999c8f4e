package dev.stackgen.cli;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.output.CheckCache;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command runs with: streams, the repository folder (the nearest folder at or above
 * {@code start} that holds stackgen.hcl, else {@code start}), the folder the command was started in,
 * and the templates.
 */
record Context(PrintStream out, PrintStream err, InputStream in, Path repo, Path start, Path templatesDir) {
  /**
   * The templates folder for a repository: {@code --templates DIR} when given, else the catalog's
   * {@code stackgen { templates = "DIR" }} (relative to the repository), else none (null). A folder the
   * catalog names that does not exist is an error at the setting.
   */
  static Path templatesFor(Path repo, String flag) throws java.io.IOException, CatalogException {
    if (flag != null) {
      return Path.of(flag);
    }
    var setting = CatalogReader.templatesSetting(repo);
    if (setting.isEmpty()) {
      return null;
    }
    String folder = setting.get().folder();
    Path dir;
    try {
      dir = new dev.stackgen.catalog.InsideRepo(repo).folder(folder);
    } catch (dev.stackgen.catalog.InsideRepo.OutsideException e) {
      throw new CatalogException(setting.get().source(), "templates folder " + e.getMessage());
    }
    if (dir == null) {
      throw new CatalogException(setting.get().source(),
          "templates folder \"" + folder + "\" does not exist in " + repo);
    }
    checkTemplateFiles(dir, folder, setting.get().source());
    return dir;
  }

  /**
   * The templates folder the catalog names holds only regular files, folders and links that stay
   * inside it: a link leading out of it (its target would be rendered into generated files) or a
   * FIFO, device or socket (reading it could block) is an error at the setting. Checked without
   * opening anything.
   */
  private static void checkTemplateFiles(Path dir, String folder, dev.stackgen.model.SourceRef at)
      throws java.io.IOException, CatalogException {
    List<String> problems = new java.util.ArrayList<>();
    java.nio.file.Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a)
          throws java.io.IOException {
        String shown = folder + "/" + dir.relativize(file).toString().replace('\\', '/');
        if (a.isSymbolicLink()) {
          Path real;
          try {
            real = file.toRealPath();
          } catch (java.io.IOException e) {
            return java.nio.file.FileVisitResult.CONTINUE; // leads nowhere: nothing is read through it
          }
          if (!real.startsWith(dir)) {
            problems.add(shown + " is a symbolic link leading outside the templates folder (to "
                + java.nio.file.Files.readSymbolicLink(file) + ")");
          } else if (!java.nio.file.Files.isRegularFile(real, java.nio.file.LinkOption.NOFOLLOW_LINKS)
              && !java.nio.file.Files.isDirectory(real, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            problems.add(shown + ": not a regular file");
          }
        } else if (a.isOther()) {
          problems.add(shown + ": not a regular file");
        }
        return java.nio.file.FileVisitResult.CONTINUE;
      }
    });
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new CatalogException(at, "templates folder \"" + folder + "\": " + problems.get(0));
    }
  }

  Templates templates() {
    return templatesDir == null ? Templates.bundled() : Templates.overriddenBy(templatesDir);
  }

  Renderer renderer() {
    return new Renderer(templates());
  }

  /**
   * The options every generate and check runs with: the templates resolved for this run, the check
   * cache where the environment says, and catalog warnings to stderr.
   */
  dev.stackgen.RunOptions.Builder runOptions() {
    return dev.stackgen.RunOptions.builder().templates(templatesDir).cacheEnvironment(cacheEnvironment())
        .warnings(err::println);
  }

  /**
   * The repository's catalog through the library, its warnings to stderr, with the catalog's own
   * template overrides (commands that take {@code --templates} pass {@link #templatesDir()} on).
   */
  dev.stackgen.Stackgen stackgen() throws Exception {
    return dev.stackgen.Stackgen.open(repo, dev.stackgen.RunOptions.builder().warnings(err::println).build());
  }

  /**
   * Where the check cache lives: {@code STACKGEN_CACHE_DIR} (or the system property
   * {@code stackgen.cacheDir}), else {@code $XDG_CACHE_HOME/stackgen}, else {@code ~/.cache/stackgen};
   * {@code STACKGEN_NO_CACHE} (or {@code -Dstackgen.noCache=true}) turns it off.
   */
  static java.util.Map<String, String> cacheEnvironment() {
    java.util.Map<String, String> env = new java.util.HashMap<>();
    for (String name : CheckCache.ENVIRONMENT) {
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
  dev.stackgen.output.DriftReport.Advice advice() {
    String launcher = System.getProperty("stackgen.launcher");
    String command = launcher == null || launcher.isBlank() ? "stackgen"
        : dev.stackgen.output.DriftReport.shellQuote(launcher);
    Path cwd = Path.of("").toAbsolutePath().normalize();
    String dir = "";
    if (!repo.equals(cwd)) {
      dir = " -C " + dev.stackgen.output.DriftReport.shellQuote(
          repo.startsWith(cwd) ? cwd.relativize(repo).toString() : repo.toString());
    }
    return new dev.stackgen.output.DriftReport.Advice(command, dir, null);
  }

  /**
   * Reads and validates the repository's catalog (every check, Postfix lint errors included) and prints
   * its warnings to stderr ({@code file:line:col: warning: ...}).
   */
  Catalog catalog() throws Exception {
    Catalog catalog = CatalogReader.read(repo);
    catalog.warnings().forEach(err::println);
    return catalog;
  }

  /** The catalog without the Postfix lint check, for the commands that list lint findings themselves. */
  Catalog unlintedCatalog() throws Exception {
    Catalog catalog = CatalogReader.readUnlinted(repo);
    catalog.warnings().forEach(err::println);
    return catalog;
  }

  /** The catalog; kept for the commands that always linted ({@link #catalog()} does it now). */
  Catalog lintedCatalog() throws Exception {
    return catalog();
  }
}
