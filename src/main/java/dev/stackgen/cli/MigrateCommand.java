package dev.stackgen.cli;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.RootFileMigration;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Settings;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.output.DriftChecker;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.FileStatus;
import dev.stackgen.output.RepoLock;
import dev.stackgen.output.SafePaths;
import dev.stackgen.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code stackgen migrate root-hcl}: Terragrunt's recommended rename of the root file to
 * {@code root.hcl} in one step — the catalog's {@code root_file}, every root lookup in the catalog and
 * in hand-kept {@code .hcl} files, the owned files regenerated, the old root removed.
 */
final class MigrateCommand implements Command {
  @Override
  public String name() {
    return "migrate";
  }

  @Override
  public String arguments() {
    return "root-hcl";
  }

  @Override
  public String summary() {
    return "root-hcl: rename the root terragrunt.hcl to root.hcl (catalog, root file, every include)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("dry-run").desc("print what would change, write nothing").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 1 || !args.get(0).equals("root-hcl")) {
      throw new UsageException(args.isEmpty() ? "name a migration: root-hcl"
          : "unknown migration '" + String.join(" ", args) + "' (migrations: root-hcl)");
    }
    if (line.hasOption("dry-run")) {
      return migrate(ctx, true);
    }
    try (RepoLock lock = RepoLock.acquire(ctx.repo(), Duration.ofSeconds(10))) {
      return migrate(ctx, false);
    }
  }

  private int migrate(Context ctx, boolean dryRun) throws Exception {
    Path repo = ctx.repo();
    var renderer = ctx.renderer();
    Catalog before = ctx.lintedCatalog();
    String oldRoot = before.settings().rootFile();
    String newRoot = Settings.ROOT_HCL;
    if (oldRoot.equals(newRoot)) {
      // A run killed between writing the migrated files and removing the old root left that root
      // behind: finish it (only a generated one, with stackgen's header, is removed).
      Path leftover = repo.resolve(Settings.LEGACY_ROOT_FILE);
      if (Files.isRegularFile(leftover, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && dev.stackgen.output.DriftChecker.startsWithHeader(readStart(leftover))) {
        if (!dryRun) {
          Files.deleteIfExists(leftover);
        }
        ctx.out().println((dryRun ? "would be " : "") + "removed " + Settings.LEGACY_ROOT_FILE
            + " (left by an interrupted migrate root-hcl)");
        ctx.out().println("migrate root-hcl: finished an interrupted migration to " + newRoot);
        return Main.OK;
      }
      ctx.out().println("migrate root-hcl: the catalog already uses " + newRoot + "; nothing to do");
      return Main.OK;
    }
    List<GeneratedFile> oldPlan = renderer.render(before);
    List<FileReport> drift = DriftChecker.check(repo, oldPlan, before.settings().stacksDir(),
        before.settings().header()).stream()
        .filter(r -> r.status() != FileStatus.CLEAN && r.status() != FileStatus.MISSING
            && r.status() != FileStatus.ORPHANED)
        .toList();
    if (!drift.isEmpty()) {
      throw new UsageException(drift.size() + " owned file" + (drift.size() == 1 ? "" : "s")
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
    List<GeneratedFile> plan = renderer.render(after);
    Set<String> owned = new HashSet<>();
    oldPlan.forEach(f -> owned.add(f.path()));
    plan.forEach(f -> owned.add(f.path()));
    List<FileReport> reports = DriftChecker.check(repo, plan, after.settings().stacksDir(),
        after.settings().header());
    List<String> conflicts = reports.stream().filter(r -> r.status() == FileStatus.HAND_WRITTEN)
        .map(FileReport::path).toList();
    if (!conflicts.isEmpty()) {
      throw new UsageException("hand-written " + String.join(", ", conflicts)
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
    List<String> handKept = new ArrayList<>();
    Set<String> catalogFiles = new HashSet<>(CatalogReader.catalogFiles(repo));
    dev.stackgen.catalog.InsideRepo inside = new dev.stackgen.catalog.InsideRepo(repo);
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
      } catch (dev.stackgen.hcl.HclSyntaxException e) {
        ctx.err().println("stackgen migrate: note: " + f + " left alone (not HCL: " + e.getMessage() + ")");
        continue;
      }
      if (r.count() > 0) {
        writes.add(Map.entry(f, r.text()));
        handKept.add(f);
        lookups += r.count();
      }
    }
    String prefix = dryRun ? "would be " : "";
    if (!dryRun) {
      SafePaths.Resolver paths = new SafePaths.Resolver(repo);
      List<Map.Entry<Path, String>> files = new ArrayList<>();
      for (var w : writes) {
        files.add(Map.entry(paths.resolve(w.getKey()), w.getValue()));
      }
      AtomicWriter.writeAll(repo, files);
      Files.deleteIfExists(repo.resolve(oldRoot));
    }
    for (var w : writes) {
      ctx.out().println(prefix + (handKept.contains(w.getKey()) ? "rewritten (hand-kept) "
          : created.contains(w.getKey()) ? "created " : "updated ") + w.getKey());
    }
    ctx.out().println(prefix + "removed " + oldRoot);
    ctx.out().println("migrate root-hcl: " + oldRoot + " -> " + newRoot + ", " + lookups
        + " find_in_parent_folders lookup" + (lookups == 1 ? "" : "s") + " rewritten, " + writes.size()
        + " file" + (writes.size() == 1 ? "" : "s") + (dryRun ? " would change" : " changed"));
    return Main.OK;
  }

  /** The first bytes of a file, enough to see stackgen's header after leading blank lines. */
  private static byte[] readStart(Path file) throws IOException {
    // regular (checked by the caller), opened without following a link put there meanwhile
    try (var ch = Files.newByteChannel(file, java.nio.file.StandardOpenOption.READ,
        java.nio.file.LinkOption.NOFOLLOW_LINKS);
        java.io.InputStream in = java.nio.channels.Channels.newInputStream(ch)) {
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
