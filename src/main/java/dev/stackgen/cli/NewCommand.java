package dev.stackgen.cli;

import dev.stackgen.StackAdded;
import dev.stackgen.Stackgen;
import java.util.List;
import java.util.Optional;
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
    StackAdded added = Stackgen.newStack(ctx.repo(), args.get(0), Optional.ofNullable(line.getOptionValue("tier")),
        line.hasOption("depends-on") ? List.of(line.getOptionValue("depends-on").split(",")) : List.of(),
        Optional.ofNullable(line.getOptionValue("kind")), ctx.runOptions().dryRun(line.hasOption("dry-run")).build());
    if (added.dryRun()) {
      ctx.out().println("would add to " + added.catalogFile() + ":");
      ctx.out().print(added.block());
      added.changes().forEach(c -> ctx.out().println("would be " + c.action() + " " + c.path()));
      added.scaffold().ifPresent(p -> ctx.out().println("would be created " + p + " (scaffold, yours to edit)"));
      return Main.OK;
    }
    ctx.out().println("added stack \"" + added.stack() + "\" to " + added.catalogFile());
    added.changes().forEach(c -> ctx.out().println(c.action() + " " + c.path()));
    added.scaffold().ifPresent(p -> ctx.out().println("created " + p + " (scaffold, yours to edit)"));
    return Main.OK;
  }
}
