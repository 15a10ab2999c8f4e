package dev.stackgen.cli;

import dev.stackgen.catalog.CatalogAppender;
import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Names;
import dev.stackgen.model.Stack;
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
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code stackgen new NAME}: appends a stack block to the catalog (existing bytes untouched),
 * validates the result in memory, writes it atomically and generates the new stack's files.
 */
final class NewCommand implements Command {
  @Override
  public String name() {
    return "new";
  }

  @Override
  public String arguments() {
    return "NAME";
  }

  @Override
  public String summary() {
    return "add a stack to the catalog (keeping every byte already there) and generate it";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("tier").hasArg().argName("T")
            .desc("a key of root.tiers (default: the last tier)").get())
        .addOption(Option.builder().longOpt("depends-on").hasArg().argName("A,B")
            .desc("stacks the new stack depends on, comma-separated").get())
        .addOption(Option.builder().longOpt("kind").hasArg().argName("module|app")
            .desc("module: add a module block (owned main.tf); app: write a one-time, hand-owned main.tf"
                + " scaffold").get())
        .addOption(Option.builder().longOpt("dry-run").desc("print the block and the files, write nothing")
            .get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 1) {
      throw new UsageException(args.isEmpty() ? "missing the new stack's NAME"
          : "unexpected argument: " + args.get(1));
    }
    String name = args.get(0);
    if (!Names.isStackPath(name)) {
      throw new UsageException("stack name \"" + name + "\" is not a safe path (segments of letters,"
          + " digits, '.', '_' and '-', none starting with '.' or '-', joined by '/')");
    }
    String kind = line.getOptionValue("kind");
    if (kind != null && !kind.equals("module") && !kind.equals("app")) {
      throw new UsageException("--kind must be module or app, not " + kind);
    }
    boolean dryRun = line.hasOption("dry-run");
    try (RepoLock lock = dryRun ? null : RepoLock.acquire(ctx.repo(), Duration.ofSeconds(10))) {
      return add(ctx, name, kind, line, dryRun);
    }
  }

  private static int add(Context ctx, String name, String kind, CommandLine line, boolean dryRun) throws Exception {
    List<CatalogReader.Source> sources = CatalogReader.sources(ctx.repo());
    Catalog catalog = CatalogReader.parse(sources);
    catalog.warnings().forEach(ctx.err()::println);
    if (catalog.stack(name).isPresent()) {
      throw new UsageException("stack \"" + name + "\" already exists (" + catalog.stack(name).get().source()
          + ")");
    }
    List<String> tiers = catalog.root().tiers().stream().map(Tier::name).toList();
    String tier = line.getOptionValue("tier", tiers.get(tiers.size() - 1));
    if (!tiers.contains(tier)) {
      String near = dev.stackgen.model.Suggestions.didYouMean(tier, tiers);
      throw new UsageException("unknown tier \"" + tier + "\"" + (near == null ? "" : "; did you mean \"" + near
          + "\"?")
          + " (tiers: " + String.join(", ", tiers) + ")");
    }
    List<String> dependsOn = new ArrayList<>();
    if (line.hasOption("depends-on")) {
      for (String d : new LinkedHashSet<>(List.of(line.getOptionValue("depends-on").split(",")))) {
        String dep = d.strip();
        if (dep.isEmpty()) {
          continue;
        }
        if (catalog.stack(dep).isEmpty()) {
          String near = dev.stackgen.model.Suggestions.didYouMean(dep, catalog.stacks().stream().map(s -> s.name())
              .toList());
          throw new UsageException("--depends-on " + dep + ": no such stack in the catalog"
              + (near == null ? "" : "; did you mean " + near + "?"));
        }
        dependsOn.add(dep);
      }
    }

    String moduleName = "module".equals(kind) ? name.substring(name.lastIndexOf('/') + 1).replace('.', '_') : null;
    String block = CatalogAppender.stackBlock(name, tier, dependsOn, moduleName);
    String target = CatalogAppender.targetFile(sources);
    List<CatalogReader.Source> updated = new ArrayList<>();
    String newText = null;
    for (CatalogReader.Source s : sources) {
      if (s.name().equals(target)) {
        newText = CatalogAppender.append(s.text(), block);
        updated.add(new CatalogReader.Source(s.name(), newText));
      } else {
        updated.add(s);
      }
    }
    Catalog next;
    try {
      next = CatalogReader.parse(updated);
    } catch (CatalogException e) {
      throw new UsageException("the catalog would be invalid with stack \"" + name + "\": " + e.getMessage());
    }
    Stack stack = next.stack(name).orElseThrow();
    Renderer renderer = ctx.renderer();
    List<FileReport> reports = DriftChecker.check(ctx.repo(), renderer.render(next),
        next.settings().stacksDir(), next.settings().header()).stream()
        .filter(r -> name.equals(r.stack()) && r.status() != FileStatus.ORPHANED)
        .toList();
    GeneratedFile scaffold = "app".equals(kind) ? renderer.appScaffold(next, stack) : null;
    if (scaffold != null && Files.exists(SafePaths.resolve(ctx.repo(), scaffold.path()))) {
      throw new UsageException("refusing to overwrite " + scaffold.path() + " (it already exists)");
    }
    List<String> handWritten = reports.stream()
        .filter(r -> r.status() == FileStatus.HAND_WRITTEN).map(FileReport::path).toList();
    if (!handWritten.isEmpty()) {
      throw new UsageException("refusing to overwrite hand-written " + String.join(", ", handWritten)
          + " (no \"Code generated\" header); move it away, or add the stack to the catalog by hand and run"
          + " stackgen generate --adopt");
    }

    if (dryRun) {
      ctx.out().println("would add to " + target + ":");
      ctx.out().print(block);
      for (FileReport r : reports) {
        if (r.status() != FileStatus.CLEAN) {
          ctx.out().println("would be " + (r.status() == FileStatus.MISSING ? "created " : "updated ") + r.path());
        }
      }
      if (scaffold != null) {
        ctx.out().println("would be created " + scaffold.path() + " (scaffold, yours to edit)");
      }
      return Main.OK;
    }
    AtomicWriter.write(ctx.repo(), ctx.repo().resolve(target), newText);
    ctx.out().println("added stack \"" + name + "\" to " + target);
    for (Generator.Change c : Generator.apply(ctx.repo(), reports, new Generator.Options(false, false, false))) {
      ctx.out().println(c.verb() + " " + c.path());
    }
    if (scaffold != null) {
      AtomicWriter.write(ctx.repo(), SafePaths.resolve(ctx.repo(), scaffold.path()), scaffold.content());
      ctx.out().println("created " + scaffold.path() + " (scaffold, yours to edit)");
    }
    return Main.OK;
  }
}
