package dev.stackgen.cli;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen graph}: apply order in waves, or the graph as Mermaid or DOT. */
final class GraphCommand implements Command {
  @Override
  public String name() {
    return "graph";
  }

  @Override
  public String summary() {
    return "print the dependency graph or the apply order (waves that can run in parallel)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("format").hasArg().argName("order|mermaid|dot")
            .desc("output format (default order)").get())
        .addOption(Option.builder().longOpt("reverse").desc("destroy order (with --format order)").get())
        .addOption(Option.builder().longOpt("stack").hasArg().argName("NAME")
            .desc("only NAME and what it needs (or, with --dependents, what needs it)").get())
        .addOption(Option.builder().longOpt("dependents")
            .desc("with --stack: NAME and the stacks that need it").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    String format = line.getOptionValue("format", "order");
    if (!List.of("order", "mermaid", "dot").contains(format)) {
      throw new UsageException("--format must be order, mermaid or dot, not " + format);
    }
    if (line.hasOption("dependents") && !line.hasOption("stack")) {
      throw new UsageException("--dependents needs --stack NAME");
    }
    ctx.out().print(ctx.stackgen().graphText(format, java.util.Optional.ofNullable(line.getOptionValue("stack")),
        line.hasOption("dependents"), line.hasOption("reverse")));
    return Main.OK;
  }
}
