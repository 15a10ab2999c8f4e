package dev.stackgen.cli;

import dev.stackgen.model.Catalog;
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
        .addOption(Option.builder().longOpt("dry-run").desc("print what would change, write nothing").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    if (line.hasOption("dry-run")) {
      return generate(line, ctx);
    }
    try (RepoLock lock = RepoLock.acquire(ctx.repo(), Duration.ofSeconds(10))) {
      return generate(line, ctx);
    }
  }

  /** Reads, plans and writes; a writing run holds the repository lock from before it reads. */
  private int generate(CommandLine line, Context ctx) throws Exception {
    Context.Warm renderer = ctx.renderer(true);
    Catalog catalog = ctx.lintedCatalog();
    String[] only = line.getOptionValues("stack");
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
    Generator.Options options =
        new Generator.Options(line.hasOption("prune"), line.hasOption("adopt"), line.hasOption("dry-run"));
    List<Generator.Change> changes =
        Generator.apply(ctx.repo(), reports, options, catalog.settings().stacksDir());
    if (!options.dryRun()) {
      // What this catalog produces is now known: a later check of the same catalog compares hashes.
      var cache = ctx.cache();
      if (cache.isPresent()) {
        cache.get().store(ctx.repo(), plan, catalog.settings().stacksDir(), catalog.settings().header(),
            catalog.warnings().stream().map(Object::toString).toList());
      }
    }
    String prefix = options.dryRun() ? "would be " : "";
    for (Generator.Change c : changes) {
      ctx.out().println(prefix + c.verb() + " " + c.path());
    }
    long orphans = reports.stream().filter(r -> r.status() == FileStatus.ORPHANED).count();
    long unchanged = reports.stream().filter(r -> r.status() == FileStatus.CLEAN).count();
    StringBuilder summary = new StringBuilder("generate: ")
        .append(changes.size()).append(options.dryRun() ? " would change, " : " changed, ")
        .append(unchanged).append(" unchanged");
    if (orphans > 0 && !options.prune()) {
      summary.append(", ").append(orphans).append(" orphaned (use --prune to remove)");
    }
    ctx.out().println(summary);
    return Main.OK;
  }
}
