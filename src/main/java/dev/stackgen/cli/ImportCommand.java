package dev.stackgen.cli;

import dev.stackgen.ImportOptions;
import dev.stackgen.Stackgen;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Settings;
import java.util.Map;
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
        .addOption(Option.builder().longOpt("force").desc("overwrite an existing catalog").get());
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
          + ctx.repo().resolve(CatalogReader.MAIN_FILE) + "; run import at the repository root (or -C "
          + ctx.repo() + ")");
      return Main.ERROR;
    }
    String out = line.getOptionValue("out", CatalogReader.MAIN_FILE);
    String stacksDir = line.getOptionValue("stacks-dir", Settings.DEFAULT.stacksDir());
    Stackgen.Imported r = Stackgen.importRepository(ctx.repo(), ImportOptions.builder()
        .stacksDir(stacksDir)
        .templates(ctx.templatesDir())
        .write(out)
        .force(line.hasOption("force"))
        .build());
    boolean layout = r.layout();
    ctx.out().println("stacks imported: " + r.stacks().size());
    if (layout) {
      ctx.out().println(r.layoutSummary());
    }
    long stackFiles = r.takenOver().stream().filter(f -> f.endsWith("/terragrunt.hcl")).count();
    ctx.out().print(layout ? "" : "files taken over: " + r.takenOver().size() + " (root terragrunt.hcl, " + stackFiles + " "
        + stacksDir + "/*/terragrunt.hcl, " + r.wrappers().size() + " main.tf, "
        + (r.takenOver().size() - 1 - stackFiles - r.wrappers().size()) + " overlay files)\n");
    ctx.out().println("main.tf module wrappers taken over: " + r.wrappers().size());
    ctx.out().println("postfix overlays: " + r.overlays().size());
    for (String o : r.overlays()) {
      ctx.out().println("  " + o);
    }
    if (!r.verbatimMainCf().isEmpty()) {
      ctx.out().println("main.cf heredocs kept verbatim (not the overlay): " + r.verbatimMainCf().size());
      for (String v : r.verbatimMainCf()) {
        int at = v.indexOf(": ");
        ctx.out().println("  " + located(v.substring(0, at), v.substring(at + 2)));
      }
    }
    if (!r.guessedTiers().isEmpty()) {
      ctx.out().println("tiers guessed (no local.tiers.<key> in the stack's files; review them in the catalog): "
          + r.guessedTiers().size() + " stacks");
      ctx.out().println("  " + String.join(", ", r.guessedTiers()));
    }
    r.notes().forEach(ctx.out()::println);
    ctx.out().println("header: " + r.headerNote());
    ctx.out().println("reproduced in canonical form (were not canonical): " + r.nonCanonical().size());
    for (String f : r.nonCanonical()) {
      ctx.out().println("  " + f);
    }
    ctx.out().println("left alone: " + r.leftAlone().size());
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(r.leftAlone()).entrySet()) {
      ctx.out().println("  " + located(e.getKey(), e.getValue()));
    }
    for (String f : r.differing()) {
      ctx.out().println("differs after regeneration: " + f);
    }
    ctx.out().println("wrote " + out);
    ctx.out().println("round-trip: " + r.identical() + "/" + r.takenOver().size() + " files identical");
    return r.differing().isEmpty() ? Main.OK : Main.FINDINGS;
  }

  /** {@code file:N: what} for a reason that starts with {@code line N: }, else {@code file: reason}. */
  private static String located(String file, String reason) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+): (.*)", java.util.regex.Pattern.DOTALL)
        .matcher(reason);
    return m.matches() ? file + ":" + m.group(1) + ": " + m.group(2) : file + ": " + reason;
  }
}
