package dev.stackgen.cli;

import dev.stackgen.RunOptions;
import dev.stackgen.Stackgen;
import dev.stackgen.output.AtomicWriter;
import java.time.Duration;
import java.util.List;
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
    RunOptions options = ctx.runOptions()
        .stacks(line.hasOption("stack") ? List.of(line.getOptionValues("stack")) : List.of())
        .prune(line.hasOption("prune"))
        .adopt(line.hasOption("adopt"))
        .dryRun(line.hasOption("dry-run"))
        .build();
    Stackgen.Generated generated;
    try {
      generated = Stackgen.generate(ctx.repo(), options);
    } catch (AtomicWriter.PartialWriteException e) {
      // Some files were replaced before the failure: say exactly which, then fail (exit 2).
      for (String path : e.replaced()) {
        ctx.out().println("replaced " + path);
      }
      throw e;
    }
    print(generated, options, line.hasOption("diff"), ctx);
    return Main.OK;
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
    try (var watcher = Stackgen.watch(ctx.repo(), java.util.Optional.ofNullable(ctx.templatesDir()))) {
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

  /** One line per file written or removed (with its diff for {@code --diff}), then the summary. */
  private static void print(Stackgen.Generated generated, RunOptions options, boolean diff, Context ctx) {
    ctx.out().print(generated.text(diff));
    int leftovers = generated.leftovers();
    StringBuilder summary = new StringBuilder("generate: ")
        .append(generated.changed()).append(options.dryRun() ? " would change, " : " changed, ")
        .append(generated.unchanged()).append(" unchanged");
    if (generated.orphaned() > 0 && !options.prune()) {
      summary.append(", ").append(generated.orphaned()).append(" orphaned (use --prune to remove)");
    }
    if (leftovers > 0) {
      summary.append(", ").append(leftovers).append(" leftover temporary file").append(leftovers == 1 ? "" : "s")
          .append(options.dryRun() ? " to remove" : " of an interrupted run removed");
    }
    ctx.out().println(summary);
  }
}
