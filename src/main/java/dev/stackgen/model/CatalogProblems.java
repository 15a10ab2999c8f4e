package dev.stackgen.model;

import dev.stackgen.model.Catalog.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems {@link Catalog#problems()} finds, apart so the catalog record stays a model. */
final class CatalogProblems {
  private CatalogProblems() {}

  /**
   * What a postfix_overlay file may be: a relative path to a .tf file of plain names. Compiled when a
   * catalog has an overlay (a holder class): a regex compiled in the cold start of every run costs
   * milliseconds (issue 23). stacks_dir is checked by {@link Names#isFolderPath}.
   */
  private static final class OverlayFile {
    static final java.util.regex.Pattern TF_FILE =
        java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.tf");
  }

  /** {@link Catalog#problems()} of {@code c}. */
  static List<Problem> problems(Catalog c) {
    List<Problem> problems = new ArrayList<>();
    Map<String, SharedFile> sharedByPath = new LinkedHashMap<>();
    for (SharedFile f : c.shared()) {
      SharedFile first = sharedByPath.putIfAbsent(f.path(), f);
      if (first != null) {
        problems.add(new Problem(f.source(), "duplicate shared file \"" + f.path() + "\" (first defined at "
            + first.source() + ")"));
      }
      if (c.settings().stacksDir().equals(".") && f.path().equals(c.settings().rootFile()) && !c.root().handKept()) {
        problems.add(new Problem(f.source(), "shared file \"" + f.path() + "\" is the root file"));
      }
    }
    Map<String, StackConfig> configs = new LinkedHashMap<>();
    for (StackConfig f : c.stackFiles()) {
      StackConfig first = configs.putIfAbsent(f.dir(), f);
      if (first != null) {
        problems.add(new Problem(f.source(), "duplicate " + CatalogNames.STACK_FILE + " \"" + f.dir()
            + "\" (first defined at " + first.source() + ")"));
      }
      Map<String, SourceRef> names = new LinkedHashMap<>();
      Map<String, SourceRef> paths = new LinkedHashMap<>();
      for (StackBlock b : f.blocks()) {
        SourceRef again = names.putIfAbsent(b.key(), b.source());
        if (again != null) {
          problems.add(new Problem(b.source(), CatalogNames.STACK_FILE + " \"" + f.dir() + "\" has " + b.key()
              + " twice (first at " + again + ")"));
        }
        if (b.literalPath().isPresent()) {
          SourceRef samePath = paths.putIfAbsent(b.literalPath().get(), b.source());
          if (samePath != null) {
            problems.add(new Problem(b.source(), CatalogNames.STACK_FILE + " \"" + f.dir()
                + "\": two blocks generate into path \""
                + b.literalPath().get() + "\" (first at " + samePath + ")"));
          }
        }
      }
    }
    Map<String, Stack> byName = new LinkedHashMap<>();
    for (Stack s : c.stacks()) {
      Stack first = byName.putIfAbsent(s.name(), s);
      if (first != null) {
        problems.add(new Problem(s.source(),
            "duplicate stack \"" + s.name() + "\" (first defined at " + first.source() + ")"));
      }
    }
    if (!Names.isFolderPath(c.settings().stacksDir()) || c.settings().stacksDir().contains("..")) {
      problems.add(new Problem(SourceRef.NONE, "stacks_dir must be a relative folder inside the repository, got \""
          + c.settings().stacksDir() + "\""));
    }
    if (!c.root().custom()) {
      // The generated root keys state by basename(get_terragrunt_dir()): two units with one folder name
      // would share one state.
      Map<String, Stack> byBase = new LinkedHashMap<>();
      for (Stack s : c.stacks()) {
        Stack other = byBase.putIfAbsent(s.name().substring(s.name().lastIndexOf('/') + 1), s);
        if (other != null && !other.name().equals(s.name())) {
          problems.add(new Problem(s.source(), CatalogNames.STACK + " \"" + s.name() + "\" and " + CatalogNames.STACK
              + " \"" + other.name() + "\" (at " + other.source()
              + ") would share one state: the generated root keys state by the"
              + " folder name; write the root's remote_state yourself (a custom root, e.g. keyed by"
              + " path_relative_to_include()) for nested units"));
        }
      }
    }
    for (Stack s : c.stacks()) {
      for (PostfixOverlay o : s.overlays()) {
        if (!OverlayFile.TF_FILE.matcher(o.file()).matches() || o.file().contains("..")) {
          problems.add(new Problem(o.source(), "file must be a relative path to a .tf file inside the stack folder"
              + " (no '..'), got \"" + o.file() + "\""));
        }
      }
      if (configs.containsKey(s.name())) {
        problems.add(new Problem(s.source(), "folder \"" + s.name() + "\" would hold both a unit (terragrunt.hcl)"
            + " and a stack file (stack_file at " + configs.get(s.name()).source() + ")"));
      }
      c.tierProblem(s).ifPresent(problems::add);
      for (Dependency d : c.includedDependencies(s)) {
        String target = c.dependencyTarget(s, d);
        if (target != null && !target.equals(s.name()) && !byName.containsKey(target)) {
          problems.add(new Problem(d.source(), CatalogNames.STACK + " \"" + s.name()
              + "\" (through an included shared file)"
              + " depends on unknown stack \"" + target + "\""));
        }
      }
      Map<String, SourceRef> seen = new LinkedHashMap<>();
      for (StackItem item : c.effectiveItems(s)) {
        SourceRef first = seen.putIfAbsent(item.key(), item.source());
        if (first != null) {
          boolean fromDefaults = false;
          for (StackItem d : c.defaults().items()) {
            fromDefaults |= d.source().equals(first);
          }
          problems.add(new Problem(item.source(), CatalogNames.STACK + " \"" + s.name() + "\" has " + item.key()
              + " twice (also at " + first + (fromDefaults ? ", from defaults" : "")
              + "); a terragrunt.hcl may have it only once"));
        }
        String target = item instanceof Dependency d ? c.dependencyTarget(s, d) : null;
        if (target != null) {
          if (target.equals(s.name())) {
            problems.add(new Problem(item.source(), CatalogNames.STACK + " \"" + s.name() + "\" depends on itself"));
          } else if (!byName.containsKey(target)) {
            problems.add(new Problem(item.source(), CatalogNames.STACK + " \"" + s.name()
                + "\" depends on unknown stack \"" + target + "\""
                + Suggestions.hint(target, byName.keySet())));
          }
        }
      }
    }
    if (problems.isEmpty()) {
      pathConflicts(c, problems);
    }
    return problems;
  }

  /** Who writes one owned path, for the message when two catalog entries would write it. */
  private record Owner(String what, SourceRef source) {}

  /**
   * Two catalog entries that would write one file ({@code stack "a/b"} with {@code file "x.tf"} and
   * {@code stack "a"} with {@code file "b/x.tf"}): the file would flip between them on every run.
   * Follows {@link Catalog#ownedPaths()}.
   */
  private static void pathConflicts(Catalog c, List<Problem> problems) {
    Map<String, Owner> owners = new LinkedHashMap<>();
    List<Map.Entry<String, Owner>> all = new ArrayList<>();
    if (!c.root().handKept()) {
      all.add(Map.entry(c.settings().rootFile(), new Owner("the root block", c.root().source())));
    }
    for (Stack s : c.stacks()) {
      String dir = c.settings().stackDir(s.name());
      String stack = CatalogNames.STACK + " \"" + s.name() + "\"";
      all.add(Map.entry(dir + "terragrunt.hcl", new Owner(stack, s.source())));
      if (s.module().isPresent()) {
        all.add(Map.entry(dir + "main.tf", new Owner(stack + " (module)", s.module().get().source())));
      }
      for (StackFile f : s.files()) {
        all.add(Map.entry(dir + f.path(), new Owner(stack + " (file \"" + f.path() + "\"", f.source())));
      }
      for (PostfixOverlay o : s.overlays()) {
        if (!Catalog.writtenByFileBlock(s, o.file())) {
          all.add(Map.entry(dir + o.file(), new Owner(stack + " (postfix_overlay file \"" + o.file() + "\"",
              o.source())));
        }
      }
    }
    String prefix = c.settings().stacksDir().equals(".") ? "" : c.settings().stacksDir() + "/";
    for (SharedFile f : c.shared()) {
      all.add(Map.entry(prefix + f.path(), new Owner("shared file \"" + f.path() + "\"", f.source())));
    }
    for (StackConfig f : c.stackFiles()) {
      all.add(Map.entry(c.settings().stackDir(f.dir()) + StackConfig.FILE,
          new Owner(CatalogNames.STACK_FILE + " \"" + f.dir() + "\"", f.source())));
    }
    for (Map.Entry<String, Owner> e : all) {
      Owner first = owners.putIfAbsent(e.getKey(), e.getValue());
      if (first != null && !first.what().equals(e.getValue().what())) {
        problems.add(new Problem(e.getValue().source(), e.getKey() + " is written by both " + describe(first, true)
            + " and " + describe(e.getValue(), false)));
        return;
      }
    }
    // Paths that differ only in case are one file on macOS and Windows: the second write replaces the first.
    Map<String, Map.Entry<String, Owner>> folded = new LinkedHashMap<>();
    for (Map.Entry<String, Owner> e : all) {
      Map.Entry<String, Owner> first = folded.putIfAbsent(e.getKey().toLowerCase(java.util.Locale.ROOT), e);
      if (first != null && !first.getKey().equals(e.getKey())) {
        problems.add(new Problem(e.getValue().source(), e.getKey() + " from " + describe(e.getValue(), false)
            + " and " + first.getKey() + " from " + describe(first.getValue(), true) + " differ only in case: they"
            + " are one file on a case-insensitive file system (macOS, Windows); rename one"));
        return;
      }
    }
  }

  private static String describe(Owner o, boolean withSource) {
    String at = withSource && o.source() != SourceRef.NONE ? o.source().toString() : null;
    if (o.what().endsWith("\"") && o.what().contains(" (")) {
      return o.what() + (at == null ? "" : ", " + at) + ")";
    }
    return o.what() + (at == null ? "" : " (" + at + ")");
  }
}
