package dev.stackgen.cli;

import dev.stackgen.RunOptions;
import dev.stackgen.Stackgen;
import dev.stackgen.UnknownStackException;
import dev.stackgen.output.AtomicWriter;
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
        .addOption(Option.builder().longOpt("dry-run").desc("print what would change, write nothing").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
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
    } catch (UnknownStackException e) {
      throw Main.unknownStack(e);
    } catch (AtomicWriter.PartialWriteException e) {
      // Some files were replaced before the failure: say exactly which, then fail (exit 2).
      for (String path : e.replaced()) {
        ctx.out().println("replaced " + path);
      }
      throw e;
    }
    print(generated, options, ctx);
    return Main.OK;
  }

  /** One line per file written or removed, then the summary. */
  private static void print(Stackgen.Generated generated, RunOptions options, Context ctx) {
    String prefix = options.dryRun() ? "would be " : "";
    for (Stackgen.Change c : generated.changes()) {
      ctx.out().println(prefix + c.action() + " " + c.path() + (c.handEditsReplaced() ? " (hand edits replaced)" : ""));
    }
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
