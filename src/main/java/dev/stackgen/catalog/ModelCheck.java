package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogSyntax;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SettingsSyntax;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.Suggestions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a catalog model as a whole, after its blocks are read: the one entry point for the catalog
 * reader (on the model it read from text) and for import (on the model it built from values).
 *
 * <p>In order, the first failing one thrown: every {@code leading_blank_lines} and {@code no_final_newline}
 * path is one the catalog generates; no generated path is protected ({@link #protectedBy}); the model's own
 * problems and {@link CatalogReader#CHECKS} (without the kinds skipped); with a repository, the references
 * ({@link ReferenceCheck}). Each error is at the position the model records for what it is about: the
 * stackgen block's positions ({@link SettingsSyntax.Positions}, of the catalog's last stackgen block), a
 * stack's tier value ({@link dev.stackgen.model.StackSyntax#tier}), else the model value's source; a model
 * built in Java, which records none, has its errors at the stack, the settings block or
 * {@link SourceRef#NONE}.
 */
public final class ModelCheck {
  private ModelCheck() {}

  /** {@code model} checked as {@link CatalogReader#parse(List, Set)} checks what it reads; throws the first error. */
  public static Catalog check(Catalog model, Set<String> skippedChecks) throws CatalogException {
    SettingsSyntax.Positions at = positions(model.syntax());
    refuseUngeneratedPaths(model, at);
    refuseProtectedPaths(model, at);
    List<Catalog.Problem> problems = model.validate(CatalogReader.CHECKS.stream()
        .filter(c -> !skippedChecks.contains(c.kind())).toList());
    if (!problems.isEmpty()) {
      Catalog.Problem p = problems.get(0);
      throw new CatalogException(tierPosition(model, p), p.message());
    }
    return model;
  }

  /**
   * {@code model} checked as {@link CatalogReader#parseFor} checks what it reads: {@link #check(Catalog, Set)},
   * then the references against the repository at {@code repo}; the model with a warning for each reference
   * that may be made outside stackgen.
   */
  public static Catalog check(Path repo, Catalog model, Set<String> skippedChecks) throws CatalogException {
    return ReferenceCheck.check(repo, check(model, skippedChecks));
  }

  /** The positions of the last stackgen block read ({@link SettingsSyntax.Positions#NONE}: none read). */
  private static SettingsSyntax.Positions positions(CatalogSyntax syntax) {
    SettingsSyntax.Positions at = SettingsSyntax.Positions.NONE;
    for (CatalogSyntax.FileText f : syntax.files()) {
      for (CatalogSyntax.TopBlock b : f.blocks()) {
        if (b.settings() != null) {
          at = b.settings().positions();
        }
      }
    }
    return at;
  }

  /**
   * Every path of {@code leading_blank_lines}, then of {@code no_final_newline}, is one the catalog
   * generates: those written in the order written, then any the settings hold beyond them (a model built
   * in Java), at the settings block.
   */
  private static void refuseUngeneratedPaths(Catalog catalog, SettingsSyntax.Positions at) throws CatalogException {
    Settings s = catalog.settings();
    if (s.leadingBlankLines().isEmpty() && s.noFinalNewline().isEmpty()) {
      return;
    }
    Set<String> owned = new HashSet<>(catalog.ownedPaths());
    for (var refs : List.of(Map.entry(Name.LEADING_BLANK_LINES, where(s.leadingBlankLines().keySet(),
        at.leadingBlankLines(), at.block())), Map.entry(Name.NO_FINAL_NEWLINE, where(s.noFinalNewline(),
            at.noFinalNewline(), at.block())))) {
      for (var e : refs.getValue().entrySet()) {
        if (!owned.contains(e.getKey())) {
          String closest = Suggestions.didYouMean(e.getKey(), catalog.ownedPaths());
          throw new CatalogException(e.getValue(), refs.getKey() + " names \"" + e.getKey()
              + "\", which the catalog does not generate" + (closest == null ? "" : " (did you mean \"" + closest
                  + "\"?)"));
        }
      }
    }
  }

  /** Each of {@code paths} with where it is written: those in {@code written} first, in its order. */
  private static Map<String, SourceRef> where(Set<String> paths, Map<String, SourceRef> written, SourceRef block) {
    Map<String, SourceRef> out = new LinkedHashMap<>();
    written.forEach((path, ref) -> {
      if (paths.contains(path)) {
        out.put(path, ref);
      }
    });
    paths.forEach(path -> out.putIfAbsent(path, block));
    return out;
  }

  /**
   * No generated file may be the catalog, one of its drop-ins, anything in {@code .git} or in the
   * templates folder: {@code generate --adopt} would overwrite them. The error is at the catalog line
   * that makes the path (root_file, the stack, the shared file or stack file), else at the settings block.
   */
  private static void refuseProtectedPaths(Catalog catalog, SettingsSyntax.Positions positions)
      throws CatalogException {
    Settings s = catalog.settings();
    for (String path : catalog.ownedPaths()) {
      String what = protectedBy(path, s.templates());
      if (what == null) {
        continue;
      }
      SourceRef at = null;
      if (path.equals(s.rootFile())) {
        at = positions.rootFile();
      }
      for (Stack stack : catalog.stacks()) {
        if (at == null && path.startsWith(s.stackDir(stack.name()))) {
          at = stack.source();
        }
      }
      String prefix = s.stacksDir().equals(".") ? "" : s.stacksDir() + "/";
      for (SharedFile f : catalog.shared()) {
        if (at == null && path.equals(prefix + f.path())) {
          at = f.source();
        }
      }
      for (StackConfig f : catalog.stackFiles()) {
        if (at == null && path.equals(s.stackDir(f.dir()) + StackConfig.FILE)) {
          at = f.source();
        }
      }
      throw new CatalogException(at == null ? positions.block() : at,
          "the catalog would generate " + path + ", which is " + what + "; stackgen never writes the catalog,"
              + " " + CatalogReader.DROP_IN_DIR + "/, .git/ or the templates folder");
    }
  }

  /** Why stackgen may not write {@code path}, or null when it may. */
  private static String protectedBy(String path, String templates) {
    if (path.equals(CatalogReader.MAIN_FILE)) {
      return "the catalog itself";
    }
    if (path.startsWith(CatalogReader.DROP_IN_DIR + "/")) {
      return "a catalog drop-in";
    }
    if (("/" + path).contains("/.git/") || path.equals(".git")) {
      return "inside .git";
    }
    if (!templates.isEmpty() && path.startsWith(templates + "/")) {
      return "in the templates folder";
    }
    return null;
  }

  /**
   * The model reports an unknown tier at its stack (it has no position for attributes); the stack's
   * syntax knows where the value is written, so the error points at it.
   */
  private static SourceRef tierPosition(Catalog catalog, Catalog.Problem p) {
    for (Stack s : catalog.stacks()) {
      SourceRef at = s.syntax().tier();
      if (!at.equals(SourceRef.NONE) && catalog.tierProblem(s).filter(p::equals).isPresent()) {
        return at;
      }
    }
    return p.source();
  }
}
