package dev.stackgen.catalog;

import dev.stackgen.model.Attr;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Include;
import dev.stackgen.model.Names;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Verbatim;
import dev.stackgen.model.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to files that must exist: a unit's {@code include} with a literal relative path, or
 * {@code find_in_parent_folders("name")} with a literal name, must find the file in the repository
 * or among the files the catalog generates; so must {@code read_terragrunt_config("...")} (a literal
 * path or a literal {@code find_in_parent_folders("...")}), the folder of a {@code dependency}'s literal
 * {@code config_path} and of each literal {@code dependencies { paths = [...] }} entry. A missing
 * dependency folder inside the stacks folder is an error (stackgen owns that layout); one outside it
 * is a warning (it may be made outside stackgen). Local module sources, where the folder that would
 * hold the module exists (the repository keeps its modules there): a module wrapper's
 * {@code source = "./modules/x"} (the {@code main.tf} the catalog writes) that names no folder of the
 * repository nor one holding a generated file is an error; a unit's {@code terraform { source = "..." }}
 * with a literal local path ({@code ../../modules//x}, {@code ${get_terragrunt_dir()}/...},
 * {@code ${get_repo_root()}/modules/x}) that finds no folder is a warning (a module may be fetched into the
 * repository outside stackgen). Remote sources ({@code git::...//x}, registry addresses) are never checked.
 * Paths with interpolation or other functions are not checked (they may be made outside stackgen).
 */
final class ReferenceCheck {
  /**
   * The reference forms, compiled when first used (a holder class): a regex compiled in the cold start
   * of a run costs milliseconds, and a catalog without includes, read_terragrunt_config or dependencies
   * paths needs few of them (issue 23).
   */
  private static final class P {
    static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\$%]+)\"");
    static final Pattern FIND = Pattern.compile("find_in_parent_folders\\(\\s*\"([^\"\\\\$%/]+)\"\\s*\\)");
    static final Pattern READ_LITERAL =
        Pattern.compile("read_terragrunt_config\\(\\s*\"([^\"\\\\$%]+)\"\\s*[,)]");
    static final Pattern READ_FIND = Pattern.compile(
        "read_terragrunt_config\\(\\s*find_in_parent_folders\\(\\s*\"([^\"\\\\$%/]+)\"\\s*\\)\\s*[,)]");
    /** A literal relative path, optionally from {@code ${get_terragrunt_dir()}/}. */
    static final Pattern RELATIVE =
        Pattern.compile("\"(?:\\$\\{get_terragrunt_dir\\(\\)\\}/)?(\\.{1,2}/[^\"\\\\$%?]*)\"");
    /** A unit's local Terraform source: {@code ./x}, {@code ../x}, or from the unit's or the repository's folder. */
    static final Pattern LOCAL_SOURCE = Pattern.compile(
        "\"(?:(\\$\\{get_repo_root\\(\\)\\}/)|(?:\\$\\{get_terragrunt_dir\\(\\)\\}/)?(?=\\.{1,2}/))([^\"\\\\$%?]*)\"");
    /** The {@code source} attribute inside a {@code terraform} block's text. */
    static final Pattern TERRAFORM_SOURCE = Pattern.compile(
        "(?m)^\\s*source\\s*=\\s*(\"[^\"\\n]*\")\\s*(?:(?:#|//).*)?$");
    static final Pattern DEPENDENCIES_PATHS = Pattern.compile("(?s)(?:^|\\n)\\s*paths\\s*=\\s*\\[(.*?)]");
  }

  private ReferenceCheck() {}

  /** The catalog with a warning for each reference that may be made outside stackgen; throws on the first error. */
  static Catalog check(Path repo, Catalog catalog) throws CatalogException {
    Set<String> generated = new HashSet<>(catalog.ownedPaths());
    String stacks = catalog.settings().stacksDir().equals(".") ? "" : catalog.settings().stacksDir() + "/";
    List<Warning> warnings = new ArrayList<>();
    for (Stack s : catalog.stacks()) {
      String dir = catalog.settings().stackDir(s.name());
      if (s.module().isPresent()) {
        checkModuleSource(repo, generated, s.name(), dir, s.module().get());
      }
      for (StackItem item : catalog.effectiveItems(s)) {
        if (item instanceof Dependency d) {
          checkDependency(repo, generated, s.name(), dir, d, stacks, warnings);
          continue;
        }
        if (item instanceof Verbatim v) {
          checkVerbatim(repo, generated, s.name(), dir, v, stacks, warnings);
          continue;
        }
        if (!(item instanceof Include inc)) {
          continue;
        }
        String text = inc.path().text().strip();
        Matcher literal = P.LITERAL.matcher(text);
        Matcher find = P.FIND.matcher(text);
        if (literal.matches()) {
          String target = literal.group(1).startsWith("/") ? null : Names.normalizePath(dir + literal.group(1));
          if (target != null && !exists(repo, generated, target)) {
            throw new CatalogException(inc.source(), "stack \"" + s.name() + "\": " + inc.key() + " path \""
                + literal.group(1) + "\" is " + target + ", which is neither in the repository nor generated"
                + " by the catalog");
          }
        } else if (find.matches()) {
          String name = find.group(1);
          if (!foundAbove(repo, generated, dir, name)) {
            throw new CatalogException(inc.source(), "stack \"" + s.name() + "\": " + inc.key()
                + " finds no " + name + " in the folders above " + dir.replaceAll("/$", "")
                + " (neither in the repository nor generated by the catalog)");
          }
        }
      }
    }
    if (warnings.isEmpty()) {
      return catalog;
    }
    List<Warning> all = new ArrayList<>(catalog.warnings());
    all.addAll(warnings);
    return new Catalog(catalog.settings(), catalog.root(), catalog.defaults(), catalog.stacks(), all,
        catalog.shared(), catalog.stackFiles(), catalog.syntax());
  }

  private static void checkDependency(Path repo, Set<String> generated, String stack, String dir, Dependency d,
      String stacks, List<Warning> warnings) throws CatalogException {
    for (Attr a : d.extra()) {
      if (a.name().equals(CatalogSchema.Name.CONFIG_PATH)) {
        checkFolder(repo, generated, dir, a.value().text().strip(), a.source(), "stack \"" + stack
            + "\": dependency \"" + d.label() + "\" config_path", stacks, warnings);
      }
    }
  }

  private static void checkVerbatim(Path repo, Set<String> generated, String stack, String dir, Verbatim v,
      String stacks, List<Warning> warnings) throws CatalogException {
    String text = v.text();
    Matcher paths = text.startsWith("dependencies") ? P.DEPENDENCIES_PATHS.matcher(text) : null;
    if (paths != null && paths.find()) {
      Matcher each = Pattern.compile("\"[^\"]*\"").matcher(paths.group(1));
      while (each.find()) {
        checkFolder(repo, generated, dir, each.group(), v.source(), "stack \"" + stack + "\": dependencies path",
            stacks, warnings);
      }
    }
    if (v.key().equals(TerragruntSchema.TERRAFORM.name())) {
      Matcher source = P.TERRAFORM_SOURCE.matcher(text);
      if (source.find()) {
        int line = (int) text.substring(0, source.start(1)).chars().filter(c -> c == '\n').count();
        // the text stands at depth 0 (Verbatim): a re-indented line is the item's own indentation further right
        int column = source.start(1) - text.lastIndexOf('\n', source.start(1) - 1) + Math.max(0, v.source().column()
            - 1);
        dev.stackgen.model.SourceRef at = line == 0 ? v.source()
            : new dev.stackgen.model.SourceRef(v.source().file(), v.source().line() + line, column);
        Matcher local = P.LOCAL_SOURCE.matcher(source.group(1));
        if (local.matches()) {
          String target = Names.normalizePath((local.group(1) != null ? "" : dir) + local.group(2));
          int slash = target == null ? -1 : target.lastIndexOf('/');
          if (target != null && !folderExists(repo, generated, target)
              && folderExists(repo, generated, slash < 0 ? "" : target.substring(0, slash))) {
            warnings.add(new Warning(at, "stack \"" + stack + "\": terraform source " + source.group(1)
                + " is the folder " + target + ", which is neither in the repository nor made by the catalog"
                + " (made outside stackgen?)" + siblingHint(repo, generated, target)));
          }
        }
      }
    }
    if (!text.contains("read_terragrunt_config")) {
      return; // what both read_terragrunt_config forms below start with
    }
    Matcher literal = P.READ_LITERAL.matcher(text);
    while (literal.find()) {
      String path = literal.group(1);
      String target = path.startsWith("/") ? null : Names.normalizePath(dir + path);
      if (target != null && !exists(repo, generated, target)) {
        throw new CatalogException(v.source(), "stack \"" + stack + "\": read_terragrunt_config(\"" + path
            + "\") reads " + target + ", which is neither in the repository nor generated by the catalog");
      }
    }
    Matcher find = P.READ_FIND.matcher(text);
    while (find.find()) {
      if (!foundAbove(repo, generated, dir, find.group(1))) {
        throw new CatalogException(v.source(), "stack \"" + stack + "\": read_terragrunt_config finds no "
            + find.group(1) + " in the folders above " + dir.replaceAll("/$", "")
            + " (neither in the repository nor generated by the catalog)");
      }
    }
  }

  /**
   * A literal relative folder ({@code "../vpc"}, {@code "./modules/x"}) seen from {@code dir} must be a
   * folder of the repository or hold a file the catalog generates; other values are not checked. A
   * missing folder is an error when it lies below {@code errorsBelow} (the stacks folder, "" for the
   * whole repository), else (and always when {@code errorsBelow} is null) a warning.
   */
  private static void checkFolder(Path repo, Set<String> generated, String dir, String value,
      dev.stackgen.model.SourceRef at, String what, String errorsBelow, List<Warning> warnings)
      throws CatalogException {
    Matcher m = P.RELATIVE.matcher(value);
    if (!m.matches()) {
      return;
    }
    String target = Names.normalizePath(dir + m.group(1));
    if (target == null) {
      return; // leads outside the repository: not ours to check
    }
    if (target.isEmpty() || Files.isDirectory(repo.resolve(target))) {
      return;
    }
    String prefix = target + "/";
    for (String g : generated) {
      if (g.startsWith(prefix)) {
        return;
      }
    }
    String message = what + " \"" + m.group(1) + "\" is the folder " + target
        + ", which is neither in the repository nor made by the catalog";
    if (errorsBelow != null && target.startsWith(errorsBelow)) {
      throw new CatalogException(at, message);
    }
    warnings.add(new Warning(at, message + " (made outside stackgen?)"));
  }

  /**
   * A module wrapper's local {@code source} ({@code ./x}, {@code ../x}, seen from the stack's folder,
   * where the catalog writes its main.tf) must be a folder of the repository or hold a generated file.
   * Missing while the folder above it exists ({@code ./modules/ntfyy} beside {@code ./modules/ntfy}): an
   * error, with the near name. When the folder above it is missing too ({@code stacks/x/modules} not there,
   * as right after {@code new --kind module}, or with modules fetched by a script), the repository keeps no
   * modules there and nothing is said.
   */
  private static void checkModuleSource(Path repo, Set<String> generated, String stack, String dir,
      dev.stackgen.model.ModuleCall module) throws CatalogException {
    for (Attr a : module.arguments()) {
      if (!a.name().equals(CatalogSchema.Name.SOURCE)) {
        continue;
      }
      Matcher m = P.RELATIVE.matcher(a.value().text().strip());
      if (!m.matches() || a.value().text().contains("${")) {
        return; // a registry address, a remote source, or one built with an expression
      }
      String target = Names.normalizePath(dir + m.group(1));
      if (target == null || folderExists(repo, generated, target)) {
        return; // found, or outside the repository: not ours to check
      }
      int slash = target.lastIndexOf('/');
      String parent = slash < 0 ? "" : target.substring(0, slash);
      if (folderExists(repo, generated, parent)) {
        // the folder that holds the modules is there, this one is not: a misspelt or removed module
        throw new CatalogException(a.source() == dev.stackgen.model.SourceRef.NONE ? module.source() : a.source(),
            "stack \"" + stack + "\": module \"" + module.name() + "\" source \"" + m.group(1) + "\" is the folder "
                + target + ", which is neither in the repository nor made by the catalog" + siblingHint(repo, generated,
                    target));
      }
      return;
    }
  }

  /** A folder of the repository, the repository itself, or a folder holding a generated file. */
  private static boolean folderExists(Path repo, Set<String> generated, String target) {
    if (target.isEmpty() || Files.isDirectory(repo.resolve(target))) {
      return true;
    }
    String prefix = target + "/";
    for (String g : generated) {
      if (g.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code " (did you mean stacks/ntfy/modules/ntfy?)"} when a folder beside the missing one (in the
   * repository or made by the catalog) has a near name, else "".
   */
  private static String siblingHint(Path repo, Set<String> generated, String target) {
    int slash = target.lastIndexOf('/');
    String parent = slash < 0 ? "" : target.substring(0, slash);
    String prefix = parent.isEmpty() ? "" : parent + "/";
    Set<String> names = new java.util.TreeSet<>();
    for (String g : generated) {
      if (g.startsWith(prefix) && g.indexOf('/', prefix.length()) > 0) {
        names.add(g.substring(prefix.length(), g.indexOf('/', prefix.length())));
      }
    }
    Path folder = parent.isEmpty() ? repo : repo.resolve(parent);
    if (Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (java.util.stream.Stream<Path> s = Files.list(folder)) {
        s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(names::add);
      } catch (java.io.IOException e) {
        // no suggestion
      }
    }
    String near = dev.stackgen.model.Suggestions.didYouMean(target.substring(slash + 1), names);
    return near == null ? "" : " (did you mean " + prefix + near + "?)";
  }

  private static boolean foundAbove(Path repo, Set<String> generated, String dir, String name) {
    // Terragrunt starts from the unit's parent folder and walks up to the file system root.
    String d = dir.replaceAll("/$", "");
    while (true) {
      if (d.isEmpty()) {
        return false;
      }
      int slash = d.lastIndexOf('/');
      d = slash < 0 ? "" : d.substring(0, slash);
      String candidate = d.isEmpty() ? name : d + "/" + name;
      if (exists(repo, generated, candidate)) {
        return true;
      }
    }
  }

  private static boolean exists(Path repo, Set<String> generated, String path) {
    return generated.contains(path) || Files.exists(repo.resolve(path));
  }
}
