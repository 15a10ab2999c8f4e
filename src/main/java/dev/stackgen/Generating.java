package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Suggestions;
import dev.stackgen.output.CheckCache;
import dev.stackgen.output.DriftChecker;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.FileStatus;
import dev.stackgen.output.Generator;
import dev.stackgen.output.RepoLock;
import dev.stackgen.output.StagedCheck;
import dev.stackgen.render.Explainer;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.RenderException;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one generate and check orchestration behind {@link Stackgen} (and so behind the command line):
 * lock, read, plan, cache, write, prune, report. A catalog read from the repository may be answered
 * from the check cache; one given in memory is held to the reader's checks and never cached.
 */
final class Generating {
  /** A test seam: runs after generate read the catalog, before anything is rendered or recorded. */
  /** The seam's default (a class, not a lambda: a cached check links none; docs/speed.md). */
  static final Runnable NOTHING = new Runnable() {
    @Override
    public void run() {
      // nothing
    }
  };

  static volatile Runnable afterCatalogRead = NOTHING;

  private Generating() {}

  /** Generate; {@code given} is the catalog to use, or null to read the repository's. */
  static Stackgen.Generated generate(Path repo, Catalog given, RunOptions o) throws IOException, StackgenException {
    if (o.dryRun()) {
      return generateLocked(repo, given, o);
    }
    try (RepoLock lock = RepoLock.acquire(repo, Duration.ofSeconds(10))) {
      return generateLocked(repo, given, o);
    }
  }

  /** Reads, plans and writes; a writing run holds the repository lock from before it reads. */
  private static Stackgen.Generated generateLocked(Path repo, Catalog given, RunOptions o)
      throws IOException, StackgenException {
    boolean fromDisk = given == null;
    if (fromDisk && o.stacks().isEmpty()) {
      // Nothing to do, answered from the check cache as check answers it: the catalog, templates and
      // build are the ones the last generate wrote from, every owned file is on disk as written, and no
      // orphan or leftover exists. Renders, writes and syncs nothing (the cache stays as it is).
      Optional<CheckCache.Hit> hit = load(cache(repo, o, null));
      if (hit.isPresent()) {
        Optional<List<FileReport>> clean = CheckCache.cleanReports(repo, hit.get());
        if (clean.isPresent()) {
          hit.get().warnings().forEach(o.warnings());
          return new Stackgen.Generated(List.of(), clean.get().size(), 0, o.dryRun());
        }
      }
    }
    Warm renderer = warm(o.templates());
    // The cache may only remember what was rendered: the inputs as they were before reading them must
    // still be there after the run.
    Map<String, byte[]> inputsBefore = fromDisk && !o.dryRun() && o.cacheEnvironment().isPresent()
        ? cacheInputs(repo, o.templates()) : null;
    Catalog catalog = fromDisk ? read(repo, o) : validated(repo, given);
    if (fromDisk) {
      afterCatalogRead.run();
    }
    requireStacks(catalog, o.stacks());
    List<GeneratedFile> plan = render(renderer, repo, catalog, o);
    refuseTemplatesTargets(repo, o.templates(), plan);
    String stacksDir = catalog.settings().stacksDir();
    List<FileReport> reports = DriftChecker.check(repo, plan, stacksDir, catalog.settings().header());
    if (!o.stacks().isEmpty()) {
      // the root file (no stack) is always generated with the stacks asked for
      reports = reports.stream().filter(r -> r.stack() == null || o.stacks().contains(r.stack())).toList();
    }
    // An owned file that differs from what the last generate wrote was edited by hand: say so when
    // generate replaces it (only known where the check cache remembers the last generate).
    Map<String, String> lastWritten = fromDisk ? cache(repo, o, null).map(CheckCache::lastWritten).orElse(Map.of())
        : Map.of();
    Set<String> handEdited = new HashSet<>();
    for (FileReport r : reports) {
      if (r.status() == FileStatus.STALE && r.actual() != null) {
        String last = lastWritten.get(r.path());
        if (last != null && !last.equals(CheckCache.sha256Hex(r.actual()))) {
          handEdited.add(r.path());
        }
      }
    }
    List<Generator.Change> applied;
    try {
      applied = Generator.apply(repo, reports, new Generator.Options(o.prune(), o.adopt(), o.dryRun()), stacksDir);
    } catch (Generator.HandWrittenException e) {
      throw new StackgenException(e.getMessage(), Optional.empty(), e);
    }
    if (inputsBefore != null && sameTemplates(repo, catalog, o)) {
      // What this catalog produces is now known: a later check of the same catalog compares hashes.
      Optional<CheckCache> cache = cache(repo, o, inputsBefore);
      if (cache.isPresent() && sameInputs(inputsBefore, cacheInputs(repo, o.templates()))) {
        cache.get().store(repo, plan, stacksDir, catalog.settings().header(),
            catalog.warnings().stream().map(Object::toString).toList());
      }
    }
    List<Stackgen.Change> changes = new ArrayList<>();
    for (Generator.Change c : applied) {
      changes.add(new Stackgen.Change(c.path(), c.verb(),
          c.verb().equals("updated") && handEdited.contains(c.path())));
    }
    int unchanged = (int) reports.stream().filter(r -> r.status() == FileStatus.CLEAN).count();
    int orphaned = (int) reports.stream().filter(r -> r.status() == FileStatus.ORPHANED).count();
    return new Stackgen.Generated(changes, unchanged, orphaned, o.dryRun(), reports);
  }

  /** Check; {@code given} is the catalog to use, or null to read the repository's. */
  static Stackgen.Check check(Path repo, Catalog given, RunOptions o) throws IOException, StackgenException {
    boolean fromDisk = given == null;
    if (fromDisk && (o.staged() || o.stacks().isEmpty())) {
      // The pre-commit hook's everyday case: the catalog is the one the last generate wrote from, and the
      // working tree (or the index, checked against git's blob ids) holds exactly those bytes.
      Optional<CheckCache.Hit> hit = load(cache(repo, o, null));
      if (hit.isPresent()) {
        Optional<List<FileReport>> clean = o.staged() ? StagedCheck.fromCache(repo, hit.get())
            : CheckCache.cleanReports(repo, hit.get());
        if (clean.isPresent()) {
          for (String warning : hit.get().warnings()) {
            o.warnings().accept(warning);
          }
          return new Stackgen.Check(clean.get(), "", Map.of());
        }
      }
    }
    Warm renderer = warm(o.templates());
    Catalog catalog = fromDisk ? read(repo, o) : validated(repo, given);
    requireStacks(catalog, o.stacks());
    List<GeneratedFile> plan = render(renderer, repo, catalog, o);
    List<FileReport> reports;
    String prefix = "";
    if (o.staged()) {
      StagedCheck.Result staged = StagedCheck.check(repo, plan, catalog.settings().stacksDir(),
          catalog.settings().header());
      reports = only(staged.reports(), o.stacks());
      prefix = staged.prefix();
    } else {
      reports = only(DriftChecker.check(repo, plan, catalog.settings().stacksDir(), catalog.settings().header()),
          o.stacks());
    }
    return new Stackgen.Check(reports, prefix, origins(repo, catalog, o, reports));
  }

  /**
   * The catalog line behind each owned file's lines, when a report is stale (nothing is explained
   * otherwise; a failure to explain leaves the report without origins).
   */
  private static Map<String, Explainer.Explanation> origins(Path repo, Catalog catalog, RunOptions o,
      List<FileReport> reports) {
    if (reports.stream().noneMatch(r -> r.status() == FileStatus.STALE)) {
      return Map.of();
    }
    try {
      Stackgen sg = Stackgen.of(repo, catalog);
      if (o.templates().isPresent()) {
        sg = sg.withTemplates(o.templates().get());
      }
      return sg.explain();
    } catch (Exception | StackOverflowError e) {
      return Map.of();
    }
  }

  /** {@link CatalogReader#read}, its errors as {@link StackgenException}s. */
  static Catalog readChecked(Path repo) throws IOException, StackgenException {
    try {
      return CatalogReader.read(repo);
    } catch (CatalogException e) {
      throw StackgenException.of(e);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
  }

  /** The repository's catalog, every check included; its warnings go to {@code o.warnings()}. */
  static Catalog read(Path repo, RunOptions o) throws IOException, StackgenException {
    Catalog catalog = readChecked(repo);
    for (var warning : catalog.warnings()) {
      o.warnings().accept(warning.toString());
    }
    return catalog;
  }

  /** A catalog given in memory after the checks reading it would have made. */
  private static Catalog validated(Path repo, Catalog given) throws StackgenException {
    return Stackgen.of(repo, given).validated();
  }

  private static void requireStacks(Catalog catalog, List<String> names) throws UnknownStackException {
    for (String name : names) {
      if (catalog.stack(name).isEmpty()) {
        throw new UnknownStackException(name,
            Suggestions.didYouMean(name, catalog.stacks().stream().map(s -> s.name()).toList()));
      }
    }
  }

  /** The reports of the files of the stacks {@code names} (all reports when none is named). */
  private static List<FileReport> only(List<FileReport> reports, List<String> names) {
    if (names.isEmpty()) {
      return reports;
    }
    List<FileReport> out = new ArrayList<>();
    for (FileReport r : reports) {
      if (r.stack() != null && names.contains(r.stack())) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A templates folder given for the run (the command line's {@code --templates DIR}) that a generated
   * path would land in is an error: stackgen never writes its templates (with {@code --adopt} it would
   * overwrite them). The repository itself ({@code --templates .}) keeps the catalog's own rules.
   */
  static void refuseTemplatesTargets(Path repo, Optional<Path> templates, List<GeneratedFile> plan)
      throws StackgenException {
    if (templates.isEmpty()) {
      return;
    }
    Path dir = templates.get().toAbsolutePath().normalize();
    Path realDir;
    Path realRepo;
    try {
      realDir = dir.toRealPath();
      realRepo = repo.toRealPath();
    } catch (IOException e) {
      return; // no such folder: nothing generated can be in it
    }
    if (realDir.equals(realRepo)) {
      return;
    }
    for (GeneratedFile f : plan) {
      if (repo.toAbsolutePath().normalize().resolve(f.path()).normalize().startsWith(dir)
          || realRepo.resolve(f.path()).normalize().startsWith(realDir)) {
        throw new StackgenException("--templates " + templates.get() + ": the catalog would generate " + f.path()
            + ", which is in the templates folder; stackgen never writes the templates folder", Optional.empty(), null);
      }
    }
  }

  /**
   * The renderer of a run: the templates of {@code o} when given, else the catalog's own ({@code stackgen {
   * templates }}), else the bundled ones.
   */
  static Renderer renderer(Path repo, Catalog catalog, RunOptions o) {
    if (o.templates().isPresent()) {
      return new Renderer(Templates.overriddenBy(o.templates().get()));
    }
    String own = catalog.settings().templates();
    return new Renderer(own.isEmpty() ? Templates.bundled() : Templates.overriddenBy(repo.resolve(own)));
  }

  /** {@link Renderer#render}, its failures as {@link StackgenException}s. */
  static List<GeneratedFile> render(Renderer renderer, Catalog catalog) throws StackgenException {
    try {
      return renderer.render(catalog);
    } catch (RenderException | IllegalArgumentException e) {
      throw new StackgenException(e.getMessage(), Optional.empty(), e);
    }
  }

  /** The explainer of a repository: template lines from {@code templates} (else bundled), file lines from disk. */
  static Explainer explainer(Path repo, Optional<Path> templates) {
    Templates t = templates.map(Templates::overriddenBy).orElse(Templates.bundled());
    return new Explainer(t, name -> {
      Path file = repo.resolve(name);
      try {
        return Files.isRegularFile(file) ? Files.readAllLines(file) : null;
      } catch (IOException e) {
        return null;
      }
    });
  }

  /** Renders with the warm renderer, or with the catalog's own templates when no folder was given. */
  private static List<GeneratedFile> render(Warm warm, Path repo, Catalog catalog, RunOptions o)
      throws StackgenException {
    try {
      Renderer renderer = sameTemplates(repo, catalog, o) ? warm.get()
          : new Renderer(Templates.overriddenBy(repo.resolve(catalog.settings().templates())));
      return renderer.render(catalog);
    } catch (RenderException | IllegalArgumentException e) {
      throw new StackgenException(e.getMessage(), Optional.empty(), e);
    }
  }

  /** Whether the templates given are the ones to render with (a catalog naming its own and none given: no). */
  private static boolean sameTemplates(Path repo, Catalog catalog, RunOptions o) {
    return o.templates().isPresent() || catalog.settings().templates().isEmpty();
  }

  /**
   * A renderer whose templates load and parse on another thread while the caller reads the catalog; that
   * thread then warms it up until the caller takes it (the caller waits for the templates, not for the
   * warm-up).
   */
  private static Warm warm(Optional<Path> templates) {
    CompletableFuture<Renderer> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      Renderer renderer;
      try {
        renderer = new Renderer(templates.map(Templates::overriddenBy).orElse(Templates.bundled())).loadTemplates();
      } catch (Throwable e) {
        f.completeExceptionally(e);
        return;
      }
      f.complete(renderer);
      renderer.warmUpUntilWanted();
    }, "stackgen-templates");
    t.setDaemon(true);
    t.start();
    return () -> {
      try {
        return f.join().wanted();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    };
  }

  /** A renderer that may still be loading. */
  private interface Warm {
    Renderer get();
  }

  private static Optional<CheckCache.Hit> load(Optional<CheckCache> cache) {
    return cache.isPresent() ? cache.get().load() : Optional.empty();
  }

  /**
   * The check cache for this repository, keyed by stackgen's build, the catalog files and the template
   * overrides (the {@link #cacheInputs} {@code snapshot}; null: read them now); empty when the options
   * name no cache or turn it off.
   */
  private static Optional<CheckCache> cache(Path repo, RunOptions o, Map<String, byte[]> snapshot)
      throws IOException {
    if (o.cacheEnvironment().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> env = o.cacheEnvironment().get();
    if (env.get("STACKGEN_NO_CACHE") != null) {
      return Optional.empty(); // as CheckCache.of decides, without reading the inputs first
    }
    return CheckCache.of(repo, CheckCache.toolIdentity(Generating.class),
        snapshot == null ? cacheInputs(repo, o.templates()) : snapshot, env);
  }

  /**
   * The check cache's inputs as they are on disk now: every catalog file and template override,
   * relative name to bytes. Generate reads them before and after its run and records nothing when they
   * differ (a catalog edited while it ran was not what it rendered).
   */
  private static Map<String, byte[]> cacheInputs(Path repo, Optional<Path> templates) throws IOException {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    for (String name : CatalogReader.catalogFiles(repo)) {
      inputs.put("catalog:" + name, CheckCache.read(repo.resolve(name)));
    }
    if (templates.isPresent()) {
      Path dir = templates.get();
      try (var files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          inputs.put("template:" + dir.relativize(f), CheckCache.read(f));
        }
      }
    }
    return inputs;
  }

  /** Whether two {@link #cacheInputs} snapshots hold the same files with the same bytes. */
  private static boolean sameInputs(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (var e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
