package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.InsideRepo;
import dev.stackgen.catalog.RootFileMigration;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Settings;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.output.DriftChecker;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.FileStatus;
import dev.stackgen.output.RepoLock;
import dev.stackgen.output.SafePaths;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code migrate root-hcl} behind {@link Stackgen#migrateRootHcl}: Terragrunt's recommended rename of
 * the root file to {@code root.hcl} in one step — the catalog's {@code root_file}, every root lookup in the
 * catalog and in hand-kept {@code .hcl} files, the owned files regenerated, the old root removed.
 */
final class Migrating {
  private Migrating() {}

  static RootFileMigrated rootHcl(Path repo, RunOptions o) throws IOException, StackgenException {
    try (RepoLock lock = o.dryRun() ? null : RepoLock.acquire(repo, Duration.ofSeconds(10))) {
      return migrate(repo, o);
    } catch (CatalogException e) {
      throw StackgenException.of(e);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
  }

  private static RootFileMigrated migrate(Path repo, RunOptions o)
      throws IOException, StackgenException, CatalogException, HclSyntaxException {
    boolean dryRun = o.dryRun();
    Catalog before = Generating.read(repo, o);
    Renderer renderer = Generating.renderer(repo, before, o);
    String oldRoot = before.settings().rootFile();
    String newRoot = Settings.ROOT_HCL;
    if (oldRoot.equals(newRoot)) {
      // A run killed between writing the migrated files and removing the old root left that root
      // behind: finish it (only a generated one, with stackgen's header, is removed).
      Path leftover = repo.resolve(Settings.LEGACY_ROOT_FILE);
      if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
          && DriftChecker.startsWithHeader(readStart(leftover))) {
        if (!dryRun) {
          Files.deleteIfExists(leftover);
        }
        return new RootFileMigrated(RootFileMigrated.Outcome.FINISHED_INTERRUPTED, Settings.LEGACY_ROOT_FILE, newRoot,
            List.of(), 0, List.of(), dryRun);
      }
      return new RootFileMigrated(RootFileMigrated.Outcome.NOTHING_TO_DO, oldRoot, newRoot, List.of(), 0, List.of(),
          dryRun);
    }
    List<GeneratedFile> oldPlan = Generating.render(renderer, before);
    List<FileReport> drift = DriftChecker.check(repo, oldPlan, before.settings().stacksDir(),
        before.settings().header()).stream()
        .filter(r -> r.status() != FileStatus.CLEAN && r.status() != FileStatus.MISSING
            && r.status() != FileStatus.ORPHANED)
        .toList();
    if (!drift.isEmpty()) {
      throw new InvalidRequestException(drift.size() + " owned file" + (drift.size() == 1 ? "" : "s")
          + " differ from the catalog (first: " + drift.get(0).path() + ", " + drift.get(0).status()
          + "); run stackgen generate or check first, migrate works on a clean tree");
    }
    List<Map.Entry<String, String>> writes = new ArrayList<>();
    int lookups = 0;
    List<CatalogReader.Source> sources = new ArrayList<>();
    for (CatalogReader.Source s : CatalogReader.sources(repo)) {
      RootFileMigration.Rewrite r = RootFileMigration.rewriteLookups(s.text(), s.name(), newRoot);
      String text = r.text();
      if (s.name().equals(CatalogReader.MAIN_FILE)) {
        text = RootFileMigration.setRootFile(text, s.name(), newRoot);
      }
      lookups += r.count();
      sources.add(new CatalogReader.Source(s.name(), text));
      if (!text.equals(s.text())) {
        writes.add(Map.entry(s.name(), text));
      }
    }
    Catalog after = CatalogReader.parse(sources);
    List<GeneratedFile> plan = Generating.render(renderer, after);
    Set<String> owned = new HashSet<>();
    oldPlan.forEach(f -> owned.add(f.path()));
    plan.forEach(f -> owned.add(f.path()));
    List<FileReport> reports = DriftChecker.check(repo, plan, after.settings().stacksDir(),
        after.settings().header());
    List<String> conflicts = reports.stream().filter(r -> r.status() == FileStatus.HAND_WRITTEN)
        .map(FileReport::path).toList();
    if (!conflicts.isEmpty()) {
      throw new InvalidRequestException("hand-written " + String.join(", ", conflicts)
          + " stands where the migrated catalog writes; move it away first");
    }
    Set<String> created = new HashSet<>();
    for (FileReport r : reports) {
      if (r.status() == FileStatus.MISSING || r.status() == FileStatus.STALE
          || r.status() == FileStatus.LINE_ENDINGS) {
        writes.add(Map.entry(r.path(), r.expected()));
        if (r.status() == FileStatus.MISSING) {
          created.add(r.path());
        }
      }
    }
    Set<String> handKept = new HashSet<>();
    List<String> notes = new ArrayList<>();
    Set<String> catalogFiles = new HashSet<>(CatalogReader.catalogFiles(repo));
    InsideRepo inside = new InsideRepo(repo);
    for (String f : hclFiles(repo, after.settings().stacksDir())) {
      if (owned.contains(f) || catalogFiles.contains(f)) {
        continue;
      }
      byte[] bytes = inside.read(f); // a link leading outside or a FIFO is an error, not followed or opened
      if (bytes == null) {
        continue;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      RootFileMigration.Rewrite r;
      try {
        r = RootFileMigration.rewriteLookups(text, f, newRoot);
      } catch (HclSyntaxException e) {
        notes.add(f + " left alone (not HCL: " + e.getMessage() + ")");
        continue;
      }
      if (r.count() > 0) {
        writes.add(Map.entry(f, r.text()));
        handKept.add(f);
        lookups += r.count();
      }
    }
    if (!dryRun) {
      SafePaths.Resolver paths = new SafePaths.Resolver(repo);
      List<Map.Entry<Path, String>> files = new ArrayList<>();
      for (var w : writes) {
        files.add(Map.entry(paths.resolve(w.getKey()), w.getValue()));
      }
      AtomicWriter.writeAll(repo, files);
      Files.deleteIfExists(repo.resolve(oldRoot));
    }
    List<Stackgen.Change> changes = new ArrayList<>();
    for (var w : writes) {
      String path = w.getKey();
      changes.add(new Stackgen.Change(path, handKept.contains(path) ? "rewritten (hand-kept)"
          : created.contains(path) ? "created" : "updated"));
    }
    return new RootFileMigrated(RootFileMigrated.Outcome.MIGRATED, oldRoot, newRoot, changes, lookups, notes, dryRun);
  }

  /** The first bytes of a file, enough to see stackgen's header after leading blank lines. */
  private static byte[] readStart(Path file) throws IOException {
    // regular (checked by the caller), opened without following a link put there meanwhile
    try (var ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        InputStream in = Channels.newInputStream(ch)) {
      return in.readNBytes(4096);
    }
  }

  /** Hand-kept {@code .hcl} files where a root lookup may live: under the stacks folder, dot folders skipped. */
  private static List<String> hclFiles(Path repo, String stacksDir) throws IOException {
    Path dir = repo.resolve(stacksDir).normalize();
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return !d.equals(dir) && d.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        if (attrs.isRegularFile() && name.endsWith(".hcl") && !name.startsWith(AtomicWriter.TEMP_PREFIX)) {
          found.add(repo.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }
}
