package dev.stackgen.cli;

import dev.stackgen.ImportOptions;
import dev.stackgen.Stackgen;
import dev.stackgen.model.Settings;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen import}: writes a catalog that regenerates the repository's files, and proves it in memory. */
final class ImportCommand implements Command {
  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "write a catalog from an existing hand-kept repository";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("catalog file to write, relative to the repository (default: stackgen.hcl)").get())
        .addOption(Option.builder().longOpt("stacks-dir").hasArg().argName("DIR")
            .desc("folder holding the stacks (default: stacks)").get())
        .addOption(Option.builder().longOpt("force").desc("overwrite an existing catalog").get())
        .addOption(Option.builder().longOpt("verbose")
            .desc("list every file left alone with its reason (default: counts by reason)").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    // import works on the folder it is started in, never on a catalog found above it; and it does not
    // create a second catalog inside one that a catalog above already manages.
    if (!ctx.repo().equals(ctx.start())) {
      ctx.err().println("stackgen import: " + ctx.start() + " is already managed by the catalog "
          + ctx.repo().resolve(Stackgen.CATALOG_FILE) + "; run import at the repository root (or -C "
          + ctx.repo() + ")");
      return Main.ERROR;
    }
    String out = line.getOptionValue("out", Stackgen.CATALOG_FILE);
    String stacksDir = line.getOptionValue("stacks-dir", Settings.DEFAULT.stacksDir());
    Stackgen.Imported r = Stackgen.importRepository(ctx.repo(), ImportOptions.builder()
        .stacksDir(stacksDir)
        .templates(ctx.templatesDir())
        .write(out)
        .force(line.hasOption("force"))
        .build());
    ctx.out().print(r.report(stacksDir, line.hasOption("verbose")));
    ctx.out().println("wrote " + out);
    ctx.out().println("round-trip: " + r.identical() + "/" + r.takenOver().size() + " files identical");
    return r.differing().isEmpty() ? Main.OK : Main.FINDINGS;
  }
}
