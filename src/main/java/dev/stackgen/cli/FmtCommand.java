package dev.stackgen.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen fmt}: the canonical HCL formatter (identical to terraform fmt) on any file. */
final class FmtCommand implements Command {
  @Override
  public String name() {
    return "fmt";
  }

  @Override
  public String arguments() {
    return "[FILE|DIR|-]...  (default: the current folder, recursively)";
  }

  @Override
  public String summary() {
    return "format HCL files in place like terraform fmt (- reads standard input)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("check").desc("write nothing; list unformatted files, exit 1").get())
        .addOption(Option.builder().longOpt("diff").desc("print a unified diff of each change").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) {
    return FmtTool.run(line.getArgList(), ctx.start(), ctx.repo(), line.hasOption("check"), line.hasOption("diff"),
        ctx.in(), ctx.out(), ctx.err());
  }
}
