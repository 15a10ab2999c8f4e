package dev.stackgen;

import dev.stackgen.catalog.CatalogAppender;
import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Names;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Suggestions;
import dev.stackgen.model.Tier;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.output.DriftChecker;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.FileStatus;
import dev.stackgen.output.Generator;
import dev.stackgen.output.RepoLock;
import dev.stackgen.output.SafePaths;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The {@code new} behind {@link Stackgen#newStack}: appends a stack block to the catalog (existing bytes
 * untouched), validates the result in memory, writes it atomically and generates the new stack's files.
 */
final class Adding {
  private Adding() {}

  static StackAdded run(Path repo, String name, Optional<String> tier, List<String> dependsOn, Optional<String> kind,
      RunOptions o) throws IOException, StackgenException {
    if (!Names.isStackPath(name)) {
      throw new InvalidRequestException("stack name \"" + name + "\" is not a safe path (segments of letters,"
          + " digits, '.', '_' and '-', none starting with '.' or '-', joined by '/')");
    }
    if (kind.isPresent() && !kind.get().equals("module") && !kind.get().equals("app")) {
      throw new InvalidRequestException("--kind must be module or app, not " + kind.get());
    }
    try (RepoLock lock = o.dryRun() ? null : RepoLock.acquire(repo, Duration.ofSeconds(10))) {
      return add(repo, name, tier, dependsOn, kind.orElse(null), o);
    } catch (CatalogException e) {
      throw StackgenException.of(e);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
  }

  private static StackAdded add(Path repo, String name, Optional<String> tierAsked, List<String> dependsOnAsked,
      String kind, RunOptions o) throws IOException, StackgenException, CatalogException, HclSyntaxException {
    List<CatalogReader.Source> sources = CatalogReader.sources(repo);
    Catalog catalog = CatalogReader.parse(sources);
    catalog.warnings().forEach(w -> o.warnings().accept(w.toString()));
    if (catalog.stack(name).isPresent()) {
      throw new InvalidRequestException("stack \"" + name + "\" already exists (" + catalog.stack(name).get().source()
          + ")");
    }
    List<String> tiers = catalog.root().tiers().stream().map(Tier::name).toList();
    String tier = tierAsked.orElse(tiers.get(tiers.size() - 1));
    if (!tiers.contains(tier)) {
      String near = Suggestions.didYouMean(tier, tiers);
      throw new InvalidRequestException("unknown tier \"" + tier + "\"" + (near == null ? "" : "; did you mean \""
          + near + "\"?") + " (tiers: " + String.join(", ", tiers) + ")");
    }
    List<String> dependsOn = new ArrayList<>();
    for (String d : new LinkedHashSet<>(dependsOnAsked)) {
      String dep = d.strip();
      if (dep.isEmpty()) {
        continue;
      }
      if (catalog.stack(dep).isEmpty()) {
        String near = Suggestions.didYouMean(dep, catalog.stacks().stream().map(Stack::name).toList());
        throw new InvalidRequestException("--depends-on " + dep + ": no such stack in the catalog"
            + (near == null ? "" : "; did you mean " + near + "?"));
      }
      dependsOn.add(dep);
    }

    String moduleName = "module".equals(kind) ? name.substring(name.lastIndexOf('/') + 1).replace('.', '_') : null;
    String block = CatalogAppender.stackBlock(name, tier, dependsOn, moduleName);
    String target = CatalogAppender.targetFile(sources);
    List<CatalogReader.Source> updated = new ArrayList<>();
    String newText = null;
    for (CatalogReader.Source s : sources) {
      if (s.name().equals(target)) {
        newText = CatalogAppender.append(s.text(), s.name(), block);
        updated.add(new CatalogReader.Source(s.name(), newText));
      } else {
        updated.add(s);
      }
    }
    Catalog next;
    try {
      next = CatalogReader.parse(updated);
    } catch (CatalogException e) {
      throw new InvalidRequestException("the catalog would be invalid with stack \"" + name + "\": " + e.getMessage());
    }
    Stack stack = next.stack(name).orElseThrow();
    Renderer renderer = Generating.renderer(repo, catalog, o);
    List<FileReport> reports = DriftChecker.check(repo, Generating.render(renderer, next),
        next.settings().stacksDir(), next.settings().header()).stream()
        .filter(r -> name.equals(r.stack()) && r.status() != FileStatus.ORPHANED)
        .toList();
    GeneratedFile scaffold = "app".equals(kind) ? renderer.appScaffold(next, stack) : null;
    if (scaffold != null && Files.exists(SafePaths.resolve(repo, scaffold.path()))) {
      throw new InvalidRequestException("refusing to overwrite " + scaffold.path() + " (it already exists)");
    }
    List<String> handWritten = reports.stream()
        .filter(r -> r.status() == FileStatus.HAND_WRITTEN).map(FileReport::path).toList();
    if (!handWritten.isEmpty()) {
      throw new InvalidRequestException("refusing to overwrite hand-written " + String.join(", ", handWritten)
          + " (no \"Code generated\" header); move it away, or add the stack to the catalog by hand and run"
          + " stackgen generate --adopt");
    }
    Optional<String> scaffoldPath = Optional.ofNullable(scaffold).map(GeneratedFile::path);
    List<Stackgen.Change> changes = new ArrayList<>();
    if (o.dryRun()) {
      for (FileReport r : reports) {
        if (r.status() != FileStatus.CLEAN) {
          changes.add(new Stackgen.Change(r.path(), r.status() == FileStatus.MISSING ? "created" : "updated"));
        }
      }
      return new StackAdded(name, target, block, changes, scaffoldPath, true);
    }
    AtomicWriter.write(repo, repo.resolve(target), newText);
    for (Generator.Change c : Generator.apply(repo, reports, new Generator.Options(false, false, false))) {
      changes.add(new Stackgen.Change(c.path(), c.verb()));
    }
    if (scaffold != null) {
      AtomicWriter.write(repo, SafePaths.resolve(repo, scaffold.path()), scaffold.content());
    }
    return new StackAdded(name, target, block, changes, scaffoldPath, false);
  }
}
