package dev.stackgen.cli;

import dev.stackgen.model.Catalog;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.output.DriftChecker;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.FileStatus;
import dev.stackgen.output.Generator;
import dev.stackgen.output.RepoLock;
import dev.stackgen.render.GeneratedFile;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen generate}: writes what changed, atomically, one line per file and a summary. */
final class GenerateCommand implements Command {
  /** A test seam: runs after the catalog is read, before anything is rendered or recorded. */
  static volatile Runnable afterCatalogRead = () -> {};

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "write the owned files that are missing or out of date";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("stack").hasArg().argName("NAME")
            .desc("only this stack (repeatable); the root file is always included").get())
        .addOption(Option.builder().longOpt("prune").desc("remove orphaned generated files").get())
        .addOption(Option.builder().longOpt("adopt")
            .desc("take over hand-written files where stackgen writes (overwrites them)").get())
        .addOption(Option.builder().longOpt("dry-run").desc("print what would change, write nothing").get())
        .addOption(Option.builder().longOpt("watch")
            .desc("generate again whenever the catalog or the templates change, one line per run; Ctrl-C stops").get())
        .addOption(Option.builder().longOpt("diff")
            .desc("print the unified diff of each change (as check --diff prints it)").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    if (line.hasOption("watch")) {
      return watch(line, ctx);
    }
    if (line.hasOption("dry-run")) {
      return generate(line, ctx);
    }
    try (RepoLock lock = RepoLock.acquire(ctx.repo(), Duration.ofSeconds(10))) {
      return generate(line, ctx);
    }
  }

  /**
   * Nothing to do, answered from the check cache as {@code check} answers it: the catalog, templates
   * and build are the ones the last generate wrote from, every owned file is on disk as written, and
   * no orphan or leftover exists. Prints what the full run would print; renders, writes and syncs
   * nothing (the cache stays as it is).
   */
  private static boolean upToDate(CommandLine line, Context ctx) throws Exception {
    var cache = ctx.cache();
    var hit = cache.isPresent() ? cache.get().load() : java.util.Optional.<dev.stackgen.output.CheckCache.Hit>empty();
    if (hit.isEmpty()) {
      return false;
    }
    var clean = dev.stackgen.output.CheckCache.cleanReports(ctx.repo(), hit.get());
    if (clean.isEmpty()) {
      return false;
    }
    for (String warning : hit.get().warnings()) {
      ctx.err().println(warning);
    }
    ctx.out().println("generate: 0" + (line.hasOption("dry-run") ? " would change, " : " changed, ")
        + clean.get().size() + " unchanged");
    return true;
  }

  /** The debounce of {@code --watch}: changes closer together than this are one change. */
  static final Duration WATCH_DEBOUNCE = Duration.ofMillis(200);

  /**
   * {@code --watch}: one generate now and one after every change of the catalog or the templates, each
   * a whole run of its own (its lock, its error handling) printed as one line: its summary, or its
   * error; an error does not end the watch. Ends when interrupted (Ctrl-C ends the process).
   */
  private static int watch(CommandLine line, Context ctx) throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(List.of("-C", ctx.repo().toString(), "generate"));
    for (Option o : line.getOptions()) {
      String name = o.getLongOpt();
      if (name.equals("watch") || name.equals("directory") || name.equals("diff")) {
        continue;
      }
      args.add("--" + name);
      if (o.hasArg()) {
        args.add(name.equals("templates") && ctx.templatesDir() != null ? ctx.templatesDir().toString() : o.getValue());
      }
    }
    try (dev.stackgen.output.Watcher watcher = new dev.stackgen.output.Watcher(ctx.repo(), ctx.templatesDir())) {
      ctx.out().println(once(args, ctx) + " (watching the catalog" + (ctx.templatesDir() != null ? " and the templates"
          : "") + "; Ctrl-C stops)");
      ctx.out().flush();
      while (!Thread.currentThread().isInterrupted()) {
        java.util.Set<String> changed = watcher.awaitChange(WATCH_DEBOUNCE);
        ctx.out().println(once(args, ctx) + " (" + String.join(", ", changed) + " changed)");
        ctx.out().flush();
      }
    } catch (InterruptedException e) {
      // stopped
    }
    return Main.OK;
  }

  /** One generate run of the watch: its summary line, or the line of its error. */
  private static String once(List<String> args, Context ctx) {
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    int code;
    try (var o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        var e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
      code = Main.run(args.toArray(String[]::new), ctx.in(), o, e);
    }
    List<String> lines = (code == Main.OK ? out : err).toString(java.nio.charset.StandardCharsets.UTF_8).lines()
        .filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "generate: exit " + code : lines.get(lines.size() - 1);
  }

  /** Reads, plans and writes; a writing run holds the repository lock from before it reads. */
  private int generate(CommandLine line, Context ctx) throws Exception {
    String[] only = line.getOptionValues("stack");
    if (only == null && upToDate(line, ctx)) {
      return Main.OK;
    }
    Context.Warm renderer = ctx.renderer(true);
    // The cache may only remember what was rendered: the inputs as they were before reading them must
    // still be there after the run.
    var inputsBefore = line.hasOption("dry-run") ? null : ctx.cacheInputs();
    Catalog catalog = ctx.lintedCatalog();
    afterCatalogRead.run();
    if (only != null) {
      for (String s : only) {
        Main.requireStack(catalog, s);
      }
    }
    List<GeneratedFile> plan = renderer.get().render(catalog);
    List<FileReport> reports = DriftChecker.check(ctx.repo(), plan, catalog.settings().stacksDir(),
        catalog.settings().header());
    if (only != null) {
      Set<String> wanted = Set.of(only);
      reports = reports.stream().filter(r -> r.stack() == null || wanted.contains(r.stack())).toList();
    }
    // An owned file that differs from what the last generate wrote was edited by hand: say so when
    // generate replaces it (only known where the check cache remembers the last generate).
    var lastWritten = ctx.cache().map(c -> c.lastWritten()).orElse(java.util.Map.of());
    Set<String> handEdited = new java.util.HashSet<>();
    for (FileReport r : reports) {
      if (r.status() == FileStatus.STALE && r.actual() != null) {
        String last = lastWritten.get(r.path());
        if (last != null && !last.equals(dev.stackgen.output.CheckCache.sha256Hex(r.actual()))) {
          handEdited.add(r.path());
        }
      }
    }
    Generator.Options options =
        new Generator.Options(line.hasOption("prune"), line.hasOption("adopt"), line.hasOption("dry-run"));
    List<Generator.Change> changes;
    try {
      changes = Generator.apply(ctx.repo(), reports, options, catalog.settings().stacksDir());
    } catch (AtomicWriter.PartialWriteException e) {
      // Some files were replaced before the failure: say exactly which, then fail (exit 2).
      for (String path : e.replaced()) {
        ctx.out().println("replaced " + path);
      }
      throw e;
    }
    if (!options.dryRun()) {
      // What this catalog produces is now known: a later check of the same catalog compares hashes.
      var cache = ctx.cache(inputsBefore);
      if (cache.isPresent() && Context.sameInputs(inputsBefore, ctx.cacheInputs())) {
        cache.get().store(ctx.repo(), plan, catalog.settings().stacksDir(), catalog.settings().header(),
            catalog.warnings().stream().map(Object::toString).toList());
      }
    }
    ctx.out().print(dev.stackgen.output.GenerateReport.text(changes, reports, handEdited, options.dryRun(),
        line.hasOption("diff")));
    long leftovers = 0;
    for (Generator.Change c : changes) {
      if (c.verb().equals(Generator.LEFTOVER_REMOVED)) {
        leftovers++;
      }
    }
    long orphans = reports.stream().filter(r -> r.status() == FileStatus.ORPHANED).count();
    long unchanged = reports.stream().filter(r -> r.status() == FileStatus.CLEAN).count();
    StringBuilder summary = new StringBuilder("generate: ")
        .append(changes.size() - leftovers).append(options.dryRun() ? " would change, " : " changed, ")
        .append(unchanged).append(" unchanged");
    if (orphans > 0 && !options.prune()) {
      summary.append(", ").append(orphans).append(" orphaned (use --prune to remove)");
    }
    if (leftovers > 0) {
      summary.append(", ").append(leftovers).append(" leftover temporary file").append(leftovers == 1 ? "" : "s")
          .append(options.dryRun() ? " to remove" : " of an interrupted run removed");
    }
    ctx.out().println(summary);
    return Main.OK;
  }
}
