package dev.stackgen.cli;

import dev.stackgen.model.Catalog;
import dev.stackgen.output.CheckCache;
import dev.stackgen.output.DriftChecker;
import dev.stackgen.output.DriftReport;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.StagedCheck;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen check}: never writes; reports drift with exit 1. */
final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "report stale, missing, orphaned and hand-written files (writes nothing)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("diff").desc("show a unified diff for each stale file").get())
        .addOption(Option.builder().longOpt("staged")
            .desc("check the git index (what the next commit contains) instead of the working tree;"
                + " what the pre-commit hook runs").get())
        .addOption(Option.builder().longOpt("format").hasArg().argName("text|json")
            .desc("output format (default text)").get())
        .addOption(Option.builder().longOpt("stack").hasArg().argName("NAME")
            .desc("only the files of stack NAME (repeatable)").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    String format = line.getOptionValue("format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, not " + format);
    }
    DriftReport.Advice advice = ctx.advice();
    List<String> only = line.hasOption("stack") ? List.of(line.getOptionValues("stack")) : List.of();
    if (line.hasOption("staged")) {
      // The pre-commit hook's everyday case: the catalog is the one the last generate wrote from,
      // and the index holds exactly those bytes (checked against git's blob ids).
      var cache = ctx.cache();
      var hit = cache.isPresent() ? cache.get().load() : java.util.Optional.<CheckCache.Hit>empty();
      if (hit.isPresent()) {
        var clean = StagedCheck.fromCache(ctx.repo(), hit.get());
        if (clean.isPresent()) {
          for (String warning : hit.get().warnings()) {
            ctx.err().println(warning);
          }
          DriftReport report = new DriftReport(clean.get(), advice.staged(""));
          ctx.out().print(format.equals("json") ? report.json() : report.text(false));
          return Main.OK;
        }
      }
      Context.Warm renderer = ctx.renderer(true);
      Catalog catalog = ctx.lintedCatalog();
      requireStacks(catalog, only);
      StagedCheck.Result staged = StagedCheck.check(ctx.repo(), renderer.get().render(catalog),
          catalog.settings().stacksDir(), catalog.settings().header());
      DriftReport report = ctx.withOrigins(new DriftReport(only(staged.reports(), only),
          advice.staged(staged.prefix())), catalog);
      ctx.out().print(format.equals("json") ? report.json() : report.text(line.hasOption("diff")));
      return report.hasDrift() ? Main.FINDINGS : Main.OK;
    }
    var cache = only.isEmpty() ? ctx.cache() : java.util.Optional.<dev.stackgen.output.CheckCache>empty();
    if (cache.isPresent()) {
      var hit = cache.get().load();
      if (hit.isPresent()) {
        var clean = CheckCache.cleanReports(ctx.repo(), hit.get());
        if (clean.isPresent()) {
          for (String warning : hit.get().warnings()) {
            ctx.err().println(warning);
          }
          DriftReport report = new DriftReport(clean.get(), advice);
          ctx.out().print(format.equals("json") ? report.json() : report.text(false));
          return Main.OK;
        }
      }
    }
    Context.Warm renderer = ctx.renderer(true);
    Catalog catalog = ctx.lintedCatalog();
    requireStacks(catalog, only);
    List<FileReport> reports = DriftChecker.check(ctx.repo(), renderer.get().render(catalog),
        catalog.settings().stacksDir(), catalog.settings().header());
    DriftReport report = ctx.withOrigins(new DriftReport(only(reports, only), advice), catalog);
    ctx.out().print(format.equals("json") ? report.json() : report.text(line.hasOption("diff")));
    return report.hasDrift() ? Main.FINDINGS : Main.OK;
  }

  private static void requireStacks(Catalog catalog, List<String> names) throws UsageException {
    for (String name : names) {
      Main.requireStack(catalog, name);
    }
  }

  /** The reports of the files of the stacks {@code names} (all reports when none is named). */
  private static List<FileReport> only(List<FileReport> reports, List<String> names) {
    if (names.isEmpty()) {
      return reports;
    }
    List<FileReport> out = new java.util.ArrayList<>();
    for (FileReport r : reports) {
      if (r.stack() != null && names.contains(r.stack())) {
        out.add(r);
      }
    }
    return out;
  }
}
