package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.output.ChangedStacks;
import dev.stackgen.output.GitRevision;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.RenderException;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison behind {@link Stackgen#changed}: renders the catalog (and the template overrides) of a
 * git revision and of the working tree, and names the stacks whose owned files differ.
 */
final class Changes {
  private Changes() {}

  static Stackgen.Changed run(Path repo, String since, boolean allOnRoot, RunOptions options)
      throws java.io.IOException, StackgenException {
    GitRevision rev = GitRevision.open(repo, since);
    Catalog current = Generating.read(repo, options);
    List<String> notes = new ArrayList<>();
    List<GeneratedFile> now;
    try {
      now = new Renderer(options.templates().map(Templates::overriddenBy).orElse(Templates.bundled())).render(current);
    } catch (RenderException | IllegalArgumentException e) {
      throw new StackgenException(e.getMessage(), Optional.empty(), e);
    }
    List<GeneratedFile> before = renderAt(rev, repo, options.templates(), notes);
    // Shared files (env.hcl, _envcommon/*.hcl) belong to no stack: a change to one lists the units that
    // read or include it, not every stack as a root change does.
    java.util.Set<String> sharedChanged = sharedChanges(current, before, now);
    ChangedStacks changed = ChangedStacks.compare(withoutShared(current, before), withoutShared(current, now));
    List<String> stacks = changed.stacks();
    if (!sharedChanged.isEmpty()) {
      java.util.TreeSet<String> all = new java.util.TreeSet<>(stacks);
      for (var s : current.stacks()) {
        if (current.sharedFilesOf(s).stream().anyMatch(f -> sharedChanged.contains(sharedPath(current, f)))) {
          all.add(s.name());
        }
      }
      stacks = List.copyOf(all);
    }
    if (changed.rootChanged() && !stacks.equals(changed.allStacks())) {
      if (allOnRoot) {
        stacks = changed.allStacks();
      } else {
        notes.add("the root terragrunt.hcl differs from " + since
            + "; it affects every stack (--all-on-root lists them all)");
      }
    }
    return new Stackgen.Changed(stacks, notes);
  }

  private static String sharedPath(Catalog catalog, String path) {
    return catalog.settings().stacksDir().equals(".") ? path : catalog.settings().stacksDir() + "/" + path;
  }

  /** Files of no stack other than the root file: the shared files, then and now. */
  private static List<GeneratedFile> withoutShared(Catalog catalog, List<GeneratedFile> files) {
    return files.stream().filter(f -> f.stack() != null || f.path().equals(catalog.settings().rootFile())
        || f.path().equals(dev.stackgen.model.Settings.LEGACY_ROOT_FILE)).toList();
  }

  private static java.util.Set<String> sharedChanges(Catalog catalog, List<GeneratedFile> before,
      List<GeneratedFile> now) {
    Map<String, String> old = new LinkedHashMap<>();
    for (GeneratedFile f : before) {
      old.put(f.path(), f.content());
    }
    java.util.Set<String> changed = new java.util.HashSet<>();
    List<GeneratedFile> shared = new ArrayList<>(now);
    shared.removeAll(withoutShared(catalog, now));
    for (GeneratedFile f : shared) {
      if (!f.content().equals(old.remove(f.path()))) {
        changed.add(f.path());
      }
    }
    for (GeneratedFile f : before) {
      if (f.stack() == null && old.containsKey(f.path()) && !f.path().equals(catalog.settings().rootFile())
          && !f.path().equals(dev.stackgen.model.Settings.LEGACY_ROOT_FILE)) {
        changed.add(f.path());
      }
    }
    return changed;
  }

  private static List<GeneratedFile> renderAt(GitRevision rev, Path repo, Optional<Path> templatesDir,
      List<String> notes)
      throws java.io.IOException {
    List<CatalogReader.Source> sources = new ArrayList<>();
    Optional<byte[]> main = rev.read(CatalogReader.MAIN_FILE);
    if (main.isEmpty()) {
      notes.add(CatalogReader.MAIN_FILE + " does not exist at " + rev.rev() + "; every stack counts as added");
      return List.of();
    }
    sources.add(new CatalogReader.Source(CatalogReader.MAIN_FILE, utf8(main.get())));
    for (String name : rev.list(CatalogReader.DROP_IN_DIR + "/", false)) {
      String file = name.substring(name.lastIndexOf('/') + 1);
      if (file.endsWith(".hcl") && !file.startsWith(".")) {
        sources.add(new CatalogReader.Source(name, utf8(rev.read(name).orElseThrow())));
      }
    }
    Templates templates = templatesAt(rev, repo, templatesDir, notes);
    try {
      return new Renderer(templates).render(CatalogReader.parse(sources));
    } catch (CatalogException | HclSyntaxException | RenderException e) {
      throw new java.io.IOException("the catalog at " + rev.rev() + " does not render: " + e.getMessage(), e);
    }
  }

  private static Templates templatesAt(GitRevision rev, Path repo, Optional<Path> templatesDir, List<String> notes)
      throws java.io.IOException {
    if (templatesDir.isEmpty()) {
      return Templates.bundled();
    }
    Path dir = templatesDir.get().toAbsolutePath().normalize();
    Path rel = repo.relativize(dir);
    if (rel.startsWith("..") || rel.isAbsolute()) {
      notes.add("--templates " + templatesDir.get() + " is outside the repository; the same templates are used for "
          + rev.rev() + " and now");
      return Templates.overriddenBy(templatesDir.get());
    }
    String prefix = rel.toString().replace('\\', '/');
    prefix = prefix.isEmpty() ? "" : prefix + "/";
    Map<String, String> sources = new LinkedHashMap<>();
    for (String path : rev.list(prefix, true)) {
      sources.put(path.substring(prefix.length()), utf8(rev.read(path).orElseThrow()));
    }
    return Templates.overriddenBy(sources);
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
